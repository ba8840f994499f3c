// See OutputFiles.h.
#include "core/jobs/OutputFiles.h"

#include "core/jobs/FileNameSanitizer.h"
#include "core/jobs/FileSystemSafety.h"
#include "core/jobs/PartFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace d360::jobs {

namespace {

constexpr int maxNumberedNames = 10000;

} // namespace

QString partPathFor(const QString &finalPath, const QUuid &jobId)
{
    return finalPath + QLatin1Char('.') + jobId.toString(QUuid::Id128).left(8)
        + QStringLiteral(".part");
}

QStringList partPathsOf(const QString &finalPath)
{
    static const QRegularExpression jobPrefix(QStringLiteral("^([0-9a-f]{8}\\.)?part$"));
    const QFileInfo info(finalPath);
    const QString stem = info.fileName() + QLatin1Char('.');
    QStringList parts;
    QDirIterator it(info.absolutePath(),
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        const QString name = it.fileName();
        if (name.startsWith(stem) && jobPrefix.match(name.mid(stem.size())).hasMatch())
            parts.append(it.filePath());
    }
    return parts;
}

QString numberedFileName(const QString &fileName, int n, int maxBytes, NameKind kind)
{
    if (n <= 1)
        return fileName;
    const qsizetype dot = kind == NameKind::File ? fileName.lastIndexOf(QLatin1Char('.')) : -1;
    const QString extension = dot > 0 ? fileName.mid(dot) : QString();
    const QString stem = dot > 0 ? fileName.left(dot) : fileName;
    const QString suffix = QStringLiteral(" (%1)").arg(n);
    const int room = maxBytes - int(suffix.toUtf8().size() + extension.toUtf8().size());
    return truncateToUtf8Bytes(stem, room) + suffix + extension;
}

bool pathOrPartExists(const QString &path)
{
    return somethingIsAt(path) || !partPathsOf(path).isEmpty();
}

QString firstFreePath(const QString &folder, const QString &fileName, const PathTaken &isTaken,
                      NameKind kind)
{
    const QDir dir(folder);
    for (int n = 1; n <= maxNumberedNames; ++n) {
        const QString candidate
            = dir.filePath(numberedFileName(fileName, n, maxPlannedFileNameBytes, kind));
        if (isTaken ? !isTaken(candidate) : !pathOrPartExists(candidate))
            return candidate;
    }
    return {};
}

bool isBeingProduced(const QString &finalPath, const QString &exceptPart)
{
    const QStringList parts = partPathsOf(finalPath);
    return std::any_of(parts.cbegin(), parts.cend(), [&](const QString &part) {
        return QFileInfo(part) != QFileInfo(exceptPart) && PartFile::isBeingWritten(part);
    });
}

void removeUnusedPart(const QString &partPath)
{
    if (partPath.isEmpty() || !somethingIsAt(partPath))
        return;
    PartFile part;
    if (part.open(partPath))
        part.remove();
}

} // namespace d360::jobs
