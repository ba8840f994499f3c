// See RunFolderRemover.h.
#include "core/routines/RunFolderRemover.h"

#include "core/jobs/FileSystemSafety.h"
#include "core/routines/ManifestReader.h"
#include "core/routines/ManifestWriter.h"
#include "core/routines/RunFolder.h"
#include "core/routines/RunFolderFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace d360::routines {

namespace {

constexpr int folderFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

// Splits "a/b/c" into the open folder "a/b" (inside root) and "c".
jobs::FileDescriptor openParentOf(int root, const QString &relativePath, QString *name)
{
    const qsizetype slash = relativePath.lastIndexOf(QLatin1Char('/'));
    *name = relativePath.mid(slash + 1);
    if (slash < 0)
        return jobs::FileDescriptor(::fcntl(root, F_DUPFD_CLOEXEC, 0));
    int errorNumber = 0;
    return RunFolderFiles::openInside(root, relativePath.left(slash), O_RDONLY | O_DIRECTORY,
                                      &errorNumber);
}

// Removes the plain file at relativePath when it still has the listed size.
bool removeListedFile(int root, const QString &relativePath, qint64 bytes)
{
    QString name;
    const jobs::FileDescriptor parent = openParentOf(root, relativePath, &name);
    if (!parent.isOpen())
        return false;
    const QByteArray encoded = QFile::encodeName(name);
    struct stat info = {};
    if (::fstatat(parent.get(), encoded.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0
        || !S_ISREG(info.st_mode) || qint64(info.st_size) != bytes)
        return false;
    return ::unlinkat(parent.get(), encoded.constData(), 0) == 0;
}

int depthOf(const QString &relativePath)
{
    return int(relativePath.count(QLatin1Char('/')));
}

} // namespace

RunFolderRemoval RunFolderRemover::remove(const QString &runFolderPath)
{
    RunFolderRemoval result;
    const QFileInfo runInfo(QDir::cleanPath(QFileInfo(runFolderPath).absoluteFilePath()));
    result.folderPath = runInfo.filePath();
    const QString runName = runInfo.fileName();
    const QFileInfo presetInfo(runInfo.absolutePath());
    if (!RunFolder::isRunFolderName(runName)) {
        result.problem = tr("%1 is not the name of a run folder; it was left")
                             .arg(QDir::toNativeSeparators(result.folderPath));
        return result;
    }
    // The output folder is the user's choice and may be a link; the preset
    // and run folders are ours and must not be.
    QString error;
    const jobs::FileDescriptor output
        = RunFolderFiles::openFolder(presetInfo.absolutePath(), &error);
    const jobs::FileDescriptor preset(
        output.isOpen() ? ::openat(
            output.get(), QFile::encodeName(presetInfo.fileName()).constData(), folderFlags)
                        : -1);
    const QByteArray runBytes = QFile::encodeName(runName);
    const jobs::FileDescriptor run(
        preset.isOpen() ? ::openat(preset.get(), runBytes.constData(), folderFlags) : -1);
    if (!run.isOpen()) {
        result.problem = error.isEmpty()
            ? tr("cannot open %1 as a folder (not followed if it is a link): %2")
                  .arg(QDir::toNativeSeparators(result.folderPath), jobs::osErrorText(errno))
            : error;
        return result;
    }
    struct stat runStat = {};
    ::fstat(run.get(), &runStat);

    const ManifestReader::Result read = ManifestReader::read(run.get());
    if (read.outcome != ManifestReader::Outcome::Read) {
        result.problem
            = tr("%1 was left: %2").arg(QDir::toNativeSeparators(result.folderPath), read.problem);
        for (const FolderEntry &entry : RunFolderFiles::list(run.get()))
            result.leftBehind.append(entry.path);
        return result;
    }

    QSet<QString> folders;
    const auto addAncestors = [&folders](const QString &path) {
        for (qsizetype slash = path.indexOf(QLatin1Char('/')); slash >= 0;
             slash = path.indexOf(QLatin1Char('/'), slash + 1))
            folders.insert(path.left(slash));
    };
    for (const ManifestItem &item : read.manifest->items) {
        if (!item.exported)
            continue;
        QList<ManifestFile> files { item.file };
        files.append(item.extractedFiles);
        for (const ManifestFile &file : std::as_const(files)) {
            if (removeListedFile(run.get(), file.path, file.bytes))
                result.removedFiles.append(file.path);
            addAncestors(file.path);
        }
        if (!item.extractedFolder.isEmpty()) {
            // The archive's own empty folders go with it.
            folders.insert(item.extractedFolder);
            addAncestors(item.extractedFolder);
            int errorNumber = 0;
            const jobs::FileDescriptor extracted = RunFolderFiles::openInside(
                run.get(), item.extractedFolder, O_RDONLY | O_DIRECTORY, &errorNumber);
            if (extracted.isOpen()) {
                for (const FolderEntry &entry : RunFolderFiles::list(extracted.get())) {
                    if (entry.type == FolderEntry::Type::Folder)
                        folders.insert(item.extractedFolder + QLatin1Char('/') + entry.path);
                }
            }
        }
    }
    if (::unlinkat(run.get(), QFile::encodeName(ManifestWriter::fileName).constData(), 0) == 0)
        result.removedFiles.append(ManifestWriter::fileName);

    QStringList emptied(folders.cbegin(), folders.cend());
    std::sort(emptied.begin(), emptied.end(), [](const QString &left, const QString &right) {
        return depthOf(left) != depthOf(right) ? depthOf(left) > depthOf(right) : left < right;
    });
    for (const QString &folder : std::as_const(emptied)) {
        QString name;
        const jobs::FileDescriptor parent = openParentOf(run.get(), folder, &name);
        struct stat info = {};
        const QByteArray encoded = QFile::encodeName(name);
        // Fails, as it should, on a folder that still holds something.
        if (parent.isOpen()
            && ::fstatat(parent.get(), encoded.constData(), &info, AT_SYMLINK_NOFOLLOW) == 0
            && S_ISDIR(info.st_mode))
            ::unlinkat(parent.get(), encoded.constData(), AT_REMOVEDIR);
    }

    struct stat now = {};
    int removeError = EBUSY; // the folder was swapped for another: not ours to remove
    if (::fstatat(preset.get(), runBytes.constData(), &now, AT_SYMLINK_NOFOLLOW) == 0
        && now.st_dev == runStat.st_dev && now.st_ino == runStat.st_ino) {
        if (::unlinkat(preset.get(), runBytes.constData(), AT_REMOVEDIR) == 0) {
            result.folderRemoved = true;
            return result;
        }
        removeError = errno;
    }
    for (const FolderEntry &entry : RunFolderFiles::list(run.get()))
        result.leftBehind.append(entry.path);
    const QString shownFolder = QDir::toNativeSeparators(result.folderPath);
    const int left = int(result.leftBehind.size());
    result.problem = left == 0
        ? tr("%1 could not be removed: %2").arg(shownFolder, jobs::osErrorText(removeError))
        : tr("%1 was kept: it holds %n items that its manifest does not list", nullptr, left)
              .arg(shownFolder);
    return result;
}

} // namespace d360::routines
