// Opt-in start-up figures for the start-up benchmark.
//
// When D360_REPORT_FIRST_PAINT names a file, the window writes there, once
// it has painted for the first time, how long after the process started that
// was and how much memory the process held then:
//
//   first_paint_ms=<milliseconds since the process started>
//   rss_kb=<VmRSS in KiB>
//
// The benchmark's bare Qt window writes the same two lines, so the two are
// measured the same way. Linux only (it reads /proc); elsewhere it writes
// nothing. Without the variable, nothing at all happens.
#pragma once

#include <QString>

namespace d360::gui {

void writeFirstPaintReport(const QString &filePath);

} // namespace d360::gui
