// Holds the sandbox to the vendor's contract, in both dialects.
//
// Every operation and every response status that the dialect's OpenAPI
// document lists is triggered for real (a valid request, a missing token, a
// bad body, an unknown id, an injected 429 or 500), and the answer is
// checked field by field against the documented schema: status, media type,
// required fields, types, nullability, formats, no undocumented fields
// except the one drift the sandbox adds on purpose. Then the answers the
// user's reference page shows (the 202 and the 401/422/429/500 problems) are
// compared with its examples: same fields, same types, same constants. The
// rows come from the contract files themselves, so a contract that grows a
// status grows the test.
#include "JsonSchemaChecker.h"
#include "SandboxHttp.h"
#include "sandbox/SandboxServer.h"
#include "support/SandboxFixture.h"
#include "support/SeedExamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace d360::test;
using d360::sandbox::SandboxFaults;
using d360::sandbox::SandboxOptions;
using d360::sandbox::SandboxServer;
using d360::sandbox::ServedDialect;

namespace {

QString contractFile(ServedDialect dialect)
{
    return testDataPath(dialect == ServedDialect::Workspaces
                            ? QStringLiteral("contract/openapi-v3-workspaces.json")
                            : QStringLiteral("contract/openapi-v3-project-versions.json"));
}

const d360::sandbox::DemoProject &acme(const SandboxServer &server)
{
    return server.demoData().projects().first();
}

// The type of a JSON value as the seed examples are compared: numbers are
// numbers, null is its own type.
QString jsonType(const QJsonValue &value)
{
    static const char *names[] = { "null", "bool", "number", "string", "array", "object" };
    switch (value.type()) {
    case QJsonValue::Null:
        return QString::fromLatin1(names[0]);
    case QJsonValue::Bool:
        return QString::fromLatin1(names[1]);
    case QJsonValue::Double:
        return QString::fromLatin1(names[2]);
    case QJsonValue::String:
        return QString::fromLatin1(names[3]);
    case QJsonValue::Array:
        return QString::fromLatin1(names[4]);
    case QJsonValue::Object:
        return QString::fromLatin1(names[5]);
    default:
        return QStringLiteral("undefined");
    }
}

// Same fields (no more, no fewer) and the same type for each, recursively
// into objects and into the first element of arrays.
QStringList shapeDifferences(const QJsonObject &actual, const QJsonObject &example,
                             const QString &where = QStringLiteral("$"))
{
    QStringList differences;
    const QStringList actualKeyList = actual.keys();
    const QStringList exampleKeyList = example.keys();
    const QSet<QString> actualKeys(actualKeyList.cbegin(), actualKeyList.cend());
    const QSet<QString> exampleKeys(exampleKeyList.cbegin(), exampleKeyList.cend());
    for (const QString &missing : exampleKeys - actualKeys)
        differences.append(QStringLiteral("%1.%2 is missing").arg(where, missing));
    for (const QString &extra : actualKeys - exampleKeys)
        differences.append(QStringLiteral("%1.%2 is not in the example").arg(where, extra));
    for (const QString &key : exampleKeys &actualKeys) {
        const QJsonValue a = actual.value(key);
        const QJsonValue e = example.value(key);
        const QString path = where + QLatin1Char('.') + key;
        if (jsonType(a) != jsonType(e)) {
            differences.append(
                QStringLiteral("%1 is %2, the example has %3").arg(path, jsonType(a), jsonType(e)));
        } else if (e.isObject()) {
            differences += shapeDifferences(a.toObject(), e.toObject(), path);
        } else if (e.isArray() && !e.toArray().isEmpty()) {
            if (a.toArray().isEmpty())
                differences.append(path + QStringLiteral(" is empty, the example is not"));
            else if (e.toArray().first().isObject())
                differences += shapeDifferences(a.toArray().first().toObject(),
                                                e.toArray().first().toObject(),
                                                path + QStringLiteral("[0]"));
        }
    }
    return differences;
}

struct Exchange
{
    HttpResult result;
    QString problem; // set when the answer could not be provoked
};

} // namespace

