// See BoundedProcess.h.
#include "core/routines/BoundedProcess.h"

namespace d360::routines {

BoundedProcess::BoundedProcess(QString program, QStringList arguments, int timeoutMs,
                               QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_timeoutMs(timeoutMs)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        m_process.kill();
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // the others end in finished()
        Result result;
        result.problem = tr("%1 could not be started: %2").arg(m_program, m_process.errorString());
        end(result);
    });
    connect(
        &m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
            Result result;
            result.standardOutput
                = QString::fromLocal8Bit(m_process.readAllStandardOutput()).trimmed();
            result.standardError
                = QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed();
            if (m_timedOut) {
                result.problem
                    = tr("\"%1\" did not answer within %2 ms.").arg(commandText()).arg(m_timeoutMs);
            } else if (status == QProcess::CrashExit) {
                result.problem = tr("\"%1\" crashed.").arg(commandText());
            } else {
                result.ran = true;
                result.exitCode = exitCode;
                if (exitCode != 0) {
                    const QString said = result.standardError.isEmpty() ? result.standardOutput
                                                                        : result.standardError;
                    result.problem = tr("\"%1\" failed (exit code %2): %3")
                                         .arg(commandText())
                                         .arg(exitCode)
                                         .arg(said.left(500));
                }
            }
            end(result);
        });
}

void BoundedProcess::start()
{
    m_deadline.start(m_timeoutMs);
    m_process.setProgram(m_program);
    m_process.setArguments(m_arguments);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.start();
}

QString BoundedProcess::commandText() const
{
    return (QStringList { m_program } + m_arguments).join(QLatin1Char(' '));
}

void BoundedProcess::end(Result result)
{
    if (m_ended)
        return;
    m_ended = true;
    m_deadline.stop();
    Q_EMIT finished(result);
}

} // namespace d360::routines
