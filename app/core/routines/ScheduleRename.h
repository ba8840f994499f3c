// Carries a preset's schedule over to its new name when the preset is
// renamed, for the window's Rename… and `presets rename` alike.
//
// A schedule names its preset (the scheduler runs `export --preset NAME`),
// so a rename that left it would make every later run fail on a preset that
// is gone. The schedule is written under the new name first and the old one
// removed after, so a failure halfway leaves the old schedule running rather
// than none. A rename that changes only the case goes the other way round
// (remove, then add), because on a file system that ignores case both names
// are one file. Like the installer it drives, it answers once, through
// finished(), and then deletes itself. NotFound means there was no schedule
// to carry over, which for a rename is nothing to report.
#pragma once

#include "core/routines/ScheduleInstaller.h"

#include <QObject>

namespace d360::routines {

class ScheduleRename : public QObject
{
    Q_OBJECT

public:
    // executablePath: what the new schedule starts (this program).
    static ScheduleRename *start(const ScheduleInstallerOptions &options, const QString &from,
                                 const QString &to, const QString &executablePath,
                                 QObject *parent = nullptr);

Q_SIGNALS:
    // writtenFiles and removedFiles of both steps; schedulerUpdated only
    // when the scheduler was told both times, else commandsToRun holds the
    // commands of both.
    void finished(const d360::routines::ScheduleOutcome &outcome);

private:
    ScheduleRename(const ScheduleInstallerOptions &options, QObject *parent);
    void run(const QString &from, const QString &to, const QString &executablePath);
    // The next step, once the one before it answered Done.
    void step(const ScheduleOutcome &outcome);
    void finish(ScheduleOutcome outcome);

    ScheduleInstaller *m_installer;
    ScheduledBackup m_renamed;
    QString m_from;
    bool m_removeFirst = false;
    int m_stepsDone = 0;
    ScheduleOutcome m_combined;
};

} // namespace d360::routines
