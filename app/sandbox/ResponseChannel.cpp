// See ResponseChannel.h. Writing goes through QHttpServerResponder's
// writeStatusLine/writeHeader/writeBody, whose first writeBody() call ends
// the head with the empty line; the header list is built at run time, which
// its initializer_list based write() overloads cannot take.
#include "sandbox/ResponseChannel.h"

namespace d360::sandbox {

ResponseChannel::ResponseChannel(QHttpServerResponder &&responder)
    : m_responder(std::make_unique<QHttpServerResponder>(std::move(responder)))
    , m_socket(m_responder->socket())
{ }

ResponseChannel::~ResponseChannel()
{
    if (!m_answered && isOpen())
        m_socket->disconnectFromHost();
}

bool ResponseChannel::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void ResponseChannel::writeStatusAndHeaders(int status,
                                            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    m_answered = true;
    m_responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    for (const auto &header : headers)
        m_responder->writeHeader(header.first, header.second);
}

void ResponseChannel::send(const HttpReply &reply)
{
    if (!isOpen() || m_answered)
        return;
    auto headers = reply.headers;
    headers.append({ QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()) });
    writeStatusAndHeaders(reply.status, headers);
    m_responder->writeBody(reply.body.constData(), reply.body.size());
}

void ResponseChannel::sendCut(const HttpReply &reply, qint64 bodyBytes)
{
    if (!isOpen() || m_answered)
        return;
    auto headers = reply.headers;
    headers.append({ QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()) });
    writeStatusAndHeaders(reply.status, headers);
    m_responder->writeBody(reply.body.constData(), qBound<qint64>(0, bodyBytes, reply.body.size()));
    close();
}

void ResponseChannel::writeHead(int status, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (!isOpen() || m_answered)
        return;
    writeStatusAndHeaders(status, headers);
}

void ResponseChannel::writeBody(const char *data, qint64 size)
{
    if (isOpen())
        m_responder->writeBody(data, size);
}

void ResponseChannel::endHead()
{
    static const char nothing[] = "";
    writeBody(nothing, 0);
}

void ResponseChannel::close()
{
    if (isOpen())
        m_socket->disconnectFromHost();
}

} // namespace d360::sandbox
