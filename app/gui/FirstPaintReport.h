// Opt-in start-up figures for the start-up benchmark.
//
// When D360_REPORT_FIRST_PAINT names a file, the window writes there, once
// it has painted for the first time, how long after the process started that
// was and how much memory the process held then:
//
//   first_paint_ms=<milliseconds since the process started>
//   rss_kb=<VmRSS in KiB>
//   monotonic_ns=<the steady clock at that moment, in nanoseconds>
//
// The first line has the kernel's start-time resolution (a clock tick,
// 10 ms); a benchmark that starts the process itself reads the steady clock
// (QDeadlineTimer's, CLOCK_MONOTONIC) just before, and subtracts.
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
// VmRSS of a process (by default this one), as /proc reports it.
qint64 residentMemoryKiB(qint64 processId = 0);

} // namespace d360::gui
