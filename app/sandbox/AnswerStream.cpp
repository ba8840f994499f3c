// See AnswerStream.h. The marks are DownloadStream's: 256 KiB chunks, at most
// 2 MiB waiting in the socket's buffer.
#include "sandbox/AnswerStream.h"

#include "sandbox/ResponseChannel.h"

#include <QTcpSocket>

namespace d360::sandbox {

namespace {

constexpr qint64 chunkSize = 256 * 1024;
constexpr qint64 socketHighWater = 2 * 1024 * 1024;

} // namespace

AnswerStream::AnswerStream(std::shared_ptr<ResponseChannel> channel, HttpReply reply, bool sized,
                           qint64 *bytesSent, QObject *parent)
    : QObject(parent)
    , m_channel(std::move(channel))
    , m_reply(std::move(reply))
    , m_sized(sized)
    , m_bytesSent(bytesSent)
{ }

void AnswerStream::start()
{
    QTcpSocket *socket = m_channel->socket();
    if (!socket || !m_channel->isOpen()) {
        finish();
        return;
    }
    connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 bytes) {
        *m_bytesSent += bytes;
        pump();
    });
    connect(socket, &QTcpSocket::disconnected, this, &AnswerStream::finish);
    connect(socket, &QObject::destroyed, this, &AnswerStream::finish);

    auto headers = m_reply.headers;
    if (m_sized) {
        headers.append(
            { QByteArrayLiteral("Content-Length"), QByteArray::number(m_reply.body.size()) });
    } else {
        headers.append({ QByteArrayLiteral("Connection"), QByteArrayLiteral("close") });
    }
    m_channel->writeHead(m_reply.status, headers);
    pump();
}

void AnswerStream::pump()
{
    if (m_finished)
        return;
    QTcpSocket *socket = m_channel->socket();
    if (!socket || !m_channel->isOpen()) {
        finish();
        return;
    }
    while (m_queued < m_reply.body.size()) {
        if (socket->bytesToWrite() >= socketHighWater)
            return; // bytesWritten brings us back
        const qint64 size = qMin(chunkSize, m_reply.body.size() - m_queued);
        m_channel->writeBody(m_reply.body.constData() + m_queued, size);
        m_queued += size;
    }
    if (socket->bytesToWrite() > 0)
        return;
    if (!m_sized)
        m_channel->close();
    finish();
}

void AnswerStream::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    deleteLater();
}

} // namespace d360::sandbox
