// See FileSystemSafety.h.
#include "core/jobs/FileSystemSafety.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

#include <cerrno>
#include <cstdio> // renameat2
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace d360::jobs {

namespace {

// The translation context of this file's free functions.
struct FileSystemSafetyText
{
    Q_DECLARE_TR_FUNCTIONS(d360::jobs::FileSystemSafety)
};

} // namespace

QString osErrorText(int errorNumber)
{
#ifdef Q_OS_WIN
    if (errorNumber == ERROR_DISK_FULL || errorNumber == ERROR_HANDLE_DISK_FULL)
        return FileSystemSafetyText::tr("the disk is full");
    return qt_error_string(errorNumber);
#else
    if (errorNumber == ENOSPC || errorNumber == EDQUOT)
        return FileSystemSafetyText::tr("the disk is full");
    return QString::fromLocal8Bit(std::strerror(errorNumber));
#endif
}

bool somethingIsAt(const QString &path)
{
#ifdef Q_OS_WIN
    return GetFileAttributesW(reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(path).utf16()))
        != INVALID_FILE_ATTRIBUTES;
#else
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 || errno != ENOENT;
#endif
}

RenameResult renameWithoutReplacing(const QString &from, const QString &to, QString *error)
{
    return renameWithoutReplacing(AT_FDCWD, from, AT_FDCWD, to, error);
}

RenameResult renameWithoutReplacing(int fromFolder, const QString &fromName, int toFolder,
                                    const QString &toName, QString *error)
{
    const QByteArray source = QFile::encodeName(fromName);
    const QByteArray target = QFile::encodeName(toName);
    const auto failed = [error](int errorNumber) {
        *error = osErrorText(errorNumber);
        return RenameResult::Failed;
    };
#ifdef Q_OS_LINUX
    if (::renameat2(fromFolder, source.constData(), toFolder, target.constData(), RENAME_NOREPLACE)
        == 0)
        return RenameResult::Renamed;
    if (errno == EEXIST)
        return RenameResult::NameTaken;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return failed(errno);
#endif
    // A hard link fails on any entry at the new name, a dangling symlink too;
    // folders cannot be linked (EPERM) and go on to the last resort.
    if (::linkat(fromFolder, source.constData(), toFolder, target.constData(), 0) == 0) {
        ::unlinkat(fromFolder, source.constData(), 0);
        return RenameResult::Renamed;
    }
    if (errno == EEXIST)
        return RenameResult::NameTaken;
    if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP && errno != EXDEV)
        return failed(errno);
    // Not atomic: a name taken between the look and the rename is replaced
    // when it is an empty folder (renameat() fails on anything else).
    struct stat info = {};
    if (::fstatat(toFolder, target.constData(), &info, AT_SYMLINK_NOFOLLOW) == 0 || errno != ENOENT)
        return RenameResult::NameTaken;
    if (::renameat(fromFolder, source.constData(), toFolder, target.constData()) == 0)
        return RenameResult::Renamed;
    return failed(errno);
}

FileDescriptor::~FileDescriptor()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

FileDescriptor &FileDescriptor::operator=(FileDescriptor &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.release();
    }
    return *this;
}

bool writeAll(int fd, const char *data, qint64 size, QString *error)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(size));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            *error = osErrorText(written < 0 ? errno : ENOSPC);
            return false;
        }
        data += written;
        size -= written;
    }
    return true;
}

bool FileDescriptor::writeAll(const char *data, qint64 size, QString *error)
{
    return jobs::writeAll(m_fd, data, size, error);
}

bool FileDescriptor::close(QString *error)
{
    const int fd = release();
    // Linux closes the descriptor even when close() fails (EINTR included),
    // so it is never retried.
    if (fd >= 0 && ::close(fd) != 0) {
        *error = osErrorText(errno);
        return false;
    }
    return true;
}

QList<QByteArray> entryNames(int folder)
{
    QList<QByteArray> names;
    const int listing = ::fcntl(folder, F_DUPFD_CLOEXEC, 0);
    DIR *dir = listing >= 0 ? ::fdopendir(listing) : nullptr;
    if (!dir) {
        if (listing >= 0)
            ::close(listing);
        return names;
    }
    ::rewinddir(dir);
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names.append(name);
    }
    ::closedir(dir);
    return names;
}

} // namespace d360::jobs