class SandboxContractTest : public QObject
{
    Q_OBJECT

private:
    // Provokes the documented answer `status` of `method pathTemplate`.
    Exchange provoke(SandboxServer &server, SandboxHttp &http, const QString &pathTemplate,
                     const QString &method, int status, const QString &completedExportId)
    {
        const auto &project = acme(server);
        const auto &version = *project.defaultVersion();
        QString path = pathTemplate;
        path.replace(QLatin1String("{project_id}"), project.id);
        path.replace(QLatin1String("{workspace_id}"),
                     status == 404 ? QStringLiteral("00000000-0000-0000-0000-000000000000")
                                   : version.id);
        path.replace(QLatin1String("{export_id}"),
                     status == 404 ? QStringLiteral("00000000-0000-0000-0000-000000000000")
                                   : completedExportId);
        QString query;
        if (path.endsWith(QLatin1String("/languages")))
            query = versionField(server) + QLatin1Char('=') + version.id;

        Headers headers = status == 401 ? Headers {} : credentialFor(server);
        SandboxFaults faults;
        if (status == 429)
            faults.rateLimitBurst = 1;
        if (status == 500)
            faults.serverErrorShare = 1.0; // the first injected error is always a 500
        server.setFaults(faults);

        QByteArray body;
        if (method == QLatin1String("post")) {
            headers.append(
                { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
            QJsonObject request { { versionField(server), version.id },
                                  { QStringLiteral("lang_code"), QStringLiteral("de") },
                                  { QStringLiteral("format"), QStringLiteral("pdf") } };
            if (status == 422)
                request.insert(QStringLiteral("format"), QStringLiteral("docx"));
            body = status == 400 ? QByteArrayLiteral("{\"format\": \"pdf\",")
                                 : QJsonDocument(request).toJson();
        } else if (status != 200 && status != 401 && status != 404 && status != 429
                   && status != 500) {
            return { {}, QStringLiteral("no way to provoke %1 on GET").arg(status) };
        }
        if (method == QLatin1String("post") && status == 404)
            return { {}, QStringLiteral("no way to provoke 404 on POST") };

        Exchange exchange;
        exchange.result
            = http.send(method.toUpper().toLatin1(), apiUrl(server, path, query), headers, body);
        server.setFaults({});
        return exchange;
    }

    QString startCompletedExport(SandboxServer &server, SandboxHttp &http)
    {
        const auto &project = acme(server);
        const HttpResult started = http.postJson(
            apiUrl(server, QStringLiteral("/v3/projects/%1/exports").arg(project.id)),
            credentialFor(server),
            { { versionField(server), project.defaultVersion()->id },
              { QStringLiteral("lang_code"), QStringLiteral("ar") },
              { QStringLiteral("format"), QStringLiteral("html") } });
        const QString id = started.json()
                               .value(QLatin1String("data"))
                               .toObject()
                               .value(QLatin1String("id"))
                               .toString();
        const QUrl statusUrl
            = apiUrl(server, QStringLiteral("/v3/projects/%1/exports/%2").arg(project.id, id));
        const bool completed = QTest::qWaitFor(
            [&] {
                const HttpResult polled = http.get(statusUrl, credentialFor(server));
                return at(polled.json(), QStringLiteral("data.status")).toString()
                    == QLatin1String("Completed");
            },
            10000);
        return completed ? id : QString();
    }

private Q_SLOTS:
    void everyDocumentedAnswerMatchesItsSchema_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QString>("pathTemplate");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mediaType");
        for (const ServedDialect dialect :
             { ServedDialect::ProjectVersions, ServedDialect::Workspaces }) {
            const QJsonObject document = JsonSchemaChecker::loadDocument(contractFile(dialect));
            QVERIFY2(!document.isEmpty(), qPrintable(contractFile(dialect)));
            const QJsonObject paths = document.value(QLatin1String("paths")).toObject();
            for (auto path = paths.begin(); path != paths.end(); ++path) {
                const QJsonObject operations = path.value().toObject();
                for (auto operation = operations.begin(); operation != operations.end();
                     ++operation) {
                    const QJsonObject responses
                        = operation.value().toObject().value(QLatin1String("responses")).toObject();
                    for (auto response = responses.begin(); response != responses.end();
                         ++response) {
                        const QJsonObject content = response.value()
                                                        .toObject()
                                                        .value(QLatin1String("content"))
                                                        .toObject();
                        const QString mediaType = content.keys().value(0);
                        const QString name
                            = QStringLiteral("%1 %2 %3 %4")
                                  .arg(dialect == ServedDialect::Workspaces
                                           ? QStringLiteral("workspaces")
                                           : QStringLiteral("seed"),
                                       operation.key().toUpper(), path.key(), response.key());
                        QTest::newRow(qPrintable(name))
                            << int(dialect) << path.key() << operation.key()
                            << response.key().toInt() << mediaType;
                    }
                }
            }
        }
    }

    void everyDocumentedAnswerMatchesItsSchema()
    {
        QFETCH(int, dialect);
        QFETCH(QString, pathTemplate);
        QFETCH(QString, method);
        QFETCH(int, status);
        QFETCH(QString, mediaType);

        SandboxServer server(quickSandboxOptions(ServedDialect(dialect)));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SandboxHttp http;
        JsonSchemaChecker checker(
            JsonSchemaChecker::loadDocument(contractFile(ServedDialect(dialect))));
        checker.allowExtraProperty(QStringLiteral("ProjectResponse"),
                                   QStringLiteral("custom_domain"));

        const QString exportId = pathTemplate.contains(QLatin1String("{export_id}"))
            ? startCompletedExport(server, http)
            : QString();
        const Exchange exchange = provoke(server, http, pathTemplate, method, status, exportId);
        QVERIFY2(exchange.problem.isEmpty(), qPrintable(exchange.problem));
        const HttpResult &result = exchange.result;
        QVERIFY2(result.finished, "no answer");
        QCOMPARE(result.status, status);
        QCOMPARE(result.contentType().split(';').first().trimmed(), mediaType.toLatin1());
        QVERIFY2(result.isJson(), result.describe().constData());

        QString problem;
        const QJsonObject schema
            = checker.responseSchema(pathTemplate, method, status, mediaType, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QStringList violations = checker.violations(result.json(), schema);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));

        // The request id is in the body and in the header, the same.
        const QString bodyId
            = result.json()
                  .value(status >= 400 ? QLatin1String("trace_id") : QLatin1String("request_id"))
                  .toString();
        QVERIFY(!bodyId.isEmpty());
        QCOMPARE(QString::fromLatin1(result.header(QByteArrayLiteral("X-Request-Id"))), bodyId);

        if (status == 401) {
            QVERIFY2(result.header(QByteArrayLiteral("WWW-Authenticate")).startsWith("Bearer "),
                     result.header(QByteArrayLiteral("WWW-Authenticate")).constData());
        }
        if (status == 429) {
            for (const QByteArray &name :
                 { QByteArrayLiteral("Retry-After"), QByteArrayLiteral("X-RateLimit-Limit"),
                   QByteArrayLiteral("X-RateLimit-Remaining"),
                   QByteArrayLiteral("X-RateLimit-Reset") }) {
                bool isInteger = false;
                result.header(name).toLongLong(&isInteger);
                QVERIFY2(isInteger, name.constData());
            }
            QVERIFY(result.header(QByteArrayLiteral("X-RateLimit-Reset")).toLongLong()
                    > 1000000000);
        }
        if (status == 202) {
            const QUrl location(QString::fromLatin1(result.header("Operation-Location")));
            QVERIFY2(location.isValid() && location.scheme() == QLatin1String("http"),
                     result.header("Operation-Location").constData());
            QCOMPARE(
                location.path(),
                QStringLiteral("/v3/projects/%1/exports/%2")
                    .arg(acme(server).id, at(result.json(), QStringLiteral("data.id")).toString()));
        }
        if (pathTemplate == QLatin1String("/v3/projects") && status == 200) {
            // The deliberate drift is really there for clients to ignore.
            QVERIFY(checker.extrasSeen().contains(QStringLiteral("ProjectResponse.custom_domain")));
        }
        if (!exportId.isEmpty() && status == 200) {
            QCOMPARE(at(result.json(), QStringLiteral("data.status")).toString(),
                     QStringLiteral("Completed"));
            QVERIFY(at(result.json(), QStringLiteral("data.download_url")).isString());
        }
    }

