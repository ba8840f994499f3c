// See GuiSettings.h.
#include "gui/settings/GuiSettings.h"

#include "core/jobs/FileNameTemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace d360::gui {

namespace {

const QString groupName = QStringLiteral("gui");
const QString outputFolderKey = QStringLiteral("outputFolder");
const QString extractZipsKey = QStringLiteral("extractZips");
const QString openWhenDoneKey = QStringLiteral("openWhenDone");

} // namespace

QString GuiSettings::defaultOutputFolder()
{
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return downloads.isEmpty() ? QDir::homePath() : downloads;
}

QString GuiSettings::effectiveOutputFolder() const
{
    return outputFolder.trimmed().isEmpty() ? defaultOutputFolder() : outputFolder.trimmed();
}

QString GuiSettings::effectiveFileNamePattern() const
{
    return jobs.fileNamePattern.isEmpty() ? jobs::FileNameTemplate::defaultPattern()
                                          : jobs.fileNamePattern;
}

GuiSettings GuiSettings::load(QSettings &settings)
{
    GuiSettings loaded;
    loaded.jobs = jobs::JobSettings::fromSettings(settings);
    settings.beginGroup(groupName);
    loaded.outputFolder = settings.value(outputFolderKey).toString();
    loaded.extractZips = settings.value(extractZipsKey, false).toBool();
    loaded.openWhenDone = settings.value(openWhenDoneKey, false).toBool();
    settings.endGroup();
    return loaded;
}

void GuiSettings::save(QSettings &settings) const
{
    jobs.writeTo(settings);
    settings.beginGroup(groupName);
    settings.setValue(outputFolderKey, outputFolder);
    settings.setValue(extractZipsKey, extractZips);
    settings.setValue(openWhenDoneKey, openWhenDone);
    settings.endGroup();
}

QStringList GuiSettings::problems() const
{
    QStringList found;
    QString templateProblem;
    if (!jobs::FileNameTemplate(effectiveFileNamePattern()).isValid(&templateProblem))
        found.append(tr("The file name pattern cannot be used: %1.").arg(templateProblem));
    if (jobs.maxConcurrentJobs < minConcurrentJobs || jobs.maxConcurrentJobs > maxConcurrentJobs)
        found.append(tr("Run between %1 and %2 exports at once.")
                         .arg(minConcurrentJobs)
                         .arg(maxConcurrentJobs));
    const qint64 pollCapSeconds
        = std::chrono::duration_cast<std::chrono::seconds>(jobs.pollCap).count();
    if (pollCapSeconds < minPollCapSeconds || pollCapSeconds > maxPollCapSeconds)
        found.append(tr("Check on an export being built at least every %1 to %2 seconds.")
                         .arg(minPollCapSeconds)
                         .arg(maxPollCapSeconds));
    const QString folder = effectiveOutputFolder();
    const QFileInfo folderInfo(folder);
    if (QDir::isRelativePath(folder))
        found.append(tr("The output folder must be a full path, such as %1.")
                         .arg(QDir::toNativeSeparators(defaultOutputFolder())));
    else if (folderInfo.exists() && !folderInfo.isDir())
        found.append(tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(folder)));
    else if (folderInfo.isDir() && !folderInfo.isWritable())
        found.append(tr("You cannot write into %1.").arg(QDir::toNativeSeparators(folder)));
    return found;
}

} // namespace d360::gui
