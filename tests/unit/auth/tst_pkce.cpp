// The PKCE values of a sign-in: RFC 7636 appendix B's example pins the S256
// computation (the challenge is the RFC's own, also what
// `openssl dgst -sha256 -binary | base64url` gives for that verifier); the generated verifiers and
// states must have the RFC's form and must not repeat.
#include "core/auth/Pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace pkce = d360::auth::pkce;

class PkceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void s256MatchesRfc7636AppendixB()
    {
        QCOMPARE(pkce::challengeFor(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QCOMPARE(pkce::challengeMethod(), QStringLiteral("S256"));
    }

    void verifiersHaveTheRfcFormAndDoNotRepeat()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString verifier = pkce::generateVerifier();
            QVERIFY(pkce::isValidVerifier(verifier));
            QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
            QVERIFY(!seen.contains(verifier));
            seen.insert(verifier);
        }
    }

    void challengeIsUnpaddedBase64Url()
    {
        static const QRegularExpression base64Url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        for (int i = 0; i < 50; ++i)
            QVERIFY(base64Url.match(pkce::challengeFor(pkce::generateVerifier())).hasMatch());
    }

    void statesAreLongAndUnique()
    {
        static const QRegularExpression base64Url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString state = pkce::generateState();
            QVERIFY2(base64Url.match(state).hasMatch(), qPrintable(state));
            QVERIFY(!seen.contains(state));
            seen.insert(state);
        }
    }

    void rejectsVerifiersOutsideTheRfc()
    {
        QVERIFY(!pkce::isValidVerifier(QString(42, QLatin1Char('a'))));
        QVERIFY(pkce::isValidVerifier(QString(43, QLatin1Char('a'))));
        QVERIFY(pkce::isValidVerifier(QString(128, QLatin1Char('~'))));
        QVERIFY(!pkce::isValidVerifier(QString(129, QLatin1Char('a'))));
        QVERIFY(!pkce::isValidVerifier(QString(43, QLatin1Char('+'))));
    }
};

QTEST_GUILESS_MAIN(PkceTest)
#include "tst_pkce.moc"
