// Computes the SHA-256 of a download from its bytes as they arrive, on a
// thread of its own.
//
// Hashing on the event loop would put SHA-256 on the thread that also moves
// every byte from the socket to the disk, and re-reading the file once it is
// complete adds a second pass at the end: over a 1 Gbit/s link that made the
// engine 0.84x curl, against 1.00x hashing on the way (bench_download_vs_curl,
// see the README). Reading the file behind the writer (the hasher before
// this one) was as fast, but needed a lock, a generation counter and a poll.
// So each chunk the writer keeps is handed over as it is (Qt's byte arrays
// are shared, not copied) and hashed on another core, in the order given.
// SHA-256 with the CPU's extensions runs many times faster than any link, so
// the queue stays short; should the thread fall behind anyway (no core free
// for it), at most 16 MiB wait in memory: beyond that the owner hands over
// only where the bytes end, and the thread reads them back from the file
// (the page cache), so memory stays flat. Everything the owner says is an
// event queued to that one thread, in order, so there is nothing to lock or
// poll. Bytes that are already in the file (an earlier run's, or what stays
// when a body restarts at an offset) are read back from it once (resumeAt).
// When the storage host announced an MD5, the owner asks for one too
// (includeMd5), computed in the same pass (re-reading what came before); it
// is never computed otherwise, so it costs nothing then. The digests come
// back on the owner's thread; destroying the hasher stops it at once,
// dropping what is queued, and no finished() comes after that.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace d360::jobs {

class DownloadHasherWorker;

class DownloadHasher : public QObject
{
    Q_OBJECT

public:
    explicit DownloadHasher(QString filePath, QObject *parent = nullptr);
    // Stops the thread between two reads or chunks, and waits for it.
    ~DownloadHasher() override;

    // The file's first `bytes` bytes are final, and what follows them
    // arrives through add(): they are read back from the file (a no-op when
    // they are exactly the bytes hashed so far).
    void resumeAt(qint64 bytes);
    // The next bytes of the file, already written to it.
    void add(const QByteArray &data);
    // Computes the MD5 as well, from byte 0.
    void includeMd5();
    // The file is complete at `bytes`: emits finished() once all is hashed.
    void finish(qint64 bytes);

Q_SIGNALS:
    // sha256Hex is empty when the file could not be read back (error says
    // why); md5Hex is empty unless includeMd5() was called.
    void finished(const QByteArray &sha256Hex, const QString &error, const QByteArray &md5Hex);

private:
    // Runs work on the hashing thread, after everything asked before it.
    template<typename Work> void post(Work work);

    QThread *m_thread = nullptr;
    DownloadHasherWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;
    // Bytes handed over and not hashed yet (the worker counts them down).
    std::atomic<qint64> m_queuedBytes { 0 };
    qint64 m_end = 0; // where the bytes handed over so far end
};

} // namespace d360::jobs
