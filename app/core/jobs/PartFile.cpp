// See PartFile.h. POSIX calls rather than QFile, because QFile can express
// neither O_EXCL|O_NOFOLLOW nor a rename that refuses to replace without
// falling back to copying through whatever the final name points at.
#include "core/jobs/PartFile.h"

#include "core/jobs/FileSystemSafety.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace d360::jobs {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

PartFile::~PartFile()
{
    close();
}

bool PartFile::fail(const QString &what, int error)
{
    m_error = error ? tr("%1: %2").arg(what, osErrorText(error)) : what;
    return false;
}

QByteArray PartFile::readTail(qint64 bytes)
{
    const qint64 length = size();
    if (length < 0)
        return {};
    const qint64 from = qMax<qint64>(0, length - bytes);
    QByteArray tail(int(length - from), Qt::Uninitialized);
    tail.truncate(int(readAt(from, tail.data(), tail.size())));
    return tail;
}

#ifndef Q_OS_WIN

namespace {

// flock() ties the lock to this open file description, so it also tells two
// jobs of one process apart, and the kernel drops it when a process dies.
bool tryLock(int fd, int operation)
{
    int result;
    do
        result = ::flock(fd, operation | LOCK_NB);
    while (result != 0 && errno == EINTR);
    return result == 0;
}

} // namespace

bool PartFile::open(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    const QByteArray name = QFile::encodeName(path);
    int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0 && errno == EEXIST) {
        // Left by an earlier run of this job, or planted: O_NONBLOCK so a
        // FIFO cannot hold us up before fstat() refuses it.
        fd = ::open(name.constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0 && errno == ELOOP)
            return fail(
                tr("%1 is a symbolic link; the download does not follow it").arg(native(path)), 0);
        if (fd >= 0) {
            struct stat status;
            QString refusal;
            if (::fstat(fd, &status) != 0)
                refusal = osErrorText(errno);
            else if (!S_ISREG(status.st_mode))
                refusal = tr("%1 is not a regular file").arg(native(path));
            else if (status.st_uid != ::geteuid())
                refusal = tr("%1 belongs to another user").arg(native(path));
            else if (status.st_nlink != 1)
                refusal = tr("%1 has other names (hard links)").arg(native(path));
            if (!refusal.isEmpty()) {
                ::close(fd);
                return fail(refusal, 0);
            }
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            ::lseek(fd, 0, SEEK_END); // writes go on from what is there
        }
    }
    if (fd < 0)
        return fail(tr("cannot write %1").arg(native(path)), errno);
    if (!tryLock(fd, LOCK_EX)) {
        ::close(fd);
        return fail(tr("%1 is being written by another export").arg(native(path)), 0);
    }
    m_fd = fd;
    return true;
}

bool PartFile::isOpen() const
{
    return m_fd >= 0;
}

qint64 PartFile::size()
{
    struct stat status;
    if (m_fd < 0 || ::fstat(m_fd, &status) != 0)
        return -1;
    return status.st_size;
}

bool PartFile::truncate(qint64 bytes)
{
    if (m_fd < 0 || ::ftruncate(m_fd, off_t(bytes)) != 0
        || ::lseek(m_fd, off_t(bytes), SEEK_SET) < 0)
        return fail(tr("cannot write %1").arg(native(m_path)), m_fd < 0 ? EBADF : errno);
    return true;
}

bool PartFile::write(const char *data, qint64 size)
{
    if (m_fd < 0)
        return fail(tr("cannot write %1").arg(native(m_path)), EBADF);
    QString problem;
    if (writeAll(m_fd, data, size, &problem))
        return true;
    return fail(tr("cannot write %1: %2").arg(native(m_path), problem), 0);
}

qint64 PartFile::readAt(qint64 offset, char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t read = ::pread(m_fd, data + done, size_t(size - done), off_t(offset + done));
        if (read < 0 && errno == EINTR)
            continue;
        if (read <= 0)
            break;
        done += read;
    }
    return done;
}

bool PartFile::close()
{
    if (m_fd < 0)
        return true;
    const int fd = m_fd;
    m_fd = -1;
    // Retrying close() after EINTR could close another thread's new file.
    if (::close(fd) != 0 && errno != EINTR)
        return fail(tr("cannot write %1").arg(native(m_path)), errno);
    return true;
}

