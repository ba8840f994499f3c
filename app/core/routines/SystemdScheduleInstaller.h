// Scheduled backups as systemd user units (Linux).
//
// add() writes the service and the timer into the user's unit folder
// ($XDG_CONFIG_HOME/systemd/user, by default ~/.config/systemd/user), then,
// when a user manager answers `systemctl --user is-system-running`, reloads
// it and enables the timer (`enable --now`); without one (a server session,
// a container, D360_SYSTEMCTL=none) it returns the exact commands instead,
// since the files alone do nothing until the manager reads them. remove()
// disables the timer when a manager answers, unlinks the timer from
// timers.target itself otherwise (what `disable` would do), and deletes only
// marked files. Each systemctl call is a BoundedProcess: it ends in time.
#pragma once

#include "core/routines/BoundedProcess.h"
#include "core/routines/ScheduleInstaller.h"

#include <functional>

namespace d360::routines {

class SystemdScheduleInstaller : public ScheduleInstaller
{
    Q_OBJECT

public:
    explicit SystemdScheduleInstaller(const ScheduleInstallerOptions &options,
                                      QObject *parent = nullptr);

    void add(const ScheduledBackup &backup) override;
    void remove(const QString &presetName) override;
    QList<ScheduleEntry> list(QString *problem) const override;
    QString folder() const override { return m_folder; }

private:
    using Answer = std::function<void(const BoundedProcess::Result &)>;
    void runSystemctl(const QStringList &arguments, const Answer &answer);
    // Asks whether a user manager is there; reason says why not.
    void whenManagerAnswers(const std::function<void(bool answers, const QString &reason)> &then);
    void enable(ScheduleOutcome outcome, const QString &timerName);
    void deleteFiles(ScheduleOutcome outcome, const ScheduleEntry &entry, bool managerAnswers);
    QString timerLinkPath(const QString &timerName) const;

    ScheduleInstallerOptions m_options;
    QString m_folder;
};

} // namespace d360::routines
