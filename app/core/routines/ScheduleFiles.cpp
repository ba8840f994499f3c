// See ScheduleFiles.h.
#include "core/routines/ScheduleFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace d360::routines {

namespace {

// Unit files, task definitions and plists of ours are a few kilobytes.
constexpr qint64 largestScheduleFile = 256 * 1024;

QString decoded(const QByteArray &bytes)
{
    if (bytes.startsWith("\xff\xfe")) {
        QString text;
        for (qsizetype i = 2; i + 1 < bytes.size(); i += 2)
            text += QChar(char16_t(uchar(bytes[i]) | (uchar(bytes[i + 1]) << 8)));
        return text;
    }
    return QString::fromUtf8(bytes);
}

} // namespace

std::optional<ScheduleMarker> ScheduleFiles::markerOf(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile() || info.size() > largestScheduleFile)
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return ScheduleUnits::readMarker(decoded(file.read(largestScheduleFile)));
}

bool ScheduleFiles::isOurs(const QString &path, const QString &presetName)
{
    const std::optional<ScheduleMarker> marker = markerOf(path);
    return marker && marker->presetName == presetName;
}

QString ScheduleFiles::problemInTheWay(const QString &path, const QString &presetName)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return {};
    if (isOurs(path, presetName))
        return {};
    return tr("%1 is already there and was not written by D360 Exporter for this preset; it is "
              "left as it is. Move it away to schedule this preset.")
        .arg(QDir::toNativeSeparators(path));
}

bool ScheduleFiles::write(const QString &path, const QByteArray &bytes, QString *problem)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *problem = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *problem
            = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool ScheduleFiles::removeIfOurs(const QString &path, const QString &presetName, QString *problem)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    if (!isOurs(path, presetName)) {
        *problem = tr("%1 was not written by D360 Exporter for this preset; it is left as it is.")
                       .arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile file(path);
    if (!file.remove()) {
        *problem
            = tr("Cannot delete %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace d360::routines
