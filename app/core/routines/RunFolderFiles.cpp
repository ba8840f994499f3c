// See RunFolderFiles.h.
#include "core/routines/RunFolderFiles.h"

#include "core/jobs/FileSystemSafety.h"
#include "core/jobs/Sha256Stream.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace d360::routines {

namespace {

constexpr qint64 chunkBytes = 1024 * 1024;

void listInto(int folder, const QString &prefix, QList<FolderEntry> *entries, int depth)
{
    // Deeper than any export goes: a loop of bind mounts ends here.
    if (depth > 64)
        return;
    QList<QByteArray> names = jobs::entryNames(folder);
    std::sort(names.begin(), names.end());
    for (const QByteArray &name : std::as_const(names)) {
        struct stat info = {};
        if (::fstatat(folder, name.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        FolderEntry entry;
        entry.path = prefix + QFile::decodeName(name);
        if (S_ISDIR(info.st_mode)) {
            entry.type = FolderEntry::Type::Folder;
            entries->append(entry);
            const jobs::FileDescriptor inner(::openat(
                folder, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
            if (inner.isOpen())
                listInto(inner.get(), entry.path + QLatin1Char('/'), entries, depth + 1);
            continue;
        }
        if (S_ISLNK(info.st_mode)) {
            entry.type = FolderEntry::Type::Link;
        } else if (S_ISREG(info.st_mode)) {
            entry.type = FolderEntry::Type::File;
            entry.bytes = qint64(info.st_size);
        }
        entries->append(entry);
    }
}

} // namespace

jobs::FileDescriptor RunFolderFiles::openFolder(const QString &path, QString *error)
{
    jobs::FileDescriptor folder(
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!folder.isOpen())
        *error = tr("cannot open the folder %1: %2")
                     .arg(QDir::toNativeSeparators(path), jobs::osErrorText(errno));
    return folder;
}

QList<FolderEntry> RunFolderFiles::list(int folder)
{
    QList<FolderEntry> entries;
    listInto(folder, QString(), &entries, 0);
    return entries;
}

jobs::FileDescriptor RunFolderFiles::openInside(int root, const QString &relativePath, int flags,
                                                int *errorNumber)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.contains(QStringLiteral(".."))
        || parts.contains(QStringLiteral("."))) {
        *errorNumber = EINVAL;
        return jobs::FileDescriptor();
    }
    jobs::FileDescriptor current(::fcntl(root, F_DUPFD_CLOEXEC, 0));
    for (qsizetype index = 0; index < parts.size() && current.isOpen(); ++index) {
        const bool last = index == parts.size() - 1;
        const int partFlags
            = (last ? flags : O_RDONLY | O_DIRECTORY) | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY;
        jobs::FileDescriptor next(
            ::openat(current.get(), QFile::encodeName(parts.at(index)).constData(), partFlags));
        if (!next.isOpen()) {
            *errorNumber = errno;
            return next;
        }
        current = std::move(next);
    }
    if (!current.isOpen())
        *errorNumber = errno;
    return current;
}

QByteArray RunFolderFiles::hashOpenFile(int fd, qint64 *bytes, QString *error,
                                        const std::atomic_bool *cancelled, const Progress &progress)
{
    jobs::Sha256Stream stream;
    QByteArray buffer(int(chunkBytes), Qt::Uninitialized);
    qint64 total = 0;
    if (::lseek(fd, 0, SEEK_SET) < 0) {
        *error = jobs::osErrorText(errno);
        return {};
    }
    for (;;) {
        if (cancelled && cancelled->load()) {
            error->clear();
            return {};
        }
        const ssize_t read = ::read(fd, buffer.data(), size_t(buffer.size()));
        if (read < 0 && errno == EINTR)
            continue;
        if (read < 0) {
            *error = jobs::osErrorText(errno);
            return {};
        }
        if (read == 0)
            break;
        stream.addData(buffer.constData(), qsizetype(read));
        total += read;
        if (progress)
            progress(total);
    }
    *bytes = total;
    return stream.finalHex();
}

} // namespace d360::routines
