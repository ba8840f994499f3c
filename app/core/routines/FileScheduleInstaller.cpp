// See FileScheduleInstaller.h.
#include "core/routines/FileScheduleInstaller.h"

#include "core/routines/ScheduleFiles.h"

#include <QDir>
#include <QStandardPaths>

namespace d360::routines {

namespace {

// A word for cmd.exe: double-quoted (task names and paths hold spaces).
QString cmdQuote(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

FileScheduleInstaller *FileScheduleInstaller::launchd(const ScheduleInstallerOptions &options,
                                                      QObject *parent)
{
    Platform platform;
    platform.defaultFolder = QDir::home().filePath(QStringLiteral("Library/LaunchAgents"));
    platform.fileName = [](const QString &presetName) {
        return ScheduleUnits::launchdLabel(presetName) + QLatin1String(".plist");
    };
    platform.fileFilter
        = ScheduleUnits::launchdLabel(QStringLiteral("x")).section(QLatin1Char('.'), 0, -2)
        + QLatin1String(".*.plist");
    platform.render = [](const ScheduledBackup &backup) {
        return ScheduleUnits::launchdPlist(backup).toUtf8();
    };
    platform.addCommands = [](const QString &, const QString &path) {
        return QStringList { QStringLiteral("launchctl bootstrap gui/$(id -u) ")
                             + ScheduleUnits::shellQuote(path) };
    };
    platform.removeCommands = [](const QString &presetName, const QString &) {
        return QStringList { QStringLiteral("launchctl bootout gui/$(id -u)/")
                             + ScheduleUnits::shellQuote(ScheduleUnits::launchdLabel(presetName)) };
    };
    return new FileScheduleInstaller(platform, options, parent);
}

FileScheduleInstaller *FileScheduleInstaller::taskScheduler(const ScheduleInstallerOptions &options,
                                                            QObject *parent)
{
    Platform platform;
    platform.defaultFolder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                 .filePath(QStringLiteral("schedules"));
    platform.fileName = [](const QString &presetName) {
        return ScheduleUnits::portableStem(presetName) + QLatin1String(".xml");
    };
    platform.fileFilter = QStringLiteral("*.xml");
    platform.render = [](const ScheduledBackup &backup) {
        return ScheduleUnits::taskFileBytes(ScheduleUnits::taskSchedulerXml(backup));
    };
    platform.addCommands = [](const QString &presetName, const QString &path) {
        return QStringList { QStringLiteral("schtasks /Create /XML %1 /TN %2 /F")
                                 .arg(cmdQuote(QDir::toNativeSeparators(path)),
                                      cmdQuote(ScheduleUnits::taskName(presetName))) };
    };
    platform.removeCommands = [](const QString &presetName, const QString &) {
        return QStringList { QStringLiteral("schtasks /Delete /TN %1 /F")
                                 .arg(cmdQuote(ScheduleUnits::taskName(presetName))) };
    };
    return new FileScheduleInstaller(platform, options, parent);
}

FileScheduleInstaller::FileScheduleInstaller(Platform platform,
                                             const ScheduleInstallerOptions &options,
                                             QObject *parent)
    : ScheduleInstaller(parent)
    , m_platform(std::move(platform))
    , m_folder(options.folder.isEmpty() ? m_platform.defaultFolder : options.folder)
{ }

void FileScheduleInstaller::add(const ScheduledBackup &backup)
{
    ScheduleOutcome outcome;
    outcome.problem = ScheduleUnits::presetNameProblem(backup.presetName);
    const QString path = QDir(m_folder).filePath(m_platform.fileName(backup.presetName));
    if (outcome.problem.isEmpty())
        outcome.problem = ScheduleFiles::problemInTheWay(path, backup.presetName);
    if (!outcome.problem.isEmpty()) {
        outcome.result = ScheduleOutcome::Result::Refused;
        finishLater(outcome);
        return;
    }
    if (!ScheduleFiles::write(path, m_platform.render(backup), &outcome.problem)) {
        outcome.result = ScheduleOutcome::Result::Failed;
        finishLater(outcome);
        return;
    }
    outcome.writtenFiles = { path };
    outcome.commandsToRun = m_platform.addCommands(backup.presetName, path);
    outcome.notUpdatedReason
        = tr("The scheduler is told by a command of your own session, which this program does not "
             "run for you.");
    finishLater(outcome);
}

void FileScheduleInstaller::remove(const QString &presetName)
{
    ScheduleOutcome outcome;
    const QString path = QDir(m_folder).filePath(m_platform.fileName(presetName));
    if (!ScheduleFiles::isOurs(path, presetName)) {
        outcome.result = ScheduleOutcome::Result::NotFound;
        outcome.problem = tr("There is no schedule for the preset \"%1\" in %2.")
                              .arg(presetName, QDir::toNativeSeparators(m_folder));
        finishLater(outcome);
        return;
    }
    // The command first: it names the task or label, not the file.
    outcome.commandsToRun = m_platform.removeCommands(presetName, path);
    outcome.notUpdatedReason
        = tr("The scheduler is told by a command of your own session, which this program does not "
             "run for you.");
    if (ScheduleFiles::removeIfOurs(path, presetName, &outcome.problem))
        outcome.removedFiles = { path };
    else
        outcome.result = ScheduleOutcome::Result::Failed;
    finishLater(outcome);
}

QList<ScheduleEntry> FileScheduleInstaller::list(QString *) const
{
    QList<ScheduleEntry> entries;
    const QDir folder(m_folder);
    for (const QString &name :
         folder.entryList({ m_platform.fileFilter }, QDir::Files, QDir::Name)) {
        const QString path = folder.filePath(name);
        const std::optional<ScheduleMarker> marker = ScheduleFiles::markerOf(path);
        if (marker && m_platform.fileName(marker->presetName) == name)
            entries.append(ScheduleEntry { marker->presetName, marker->spec, { path }, false });
    }
    return entries;
}

} // namespace d360::routines
