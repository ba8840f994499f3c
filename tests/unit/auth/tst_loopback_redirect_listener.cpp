// The sign-in's loopback listener, on a real socket: only the browser's
// answer with the right state ends it; garbage, a favicon request, a request
// without a code, a wrong method or an oversized request are answered and
// ignored; a wrong state or a server error ends it with a failure page; after
// the end, the port is closed.
#include "core/auth/LoopbackRedirectListener.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using d360::auth::LoopbackRedirectListener;

namespace {

const QString expectedState = QStringLiteral("state-0123456789abcdef");

struct Answer
{
    int status = 0;
    QByteArray whole;
};

// Sends raw bytes to the listener and collects its whole answer, running the
// event loop meanwhile (the listener lives on this thread).
Answer exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!connected.wait(5000))
        return {};
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&] { received += socket.readAll(); });
    socket.write(request);
    if (!disconnected.wait(5000))
        return {};
    received += socket.readAll();
    Answer answer;
    answer.whole = received;
    const QList<QByteArray> statusLine = received.left(received.indexOf('\r')).split(' ');
    answer.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    return answer;
}

QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\n\r\n";
}

} // namespace

class LoopbackRedirectListenerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LoopbackRedirectListener> m_listener;
    std::unique_ptr<QSignalSpy> m_codes;
    std::unique_ptr<QSignalSpy> m_failures;
    std::unique_ptr<QSignalSpy> m_serverErrors;

    quint16 port() const { return quint16(m_listener->redirectUri().port()); }

private Q_SLOTS:
    void init()
    {
        m_listener = std::make_unique<LoopbackRedirectListener>();
        QString problem;
        QVERIFY2(m_listener->listen(&problem), qPrintable(problem));
        m_listener->setExpectedState(expectedState);
        m_codes = std::make_unique<QSignalSpy>(m_listener.get(),
                                               &LoopbackRedirectListener::codeReceived);
        m_failures = std::make_unique<QSignalSpy>(m_listener.get(),
                                                  &LoopbackRedirectListener::callbackFailed);
        m_serverErrors = std::make_unique<QSignalSpy>(
            m_listener.get(), &LoopbackRedirectListener::serverErrorReceived);
    }

    void cleanup()
    {
        m_codes.reset();
        m_failures.reset();
        m_serverErrors.reset();
        m_listener.reset();
    }

    void listensOnIpv4LoopbackOnly()
    {
        const QUrl uri = m_listener->redirectUri();
        QCOMPARE(uri.scheme(), QStringLiteral("http"));
        QCOMPARE(uri.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(uri.path(), QStringLiteral("/callback"));
        QVERIFY(uri.port() > 0);
    }

    void ignoresWhatIsNotTheAnswer_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray::fromHex("160301020000ff00fe0d0a0d0a") << 400;
        QTest::newRow("half a request line") << QByteArray("GET /callback?code=x\r\n\r\n") << 400;
        QTest::newRow("favicon") << get("/favicon.ico") << 404;
        QTest::newRow("no code") << get("/callback?state=" + expectedState.toLatin1()) << 400;
        QTest::newRow("nothing at all") << get("/callback") << 400;
        QTest::newRow("POST") << QByteArray("POST /callback?code=x HTTP/1.1\r\nHost: a\r\n\r\n")
                              << 405;
        QTest::newRow("oversized")
            << QByteArray("GET /callback?x=" + QByteArray(40000, 'a')) << 431;
    }

    void ignoresWhatIsNotTheAnswer()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const Answer answer = exchange(port(), request);
        QCOMPARE(answer.status, status);
        QVERIFY(answer.whole.contains("Connection: close"));
        QVERIFY(m_listener->isListening());
        QCOMPARE(m_codes->count(), 0);
        QCOMPARE(m_failures->count(), 0);
    }

    void answersAStalledConnectionAfterItsDeadline()
    {
        m_listener->setConnectionTimeout(std::chrono::milliseconds(300));
        const Answer answer = exchange(
            port(), QByteArray("GET /callback?code=x&state=") + expectedState.toLatin1());
        QCOMPARE(answer.status, 408);
        QVERIFY(m_listener->isListening());
        QCOMPARE(m_codes->count(), 0);
    }

    void acceptsTheRightAnswerOnceThenCloses()
    {
        QVERIFY(exchange(port(), get("/favicon.ico")).status == 404);
        const Answer answer = exchange(
            port(), get("/callback?code=the-code%2B1&state=" + expectedState.toLatin1()));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.whole.contains("Referrer-Policy: no-referrer"));
        QVERIFY(answer.whole.contains("Cache-Control: no-store"));
        QCOMPARE(m_codes->count(), 1);
        QCOMPARE(m_codes->first().first().toString(), QStringLiteral("the-code+1"));
        QVERIFY(!m_listener->isListening());

        // A second answer meets a closed port.
        QTcpSocket late;
        QSignalSpy failed(&late, &QTcpSocket::errorOccurred);
        late.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(failed.wait(5000));
        QCOMPARE(m_codes->count(), 1);
    }

    void refusesAWrongStateAndFails()
    {
        const Answer answer = exchange(port(), get("/callback?code=stolen&state=forged"));
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.whole.contains("wrong state"));
        QVERIFY(!answer.whole.contains("stolen"));
        QCOMPARE(m_codes->count(), 0);
        QCOMPARE(m_failures->count(), 1);
        QVERIFY(!m_listener->isListening());
    }

    void refusesACodeWithoutState()
    {
        const Answer answer = exchange(port(), get("/callback?code=stolen"));
        QCOMPARE(answer.status, 400);
        QCOMPARE(m_codes->count(), 0);
        QCOMPARE(m_failures->count(), 1);
    }

    void showsTheServersError()
    {
        const Answer answer = exchange(port(),
                                       get("/callback?error=access_denied&error_description=The%"
                                           "20user%20said%20%3Cno%3E&state="
                                           + expectedState.toLatin1()));
        QCOMPARE(answer.status, 400);
        // Escaped: the description is the server's text, not HTML for our page.
        QVERIFY(answer.whole.contains("The user said &lt;no&gt;"));
        QVERIFY(answer.whole.contains("access_denied"));
        QCOMPARE(m_serverErrors->count(), 1);
        QCOMPARE(m_serverErrors->first().at(0).toString(), QStringLiteral("access_denied"));
        QCOMPARE(m_serverErrors->first().at(1).toString(), QStringLiteral("The user said <no>"));
        QCOMPARE(m_failures->count(), 0);
        QCOMPARE(m_codes->count(), 0);
    }
};

QTEST_GUILESS_MAIN(LoopbackRedirectListenerTest)
#include "tst_loopback_redirect_listener.moc"
