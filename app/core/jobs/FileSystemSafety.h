// Small file-system operations that never follow, replace or silently lose:
// for code that writes into folders other people can write into too.
//
// An output folder may be shared (a synced team folder, /tmp), so anything in
// it may be a symbolic link somebody planted. These helpers look with lstat,
// never stat, rename only where nothing is (RENAME_NOREPLACE, so even a
// dangling link at the name is kept), and turn every write and close into a
// checked call whose failure reads as words ("the disk is full"), because a
// full disk is the usual way a write fails and must never pass for success.
// POSIX calls; the program is built for Linux, and macOS has them too.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace d360::jobs {

// Words for an error number (errno, or GetLastError() on Windows): "the
// disk is full" for ENOSPC and EDQUOT (ERROR_DISK_FULL), the operating
// system's own text otherwise.
QString osErrorText(int errorNumber);

// Whether anything at all is at path: a file, a folder, a symbolic link
// (dangling or not). Never follows a link; a name that cannot be looked at
// (no permission) counts as taken.
bool somethingIsAt(const QString &path);

enum class RenameResult { Renamed, NameTaken, Failed };

// Renames from to to only if nothing at all is at to; never follows nor
// replaces what is there, not even a dangling link. Atomic on Linux
// (renameat2 RENAME_NOREPLACE) and, for files, wherever hard links exist
// (link + unlink); only a file system with neither falls back to looking
// with lstat first. error gets the reason when the result is Failed.
RenameResult renameWithoutReplacing(const QString &from, const QString &to, QString *error);
// The same for names relative to open folders (openat's dirfd, or AT_FDCWD),
// so neither folder's path is looked up again.
RenameResult renameWithoutReplacing(int fromFolder, const QString &fromName, int toFolder,
                                    const QString &toName, QString *error);

// The names in the folder open at folder, without "." and "..", read
// through a duplicate of the descriptor (rewound, since the two share an
// offset) so folder stays open; empty when it cannot be read.
QList<QByteArray> entryNames(int folder);

// Writes all of data to fd, retrying short and interrupted writes; false,
// with the reason in *error ("the disk is full"), when the file system
// refuses or stops taking bytes.
bool writeAll(int fd, const char *data, qint64 size, QString *error);

// An open file descriptor that is closed when it goes out of scope; close()
// is the checked way, for files whose content matters.
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd = -1)
        : m_fd(fd)
    { }
    ~FileDescriptor();
    FileDescriptor(FileDescriptor &&other) noexcept
        : m_fd(other.release())
    { }
    FileDescriptor &operator=(FileDescriptor &&other) noexcept;
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;

    int get() const { return m_fd; }
    bool isOpen() const { return m_fd >= 0; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

    // Writes all of data, retrying short writes; false with the reason.
    bool writeAll(const char *data, qint64 size, QString *error);
    // Closes and reports what close() says: on some file systems (NFS, quotas)
    // a full disk shows only here.
    bool close(QString *error);

private:
    int m_fd;
};

} // namespace d360::jobs
