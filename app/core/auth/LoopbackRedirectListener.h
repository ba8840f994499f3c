// The one-shot HTTP listener on 127.0.0.1 that receives the browser's
// redirect at the end of an OAuth2 sign-in (RFC 8252 section 7.3).
//
// It binds to the IPv4 loopback address only, on a port the system picks, so
// no other computer can reach it. It reads no more than a request line and
// its headers, with a size limit and a deadline per connection, and answers
// every request: the callback with the expected state and a code gets a
// success page and ends the listener; a callback with another state, or an
// error from the server, gets a failure page and ends it too (each with its
// own signal); anything else (a favicon, garbage, a request without a code,
// a second request) gets a 4xx and is otherwise ignored. Nothing a request carries is ever logged.
#pragma once

#include <QHash>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace d360::auth {

class LoopbackRedirectListener : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype maximumRequestBytes = 16 * 1024;
    static constexpr std::chrono::milliseconds defaultConnectionTimeout { 10000 };

    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Starts listening on 127.0.0.1 on a free port; false with *problem set
    // when that is impossible.
    bool listen(QString *problem);
    bool isListening() const;
    // http://127.0.0.1:PORT/callback
    QUrl redirectUri() const;

    // How long one connection may take to send its request.
    void setConnectionTimeout(std::chrono::milliseconds timeout) { m_connectionTimeout = timeout; }

    // The state the callback must carry.
    void setExpectedState(const QString &state) { m_expectedState = state; }

    // Stops accepting and drops open connections.
    void close();

    // What the bytes a connection sent so far ask for. Pure, so the parser of
    // data from the browser (or anything else on this computer) can be
    // fuzzed on its own (tests/fuzz).
    struct Request
    {
        enum class Verdict { Incomplete, TooLarge, BadRequest, NotAllowed, NotFound, Callback };
        Verdict verdict = Verdict::Incomplete;
        QUrlQuery query; // the callback's, for Verdict::Callback
    };
    static Request parseRequest(const QByteArray &received);

Q_SIGNALS:
    // The browser came back with the expected state and a code.
    void codeReceived(const QString &code);
    // The browser came back with a wrong state; the message is for a person
    // (never contains the code or state).
    void callbackFailed(const QString &message);
    // The browser came back with the server's error (RFC 6749 section
    // 4.1.2.1), as the server worded it; the flow explains it.
    void serverErrorReceived(const QString &error, const QString &description);

private:
    void acceptConnections();
    void readFrom(QTcpSocket *socket);
    void handleCallback(QTcpSocket *socket, const QUrlQuery &query);
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &text);
    void finish();

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QString m_expectedState;
    std::chrono::milliseconds m_connectionTimeout = defaultConnectionTimeout;
    quint16 m_port = 0;
    bool m_finished = false;
};

} // namespace d360::auth
