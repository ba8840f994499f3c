// See LoopbackRedirectListener.h. The pages tell the browser not to cache
// them and not to send a Referer onwards, because the URL that led here holds
// the authorization code. Every connection is closed after one answer
// (Connection: close), which keeps the bookkeeping to one buffer per socket.
#include "core/auth/LoopbackRedirectListener.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace d360::auth {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    default:
        return QByteArrayLiteral("Error");
    }
}

QByteArray page(const QString &title, const QString &text)
{
    const QString html
        = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                         "<title>%1</title></head>\n<body style=\"font-family: sans-serif; "
                         "margin: 3em;\"><h1>%1</h1>\n<p>%2</p></body></html>\n")
              .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    return html.toUtf8();
}

QString callbackPath()
{
    return QStringLiteral("/callback");
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this,
            &LoopbackRedirectListener::acceptConnections);
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen(QString *problem)
{
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        *problem = tr("cannot listen on 127.0.0.1 for the browser's answer: %1")
                       .arg(m_server->errorString());
        return false;
    }
    m_port = m_server->serverPort();
    m_finished = false;
    return true;
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server->isListening();
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(callbackPath());
    return url;
}

void LoopbackRedirectListener::close()
{
    m_server->close();
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket *socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
}

void LoopbackRedirectListener::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        // A connection that never completes its request is answered and
        // closed, so a stalled client cannot keep the flow's resources.
        QTimer::singleShot(m_connectionTimeout, socket, [this, socket] {
            if (m_buffers.contains(socket))
                answer(socket, 408, tr("Request timeout"), tr("The request took too long."));
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

LoopbackRedirectListener::Request LoopbackRedirectListener::parseRequest(const QByteArray &received)
{
    Request request;
    if (received.size() > maximumRequestBytes) {
        request.verdict = Request::Verdict::TooLarge;
        return request;
    }
    if (!received.contains("\r\n\r\n") && !received.contains("\n\n"))
        return request; // the headers are not complete yet
    const qsizetype lineEnd = received.indexOf('\n');
    const QByteArray requestLine = received.left(lineEnd).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        request.verdict = Request::Verdict::BadRequest;
        return request;
    }
    if (parts.at(0) != "GET") {
        request.verdict = Request::Verdict::NotAllowed;
        return request;
    }
    const QUrl target(QString::fromLatin1(parts.at(1)), QUrl::StrictMode);
    if (!target.isValid() || target.path() != callbackPath()) {
        request.verdict = Request::Verdict::NotFound;
        return request;
    }
    request.verdict = Request::Verdict::Callback;
    request.query = QUrlQuery(target);
    return request;
}

void LoopbackRedirectListener::readFrom(QTcpSocket *socket)
{
    auto buffer = m_buffers.find(socket);
    if (buffer == m_buffers.end())
        return; // already answered
    buffer->append(socket->read(maximumRequestBytes + 1 - buffer->size()));
    const Request request = parseRequest(*buffer);
    const QString notForUs = tr("This address only receives a sign-in answer.");
    switch (request.verdict) {
    case Request::Verdict::Incomplete:
        return;
    case Request::Verdict::TooLarge:
        answer(socket, 431, tr("Request too large"), tr("The request is too large."));
        return;
    case Request::Verdict::BadRequest:
        answer(socket, 400, tr("Bad request"), notForUs);
        return;
    case Request::Verdict::NotAllowed:
        answer(socket, 405, tr("Not allowed"), notForUs);
        return;
    case Request::Verdict::NotFound:
        answer(socket, 404, tr("Not found"), notForUs);
        return;
    case Request::Verdict::Callback:
        handleCallback(socket, request.query);
        return;
    }
}

void LoopbackRedirectListener::handleCallback(QTcpSocket *socket, const QUrlQuery &query)
{
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const QString serverError = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (m_finished || (code.isEmpty() && serverError.isEmpty())) {
        answer(socket, 400, tr("Bad request"),
               tr("This is not a sign-in answer D360 Exporter is waiting for."));
        return;
    }
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (m_expectedState.isEmpty() || state != m_expectedState) {
        const QString message
            = tr("The sign-in answer did not match the sign-in D360 Exporter started "
                 "(wrong state), so it was refused. Start the sign-in again.");
        answer(socket, 400, tr("Sign-in refused"), message);
        finish();
        Q_EMIT callbackFailed(message);
        return;
    }
    if (!serverError.isEmpty()) {
        const QString description
            = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        const QString message
            = tr("The sign-in server reported an error: %1")
                  .arg(description.isEmpty()
                           ? serverError
                           : QStringLiteral("%1 (%2)").arg(description, serverError));
        answer(socket, 400, tr("Sign-in failed"), message);
        finish();
        Q_EMIT serverErrorReceived(serverError, description);
        return;
    }
    answer(socket, 200, tr("Signed in"),
           tr("D360 Exporter received your sign-in. You can close this tab and return to the "
              "application."));
    finish();
    Q_EMIT codeReceived(code);
}

void LoopbackRedirectListener::answer(QTcpSocket *socket, int status, const QString &title,
                                      const QString &text)
{
    m_buffers.remove(socket);
    const QByteArray body = page(title, text);
    QByteArray response
        = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n"
                "Cache-Control: no-store\r\n"
                "Referrer-Policy: no-referrer\r\n"
                "Connection: close\r\n"
                "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

void LoopbackRedirectListener::finish()
{
    // One answer per sign-in: later arrivals meet a closed port.
    m_finished = true;
    m_server->close();
}

} // namespace d360::auth