    // An export that is still Pending, and one that Failed, have their own
    // nullable fields; both must still fit ExportStatusResponseApiResponse.
    void pendingAndFailedExportsMatchTheSchema_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("seed") << int(ServedDialect::ProjectVersions);
        QTest::newRow("workspaces") << int(ServedDialect::Workspaces);
    }

    void pendingAndFailedExportsMatchTheSchema()
    {
        QFETCH(int, dialect);
        for (const bool failing : { false, true }) {
            SandboxOptions options = quickSandboxOptions(ServedDialect(dialect));
            if (failing)
                options.faults.failExports = 1;
            else
                options.pendingMs = 60000; // stays Pending while the test looks
            SandboxServer server(options);
            QVERIFY(server.start());
            SandboxHttp http;
            JsonSchemaChecker checker(
                JsonSchemaChecker::loadDocument(contractFile(ServedDialect(dialect))));
            QString problem;
            const QJsonObject schema = checker.responseSchema(
                QStringLiteral("/v3/projects/{project_id}/exports/{export_id}"),
                QStringLiteral("get"), 200, QStringLiteral("application/json"), &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));

            const auto &project = acme(server);
            const QJsonObject request { { versionField(server), project.defaultVersion()->id },
                                        { QStringLiteral("format"), QStringLiteral("markdown") } };
            const HttpResult started = http.postJson(
                apiUrl(server, QStringLiteral("/v3/projects/%1/exports").arg(project.id)),
                credentialFor(server), request);
            QCOMPARE(started.status, 202);
            const QUrl statusUrl = apiUrl(
                server,
                QStringLiteral("/v3/projects/%1/exports/%2")
                    .arg(project.id, at(started.json(), QStringLiteral("data.id")).toString()));
            const QString expected = failing ? QStringLiteral("Failed") : QStringLiteral("Pending");
            HttpResult polled;
            QTRY_VERIFY_WITH_TIMEOUT(
                (polled = http.get(statusUrl, credentialFor(server)),
                 at(polled.json(), QStringLiteral("data.status")).toString() == expected),
                10000);
            const QStringList violations = checker.violations(polled.json(), schema);
            QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
            QVERIFY(at(polled.json(), QStringLiteral("data.download_url")).isNull());
            QCOMPARE(at(polled.json(), QStringLiteral("data.completed_at")).isNull(), !failing);
            if (failing) {
                QCOMPARE(at(polled.json(), QStringLiteral("errors.0.code")).toString(),
                         QStringLiteral("EXPORT_FAILED"));
                QVERIFY(
                    !at(polled.json(), QStringLiteral("errors.0.message")).toString().isEmpty());
            }
        }
    }

    void seedPageExamplesAreMatched_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<int>("status");
        for (const ServedDialect dialect :
             { ServedDialect::ProjectVersions, ServedDialect::Workspaces }) {
            const char *name = dialect == ServedDialect::Workspaces ? "workspaces" : "seed";
            for (const int status : { 202, 401, 422, 429, 500 })
                QTest::addRow("%s %d", name, status) << int(dialect) << status;
        }
    }

    void seedPageExamplesAreMatched()
    {
        QFETCH(int, dialect);
        QFETCH(int, status);
        SandboxServer server(quickSandboxOptions(ServedDialect(dialect)));
        QVERIFY(server.start());
        SandboxHttp http;

        const QJsonObject example
            = status == 202 ? seedExportCreatedExample() : seedProblemExample(status);
        QVERIFY2(!example.isEmpty(), "the seed page has no such example");
        const Exchange exchange
            = provoke(server, http, QStringLiteral("/v3/projects/{project_id}/exports"),
                      QStringLiteral("post"), status, {});
        QVERIFY2(exchange.problem.isEmpty(), qPrintable(exchange.problem));
        QCOMPARE(exchange.result.status, status);
        const QJsonObject actual = exchange.result.json();

        const QStringList differences = shapeDifferences(actual, example);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));

        const QStringList constants = status == 202
            ? QStringList { QStringLiteral("data.status"), QStringLiteral("data.download_url"),
                            QStringLiteral("data.completed_at"), QStringLiteral("success") }
            : QStringList { QStringLiteral("type"),          QStringLiteral("title"),
                            QStringLiteral("status"),        QStringLiteral("detail"),
                            QStringLiteral("instance"),      QStringLiteral("warnings"),
                            QStringLiteral("errors.0.code"), QStringLiteral("errors.0.details") };
        for (const QString &path : constants)
            QCOMPARE(at(actual, path), at(example, path));
        if (status == 429 || status == 500)
            QCOMPARE(at(actual, QStringLiteral("errors.0.message")),
                     at(example, QStringLiteral("errors.0.message")));
        if (status == 422)
            QCOMPARE(at(actual, QStringLiteral("errors.0.field")).toString(),
                     QStringLiteral("format"));
        if (status == 401 && ServedDialect(dialect) == ServedDialect::ProjectVersions)
            QCOMPARE(at(actual, QStringLiteral("errors.0.message")),
                     at(example, QStringLiteral("errors.0.message")));
    }

    void everyAnswerHasAFreshRequestId()
    {
        SandboxServer server(quickSandboxOptions(ServedDialect::ProjectVersions));
        QVERIFY(server.start());
        SandboxHttp http;
        QSet<QByteArray> seen;
        for (const Headers &headers :
             { credentialFor(server), Headers {}, credentialFor(server) }) {
            const HttpResult result
                = http.get(apiUrl(server, QStringLiteral("/v3/projects")), headers);
            const QByteArray id = result.header(QByteArrayLiteral("X-Request-Id"));
            QVERIFY(!id.isEmpty());
            QVERIFY2(!seen.contains(id), id.constData());
            seen.insert(id);
        }
    }
};

QTEST_MAIN(SandboxContractTest)
#include "tst_sandbox_contract.moc"
