// Which answers of an identity server are about the application's
// registration rather than the writer, and what the writer is told: the
// cause with the server's own code and the client id, and both ways out (a
// registered client id, or an API token). Other errors are not dressed up
// as a registration problem.
#include "core/auth/SignInRefusal.h"

#include <QTest>

using d360::auth::SignInRefusal;

class SignInRefusalTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesTheServersAnswer_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        QTest::addColumn<int>("cause");
        const int unknownClient = int(SignInRefusal::Cause::UnknownClient);
        const int redirect = int(SignInRefusal::Cause::RedirectRefused);
        const int none = int(SignInRefusal::Cause::None);
        QTest::newRow("invalid_client") << "invalid_client"
                                        << "Unknown client" << unknownClient;
        QTest::newRow("unauthorized_client") << "unauthorized_client"
                                             << "" << unknownClient;
        QTest::newRow("redirect_uri") << "invalid_request"
                                      << "Invalid redirect_uri" << redirect;
        QTest::newRow("other invalid_request") << "invalid_request"
                                               << "code_challenge is missing" << none;
        QTest::newRow("invalid_grant") << "invalid_grant"
                                       << "The code has expired." << none;
        QTest::newRow("access_denied") << "access_denied"
                                       << "The user denied the request." << none;
    }

    void classifiesTheServersAnswer()
    {
        QFETCH(QString, error);
        QFETCH(QString, description);
        QFETCH(int, cause);
        QCOMPARE(int(SignInRefusal::causeOf(error, description)), cause);
    }

    void theExplanationNamesTheCauseAndBothWaysOut_data()
    {
        QTest::addColumn<int>("cause");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown client")
            << int(SignInRefusal::Cause::UnknownClient) << "invalid_client";
        QTest::newRow("redirect") << int(SignInRefusal::Cause::RedirectRefused)
                                  << "invalid_request";
    }

    void theExplanationNamesTheCauseAndBothWaysOut()
    {
        QFETCH(int, cause);
        QFETCH(QString, error);
        const QString text = SignInRefusal::explain(SignInRefusal::Cause(cause), error,
                                                    QStringLiteral("my-client"));
        QVERIFY2(text.contains(QLatin1String("\"my-client\"")), qPrintable(text));
        QVERIFY2(text.contains(error), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("http://127.0.0.1/callback")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("API token")), qPrintable(text));
        QVERIFY(
            SignInRefusal::explain(SignInRefusal::Cause::None, error, QStringLiteral("my-client"))
                .isEmpty());
    }
};

QTEST_GUILESS_MAIN(SignInRefusalTest)
#include "tst_sign_in_refusal.moc"
