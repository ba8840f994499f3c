// See DownloadStream.h. The marks are chosen for loopback: 256 KiB chunks
// keep system calls few, and at most 2 MiB waiting in the socket's buffer
// keeps memory flat however big the file is.
#include "sandbox/DownloadStream.h"

#include "sandbox/ResponseChannel.h"

namespace d360::sandbox {

namespace {

constexpr qint64 chunkSize = 256 * 1024;
constexpr qint64 socketHighWater = 2 * 1024 * 1024;

} // namespace

DownloadStream::DownloadStream(std::shared_ptr<ResponseChannel> channel, const Plan &plan,
                               QObject *parent)
    : QObject(parent)
    , m_channel(std::move(channel))
    , m_plan(plan)
    , m_file(plan.filePath)
{
    m_limit = m_plan.cutAfterBytes >= 0 ? qMin(m_plan.length, m_plan.cutAfterBytes) : m_plan.length;
    m_pace.setSingleShot(true);
    connect(&m_pace, &QTimer::timeout, this, &DownloadStream::pump);
}

void DownloadStream::start()
{
    QTcpSocket *socket = m_channel->socket();
    if (!socket || !m_file.open(QIODevice::ReadOnly) || !m_file.seek(m_plan.offset)) {
        m_channel->close();
        finish(false);
        return;
    }
    connect(socket, &QTcpSocket::bytesWritten, this, &DownloadStream::pump);
    connect(socket, &QTcpSocket::disconnected, this, [this] { finish(false); });
    connect(socket, &QObject::destroyed, this, [this] { finish(false); });
    m_clock.start();
    pump();
}

void DownloadStream::pump()
{
    if (m_finished)
        return;
    QTcpSocket *socket = m_channel->socket();
    if (!m_channel->isOpen() || !socket) {
        finish(false);
        return;
    }

    QByteArray buffer;
    while (m_written < m_limit) {
        if (socket->bytesToWrite() >= socketHighWater)
            return; // bytesWritten brings us back
        qint64 allowed = qMin(chunkSize, m_limit - m_written);
        if (m_plan.bytesPerSecond > 0) {
            // A bucket refilled at the rate, holding at most 1/20 s of it.
            const qint64 burst = qMax<qint64>(1, m_plan.bytesPerSecond / 20);
            const qint64 budget
                = m_clock.elapsed() * m_plan.bytesPerSecond / 1000 + burst - m_written;
            if (budget <= 0) {
                const qint64 dueMs = (m_written - burst + 1) * 1000 / m_plan.bytesPerSecond;
                m_pace.start(
                    static_cast<int>(qBound(qint64(1), dueMs - m_clock.elapsed(), qint64(1000))));
                return;
            }
            allowed = qMin(allowed, budget);
        }
        buffer.resize(allowed);
        const qint64 read = m_file.read(buffer.data(), allowed);
        if (read <= 0) {
            m_channel->close();
            finish(false);
            return;
        }
        m_channel->writeBody(buffer.constData(), read);
        m_written += read;
    }

    // Everything planned is in the socket's buffer; wait until it is on the wire.
    if (socket->bytesToWrite() > 0)
        return;
    const bool cut = m_limit < m_plan.length;
    if (cut || m_plan.closeWhenDone)
        m_channel->close();
    finish(!cut);
}

void DownloadStream::finish(bool complete)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pace.stop();
    m_file.close();
    Q_EMIT finished(complete, m_written);
    deleteLater();
}

} // namespace d360::sandbox
