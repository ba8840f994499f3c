// Text from a server on its way to a person or a file: secrets are masked
// wherever an error is made or stored, and the characters a terminal obeys
// instead of showing (escapes, C1 controls, bidi overrides) are taken out of
// what is printed, while the words around them stay.
#include "cli/TextTable.h"
#include "core/ControlCharacters.h"
#include "core/api/ApiError.h"
#include "core/api/Envelope.h"
#include "core/api/ProblemDetails.h"
#include "core/api/Redactor.h"
#include "core/jobs/ExportJob.h"

#include <QTest>

using namespace d360;

namespace {

const QString secret = QStringLiteral("echoed-secret-0123456789");

} // namespace

class ServerTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { api::Redactor::instance().addSecret(secret); }

    void anErrorNeverHoldsASecret()
    {
        const api::ApiError made(api::ApiError::Kind::ExportFailed,
                                 QStringLiteral("no luck for ") + secret);
        QVERIFY2(!made.detail().contains(secret), qPrintable(made.detail()));
        QVERIFY(made.detail().contains(api::Redactor::mask()));

        api::ApiError changed(api::ApiError::Kind::ServerError, {});
        changed.setTitle(secret);
        QVERIFY(!changed.displayText().contains(secret));
    }

    void aProblemEchoingTheTokenIsMaskedWhenParsed()
    {
        const QByteArray body
            = QStringLiteral(R"({"type":"x","title":"Not Found","status":404,)"
                             R"("detail":"No such project for %1","trace_id":"t-1",)"
                             R"("errors":[{"code":"E","message":"token %1","field":"f"}]})")
                  .arg(secret)
                  .toUtf8();
        const api::ApiError error = api::parseProblemDetails(404, body);
        QVERIFY(!error.detail().contains(secret));
        QVERIFY(!error.displayText().contains(secret));
        QVERIFY(!error.fieldErrors().first().message.contains(secret));
        QCOMPARE(error.traceId(), QStringLiteral("t-1"));

        const api::ApiError validation = api::parseProblemDetails(422, body);
        QVERIFY2(!validation.displayText().contains(secret), qPrintable(validation.displayText()));
    }

    void aStoredJobHoldsNoSecret()
    {
        jobs::ExportJob job;
        job.errorMessage = QStringLiteral("failed for ") + secret;
        job.extractionError = secret;
        job.warnings = { secret };
        const QJsonObject stored = job.toJson();
        QVERIFY(!QJsonDocument(stored).toJson().contains(secret.toUtf8()));
    }

    void anEnvelopeIsReadOnceAndExplainsItself_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problem");
        QTest::newRow("truncated") << QByteArray(R"({"data":"abc)") << "truncated";
        QTest::newRow("not JSON") << QByteArray("<html>") << "not JSON";
        QTest::newRow("array") << QByteArray("[]") << "not an object";
        QTest::newRow("empty") << QByteArray("  ") << "empty";
        QTest::newRow("no data") << QByteArray(R"({"success":true})") << "no \"data\"";
    }

    void anEnvelopeIsReadOnceAndExplainsItself()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, problem);
        QString why;
        QVERIFY(!api::Envelope::parse(body, &why));
        QVERIFY2(why.contains(problem), qPrintable(why));
    }

    void controlsAreTakenOut_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("asFileName");
        QTest::newRow("CSI") << QStringLiteral("\x1b[2JAcme") << "[2JAcme"
                             << "[2JAcme";
        QTest::newRow("OSC with BEL")
            << QStringLiteral("\x1b]0;owned\x07") + QStringLiteral("x") << "]0;ownedx"
            << "]0;ownedx";
        QTest::newRow("C1 CSI") << QString::fromUtf16(u"a\u009b31mb") << "a31mb"
                                << "a31mb";
        QTest::newRow("DEL") << QStringLiteral("a\x7f"
                                               "b")
                             << "ab"
                             << "ab";
        QTest::newRow("carriage return") << QStringLiteral("safe\rEVIL") << "safeEVIL"
                                         << "safeEVIL";
        QTest::newRow("line feed and tab") << QStringLiteral("a\nb\tc") << "a\nb\tc"
                                           << "abc";
        QTest::newRow("bidi") << QString::fromUtf16(
            u"x\u202Egnp.exe\u202C\u2066\u200e\u200f\u061c\u2069y")
                              << "xgnp.exey"
                              << "xgnp.exey";
        QTest::newRow("letters of every script stay")
            << QString::fromUtf16(u"Руко 日本 عربي") << QString::fromUtf16(u"Руко 日本 عربي")
            << QString::fromUtf16(u"Руко 日本 عربي");
    }

    void controlsAreTakenOut()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QFETCH(QString, asFileName);
        QCOMPARE(withoutControls(text, LineBreaks::Keep), shown);
        QCOMPARE(withoutControls(text, LineBreaks::Remove), asFileName);
    }

    void aTableOfHostileNamesStaysAligned()
    {
        const QString table
            = cli::formatTable({ QStringLiteral("ID"), QStringLiteral("NAME") },
                               { { QStringLiteral("\x1b[2Jp1"), QString::fromUtf16(u"a\u202Eb") },
                                 { QStringLiteral("p2"), QStringLiteral("c") } });
        QCOMPARE(table, QStringLiteral("ID     NAME\n[2Jp1  ab\np2     c\n"));
    }
};

QTEST_GUILESS_MAIN(ServerTextTest)
#include "tst_server_text.moc"
