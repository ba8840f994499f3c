// See DownloadHasher.h.
#include "core/jobs/DownloadHasher.h"

#include "core/jobs/Sha256Stream.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMetaObject>
#include <QThread>

namespace d360::jobs {

namespace {

// Small enough to stay in the CPU's cache, large enough for few reads.
constexpr qint64 readChunkBytes = 1024 * 1024;
// At most this much of the download waits in memory for the hash. When the
// hashing thread gets no core for a while (a loaded machine), the bytes
// beyond it are read back from the file instead (they are in the page
// cache), so memory stays flat however far behind it falls.
constexpr qint64 maxQueuedBytes = 16 * 1024 * 1024;

} // namespace

// Lives on the hashing thread; everything it does runs there, in the order
// the hasher posted it.
class DownloadHasherWorker : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(d360::jobs::DownloadHasher)

public:
    DownloadHasherWorker(QString filePath, std::shared_ptr<std::atomic_bool> stop,
                         std::atomic<qint64> *queuedBytes)
        : m_filePath(std::move(filePath))
        , m_stop(std::move(stop))
        , m_queuedBytes(queuedBytes)
        , m_md5(QCryptographicHash::Md5)
    { }

    void resumeAt(qint64 bytes)
    {
        if (bytes == m_position && m_problem.isEmpty())
            return;
        hashFilePrefix(bytes);
    }

    void add(const QByteArray &data)
    {
        if (m_problem.isEmpty()) // else the next resumeAt() starts over
            feed(data.constData(), data.size());
        m_queuedBytes->fetch_sub(data.size());
    }

    // The bytes up to `end` are in the file but were not handed over.
    void catchUpTo(qint64 end)
    {
        if (m_problem.isEmpty())
            readFileUpTo(end);
    }

    void includeMd5()
    {
        if (m_withMd5)
            return;
        m_withMd5 = true;
        hashFilePrefix(m_position); // both digests from byte 0, in one pass
    }

    // The digests, or an empty SHA-256 and why.
    void finish(qint64 bytes, QByteArray *sha256Hex, QString *problem, QByteArray *md5Hex)
    {
        *problem = m_problem;
        if (problem->isEmpty() && m_position != bytes)
            *problem = tr("only %1 of the %2 bytes of %3 were checked")
                           .arg(m_position)
                           .arg(bytes)
                           .arg(m_filePath);
        if (!problem->isEmpty())
            return;
        *sha256Hex = m_sha256.finalHex();
        if (m_withMd5)
            *md5Hex = m_md5.result().toHex();
    }

private:
    void feed(const char *data, qint64 size)
    {
        m_sha256.addData(data, size);
        if (m_withMd5)
            m_md5.addData(QByteArrayView(data, size));
        m_position += size;
    }

    // Starts over, from the first `bytes` bytes as the file holds them.
    void hashFilePrefix(qint64 bytes)
    {
        m_sha256.reset();
        m_md5.reset();
        m_position = 0;
        m_problem.clear();
        readFileUpTo(bytes);
    }

    void readFileUpTo(qint64 bytes)
    {
        if (bytes <= m_position)
            return;
        QFile file(m_filePath);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            m_problem
                = tr("cannot read %1 back to check it: %2").arg(m_filePath, file.errorString());
            return;
        }
        if (!file.seek(m_position)) {
            m_problem
                = tr("cannot read %1 back to check it: %2").arg(m_filePath, file.errorString());
            return;
        }
        QByteArray buffer(int(qMin(readChunkBytes, bytes - m_position)), Qt::Uninitialized);
        while (m_position < bytes) {
            if (m_stop->load())
                return;
            const qint64 read
                = file.read(buffer.data(), qMin<qint64>(bytes - m_position, buffer.size()));
            if (read <= 0) {
                // The file was cut back meanwhile (a body that restarts):
                // the resumeAt() that follows the cut starts over again.
                m_problem
                    = tr("cannot read %1 back to check it: %2")
                          .arg(m_filePath,
                               read < 0 ? file.errorString() : tr("it is shorter than written"));
                return;
            }
            feed(buffer.constData(), read);
        }
    }

    QString m_filePath;
    std::shared_ptr<std::atomic_bool> m_stop;
    std::atomic<qint64> *m_queuedBytes;
    Sha256Stream m_sha256;
    QCryptographicHash m_md5;
    bool m_withMd5 = false;
    qint64 m_position = 0; // bytes hashed since the last start over
    QString m_problem;
};

DownloadHasher::DownloadHasher(QString filePath, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_stop(std::make_shared<std::atomic_bool>(false))
{
    m_worker = new DownloadHasherWorker(std::move(filePath), m_stop, &m_queuedBytes);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

DownloadHasher::~DownloadHasher()
{
    // Whatever is still queued is dropped: the worker checks the flag
    // between reads, and quit() ends the thread's loop after the current
    // event.
    m_stop->store(true);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

template<typename Work> void DownloadHasher::post(Work work)
{
    const std::shared_ptr<std::atomic_bool> stop = m_stop;
    QMetaObject::invokeMethod(
        m_worker,
        [stop, work = std::move(work)] {
            if (!stop->load())
                work();
        },
        Qt::QueuedConnection);
}

void DownloadHasher::resumeAt(qint64 bytes)
{
    m_end = bytes;
    DownloadHasherWorker *worker = m_worker;
    post([worker, bytes] { worker->resumeAt(bytes); });
}

void DownloadHasher::add(const QByteArray &data)
{
    m_end += data.size();
    DownloadHasherWorker *worker = m_worker;
    if (m_queuedBytes.load() + data.size() > maxQueuedBytes) {
        const qint64 end = m_end;
        post([worker, end] { worker->catchUpTo(end); });
        return;
    }
    m_queuedBytes.fetch_add(data.size());
    post([worker, data] { worker->add(data); });
}

void DownloadHasher::includeMd5()
{
    DownloadHasherWorker *worker = m_worker;
    post([worker] { worker->includeMd5(); });
}

void DownloadHasher::finish(qint64 bytes)
{
    DownloadHasherWorker *worker = m_worker;
    post([this, worker, bytes] {
        QByteArray sha256Hex;
        QString problem;
        QByteArray md5Hex;
        worker->finish(bytes, &sha256Hex, &problem, &md5Hex);
        // Queued to this object, which exists while the thread runs (the
        // destructor waits for it), and whose destruction drops the event:
        // no finished() after that.
        QMetaObject::invokeMethod(
            this,
            [this, sha256Hex, problem, md5Hex] { Q_EMIT finished(sha256Hex, problem, md5Hex); },
            Qt::QueuedConnection);
    });
}

} // namespace d360::jobs
