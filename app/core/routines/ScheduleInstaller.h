// Puts a scheduled backup into the operating system's scheduler, lists the
// ones this program put there, and takes them out again.
//
// One interface, one implementation per scheduler: SystemdScheduleInstaller
// (Linux: user units, enabled through `systemctl --user` when a user
// manager answers) and FileScheduleInstaller (Windows and macOS: the file
// where it belongs and the command that registers it, which only the user's
// own session can run). create() picks the one for this system. add() and
// remove() may run helper programs, so they answer through finished(),
// asynchronously and exactly once; list() only reads files. Nothing written
// holds more than the preset's name: a schedule names a preset, and the
// preset names an account whose token stays in the keychain. Files that this
// program did not write (they carry no marker, see ScheduleUnits) are never
// replaced or deleted.
#pragma once

#include "core/routines/ScheduleUnits.h"

#include <QObject>
#include <QStringList>

namespace d360::routines {

struct ScheduleInstallerOptions
{
    // Where the files go; empty: the platform's place
    // ($XDG_CONFIG_HOME/systemd/user, ~/Library/LaunchAgents, the
    // application's data folder on Windows).
    QString folder;
    // The systemctl to call; empty: call none and give the user the
    // commands instead.
    QString systemctlProgram = QStringLiteral("systemctl");
    // For each call of systemctl.
    int commandTimeoutMs = 20000;

    // D360_SYSTEMCTL=none calls no systemctl (tests, machines without a user
    // manager); any other value names the program to call.
    // D360_SYSTEMCTL_TIMEOUT_MS replaces commandTimeoutMs.
    static ScheduleInstallerOptions fromEnvironment();
};

struct ScheduleOutcome
{
    enum class Result {
        Done,
        // remove: no schedule of that preset.
        NotFound,
        // The request cannot be carried out as asked (a name no scheduler
        // takes, a file of someone else's in the way).
        Refused,
        // Writing or deleting a file failed.
        Failed,
    };
    Result result = Result::Done;
    // For the user when the result is not Done.
    QString problem;
    QStringList writtenFiles;
    QStringList removedFiles;
    // True when the scheduler itself was told (enabled, or disabled); else
    // commandsToRun are what the user runs to finish, and notUpdatedReason
    // says why the program did not.
    bool schedulerUpdated = false;
    QStringList commandsToRun;
    QString notUpdatedReason;
};

struct ScheduleEntry
{
    QString presetName;
    ScheduleSpec spec;
    QStringList files;
    // Linux: the timer is linked into timers.target (enabled).
    bool enabled = false;
};

class ScheduleInstaller : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    static ScheduleInstaller *create(const ScheduleInstallerOptions &options,
                                     QObject *parent = nullptr);

    // Writes (or replaces) the schedule of backup.presetName.
    virtual void add(const ScheduledBackup &backup) = 0;
    virtual void remove(const QString &presetName) = 0;
    // The schedules this program wrote, by preset name; problem says what
    // could not be read (the list holds the rest).
    virtual QList<ScheduleEntry> list(QString *problem) const = 0;
    virtual QString folder() const = 0;

Q_SIGNALS:
    void finished(const d360::routines::ScheduleOutcome &outcome);

protected:
    // Emits finished() from the event loop, so a caller connected after
    // add() or remove() returned still hears an answer known at once.
    void finishLater(const ScheduleOutcome &outcome);
};

} // namespace d360::routines
