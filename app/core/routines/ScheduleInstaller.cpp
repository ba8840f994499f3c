// See ScheduleInstaller.h.
#include "core/routines/ScheduleInstaller.h"

#include "core/routines/FileScheduleInstaller.h"
#include "core/routines/SystemdScheduleInstaller.h"

#include <QTimer>

namespace d360::routines {

ScheduleInstallerOptions ScheduleInstallerOptions::fromEnvironment()
{
    ScheduleInstallerOptions options;
    const QString systemctl = qEnvironmentVariable("D360_SYSTEMCTL");
    if (systemctl == QLatin1String("none"))
        options.systemctlProgram.clear();
    else if (!systemctl.isEmpty())
        options.systemctlProgram = systemctl;
    bool isNumber = false;
    const int timeoutMs = qEnvironmentVariableIntValue("D360_SYSTEMCTL_TIMEOUT_MS", &isNumber);
    if (isNumber && timeoutMs > 0)
        options.commandTimeoutMs = timeoutMs;
    return options;
}

ScheduleInstaller *ScheduleInstaller::create(const ScheduleInstallerOptions &options,
                                             QObject *parent)
{
#if defined(Q_OS_WIN)
    return FileScheduleInstaller::taskScheduler(options, parent);
#elif defined(Q_OS_MACOS)
    return FileScheduleInstaller::launchd(options, parent);
#else
    return new SystemdScheduleInstaller(options, parent);
#endif
}

void ScheduleInstaller::finishLater(const ScheduleOutcome &outcome)
{
    QTimer::singleShot(0, this, [this, outcome] { Q_EMIT finished(outcome); });
}

} // namespace d360::routines
