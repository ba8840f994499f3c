// Opt-in start-up figures for the start-up benchmark.
//
// When D360_REPORT_FIRST_PAINT names a file, the window writes there, once
// it has painted for the first time, how long after the process started that
// was and how much memory the process held then:
//
//   first_paint_ms=<milliseconds since the process started>
//   rss_kb=<VmRSS in KiB>
//
// The benchmark's bare Qt window calls the same function, so the two are
// measured the same way. Linux only (it reads /proc); elsewhere it writes
// nothing. Without the variable, nothing at all happens.
#pragma once

#include <QString>

namespace d360::gui {

void writeFirstPaintReport(const QString &filePath);

// The pieces, for benchmarks that report more: -1 where unknown.
qint64 millisecondsSinceProcessStart();
qint64 residentMemoryKiB();

} // namespace d360::gui
