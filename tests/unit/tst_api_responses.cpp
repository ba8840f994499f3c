// The parsers for what Document360 answers: the success envelope, RFC 7807
// problems, and the objects inside. The seed page's examples are parsed
// verbatim; then what real servers and proxies also send: nulls where the
// page shows lists, fields nobody documented, HTML, truncated bodies.
#include "core/api/ApiModels.h"
#include "core/api/Envelope.h"
#include "core/api/ProblemDetails.h"
#include "support/SeedExamples.h"

#include <QJsonDocument>
#include <QTest>

using namespace d360::api;
using d360::test::seedExampleText;

class ApiResponsesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedExportCreatedEnvelope()
    {
        const QByteArray body = seedExampleText(202);
        QVERIFY(!body.isEmpty());
        QString problem;
        const std::optional<Envelope> envelope = Envelope::parse(body, &problem);
        QVERIFY2(envelope, qPrintable(problem));
        QVERIFY(envelope->success);
        QCOMPARE(envelope->requestId, QStringLiteral("c3d4e5f6-a7b8-9012-cdef-123456789012"));
        QVERIFY(envelope->errors.isEmpty());
        QVERIFY(envelope->warnings.isEmpty());
        QVERIFY(!envelope->pagination.present);

        const std::optional<ExportStatus> status
            = ExportStatus::fromJson(envelope->data.toObject(), &problem);
        QVERIFY2(status, qPrintable(problem));
        QCOMPARE(status->id, QStringLiteral("f1a2b3c4-d5e6-7f89-0a1b-2c3d4e5f6a7b"));
        QCOMPARE(status->state, ExportStatus::State::Pending);
        QVERIFY(status->downloadUrl.isEmpty());
        QVERIFY(!status->completedAt.isValid());
        QVERIFY(!status->isFinished());
    }

    void seedProblems_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("inMessage");
        QTest::newRow("401") << 401 << int(ApiError::Kind::Unauthorized) << "UNAUTHORIZED"
                             << "the token was revoked or belongs to another region";
        QTest::newRow("422") << 422 << int(ApiError::Kind::Validation) << "VALIDATION_ERROR"
                             << "\"title\": This field is required (422).";
        QTest::newRow("429") << 429 << int(ApiError::Kind::RateLimited) << "TOO_MANY_REQUESTS"
                             << "Rate limit reached";
        QTest::newRow("500") << 500 << int(ApiError::Kind::ServerError) << "INTERNAL_SERVER_ERROR"
                             << "give support the trace id";
    }

    void seedProblems()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QString, inMessage);
        const ApiError error = parseProblemDetails(status, seedExampleText(status));
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(error.traceId(), QStringLiteral("req_abc123def456"));
        QVERIFY(
            error.type().startsWith(QLatin1String("https://developer.document360.com/errors/")));
        QVERIFY(!error.title().isEmpty());
        QCOMPARE(error.fieldErrors().size(), 1);
        QCOMPARE(error.fieldErrors().first().code, code);
        QVERIFY2(error.message().contains(inMessage), qPrintable(error.message()));
        QVERIFY(error.displayText().endsWith(QLatin1String("Trace id: req_abc123def456")));
        QVERIFY(!error.message().contains(QLatin1Char('\n')));
    }

    void nullListsAndUnknownFieldsAreAccepted()
    {
        const QByteArray body
            = "{\"data\": [], \"success\": true, \"request_id\": \"r1\","
              " \"errors\": null, \"warnings\": null, \"surprise\": {\"nested\": [1, 2]},"
              " \"pagination\": {\"page\": 1, \"page_size\": 100, \"has_more\": false, "
              "\"next_cursor\": null,"
              " \"extra\": true}}";
        QString problem;
        const std::optional<Envelope> envelope = Envelope::parse(body, &problem);
        QVERIFY2(envelope, qPrintable(problem));
        QVERIFY(envelope->errors.isEmpty());
        QVERIFY(envelope->pagination.present);
        QVERIFY(!envelope->pagination.hasMore);
        QVERIFY(envelope->pagination.nextCursor.isEmpty());
        QVERIFY(!envelope->pagination.totalCount);
    }

    void impossibleTotalCountsAreIgnored_data()
    {
        QTest::addColumn<QByteArray>("total");
        QTest::newRow("beyond qint64") << QByteArray("1e300");
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("fraction") << QByteArray("2.5");
    }

    void impossibleTotalCountsAreIgnored()
    {
        // 1e300 was cast to qint64, which is undefined (a negative count on
        // x86); the same cast fuzz_rate_headers caught in RetryPolicy.
        QFETCH(QByteArray, total);
        const QByteArray body = "{\"data\": [], \"success\": true, \"pagination\": {\"page\": 1,"
                                " \"page_size\": 100, \"has_more\": false, \"total_count\": "
            + total + "}}";
        QString problem;
        const std::optional<Envelope> envelope = Envelope::parse(body, &problem);
        QVERIFY2(envelope, qPrintable(problem));
        QVERIFY(!envelope->pagination.totalCount);
    }

    void warningsAreKept()
    {
        const QByteArray body
            = "{\"data\": {}, \"success\": true, \"request_id\": \"r2\", \"errors\": [],"
              " \"warnings\": [{\"code\": \"DEPRECATED\", \"message\": \"Use workspaces.\"}]}";
        QString problem;
        const std::optional<Envelope> envelope = Envelope::parse(body, &problem);
        QVERIFY(envelope);
        QCOMPARE(envelope->warnings.size(), 1);
        QCOMPARE(envelope->warnings.first().code, QStringLiteral("DEPRECATED"));
        QCOMPARE(envelope->warnings.first().message, QStringLiteral("Use workspaces."));
    }

    void unreadableBodiesSayWhy_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>") << "not JSON";
        QTest::newRow("truncated")
            << QByteArray("{\"data\": [{\"id\": \"a\", \"name\": \"Docs\"}, {\"id\": \"b")
            << "truncated";
        QTest::newRow("cut after a comma")
            << QByteArray("{\"data\": [{\"id\": \"a\"},") << "truncated";
        QTest::newRow("array root") << QByteArray("[1, 2]") << "not an object";
        QTest::newRow("no data") << QByteArray("{\"success\": true}") << "no \"data\"";
    }

    void unreadableBodiesSayWhy()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        QString problem;
        QVERIFY(!Envelope::parse(body, &problem));
        QVERIFY2(problem.contains(reason), qPrintable(problem));
    }

    void problemsThatAreNotProblemJson()
    {
        const ApiError fromHtml
            = parseProblemDetails(502, "<html>Bad Gateway</html>", QStringLiteral("hdr-1"));
        QCOMPARE(fromHtml.kind(), ApiError::Kind::ServerError);
        QCOMPARE(fromHtml.httpStatus(), 502);
        QCOMPARE(fromHtml.traceId(), QStringLiteral("hdr-1"));
        QVERIFY2(fromHtml.detail().contains(QLatin1String("not JSON")),
                 qPrintable(fromHtml.detail()));

        const ApiError empty = parseProblemDetails(404, QByteArray());
        QCOMPARE(empty.kind(), ApiError::Kind::NotFound);
        QVERIFY(!empty.message().isEmpty());

        const ApiError forbidden
            = parseProblemDetails(403, "{\"title\": \"Forbidden\", \"status\": 403}");
        QCOMPARE(forbidden.kind(), ApiError::Kind::Forbidden);
        QVERIFY(forbidden.message().contains(QLatin1String("UpdateProjectSettings")));
    }

    void exportStatusesAreCaseInsensitive_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("state");
        QTest::newRow("Pending") << "Pending" << int(ExportStatus::State::Pending);
        QTest::newRow("inprogress") << "inprogress" << int(ExportStatus::State::InProgress);
        QTest::newRow("COMPLETED") << "COMPLETED" << int(ExportStatus::State::Completed);
        QTest::newRow("failed") << "failed" << int(ExportStatus::State::Failed);
        QTest::newRow("something new") << "Queued" << int(ExportStatus::State::Unknown);
    }

    void exportStatusesAreCaseInsensitive()
    {
        QFETCH(QString, text);
        QFETCH(int, state);
        QJsonObject object { { QStringLiteral("id"), QStringLiteral("e1") },
                             { QStringLiteral("status"), text } };
        if (state == int(ExportStatus::State::Completed))
            object.insert(QStringLiteral("download_url"),
                          QStringLiteral("https://storage.document360.io/x.zip?sig=1"));
        QString problem;
        const std::optional<ExportStatus> status = ExportStatus::fromJson(object, &problem);
        QVERIFY2(status, qPrintable(problem));
        QCOMPARE(int(status->state), state);
        QCOMPARE(status->stateText, text);
    }

    void completedWithoutLinkIsAnError()
    {
        QString problem;
        QVERIFY(!ExportStatus::fromJson({ { QStringLiteral("id"), QStringLiteral("e1") },
                                          { QStringLiteral("status"), QStringLiteral("Completed") },
                                          { QStringLiteral("download_url"), QJsonValue::Null } },
                                        &problem));
        QVERIFY(problem.contains(QLatin1String("download_url")));
    }

    void versionsOfBothDialects()
    {
        QString problem;
        const auto seed = ProjectVersion::fromJson(
            QJsonDocument::fromJson(
                "{\"id\": \"v1\", \"name\": \"v1.0\", \"slug\": \"v1-0\", \"order\": 1,"
                " \"is_default\": true, \"version_type\": \"Standard\", \"created_at\": "
                "\"2025-06-15T10:00:00Z\","
                " \"modified_at\": \"2025-06-16T10:00:00.123Z\"}")
                .object(),
            &problem);
        QVERIFY2(seed, qPrintable(problem));
        QVERIFY(seed->isDefault);
        QCOMPARE(seed->type, QStringLiteral("Standard"));
        QVERIFY(seed->createdAt.isValid());
        QVERIFY(seed->modifiedAt.isValid());

        const auto workspace = ProjectVersion::fromJson(
            QJsonDocument::fromJson(
                "{\"id\": \"w1\", \"name\": \"Main\", \"workspace_type\": \"KnowledgeBase\"}")
                .object(),
            &problem);
        QVERIFY(workspace);
        QCOMPARE(workspace->type, QStringLiteral("KnowledgeBase"));
        QVERIFY(!workspace->isDefault);

        QVERIFY(!ProjectVersion::fromJson(QJsonDocument::fromJson("{\"name\": \"no id\"}").object(),
                                          &problem));
        QVERIFY(problem.contains(QLatin1String("\"id\"")));
    }

    void projectsAndLanguages()
    {
        QString problem;
        const auto inactive = Project::fromJson(
            QJsonDocument::fromJson(
                "{\"id\": \"p\", \"name\": \"Docs\", \"status\": 1, \"sub_domain_name\": \"docs\"}")
                .object(),
            &problem);
        QVERIFY(inactive);
        QVERIFY(!inactive->active);
        QCOMPARE(inactive->subdomain, QStringLiteral("docs"));

        const auto arabic = Language::fromJson(
            QJsonDocument::fromJson(
                "{\"code\": \"ar\", \"name\": \"العربية\", \"is_default\": false}")
                .object(),
            &problem);
        QVERIFY(arabic);
        QCOMPARE(arabic->name, QStringLiteral("العربية"));
        const auto unnamed = Language::fromJson(
            QJsonDocument::fromJson("{\"code\": \"ja\", \"name\": null}").object(), &problem);
        QVERIFY(unnamed);
        QCOMPARE(unnamed->name, QStringLiteral("ja"));
    }

    void formats()
    {
        QCOMPARE(exportFormatFromName(QStringLiteral("PDF")), std::optional(ExportFormat::Pdf));
        QCOMPARE(exportFormatFromName(QStringLiteral("markdown")),
                 std::optional(ExportFormat::Markdown));
        QVERIFY(!exportFormatFromName(QStringLiteral("docx")));
        QCOMPARE(exportFormatFileExtension(ExportFormat::Html), QStringLiteral("zip"));
        QCOMPARE(exportFormatFileExtension(ExportFormat::Pdf), QStringLiteral("pdf"));
    }
};

QTEST_GUILESS_MAIN(ApiResponsesTest)
#include "tst_api_responses.moc"
