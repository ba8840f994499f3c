// See RunFolder.h.
#include "core/routines/RunFolder.h"

#include "core/jobs/FileNameSanitizer.h"
#include "core/jobs/FileSystemSafety.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>

namespace d360::routines {

namespace {

const QString nameFormat = QStringLiteral("yyyy-MM-dd_HHmmss");

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString RunFolder::presetFolderName(const QString &presetName)
{
    return jobs::sanitizeFileName(presetName, jobs::maxFileNameBytes, QStringLiteral("backup"));
}

QString RunFolder::presetFolder(const QString &outputFolder, const QString &presetName)
{
    return QDir(QDir::cleanPath(QFileInfo(outputFolder).absoluteFilePath()))
        .filePath(presetFolderName(presetName));
}

QString RunFolder::baseNameFor(const QDateTime &startedAt)
{
    return startedAt.toLocalTime().toString(nameFormat);
}

QString RunFolder::create(const QString &outputFolder, const QString &presetName,
                          const QDateTime &startedAt, QString *error)
{
    const QString output = QDir::cleanPath(QFileInfo(outputFolder).absoluteFilePath());
    if (!QDir().mkpath(output)) {
        *error = tr("cannot create the folder %1").arg(shown(output));
        return {};
    }
    // The output folder is the user's: a link there is followed, on purpose.
    const jobs::FileDescriptor parent(
        ::open(QFile::encodeName(output).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!parent.isOpen()) {
        *error = tr("cannot open the folder %1: %2").arg(shown(output), jobs::osErrorText(errno));
        return {};
    }
    const QString presetEntry = presetFolderName(presetName);
    const QByteArray presetBytes = QFile::encodeName(presetEntry);
    if (::mkdirat(parent.get(), presetBytes.constData(), 0777) != 0 && errno != EEXIST) {
        *error = tr("cannot create the folder %1: %2")
                     .arg(shown(QDir(output).filePath(presetEntry)), jobs::osErrorText(errno));
        return {};
    }
    const jobs::FileDescriptor preset(::openat(parent.get(), presetBytes.constData(),
                                               O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!preset.isOpen()) {
        const int openError = errno;
        *error = openError == ELOOP || openError == ENOTDIR
            ? tr("%1 is not a folder (a link or a file is in its place)")
                  .arg(shown(QDir(output).filePath(presetEntry)))
            : tr("cannot open the folder %1: %2")
                  .arg(shown(QDir(output).filePath(presetEntry)), jobs::osErrorText(openError));
        return {};
    }
    const QString base = baseNameFor(startedAt);
    for (int number = 1; number <= maxRunsPerSecond; ++number) {
        const QString name = number == 1 ? base : base + QLatin1Char('_') + QString::number(number);
        if (::mkdirat(preset.get(), QFile::encodeName(name).constData(), 0777) == 0)
            return QDir(QDir(output).filePath(presetEntry)).filePath(name);
        if (errno != EEXIST) {
            *error = tr("cannot create the folder %1: %2")
                         .arg(shown(QDir(QDir(output).filePath(presetEntry)).filePath(name)),
                              jobs::osErrorText(errno));
            return {};
        }
    }
    *error = tr("%1 already holds %2 runs started in the same second")
                 .arg(shown(QDir(output).filePath(presetEntry)))
                 .arg(maxRunsPerSecond);
    return {};
}

bool RunFolder::isRunFolderName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}_\\d{6})(?:_([1-9]\\d{0,3}))?$"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return false;
    // Date and time apart: a time that a clock change skips in this time
    // zone is still a name we may have made somewhere else.
    const QString stamp = match.captured(1);
    if (!QDate::fromString(stamp.left(10), QStringLiteral("yyyy-MM-dd")).isValid()
        || !QTime::fromString(stamp.mid(11), QStringLiteral("HHmmss")).isValid())
        return false;
    if (match.hasCaptured(2)) {
        const int number = match.captured(2).toInt();
        return number >= 2 && number <= maxRunsPerSecond;
    }
    return true;
}

} // namespace d360::routines
