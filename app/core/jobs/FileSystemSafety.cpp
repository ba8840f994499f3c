// See FileSystemSafety.h.
#include "core/jobs/FileSystemSafety.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstdio> // renameat2
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace d360::jobs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("d360::jobs::FileSystemSafety", text);
}

} // namespace

QString osErrorText(int errorNumber)
{
    if (errorNumber == ENOSPC || errorNumber == EDQUOT)
        return tr("the disk is full");
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

bool somethingIsAt(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 || errno != ENOENT;
}

bool renameWithoutReplacing(const QString &from, const QString &to, QString *error)
{
    return renameWithoutReplacing(AT_FDCWD, from, AT_FDCWD, to, error);
}

bool renameWithoutReplacing(int fromFolder, const QString &fromName, int toFolder,
                            const QString &toName, QString *error)
{
    const QByteArray source = QFile::encodeName(fromName);
    const QByteArray target = QFile::encodeName(toName);
#ifdef Q_OS_LINUX
    if (::renameat2(fromFolder, source.constData(), toFolder, target.constData(), RENAME_NOREPLACE)
        == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS) {
        *error = osErrorText(errno);
        return false;
    }
#endif
    // Not atomic: a name taken between the look and the rename is replaced
    // when it is an empty folder (renameat() fails on anything else).
    struct stat info = {};
    if (::fstatat(toFolder, target.constData(), &info, AT_SYMLINK_NOFOLLOW) == 0
        || errno != ENOENT) {
        *error = osErrorText(EEXIST);
        return false;
    }
    if (::renameat(fromFolder, source.constData(), toFolder, target.constData()) == 0)
        return true;
    *error = osErrorText(errno);
    return false;
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

bool FileDescriptor::writeAll(const char *data, qint64 size, QString *error)
{
    while (size > 0) {
        const ssize_t written = ::write(m_fd, data, size_t(size));
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

} // namespace d360::jobs