bool PartFile::stillNamedByPath()
{
    struct stat ours;
    struct stat named;
    return m_fd >= 0 && ::fstat(m_fd, &ours) == 0
        && ::lstat(QFile::encodeName(m_path).constData(), &named) == 0
        && ours.st_dev == named.st_dev && ours.st_ino == named.st_ino;
}

void PartFile::remove()
{
    if (stillNamedByPath())
        ::unlink(QFile::encodeName(m_path).constData());
    close();
}

PartFile::Placement PartFile::placeAt(const QString &finalPath, bool replace)
{
    if (!stillNamedByPath()) {
        fail(tr("%1 was replaced by another file while it was written").arg(native(m_path)), 0);
        return Placement::Failed;
    }
    const QByteArray from = QFile::encodeName(m_path);
    const QByteArray to = QFile::encodeName(finalPath);
    const auto placed = [&] {
        m_path = finalPath;
        return Placement::Placed;
    };
    const auto failed = [&](int error) {
        fail(tr("cannot rename %1 to %2").arg(native(m_path), native(finalPath)), error);
        return Placement::Failed;
    };
    if (replace) {
        // rename() replaces the entry itself, never what a symlink points
        // at; but a symlink (or a folder) there was not ours to replace.
        struct stat status;
        if (::lstat(to.constData(), &status) == 0 && !S_ISREG(status.st_mode)) {
            fail(tr("%1 is a symbolic link or not a regular file; it is not replaced")
                     .arg(native(finalPath)),
                 0);
            return Placement::Failed;
        }
        return ::rename(from.constData(), to.constData()) == 0 ? placed() : failed(errno);
    }
    QString problem;
    switch (renameWithoutReplacing(m_path, finalPath, &problem)) {
    case RenameResult::Renamed:
        return placed();
    case RenameResult::NameTaken:
        return Placement::NameTaken;
    case RenameResult::Failed:
        break;
    }
    fail(tr("cannot rename %1 to %2: %3").arg(native(m_path), native(finalPath), problem), 0);
    return Placement::Failed;
}

bool PartFile::isBeingWritten(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return false;
    const bool locked = !tryLock(fd, LOCK_SH) && errno == EWOULDBLOCK;
    ::close(fd);
    return locked;
}

#else // Q_OS_WIN

namespace {

// LockFileEx locks are mandatory on Windows: lock one byte far past any
// file's end, so readers (the hasher) are never blocked by it.
constexpr DWORD lockOffsetHigh = 0x7fffffff;

bool lockFarByte(HANDLE handle, DWORD flags)
{
    OVERLAPPED where {};
    where.OffsetHigh = lockOffsetHigh;
    return LockFileEx(handle, flags | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &where);
}

HANDLE openHandle(const QString &path, DWORD disposition)
{
    return CreateFileW(reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(path).utf16()),
                       GENERIC_READ | GENERIC_WRITE | DELETE,
                       FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, disposition,
                       FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
}

} // namespace

bool PartFile::open(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    HANDLE handle = openHandle(path, CREATE_NEW);
    if (handle == INVALID_HANDLE_VALUE && GetLastError() == ERROR_FILE_EXISTS) {
        handle = openHandle(path, OPEN_EXISTING);
        BY_HANDLE_FILE_INFORMATION information;
        if (handle != INVALID_HANDLE_VALUE
            && (!GetFileInformationByHandle(handle, &information)
                || (information.dwFileAttributes
                    & (FILE_ATTRIBUTE_REPARSE_POINT | FILE_ATTRIBUTE_DIRECTORY))
                || information.nNumberOfLinks != 1)) {
            CloseHandle(handle);
            return fail(tr("%1 is a link or not a regular file").arg(native(path)), 0);
        }
    }
    if (handle == INVALID_HANDLE_VALUE)
        return fail(tr("cannot write %1").arg(native(path)), int(GetLastError()));
    LARGE_INTEGER end {};
    SetFilePointerEx(handle, end, nullptr, FILE_END); // writes go on from what is there
    if (!lockFarByte(handle, LOCKFILE_EXCLUSIVE_LOCK)) {
        CloseHandle(handle);
        return fail(tr("%1 is being written by another export").arg(native(path)), 0);
    }
    m_handle = handle;
    return true;
}

