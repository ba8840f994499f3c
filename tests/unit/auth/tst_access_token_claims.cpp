// Reading what an access token says about itself: a JWT from outside this
// code base (jwt.io's example, unpadded base64url) reads as its issuer wrote
// it; Document360's project claim, email and exp are found; claims of the
// wrong type count as absent; text from the token loses its control
// characters; and anything that is not a JWT has no claims at all, rather
// than half-read ones.
#include "core/auth/AccessTokenClaims.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using d360::auth::AccessTokenClaims;

namespace {

QString segment(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenWith(const QJsonObject &payload)
{
    return segment(R"({"alg":"RS256","typ":"at+jwt"})") + QLatin1Char('.')
        + segment(QJsonDocument(payload).toJson(QJsonDocument::Compact))
        + QStringLiteral(".c2lnbmF0dXJl");
}

} // namespace

class AccessTokenClaimsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAJwtWrittenElsewhere()
    {
        // https://jwt.io's example: {"sub":"1234567890","name":"John Doe","iat":1516239022}
        const std::optional<AccessTokenClaims> claims = AccessTokenClaims::read(
            QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                           "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2"
                           "MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"));
        QVERIFY(claims);
        QCOMPARE(claims->subject, QStringLiteral("1234567890"));
        QCOMPARE(claims->name, QStringLiteral("John Doe"));
        QCOMPARE(claims->signedInAs(), QStringLiteral("John Doe"));
        QVERIFY(claims->projectId.isEmpty());
        QVERIFY(!claims->expiresAt.isValid());
    }

    void readsDocument360sClaims()
    {
        const std::optional<AccessTokenClaims> claims = AccessTokenClaims::read(tokenWith({
            { QStringLiteral("doc360_project_id"),
              QStringLiteral("5d0f0e0a-7c3b-4f2e-9d41-2b8f6a1c9e77") },
            { QStringLiteral("email"), QStringLiteral("jane@acme.com") },
            { QStringLiteral("name"), QStringLiteral("Jane Writer") },
            { QStringLiteral("exp"), 1796083200.75 },
            { QStringLiteral("scope"), QStringLiteral("openid customerApi") },
        }));
        QVERIFY(claims);
        QCOMPARE(claims->projectId, QStringLiteral("5d0f0e0a-7c3b-4f2e-9d41-2b8f6a1c9e77"));
        QCOMPARE(claims->signedInAs(), QStringLiteral("jane@acme.com"));
        QCOMPARE(claims->expiresAt, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
    }

    void aNumericProjectIdIsText()
    {
        const std::optional<AccessTokenClaims> claims
            = AccessTokenClaims::read(tokenWith({ { QStringLiteral("doc360_project_id"), 4711 } }));
        QVERIFY(claims);
        QCOMPARE(claims->projectId, QStringLiteral("4711"));
    }

    void claimsOfTheWrongTypeAreAbsent()
    {
        const std::optional<AccessTokenClaims> claims = AccessTokenClaims::read(tokenWith({
            { QStringLiteral("doc360_project_id"), QJsonObject { { QStringLiteral("id"), 1 } } },
            { QStringLiteral("email"), true },
            { QStringLiteral("exp"), QStringLiteral("tomorrow") },
        }));
        QVERIFY(claims);
        QVERIFY(claims->projectId.isEmpty());
        QVERIFY(claims->email.isEmpty());
        QVERIFY(!claims->expiresAt.isValid());
    }

    void controlCharactersAreTakenOut()
    {
        const std::optional<AccessTokenClaims> claims = AccessTokenClaims::read(
            tokenWith({ { QStringLiteral("email"),
                          QStringLiteral("\x1b]0;owned\x07jane@acme.com\u202e") } }));
        QVERIFY(claims);
        QCOMPARE(claims->email, QStringLiteral("]0;ownedjane@acme.com"));
    }

    void whatIsNotAJwtHasNoClaims_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("opaque") << QStringLiteral("sbx_at_0123456789abcdef");
        QTest::newRow("two segments") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0");
        QTest::newRow("four segments") << QStringLiteral("a.eyJzdWIiOiIxIn0.b.c");
        QTest::newRow("empty payload") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9..sig");
        QTest::newRow("not base64url") << QStringLiteral("a.eyJzdWIi*OiIxIn0.b");
        QTest::newRow("payload not JSON")
            << QStringLiteral("a.") + segment("not json") + QStringLiteral(".b");
        QTest::newRow("payload an array")
            << QStringLiteral("a.") + segment("[1,2]") + QStringLiteral(".b");
        QTest::newRow("oversized")
            << tokenWith({ { QStringLiteral("pad"), QString(70000, QLatin1Char('x')) } });
    }

    void whatIsNotAJwtHasNoClaims()
    {
        QFETCH(QString, token);
        QVERIFY(!AccessTokenClaims::read(token));
    }
};

QTEST_GUILESS_MAIN(AccessTokenClaimsTest)
#include "tst_access_token_claims.moc"
