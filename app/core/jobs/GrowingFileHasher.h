// Computes the SHA-256 of a file while it is still being written, on a
// thread of its own, by reading the file behind the writer.
//
// Hashing on the event loop would cost a gigabyte download most of its speed
// (SHA-256 runs at about the speed the network delivers), and handing each
// chunk to another thread would pile chunks up in memory whenever the hash
// falls behind. Reading the bytes back from the file (they are still in the
// page cache) needs one small buffer, whatever the size of the file, and
// lets the hash run on the other core while the event loop takes the next
// chunk off the socket. It also makes resuming simple: the bytes a previous
// run left on disk are just the first bytes to hash. The owner says how many
// bytes of the file are valid (setAvailable), that the file was cut back
// (truncated: the hash starts over), and when the last byte is there
// (finish); the digest comes back on the owner's thread. When the storage
// host announced an MD5, the owner asks for one too (includeMd5), computed
// in the same pass; it is never computed otherwise, so it costs nothing then.
#pragma once

#include <QMutex>
#include <QObject>
#include <QString>
#include <QWaitCondition>

class QThread;

namespace d360::jobs {

class GrowingFileHasher : public QObject
{
    Q_OBJECT

public:
    explicit GrowingFileHasher(QString filePath, QObject *parent = nullptr);
    // Stops the thread and waits for it (it never blocks on anything but
    // its own file reads).
    ~GrowingFileHasher() override;

    // The first `bytes` bytes of the file are written (flushed) and final.
    void setAvailable(qint64 bytes);
    // The file was cut back to `bytes`; what lay beyond is void.
    void truncate(qint64 bytes);
    // The file is complete at `bytes`: emit finished() once they are hashed.
    void finish(qint64 bytes);
    // Computes the MD5 as well (reading again from the start if needed).
    void includeMd5();

Q_SIGNALS:
    // sha256Hex is empty when the file could not be read (error says why);
    // md5Hex is empty unless includeMd5() was called.
    void finished(const QByteArray &sha256Hex, const QString &error, const QByteArray &md5Hex);

private:
    void run();

    QString m_filePath;
    QThread *m_thread = nullptr;
    QMutex m_mutex;
    QWaitCondition m_wake;
    // Guarded by m_mutex:
    qint64 m_available = 0;
    qint64 m_finalBytes = -1;
    int m_generation = 0; // bumped by truncate(): start over
    bool m_md5 = false;
    bool m_stop = false;
};

} // namespace d360::jobs
