// The way back to one client for one request: writes a reply, or a reply
// cut short, or a streamed body, onto the connection the request came from.
//
// It is shared (std::shared_ptr) because an answer may leave later than the
// request arrived: after an injected latency, or chunk by chunk for a
// download. By then the client may have gone and Qt HTTP Server may have
// deleted the socket, so every write first checks that the socket is still
// there and connected. A channel that is dropped without an answer closes the
// connection, so that a bug shows up as a closed connection, never as a
// client waiting forever.
#pragma once

#include "sandbox/HttpMessage.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace d360::sandbox {

class ResponseChannel
{
public:
    explicit ResponseChannel(QHttpServerResponder &&responder);
    ~ResponseChannel();
    ResponseChannel(const ResponseChannel &) = delete;
    ResponseChannel &operator=(const ResponseChannel &) = delete;

    bool isOpen() const;
    QTcpSocket *socket() const { return m_socket.data(); }

    // The whole reply, with Content-Length.
    void send(const HttpReply &reply);
    // The reply's status and headers with the Content-Length of the whole
    // body, then only the first bodyBytes of it, then the connection closes:
    // what a client sees when a server or proxy dies mid-answer.
    void sendCut(const HttpReply &reply, qint64 bodyBytes);

    // For bodies written piece by piece: the head first (it must carry the
    // Content-Length), then writeBody() for each piece; a HEAD answer calls
    // endHead() instead.
    void writeHead(int status, const QList<QPair<QByteArray, QByteArray>> &headers);
    void writeBody(const char *data, qint64 size);
    void endHead();
    // Closes the connection once what was written has gone out.
    void close();

private:
    void writeStatusAndHeaders(int status, const QList<QPair<QByteArray, QByteArray>> &headers);

    std::unique_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_answered = false;
};

} // namespace d360::sandbox
