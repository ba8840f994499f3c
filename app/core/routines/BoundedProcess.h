// One run of a helper program (systemctl) that always ends, in time.
//
// The scheduler's tools are outside the program's control: a user manager
// that hangs on D-Bus would hang `schedule add` with it. BoundedProcess
// starts the program, kills it when the time is up, and reports exactly once
// through finished(), asynchronously, so core code never waits in a nested
// loop. A program that is missing, crashed, timed out or exited non-zero is
// a failure with a sentence that says which.
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace d360::routines {

class BoundedProcess : public QObject
{
    Q_OBJECT

public:
    BoundedProcess(QString program, QStringList arguments, int timeoutMs,
                   QObject *parent = nullptr);

    void start();

    // "systemctl --user daemon-reload", for messages.
    QString commandText() const;

    struct Result
    {
        // Started, ended on its own, in time; the exit code says the rest.
        bool ran = false;
        int exitCode = -1;
        QString standardOutput;
        QString standardError;
        // Why it did not run, or what it said when it exited non-zero.
        QString problem;

        bool succeeded() const { return ran && exitCode == 0; }
    };

Q_SIGNALS:
    void finished(const d360::routines::BoundedProcess::Result &result);

private:
    void end(Result result);

    QString m_program;
    QStringList m_arguments;
    int m_timeoutMs;
    QProcess m_process;
    QTimer m_deadline;
    bool m_timedOut = false;
    bool m_ended = false;
};

} // namespace d360::routines