bool PartFile::isOpen() const
{
    return m_handle != nullptr;
}

qint64 PartFile::size()
{
    LARGE_INTEGER size;
    return m_handle && GetFileSizeEx(m_handle, &size) ? qint64(size.QuadPart) : -1;
}

bool PartFile::truncate(qint64 bytes)
{
    LARGE_INTEGER where;
    where.QuadPart = bytes;
    if (!m_handle || !SetFilePointerEx(m_handle, where, nullptr, FILE_BEGIN)
        || !SetEndOfFile(m_handle))
        return fail(tr("cannot write %1").arg(native(m_path)), int(GetLastError()));
    return true;
}

bool PartFile::write(const char *data, qint64 size)
{
    while (size > 0) {
        DWORD written = 0;
        const DWORD chunk = DWORD(qMin<qint64>(size, 1 << 30));
        if (!m_handle || !WriteFile(m_handle, data, chunk, &written, nullptr))
            return fail(tr("cannot write %1").arg(native(m_path)), int(GetLastError()));
        data += written;
        size -= written;
    }
    return true;
}

qint64 PartFile::readAt(qint64 offset, char *data, qint64 size)
{
    OVERLAPPED where {};
    where.Offset = DWORD(offset & 0xffffffff);
    where.OffsetHigh = DWORD(offset >> 32);
    DWORD read = 0;
    if (!m_handle || !ReadFile(m_handle, data, DWORD(size), &read, &where))
        return 0;
    return read;
}

bool PartFile::close()
{
    if (!m_handle)
        return true;
    HANDLE handle = m_handle;
    m_handle = nullptr;
    if (!CloseHandle(handle))
        return fail(tr("cannot write %1").arg(native(m_path)), int(GetLastError()));
    return true;
}

bool PartFile::stillNamedByPath()
{
    return m_handle != nullptr; // the open handle denies nobody a rename; it names the file itself
}

void PartFile::remove()
{
    if (m_handle) {
        FILE_DISPOSITION_INFO disposition {};
        disposition.DeleteFile = TRUE;
        SetFileInformationByHandle(m_handle, FileDispositionInfo, &disposition, sizeof disposition);
    }
    close();
}

PartFile::Placement PartFile::placeAt(const QString &finalPath, bool replace)
{
    // Renaming through the handle renames this very file, whatever the
    // names around it became meanwhile; without ReplaceIfExists it fails on
    // any entry at the final name, a link included.
    const std::wstring target = QDir::toNativeSeparators(finalPath).toStdWString();
    if (replace && somethingIsAt(finalPath)) {
        const DWORD attributes = GetFileAttributesW(target.c_str());
        if (attributes & (FILE_ATTRIBUTE_REPARSE_POINT | FILE_ATTRIBUTE_DIRECTORY)) {
            fail(
                tr("%1 is a link or not a regular file; it is not replaced").arg(native(finalPath)),
                0);
            return Placement::Failed;
        }
    }
    QByteArray buffer(int(sizeof(FILE_RENAME_INFO) + target.size() * sizeof(wchar_t)), '\0');
    auto *rename = reinterpret_cast<FILE_RENAME_INFO *>(buffer.data());
    rename->ReplaceIfExists = replace ? TRUE : FALSE;
    rename->FileNameLength = DWORD(target.size() * sizeof(wchar_t));
    memcpy(rename->FileName, target.c_str(), rename->FileNameLength);
    if (m_handle
        && SetFileInformationByHandle(m_handle, FileRenameInfo, rename, DWORD(buffer.size()))) {
        m_path = finalPath;
        return Placement::Placed;
    }
    const DWORD error = GetLastError();
    if (!replace && (error == ERROR_ALREADY_EXISTS || error == ERROR_FILE_EXISTS))
        return Placement::NameTaken;
    fail(tr("cannot rename %1 to %2").arg(native(m_path), native(finalPath)), int(error));
    return Placement::Failed;
}

bool PartFile::isBeingWritten(const QString &path)
{
    HANDLE handle
        = CreateFileW(reinterpret_cast<LPCWSTR>(QDir::toNativeSeparators(path).utf16()),
                      GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                      OPEN_EXISTING, FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return false;
    const bool locked = !lockFarByte(handle, 0);
    CloseHandle(handle);
    return locked;
}

#endif

} // namespace d360::jobs
