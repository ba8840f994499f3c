// See OutputFiles.h.
#include "core/jobs/OutputFiles.h"

#include "core/jobs/FileNameSanitizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace d360::jobs {

namespace {

constexpr int maxNumberedNames = 10000;

QString tr(const char *text)
{
    return QCoreApplication::translate("d360::jobs::OutputFiles", text);
}

} // namespace

QString partPathFor(const QString &finalPath)
{
    return finalPath + QStringLiteral(".part");
}

QString numberedFileName(const QString &fileName, int n, int maxBytes)
{
    if (n <= 1)
        return fileName;
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 ? fileName.mid(dot) : QString();
    const QString stem = dot > 0 ? fileName.left(dot) : fileName;
    const QString suffix = QStringLiteral(" (%1)").arg(n);
    const int room = maxBytes - int(suffix.toUtf8().size() + extension.toUtf8().size());
    return truncateToUtf8Bytes(stem, room) + suffix + extension;
}

bool pathOrPartExists(const QString &path)
{
    return QFileInfo::exists(path) || QFileInfo::exists(partPathFor(path));
}

QString firstFreePath(const QString &folder, const QString &fileName, const PathTaken &isTaken)
{
    const QDir dir(folder);
    for (int n = 1; n <= maxNumberedNames; ++n) {
        const QString candidate = dir.filePath(numberedFileName(fileName, n));
        if (isTaken ? !isTaken(candidate) : !pathOrPartExists(candidate))
            return candidate;
    }
    return {};
}

bool moveIntoPlace(const QString &from, const QString &to, bool overwrite, QString *error)
{
    if (!overwrite) {
        // Qt renames with RENAME_NOREPLACE (or link + unlink) here, so a file
        // that appears at the last moment is not replaced either.
        QFile file(from);
        if (file.rename(to))
            return true;
        *error = QFileInfo::exists(to) ? tr("%1 already exists").arg(QDir::toNativeSeparators(to))
                                       : file.errorString();
        return false;
    }
#ifdef Q_OS_WIN
    // Windows' rename never replaces; MoveFileEx would, but remove + rename
    // keeps this file free of the Windows API for now. Not atomic there.
    QFile::remove(to);
    QFile file(from);
    if (file.rename(to))
        return true;
    *error = file.errorString();
    return false;
#else
    // POSIX rename() replaces the destination atomically.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
#endif
}

} // namespace d360::jobs
