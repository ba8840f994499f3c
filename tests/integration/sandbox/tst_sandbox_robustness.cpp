// Bad requests of every kind, sent with a raw QTcpSocket because no HTTP
// client would send them: invalid request lines, binary junk, a 1 MiB header,
// a header without a colon, invalid JSON, chunked junk, requests cut half
// way, absurd sizes and odd characters. Each one must get the documented
// problem+json answer or a closed connection, within seconds; and after each
// one the same server must still answer a valid request correctly. A crash
// ends the test run; a hang fails on the deadline.
#include "SandboxHttp.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace d360::test;
using d360::sandbox::SandboxOptions;
using d360::sandbox::SandboxServer;

namespace {

enum class Expect {
    Closed, // no answer; the connection is closed
    Status, // a problem+json answer with this status
    ProblemOrClosed, // either a 4xx problem+json answer or a closed connection
    Answered, // a complete, well-formed HTTP answer (Qt's parser accepted it)
    ClientCloses, // the client gives up half way; only the server's survival matters
};

struct RawAnswer
{
    QByteArray bytes;
    bool closed = false;
    bool timedOut = false;

    int status() const
    {
        if (!bytes.startsWith("HTTP/1."))
            return 0;
        return bytes.mid(9, 3).toInt();
    }
    QByteArray head() const { return bytes.left(bytes.indexOf("\r\n\r\n")); }
    QByteArray body() const
    {
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : bytes.mid(end + 4);
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head().split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    // A whole answer: a head and as many body bytes as Content-Length says.
    bool complete() const
    {
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        return bytes.size() - end - 4 >= header("Content-Length").toLongLong();
    }
    int answers() const { return int(bytes.count("HTTP/1.1 ")); }
};

// Sends the bytes and waits until the server answers completely or closes.
RawAnswer exchange(const QUrl &server, const QByteArray &request, bool clientCloses = false,
                   int timeoutMs = 8000)
{
    RawAnswer answer;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(server.host()), quint16(server.port()));
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000)) {
        answer.timedOut = true;
        return answer;
    }
    socket.write(request);
    if (clientCloses) {
        answer.timedOut = !QTest::qWaitFor([&] { return socket.bytesToWrite() == 0; }, 5000);
        socket.disconnectFromHost();
        answer.closed = true;
        return answer;
    }
    const bool ended = QTest::qWaitFor(
        [&] {
            answer.bytes += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState || answer.complete();
        },
        timeoutMs);
    answer.bytes += socket.readAll();
    answer.closed = socket.state() == QAbstractSocket::UnconnectedState;
    answer.timedOut = !ended;
    return answer;
}

QByteArray junk(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

} // namespace

class SandboxRobustnessTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    SandboxHttp m_http;

    QByteArray authorization() const
    {
        return "Authorization: Bearer " + m_server->apiKey().toUtf8();
    }

    // A valid request on a fresh connection, answered correctly.
    bool stillServes(QByteArray *why)
    {
        const HttpResult result = m_http.get(apiUrl(*m_server, QStringLiteral("/v3/projects")),
                                             credentialFor(*m_server), 5000);
        if (result.status == 200 && result.isJson()
            && result.json().value(QLatin1String("data")).toArray().size() == 4)
            return true;
        *why = result.describe();
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.pendingMs = 10;
        options.buildMs = 10;
        options.rateLimitPerWindow = 0;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void badRequestsAreAnsweredOrClosed_data()
    {
        QTest::addColumn<QByteArray>("request"); // AUTH stands for the Authorization header
        QTest::addColumn<int>("expect");
        QTest::addColumn<int>("status");
        const auto row
            = [](const char *name, const QByteArray &request, Expect expect, int status = 0) {
                  QTest::newRow(name) << request << int(expect) << status;
              };
        row("invalid request line", "HELLO WORLD\r\n\r\n", Expect::Closed);
        row("binary junk", junk(4096), Expect::Closed);
        // Empty lines before a request line are skipped (RFC 9112, section
        // 2.2); the connection then waits for a request like any idle one.
        row("only line feeds", QByteArray(10000, '\n'), Expect::ClientCloses);
        row("a 1 MiB header",
            "GET /v3/projects HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(1 << 20, 'a')
                + "\r\nAUTH\r\n\r\n",
            Expect::Closed);
        row("a 1 MiB request line", "GET /" + QByteArray(1 << 20, 'a') + " HTTP/1.1\r\n\r\n",
            Expect::Closed);
        row("a header without a colon", "GET /v3/projects HTTP/1.1\r\nHost x\r\nAUTH\r\n\r\n",
            Expect::ProblemOrClosed);
        row("invalid JSON",
            "POST /v3/projects/PROJECT/exports HTTP/1.1\r\nHost: x\r\nAUTH\r\nContent-Type: "
            "application/json\r\nContent-Length: 9\r\n\r\n{\"format\"",
            Expect::Status, 400);
        row("JSON nested absurdly deep",
            "POST /v3/projects/PROJECT/exports HTTP/1.1\r\nHost: x\r\nAUTH\r\nContent-Type: "
            "application/json\r\nContent-Length: 20000\r\n\r\n"
                + QByteArray(10000, '[') + QByteArray(10000, ']'),
            Expect::Status, 400);
        row("chunked junk",
            "POST /v3/projects/PROJECT/exports HTTP/1.1\r\nHost: x\r\nAUTH\r\nTransfer-Encoding: "
            "chunked\r\n\r\nzz\r\nnot a chunk\r\n",
            Expect::ProblemOrClosed);
        row("a request cut half way",
            "POST /v3/projects/PROJECT/exports HTTP/1.1\r\nHost: x\r\nAUTH\r\nContent-Length: "
            "100\r\n\r\n{\"for",
            Expect::ClientCloses);
        row("an absurd Content-Length",
            "POST /v3/projects/PROJECT/exports HTTP/1.1\r\nHost: x\r\nAUTH\r\nContent-Length: "
            "999999999999999\r\n\r\n{}",
            Expect::ClientCloses);
        row("a negative Content-Length",
            "POST /v3/projects/PROJECT/exports HTTP/1.1\r\nHost: x\r\nAUTH\r\nContent-Length: "
            "-5\r\n\r\n{}",
            Expect::ProblemOrClosed);
        row("an unknown method", "BREW /v3/projects HTTP/1.1\r\nHost: x\r\nAUTH\r\n\r\n",
            Expect::Status, 405);
        row("an unknown path", "GET /wp-admin/setup.php HTTP/1.1\r\nHost: x\r\nAUTH\r\n\r\n",
            Expect::Status, 404);
        row("a path escaping upwards",
            "GET /../../../etc/passwd HTTP/1.1\r\nHost: x\r\nAUTH\r\n\r\n", Expect::Status, 404);
        row("control characters in an id",
            "GET /v3/projects/%00%01%1b%5B31m/languages HTTP/1.1\r\nHost: x\r\nAUTH\r\n\r\n",
            Expect::Status, 404);
        row("invalid UTF-8 in an id",
            "GET /v3/projects/%C3%28%FF%FE/exports/%E2%82 HTTP/1.1\r\nHost: x\r\nAUTH\r\n\r\n",
            Expect::Status, 404);
        row("a 100 KiB id",
            "GET /v3/projects/" + QByteArray(100 * 1024, '7')
                + "/languages HTTP/1.1\r\nHost: x\r\nAUTH\r\n\r\n",
            Expect::Status, 404);
        row("an absurd page size",
            "GET /v3/projects?page_size=-99999999999999999999999 HTTP/1.1\r\nHost: "
            "x\r\nAUTH\r\n\r\n",
            Expect::Status, 422);
        row("no credential at all", "GET /v3/projects HTTP/1.1\r\nHost: x\r\n\r\n", Expect::Status,
            401);
        row("HTTP/1.0 without Host", "GET /v3/projects/PROJECT/exports/x HTTP/1.0\r\nAUTH\r\n\r\n",
            Expect::Status, 404);
        // Qt HTTP Server 6.4 reads any HTTP/x.y and answers in HTTP/1.1.
        row("HTTP/9.9", "GET /v3/projects HTTP/9.9\r\nHost: x\r\nAUTH\r\n\r\n", Expect::Answered);
        row("a WebSocket upgrade",
            "GET /v3/projects HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: "
            "13\r\nAUTH\r\n\r\n",
            Expect::Answered);
    }

    void badRequestsAreAnsweredOrClosed()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, expect);
        QFETCH(int, status);
        request.replace("AUTH", authorization());
        request.replace("PROJECT", m_server->demoData().projects().first().id.toLatin1());

        const RawAnswer answer
            = exchange(m_server->baseUrl(), request, Expect(expect) == Expect::ClientCloses);
        QVERIFY2(!answer.timedOut,
                 "neither answered nor closed in time: " + answer.bytes.left(300));

        switch (Expect(expect)) {
        case Expect::Closed:
            QVERIFY2(answer.closed && answer.bytes.isEmpty(), answer.bytes.left(300).constData());
            break;
        case Expect::Status:
            QVERIFY2(answer.complete(), answer.bytes.left(300).constData());
            QCOMPARE(answer.status(), status);
            QCOMPARE(answer.header("Content-Type"), QByteArray("application/problem+json"));
            QCOMPARE(QJsonDocument::fromJson(answer.body())
                         .object()
                         .value(QLatin1String("status"))
                         .toInt(),
                     status);
            break;
        case Expect::ProblemOrClosed:
            if (!answer.bytes.isEmpty()) {
                QVERIFY2(answer.status() >= 400 && answer.status() < 500,
                         answer.bytes.left(300).constData());
                QCOMPARE(answer.header("Content-Type"), QByteArray("application/problem+json"));
            } else {
                QVERIFY(answer.closed);
            }
            break;
        case Expect::Answered:
            QVERIFY2(answer.complete() && answer.status() >= 200,
                     answer.bytes.left(300).constData());
            break;
        case Expect::ClientCloses:
            break;
        }

        QByteArray why;
        QVERIFY2(stillServes(&why), why.constData());
    }

    void pipelinedRequestsAreAllAnswered()
    {
        const QByteArray one
            = "GET /v3/projects HTTP/1.1\r\nHost: x\r\n" + authorization() + "\r\n\r\n";
        RawAnswer answer;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(m_server->baseUrl().host()),
                             quint16(m_server->baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(one + one + one);
        QTRY_VERIFY_WITH_TIMEOUT((answer.bytes += socket.readAll(), answer.answers() == 3), 5000);
    }

    void halfOpenConnectionsDoNotBlockOthers()
    {
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 50; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress(m_server->baseUrl().host()),
                                  quint16(m_server->baseUrl().port()));
            socket->write("GET /v3/projects HTTP/1.1\r\nHost: x\r\n"); // never finished
            idle.push_back(std::move(socket));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(idle.cbegin(), idle.cend(),
                                             [](const auto &socket) {
                                                 return socket->state()
                                                     == QAbstractSocket::ConnectedState
                                                     && socket->bytesToWrite() == 0;
                                             }),
                                 5000);
        QByteArray why;
        QVERIFY2(stillServes(&why), why.constData());
    }

    void storageSurvivesGarbageToo()
    {
        // A real download first, so that there is a file to serve afterwards.
        const auto &project = m_server->demoData().projects().first();
        const HttpResult started = m_http.postJson(
            apiUrl(*m_server, QStringLiteral("/v3/projects/%1/exports").arg(project.id)),
            credentialFor(*m_server),
            { { QStringLiteral("project_version_id"), project.defaultVersion()->id },
              { QStringLiteral("format"), QStringLiteral("html") } });
        QCOMPARE(started.status, 202);
        const QUrl status = apiUrl(*m_server,
                                   QStringLiteral("/v3/projects/%1/exports/%2")
                                       .arg(project.id,
                                            started.json()
                                                .value(QLatin1String("data"))
                                                .toObject()
                                                .value(QLatin1String("id"))
                                                .toString()));
        QString link;
        QTRY_VERIFY_WITH_TIMEOUT((link = m_http.get(status, credentialFor(*m_server))
                                             .json()
                                             .value(QLatin1String("data"))
                                             .toObject()
                                             .value(QLatin1String("download_url"))
                                             .toString(),
                                  !link.isEmpty()),
                                 10000);

        const QUrl storage = m_server->storageBaseUrl();
        const QList<QByteArray> garbage {
            "HELLO\r\n\r\n",
            junk(2048),
            "GET /" + QByteArray(1 << 20, 'x') + " HTTP/1.1\r\n\r\n",
            "GET /exports/%00/x HTTP/1.1\r\nHost: y\r\n\r\n",
            "GET /hop/99999999999999/exports/a/b HTTP/1.1\r\nHost: y\r\n\r\n",
            "GET /exports/a/b?se=abc&sig=%ZZ HTTP/1.1\r\nHost: y\r\nRange: bytes=-\r\n\r\n",
            "DELETE /exports/a/b HTTP/1.1\r\nHost: y\r\n\r\n"
        };
        for (const QByteArray &request : garbage) {
            const RawAnswer answer = exchange(storage, request);
            QVERIFY2(!answer.timedOut, request.left(60).constData());
            if (!answer.bytes.isEmpty())
                QVERIFY2(answer.status() >= 400 && answer.status() < 500,
                         answer.bytes.left(300).constData());
        }
        const HttpResult file = m_http.get(QUrl(link));
        QCOMPARE(file.status, 200);
        QVERIFY(file.body.startsWith("PK"));
    }

    void abandonedDownloadsEndCleanly()
    {
        // A download big enough not to fit in the socket buffers, dropped by
        // its client after the first bytes: the stream must notice and end.
        SandboxOptions options;
        options.pendingMs = 0;
        options.buildMs = 0;
        options.exportPaddingBytes = 32 * 1024 * 1024;
        SandboxServer server(options);
        QVERIFY(server.start());
        const auto &project = server.demoData().projects().first();
        const HttpResult started = m_http.postJson(
            apiUrl(server, QStringLiteral("/v3/projects/%1/exports").arg(project.id)),
            credentialFor(server),
            { { QStringLiteral("project_version_id"), project.defaultVersion()->id },
              { QStringLiteral("format"), QStringLiteral("markdown") } });
        const QUrl status = apiUrl(server,
                                   QStringLiteral("/v3/projects/%1/exports/%2")
                                       .arg(project.id,
                                            started.json()
                                                .value(QLatin1String("data"))
                                                .toObject()
                                                .value(QLatin1String("id"))
                                                .toString()));
        QString link;
        QTRY_VERIFY_WITH_TIMEOUT((link = m_http.get(status, credentialFor(server))
                                             .json()
                                             .value(QLatin1String("data"))
                                             .toObject()
                                             .value(QLatin1String("download_url"))
                                             .toString(),
                                  !link.isEmpty()),
                                 20000);

        const QUrl url(link);
        for (int attempt = 0; attempt < 3; ++attempt) {
            QTcpSocket socket;
            // A small buffer: the client reads slowly, so the server must wait
            // for it (backpressure) and is still sending when it drops out.
            socket.setReadBufferSize(64 * 1024);
            socket.connectToHost(QHostAddress(url.host()), quint16(url.port()));
            QVERIFY(socket.waitForConnected(5000));
            socket.write("GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
                         + " HTTP/1.1\r\nHost: y\r\n\r\n");
            QByteArray received;
            QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll(), received.size() > 100000),
                                     5000);
            socket.abort();
        }
        QTRY_VERIFY_WITH_TIMEOUT(server.statistics().bytesServed > 0, 5000);
        QCOMPARE(server.statistics().downloadsCompleted, 0);
        QVERIFY(server.statistics().bytesServed < 3 * options.exportPaddingBytes);

        const HttpResult whole = m_http.get(url, {}, 30000);
        QCOMPARE(whole.status, 200);
        QVERIFY(whole.body.size() > options.exportPaddingBytes);
        QCOMPARE(server.statistics().downloadsCompleted, 1);
    }

    void cleanupTestCase()
    {
        // The server is still the one from the start, and it counted all of it.
        QVERIFY(m_server->statistics().apiRequests > 20);
        m_server.reset();
    }
};

QTEST_MAIN(SandboxRobustnessTest)
#include "tst_sandbox_robustness.moc"
