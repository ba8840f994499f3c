// The ".part" file one job downloads into, in an output folder that other
// people and other programs may share.
//
// Output folders are often shared (a synced team folder, /tmp), so the part
// file is treated as something an attacker may have prepared: it is created
// with O_CREAT|O_EXCL|O_NOFOLLOW, so a planted file or symlink is never
// followed or reused; a part left by an earlier run of the same job is
// reopened with O_NOFOLLOW and accepted only as a regular file of ours with
// a single link. While the job writes, it holds an advisory lock (flock,
// LockFileEx on Windows), which is how another process tells a live part from
// a stale one. Writes go straight to the file descriptor, unbuffered, so a
// full disk is reported by the write that hit it ("the disk is full"), not
// by a flush nobody checks. Placing the file renames it without following a
// symlink at the final name and, unless the caller allows replacing, without
// replacing anything that is there (renameat2 RENAME_NOREPLACE, or link +
// unlink where the file system lacks it).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace d360::jobs {

class PartFile
{
    Q_DECLARE_TR_FUNCTIONS(d360::jobs::PartFile)

public:
    PartFile() = default;
    ~PartFile(); // closes, releasing the lock; the file stays
    PartFile(const PartFile &) = delete;
    PartFile &operator=(const PartFile &) = delete;

    // Creates path exclusively, or reopens the part an earlier run of this
    // job left there, and locks it. False, with errorString(), when the path
    // is a symlink, not a regular file of ours, or locked by another writer.
    bool open(const QString &path);
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    qint64 size();
    // Cuts the file at bytes; the next write goes there.
    bool truncate(qint64 bytes);
    // Appends all of data, or fails saying why ("the disk is full").
    bool write(const char *data, qint64 size);
    bool write(const QByteArray &data) { return write(data.constData(), data.size()); }
    // The last bytes of the file (fewer if it is shorter), for format checks.
    QByteArray readTail(qint64 bytes);
    // Closes with a check (some file systems report write errors only here).
    bool close();
    // Deletes the file if the name still refers to it, then closes.
    void remove();

    enum class Placement { Placed, NameTaken, Failed };
    // Renames the part to finalPath. Without replace, any entry at finalPath
    // (a file, a dangling symlink) makes it NameTaken; with replace, only a
    // regular file is replaced, atomically. Never follows a symlink there.
    Placement placeAt(const QString &finalPath, bool replace);

    // Whether another open PartFile (in any process) holds path's lock.
    static bool isBeingWritten(const QString &path);

private:
    bool fail(const QString &what, int error);
    qint64 readAt(qint64 offset, char *data, qint64 size);
    bool stillNamedByPath();

#ifdef Q_OS_WIN
    void *m_handle = nullptr;
#else
    int m_fd = -1;
#endif
    QString m_path;
    QString m_error;
};

} // namespace d360::jobs
