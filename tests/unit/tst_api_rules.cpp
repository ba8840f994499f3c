// The small rules the API client lives by: where a server may be, which auth
// scheme a token gets, how long to wait before trying again, and what never
// reaches a log.
#include "core/api/Credential.h"
#include "core/api/Redactor.h"
#include "core/api/RetryPolicy.h"
#include "core/api/ServerAddress.h"

#include <QNetworkRequest>
#include <QTest>
#include <QTimeZone>

using namespace d360::api;
using namespace std::chrono;

class ApiRulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regions()
    {
        QCOMPARE(ServerAddress::eu().apiBaseUrl(),
                 QUrl(QStringLiteral("https://apihub.document360.io")));
        QCOMPARE(ServerAddress::us().apiBaseUrl(),
                 QUrl(QStringLiteral("https://apihub.us.document360.io")));
        QCOMPARE(ServerAddress::us().defaultTokenUrl(),
                 QUrl(QStringLiteral("https://identity.us.document360.io/connect/token")));
        QCOMPARE(ServerAddress::eu().defaultAuthorizeUrl(),
                 QUrl(QStringLiteral("https://identity.document360.io/connect/authorize")));
        QString problem;
        const auto acme = ServerAddress::privateHosting(QStringLiteral("Acme"), &problem);
        QVERIFY(acme);
        QCOMPARE(acme->apiBaseUrl(), QUrl(QStringLiteral("https://apihub.acme.document360.io")));
        QVERIFY(!ServerAddress::privateHosting(QStringLiteral("evil.com/x"), &problem));
        QVERIFY(problem.contains(QLatin1String("private hosting name")));
        QVERIFY(!ServerAddress::privateHosting(QString(), &problem));
    }

    void regionRoundTripsThroughText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("eu") << "eu";
        QTest::newRow("us") << "us";
        QTest::newRow("hosting") << "acme";
        QTest::newRow("custom") << "https://docs-proxy.example.com/api";
        QTest::newRow("loopback") << "http://127.0.0.1:8080";
    }

    void regionRoundTripsThroughText()
    {
        QFETCH(QString, text);
        QString problem;
        const auto address = ServerAddress::fromString(text, &problem);
        QVERIFY2(address, qPrintable(problem));
        QCOMPARE(address->toString(), text);
        const auto again = ServerAddress::fromString(address->toString(), &problem);
        QVERIFY(again && *again == *address);
    }

    void urlRule_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://apihub.document360.io" << true;
        QTest::newRow("http remote") << "http://apihub.document360.io" << false;
        QTest::newRow("http localhost") << "http://localhost:1234" << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:1234" << true;
        QTest::newRow("http 127.5.6.7") << "http://127.5.6.7" << true;
        QTest::newRow("http ::1") << "http://[::1]:99" << true;
        QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << false;
        QTest::newRow("localhost lookalike") << "http://127.0.0.1.evil.example" << false;
        QTest::newRow("ftp") << "ftp://files.example.com" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
    }

    void urlRule()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QString problem;
        QCOMPARE(ServerAddress::isAllowedUrl(QUrl(url), &problem), allowed);
        QCOMPARE(problem.isEmpty(), allowed);
        QCOMPARE(ServerAddress::custom(QUrl(url), &problem).has_value(), allowed);
    }

    void customUrlIsNormalised()
    {
        QString problem;
        const auto address = ServerAddress::custom(
            QUrl(QStringLiteral("https://proxy.example.com/d360/v3/")), &problem);
        QVERIFY(address);
        QCOMPARE(address->apiBaseUrl(), QUrl(QStringLiteral("https://proxy.example.com/d360")));
        QVERIFY(!ServerAddress::custom(QUrl(QStringLiteral("https://user:pw@proxy.example.com")),
                                       &problem));
    }

    void sameOrigin()
    {
        const QUrl api(QStringLiteral("https://apihub.document360.io"));
        QVERIFY(ServerAddress::isSameOrigin(
            api, QUrl(QStringLiteral("https://apihub.document360.io:443/v3/x"))));
        QVERIFY(!ServerAddress::isSameOrigin(
            api, QUrl(QStringLiteral("https://storage.document360.io/x"))));
        QVERIFY(!ServerAddress::isSameOrigin(
            api, QUrl(QStringLiteral("http://apihub.document360.io/x"))));
        QVERIFY(!ServerAddress::isSameOrigin(QUrl(QStringLiteral("http://127.0.0.1:80")),
                                             QUrl(QStringLiteral("http://127.0.0.1:81"))));
    }

    void authSchemes()
    {
        QCOMPARE(Credential::guessScheme(QStringLiteral("d360_sk_live_abc")),
                 AuthScheme::ApiKeyHeader);
        QCOMPARE(Credential::guessScheme(QStringLiteral("eyJhbGciOi.payload.sig")),
                 AuthScheme::Bearer);

        QNetworkRequest bearerRequest;
        Credential(QStringLiteral("token-123456"), AuthScheme::Bearer).applyTo(bearerRequest);
        QCOMPARE(bearerRequest.rawHeader("Authorization"), QByteArray("Bearer token-123456"));
        QVERIFY(!bearerRequest.hasRawHeader("X-API-Key"));

        QNetworkRequest keyRequest;
        Credential(QStringLiteral("d360_sk_key_123456")).applyTo(keyRequest);
        QCOMPARE(keyRequest.rawHeader("X-API-Key"), QByteArray("d360_sk_key_123456"));
        QVERIFY(!keyRequest.hasRawHeader("Authorization"));
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs"); // -1: not understood
        QTest::newRow("seconds") << QByteArray("7") << qint64(7000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("fraction") << QByteArray(" 1.5 ") << qint64(1500);
        QTest::newRow("http-date") << QByteArray("Sun, 06 Nov 1994 08:49:57 GMT") << qint64(20000);
        QTest::newRow("rfc 850 date")
            << QByteArray("Sunday, 06-Nov-94 08:49:57 GMT") << qint64(20000);
        QTest::newRow("asctime date") << QByteArray("Sun Nov  6 08:49:57 1994") << qint64(20000);
        QTest::newRow("date in the past")
            << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("not a number") << QByteArray("nan") << qint64(-1);
        // Found by tests/fuzz/fuzz_rate_headers: seconds beyond any sane wait
        // were multiplied into a negative wait (undefined behaviour). They
        // are capped at about 31 years.
        const qint64 capMs = qint64(1000000000) * 1000;
        QTest::newRow("absurdly long") << QByteArray("1e308") << capMs;
        QTest::newRow("infinity") << QByteArray("inf") << capMs;
        QTest::newRow("date far ahead") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << capMs;
    }

    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
        const auto wait = RetryPolicy::parseRetryAfter(header, now);
        if (expectedMs < 0) {
            QVERIFY(!wait);
            return;
        }
        QVERIFY(wait);
        QCOMPARE(qint64(wait->count()), expectedMs);
    }

    void rateLimitReset()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1750000000, QTimeZone::utc());
        QCOMPARE(*RetryPolicy::parseRateLimitReset("30", now), now.addSecs(30));
        QCOMPARE(*RetryPolicy::parseRateLimitReset("1750000042", now), now.addSecs(42));
        QVERIFY(!RetryPolicy::parseRateLimitReset("tomorrow", now));
        QVERIFY(!RetryPolicy::parseRateLimitReset("nan", now));
        // Beyond about 31 years a reset is nonsense, and its milliseconds
        // overflowed (tests/fuzz/fuzz_rate_headers): it is capped there.
        QCOMPARE(*RetryPolicy::parseRateLimitReset("1e300", now), now.addSecs(1000000000));
        QCOMPARE(*RetryPolicy::parseRateLimitReset("inf", now), now.addSecs(1000000000));
    }

    void backoffIsCappedWithJitter()
    {
        RetryPolicy policy;
        policy.baseDelay = milliseconds(500);
        policy.maxDelay = milliseconds(8000);
        policy.jitter = 0.25;
        QSet<qint64> distinct;
        for (int round = 0; round < 50; ++round) {
            const qint64 first = policy.backoff(0).count();
            QVERIFY2(first >= 375 && first <= 625, qPrintable(QString::number(first)));
            const qint64 third = policy.backoff(2).count();
            QVERIFY(third >= 1500 && third <= 2500);
            const qint64 late = policy.backoff(20).count();
            QVERIFY(late >= 6000 && late <= 10000);
            distinct.insert(first);
        }
        QVERIFY2(distinct.size() > 10, "jitter should spread retries");
    }

    void retryableStatuses()
    {
        for (int status : { 429, 500, 502, 503, 504 })
            QVERIFY(RetryPolicy::isRetryableStatus(status));
        for (int status : { 400, 401, 403, 404, 422, 501 })
            QVERIFY(!RetryPolicy::isRetryableStatus(status));
    }

    void redaction()
    {
        const QString secret = QStringLiteral("my-own-secret-token-42");
        const Credential credential(secret); // registers itself
        Redactor &redactor = Redactor::instance();
        const QString line = redactor.redact(QStringLiteral("sent %1 to the server").arg(secret));
        QVERIFY(!line.contains(secret));
        QVERIFY(line.contains(Redactor::mask()));

        const QString patterns = redactor.redact(QStringLiteral(
            "X-API-Key: d360_sk_live_9f8e7d Authorization: Bearer eyJ.abc.def "
            "https://storage.example.com/e/1.zip?se=1750000000&sig=abcdef0123&x=1 "
            "code=authcode123&state=s1 {\"refresh_token\": \"rt-999\", \"expires_in\": 3600}"));
        for (const char *leaked :
             { "d360_sk_live_9f8e7d", "eyJ.abc.def", "abcdef0123", "authcode123", "rt-999" })
            QVERIFY2(!patterns.contains(QLatin1String(leaked)), qPrintable(patterns));
        QVERIFY(patterns.contains(QLatin1String("state=s1")));
        QVERIFY(patterns.contains(QLatin1String("se=1750000000")));
        QVERIFY(patterns.contains(QLatin1String("\"expires_in\": 3600")));

        redactor.removeSecret(secret);
        QVERIFY(redactor.redact(secret).contains(secret));
    }

    void messageHandlerRedacts()
    {
        Redactor::installMessageHandler();
        QTest::ignoreMessage(QtWarningMsg, "key d360_sk_[redacted] in a warning");
        qWarning("key d360_sk_topsecret in a warning");
    }
};

QTEST_GUILESS_MAIN(ApiRulesTest)
#include "tst_api_rules.moc"
