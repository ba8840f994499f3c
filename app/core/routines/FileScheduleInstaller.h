// Scheduled backups on Windows (Task Scheduler) and macOS (launchd): the
// file where it belongs, and the command that registers it.
//
// Both schedulers are told through a command of the user's own session
// (`schtasks /Create /XML`, `launchctl bootstrap gui/UID`), and both platforms
// are compiled here but never run, so this installer does what can be
// checked from any machine: it writes the rendered file (ScheduleUnits) with
// its marker and returns the exact commands, quoted for that platform's
// shell. The same marker rules as on Linux: remove() deletes only a file this
// program wrote for that preset.
#pragma once

#include "core/routines/ScheduleInstaller.h"

#include <functional>

namespace d360::routines {

class FileScheduleInstaller : public ScheduleInstaller
{
    Q_OBJECT

public:
    struct Platform
    {
        // Where the files go when the options name no folder.
        QString defaultFolder;
        // The file's name for a preset; files of ours match fileFilter.
        std::function<QString(const QString &presetName)> fileName;
        QString fileFilter;
        std::function<QByteArray(const ScheduledBackup &backup)> render;
        std::function<QStringList(const QString &presetName, const QString &path)> addCommands;
        std::function<QStringList(const QString &presetName, const QString &path)> removeCommands;
    };

    // ~/Library/LaunchAgents/<label>.plist, `launchctl bootstrap`.
    static FileScheduleInstaller *launchd(const ScheduleInstallerOptions &options,
                                          QObject *parent = nullptr);
    // <application data>/schedules/<stem>.xml, `schtasks /Create /XML`.
    static FileScheduleInstaller *taskScheduler(const ScheduleInstallerOptions &options,
                                                QObject *parent = nullptr);

    FileScheduleInstaller(Platform platform, const ScheduleInstallerOptions &options,
                          QObject *parent = nullptr);

    void add(const ScheduledBackup &backup) override;
    void remove(const QString &presetName) override;
    QList<ScheduleEntry> list(QString *problem) const override;
    QString folder() const override { return m_folder; }

private:
    Platform m_platform;
    QString m_folder;
};

} // namespace d360::routines
