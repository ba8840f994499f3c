// See GrowingFileHasher.h.
#include "core/jobs/GrowingFileHasher.h"

#include "core/jobs/Sha256Stream.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMetaObject>
#include <QThread>

namespace d360::jobs {

namespace {

// Small enough to stay in the CPU's cache, large enough for few reads.
constexpr qint64 readChunkBytes = 1024 * 1024;

} // namespace

GrowingFileHasher::GrowingFileHasher(QString filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
{
    m_thread = QThread::create([this] { run(); });
    m_thread->start();
}

GrowingFileHasher::~GrowingFileHasher()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

void GrowingFileHasher::setAvailable(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    if (bytes > m_available) {
        m_available = bytes;
        m_wake.wakeAll();
    }
}

void GrowingFileHasher::truncate(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    if (bytes >= m_available)
        return; // nothing that was counted is gone
    m_available = bytes;
    ++m_generation;
    m_wake.wakeAll();
}

void GrowingFileHasher::finish(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    if (bytes < m_available)
        ++m_generation;
    m_available = bytes;
    m_finalBytes = bytes;
    m_wake.wakeAll();
}

void GrowingFileHasher::includeMd5()
{
    QMutexLocker lock(&m_mutex);
    if (m_md5)
        return;
    m_md5 = true;
    ++m_generation; // both digests from byte 0, in one pass
    m_wake.wakeAll();
}

void GrowingFileHasher::run()
{
    Sha256Stream hash;
    QCryptographicHash md5(QCryptographicHash::Md5);
    bool withMd5 = false;
    QFile file(m_filePath);
    QByteArray buffer(int(readChunkBytes), Qt::Uninitialized);
    int generation = -1;
    qint64 position = 0;
    const auto deliver
        = [this](const QByteArray &digest, const QString &error, const QByteArray &md5Hex) {
              // Queued to our own thread of affinity; dropped if we are destroyed.
              QMetaObject::invokeMethod(
                  this, [this, digest, error, md5Hex] { Q_EMIT finished(digest, error, md5Hex); },
                  Qt::QueuedConnection);
          };

    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (m_stop)
            return;
        if (m_generation != generation) {
            generation = m_generation;
            hash.reset();
            withMd5 = m_md5;
            md5.reset();
            position = 0;
        }
        if (position < m_available) {
            const qint64 wanted = qMin(m_available - position, readChunkBytes);
            lock.unlock();
            qint64 read = -1;
            if (file.isOpen() || file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
                if (file.seek(position))
                    read = file.read(buffer.data(), wanted);
            }
            lock.relock();
            if (m_generation != generation)
                continue; // cut back meanwhile: what was read may be stale
            if (read <= 0) {
                if (m_finalBytes < 0) {
                    // The writer may have cut the file a moment before
                    // telling us (truncate() follows the cut): wait for word.
                    m_wake.wait(&m_mutex, 100);
                    continue;
                }
                // The file is complete, and these bytes were promised.
                deliver({},
                        tr("cannot read %1 back to check it: %2")
                            .arg(m_filePath,
                                 read < 0 ? file.errorString() : tr("it is shorter than written")),
                        {});
                return;
            }
            lock.unlock();
            hash.addData(buffer.constData(), read);
            if (withMd5)
                md5.addData(QByteArrayView(buffer.constData(), read));
            lock.relock();
            position += read;
            continue;
        }
        if (m_finalBytes >= 0 && position == m_finalBytes) {
            deliver(hash.finalHex(), {}, withMd5 ? md5.result().toHex() : QByteArray());
            return;
        }
        m_wake.wait(&m_mutex);
    }
}

} // namespace d360::jobs
