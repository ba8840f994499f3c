// See LoopbackHttpListener.h. The guards sit on a QTcpServer subclass whose
// sockets get their readyRead watcher before Qt HTTP Server connects its
// parser, so an oversized request is cut before the parser sees more of it.
#include "sandbox/LoopbackHttpListener.h"

#include "sandbox/ResponseChannel.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace d360::sandbox {

namespace {

class GuardedTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        guard(socket);
        addPendingConnection(socket);
    }

private:
    static void guard(QTcpSocket *socket)
    {
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->setInterval(LoopbackHttpListener::idleRequestTimeoutMs);
        // Qt HTTP Server reads each request inside a socket transaction, so
        // bytesAvailable() is everything received of a request not yet
        // complete; a complete request leaves it at zero.
        QObject::connect(idle, &QTimer::timeout, socket, [socket] {
            if (socket->bytesAvailable() > 0)
                socket->abort();
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, idle] {
            if (socket->bytesAvailable() > LoopbackHttpListener::maxPendingRequestBytes) {
                // Also stops the parser's own slot, still to come in this
                // emission, from reading a socket that is going away.
                QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
                socket->abort();
                return;
            }
            idle->start();
        });
    }
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

HttpRequest copyOf(const QHttpServerRequest &request)
{
    HttpRequest copy;
    copy.method = methodName(request.method());
    copy.url = request.url();
    copy.query = QUrlQuery(copy.url);
    // Split before decoding, so that an id holding "%2F" stays one segment.
    const QStringList encoded
        = copy.url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : encoded)
        copy.pathSegments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    copy.headers = request.headers();
    copy.body = request.body();
    copy.remoteAddress = request.remoteAddress();
    return copy;
}

} // namespace

LoopbackHttpListener::LoopbackHttpListener(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

bool LoopbackHttpListener::start(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback()) {
        m_errorString = tr("The sandbox listens on loopback addresses only, not on %1.")
                            .arg(address.toString());
        return false;
    }
    auto *server = new GuardedTcpServer(this);
    if (!server->listen(address, port)) {
        m_errorString = tr("The sandbox could not listen on %1 port %2: %3")
                            .arg(address.toString())
                            .arg(port)
                            .arg(server->errorString());
        delete server;
        return false;
    }
    bind(server);
    m_address = address;
    m_port = server->serverPort();
    return true;
}

bool LoopbackHttpListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(copyOf(request), std::make_shared<ResponseChannel>(makeResponder(request, socket)));
    return true;
}

void LoopbackHttpListener::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // handleRequest() takes every request; should that ever change, a
    // request nobody answers must still end.
    socket->disconnectFromHost();
}

} // namespace d360::sandbox
