// Turns Ctrl-C (SIGINT) and SIGTERM into a Qt signal, so a headless export
// can cancel its jobs cleanly instead of dying with a half-written file, and
// the window, ended by a logout or `kill`, leaves through its event loop.
//
// A signal handler may do almost nothing safely, so it only writes the
// signal's number into a pipe (the classic self-pipe); a QSocketNotifier on
// the other end wakes the event loop, where the real work happens. One
// watcher at a time; the previous handlers come back when it is destroyed.
// On systems without POSIX signals it watches nothing (Windows would need
// SetConsoleCtrlHandler; the headless command runs there without it).
#pragma once

#include <QObject>

class QSocketNotifier;

namespace d360::cli {

class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    // SIGINT or SIGTERM arrived (signalNumber says which).
    void interrupted(int signalNumber);

private:
    void onPipeReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace d360::cli
