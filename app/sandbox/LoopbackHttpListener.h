// One HTTP listener on a loopback address: Qt HTTP Server parses the
// requests, this class copies each into an HttpRequest and hands it, with a
// ResponseChannel to answer on, to one handler function.
//
// Both the API and the storage listener are one of these. It refuses to bind
// anything but a loopback address: a simulator that hands out demo
// credentials must not be reachable from the network. It also protects the
// process from what Qt HTTP Server 6.4 would buffer without limit: a request
// head or body beyond maxPendingRequestBytes closes the connection, and so
// does a request left half sent for idleRequestTimeoutMs.
#pragma once

#include "sandbox/HttpMessage.h"

#include <QAbstractHttpServer>

#include <functional>
#include <memory>

namespace d360::sandbox {

class ResponseChannel;

class LoopbackHttpListener : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest &, std::shared_ptr<ResponseChannel>)>;

    static constexpr qint64 maxPendingRequestBytes = 256 * 1024;
    static constexpr int idleRequestTimeoutMs = 15000;

    explicit LoopbackHttpListener(Handler handler, QObject *parent = nullptr);

    // Binds address:port (port 0 picks a free one). Returns false, with
    // errorString() set, when the address is not loopback or cannot be bound.
    bool start(const QHostAddress &address, quint16 port);
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_errorString; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_errorString;
};

} // namespace d360::sandbox
