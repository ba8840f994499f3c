// The API client against a real HTTP server: the sandbox on loopback, in both
// dialects and both auth schemes, and under its faults. What is asserted is
// what a user of the client would notice (the lists, the file and its
// checksum, the message and trace id of an error) and what the server saw
// on the wire (how many requests, whether storage ever got a credential).
#include "core/api/ApiClient.h"
#include "core/api/ApiTransport.h"
#include "sandbox/SandboxServer.h"
#include "support/ApiTestSupport.h"
#include "support/SandboxFixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace d360::api;
using d360::test::fastApiSettings;
using d360::test::quickSandboxOptions;
namespace sandbox = d360::sandbox;

namespace {

ServerAddress addressOf(const sandbox::SandboxServer &server)
{
    QString problem;
    return *ServerAddress::custom(server.baseUrl(), &problem);
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// The first active project with more than one version, and its default version.
struct Target
{
    QString projectId;
    QString versionId;
};

Target pickTarget(const sandbox::SandboxServer &server)
{
    for (const sandbox::DemoProject &project : server.demoData().projects()) {
        if (project.status == 0 && project.versions.size() > 1 && project.versions.size() < 100)
            return { project.id, project.defaultVersion()->id };
    }
    return {};
}

// Polls until the export is finished; the server builds it in tens of ms.
ExportStatus waitUntilFinished(ApiClient &client, const QString &projectId, const QString &exportId)
{
    ExportStatus status;
    QElapsedTimer clock;
    clock.start();
    while (!status.isFinished() && clock.elapsed() < 20000) {
        const auto outcome = D360_AWAIT(client.exportStatus(projectId, exportId));
        if (!outcome.error.isNull())
            return status;
        status = outcome.result;
        if (!status.isFinished())
            QTest::qWait(15); // the server builds on a clock; there is no signal to wait for
    }
    return status;
}

struct Downloaded
{
    d360::test::Outcome<d360::test::NoResult> outcome;
    QByteArray bytes;
    QByteArray etag;
};

// One download call; given what an earlier call delivered, it asks for the
// rest (as the job does when it resumes) and appends to it.
Downloaded download(ApiClient &client, const ExportStatus &status, Downloaded result = {})
{
    DownloadOptions options;
    options.resumeFrom = result.bytes.size();
    options.etag = result.etag;
    DownloadCall *call = client.downloadExport(status.downloadUrl, options);
    QObject::connect(call, &DownloadCall::bodyStarting, call,
                     [&result](qint64 offset) { result.bytes.truncate(int(offset)); });
    QObject::connect(call, &DownloadCall::bodyData, call,
                     [&result](const QByteArray &data) { result.bytes.append(data); });
    QObject::connect(call, &ApiCall::finished, call,
                     [call, &result] { result.etag = call->etag(); });
    result.outcome = D360_AWAIT_CALL(call);
    return result;
}

} // namespace

class ApiClientTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRequestInBothDialectsAndSchemes_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QString>("apiKey");
        QTest::addColumn<int>("firstScheme");
        QTest::addColumn<int>("acceptedScheme");
        const int seed = int(sandbox::ServedDialect::ProjectVersions);
        const int workspaces = int(sandbox::ServedDialect::Workspaces);
        const int bearer = int(AuthScheme::Bearer);
        const int apiKey = int(AuthScheme::ApiKeyHeader);
        QTest::newRow("seed dialect, Bearer token")
            << seed << "seed-token-0123456789" << bearer << bearer;
        QTest::newRow("workspaces dialect, d360_sk_ key")
            << workspaces << "d360_sk_test_0123456789" << apiKey << apiKey;
        // The other scheme after a first 401, and the other dialect after a 404.
        QTest::newRow("seed dialect, d360_sk_ token as Bearer")
            << seed << "d360_sk_test_0123456789" << apiKey << bearer;
        QTest::newRow("workspaces dialect, plain key as X-API-Key")
            << workspaces << "plain-key-0123456789" << bearer << apiKey;
    }

    void everyRequestInBothDialectsAndSchemes()
    {
        QFETCH(int, dialect);
        QFETCH(QString, apiKey);
        QFETCH(int, firstScheme);
        QFETCH(int, acceptedScheme);
        sandbox::SandboxOptions options = quickSandboxOptions(sandbox::ServedDialect(dialect));
        options.apiKey = apiKey;
        sandbox::SandboxServer server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));

        ApiClient client(addressOf(server), Credential(apiKey), fastApiSettings());
        QCOMPARE(int(client.authScheme()), firstScheme);
        QSignalSpy schemeConfirmed(&client, &ApiClient::authSchemeConfirmed);
        QSignalSpy dialectDetected(&client, &ApiClient::dialectDetected);

        const auto projects = D360_AWAIT(client.listProjects());
        QVERIFY2(projects.error.isNull(), qPrintable(projects.error.displayText()));
        QCOMPARE(projects.result.size(), server.demoData().projects().size());
        QVERIFY(!projects.requestId.isEmpty());
        QCOMPARE(schemeConfirmed.count(), 1);
        QCOMPARE(schemeConfirmed.first().first().value<AuthScheme>(), AuthScheme(acceptedScheme));
        QVERIFY(std::any_of(projects.result.begin(), projects.result.end(),
                            [](const Project &project) { return !project.active; }));

        // The project whose versions do not fit on one page.
        const auto big
            = std::find_if(server.demoData().projects().begin(), server.demoData().projects().end(),
                           [](const sandbox::DemoProject &p) { return p.versions.size() > 100; });
        QVERIFY(big != server.demoData().projects().end());
        const auto versions = D360_AWAIT(client.listVersions(big->id));
        QVERIFY2(versions.error.isNull(), qPrintable(versions.error.displayText()));
        QCOMPARE(versions.result.size(), big->versions.size());
        QCOMPARE(dialectDetected.count(), 1);
        const Dialect expectedDialect = dialect == int(sandbox::ServedDialect::Workspaces)
            ? Dialect::Workspaces
            : Dialect::ProjectVersions;
        QCOMPARE(client.dialect(), expectedDialect);
        QSet<QString> ids;
        for (const ProjectVersion &version : versions.result)
            ids.insert(version.id);
        QCOMPARE(ids.size(), big->versions.size()); // no page twice, none missing
        QCOMPARE(std::count_if(versions.result.begin(), versions.result.end(),
                               [](const ProjectVersion &v) { return v.isDefault; }),
                 1);

        const Target target = pickTarget(server);
        const auto languages = D360_AWAIT(client.listLanguages(target.projectId, target.versionId));
        QVERIFY2(languages.error.isNull(), qPrintable(languages.error.displayText()));
        QStringList codes;
        for (const Language &language : languages.result)
            codes.append(language.code);
        QVERIFY2(codes.contains(QLatin1String("ar")), qPrintable(codes.join(QLatin1Char(','))));

        for (ExportFormat format : allExportFormats()) {
            const auto started = D360_AWAIT(
                client.startExport({ target.projectId, target.versionId, codes.first(), format }));
            QVERIFY2(started.error.isNull(), qPrintable(started.error.displayText()));
            QCOMPARE(started.result.state, ExportStatus::State::Pending);
            const ExportStatus done
                = waitUntilFinished(client, target.projectId, started.result.id);
            QCOMPARE(done.state, ExportStatus::State::Completed);
            QVERIFY(done.completedAt.isValid());
            const Downloaded file = download(client, done);
            QVERIFY2(file.outcome.error.isNull(), qPrintable(file.outcome.error.displayText()));
            QCOMPARE(sha256Hex(file.bytes), server.exportSha256(done.id));
            if (format == ExportFormat::Pdf)
                QVERIFY(file.bytes.startsWith("%PDF-"));
            else
                QVERIFY(file.bytes.startsWith("PK"));
        }
        QCOMPARE(server.statistics().exportsStarted, 3);
        QVERIFY(server.statistics().storageRequests >= 3);
        QCOMPARE(server.statistics().storageRequestsWithCredential, 0);
    }

    void rateLimitedAnswersAreWaitedOut()
    {
        sandbox::SandboxOptions options = quickSandboxOptions();
        options.faults.rateLimitBurst = 2;
        options.faults.retryAfterSeconds = 1;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        ApiClient client(addressOf(server), Credential(server.apiKey()), fastApiSettings());
        QElapsedTimer clock;
        clock.start();
        const auto projects = D360_AWAIT(client.listProjects());
        QVERIFY2(projects.error.isNull(), qPrintable(projects.error.displayText()));
        QVERIFY2(clock.elapsed() >= 1900, "Retry-After: 1 twice must be honoured");
        QCOMPARE(server.statistics().tooManyRequestsSent, 2);
        QCOMPARE(server.statistics().apiRequests, 3);
    }

    void rateLimitExhaustedIsAClearError()
    {
        sandbox::SandboxOptions options = quickSandboxOptions();
        options.faults.rateLimitBurst = 100;
        options.faults.retryAfterSeconds = 120; // longer than anyone should wait silently
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        ApiClient client(addressOf(server), Credential(server.apiKey()), fastApiSettings());
        const auto projects = D360_AWAIT(client.listProjects());
        QCOMPARE(projects.error.kind(), ApiError::Kind::RateLimited);
        QVERIFY(projects.error.message().contains(QLatin1String("120 second")));
        QVERIFY(!projects.error.traceId().isEmpty());
    }

    void serverErrorBurstsAreRetriedForReadsOnly()
    {
        sandbox::SandboxOptions options = quickSandboxOptions();
        options.faults.serverErrorBurst = 2;
        options.faults.retryAfterSeconds = 0;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        ApiClient client(addressOf(server), Credential(server.apiKey()), fastApiSettings());
        const auto projects = D360_AWAIT(client.listProjects());
        QVERIFY2(projects.error.isNull(), qPrintable(projects.error.displayText()));
        QCOMPARE(server.statistics().apiRequests, 3);

        const Target target = pickTarget(server);
        QVERIFY(
            D360_AWAIT(client.listVersions(target.projectId)).error.isNull()); // learn the dialect
        const int before = server.statistics().apiRequests;
        sandbox::SandboxFaults faults = server.faults();
        faults.serverErrorBurst = 1;
        server.setFaults(faults);
        const auto started = D360_AWAIT(
            client.startExport({ target.projectId, target.versionId, {}, ExportFormat::Pdf }));
        QCOMPARE(started.error.kind(), ApiError::Kind::ServerError);
        QVERIFY(!started.error.traceId().isEmpty());
        QVERIFY(started.error.displayText().contains(started.error.traceId()));
        QCOMPARE(server.statistics().apiRequests, before + 1); // the POST was not repeated
        QCOMPARE(server.statistics().exportsStarted, 0);
    }

    void aStartCutOffAfterTheServerActedIsNotRepeated()
    {
        sandbox::SandboxServer server(quickSandboxOptions());
        QVERIFY(server.start());
        ApiClient client(addressOf(server), Credential(server.apiKey()), fastApiSettings());
        const Target target = pickTarget(server);
        QVERIFY(D360_AWAIT(client.listVersions(target.projectId)).error.isNull());
        sandbox::SandboxFaults faults;
        faults.truncatedBodies = 1;
        server.setFaults(faults);
        const auto started = D360_AWAIT(
            client.startExport({ target.projectId, target.versionId, {}, ExportFormat::Pdf }));
        QCOMPARE(started.error.kind(), ApiError::Kind::ExportMayHaveStarted);
        QVERIFY(started.error.message().contains(QLatin1String("may have started")));
        QCOMPARE(server.statistics().exportsStarted, 1);
    }

    void aRefusedStartIsRetried()
    {
        // Nothing listens on this port: the server surely did not act.
        QTcpServer placeholder;
        QVERIFY(placeholder.listen(QHostAddress::LocalHost));
        const quint16 port = placeholder.serverPort();
        placeholder.close();
        QString problem;
        const auto address = ServerAddress::custom(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), &problem);
        ApiClient client(*address, Credential(QStringLiteral("token-0123456789")),
                         fastApiSettings());
        client.setDialect(Dialect::ProjectVersions);
        const auto started = D360_AWAIT(client.startExport(
            { QStringLiteral("p"), QStringLiteral("v"), {}, ExportFormat::Pdf }));
        QCOMPARE(started.error.kind(), ApiError::Kind::ConnectionRefused);
        QVERIFY(started.error.message().contains(QLatin1String("refused")));
    }

    void unreadableAnswersAreClearErrors()
    {
        // A body spoiled once on the way is asked for again, like a cut one;
        // one that stays unreadable is a clear error, not an empty list.
        sandbox::SandboxOptions options = quickSandboxOptions();
        options.faults.malformedBodies = 1;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        ApiClient client(addressOf(server), Credential(server.apiKey()), fastApiSettings());
        const auto retried = D360_AWAIT(client.listProjects());
        QVERIFY2(retried.error.isNull(), qPrintable(retried.error.displayText()));
        QCOMPARE(retried.result.size(), server.demoData().projects().size());
        sandbox::SandboxFaults faults;
        faults.malformedBodies = 10;
        server.setFaults(faults);
        const auto malformed = D360_AWAIT(client.listProjects());
        QCOMPARE(malformed.error.kind(), ApiError::Kind::InvalidResponse);
        QVERIFY2(malformed.error.message().contains(QLatin1String("could not be read")),
                 qPrintable(malformed.error.message()));
        QVERIFY(malformed.result.isEmpty());

        // Truncated answers are a dropped connection: retried, and when they
        // keep coming, a clear error rather than a short list.
        faults.malformedBodies = 0;
        faults.truncatedBodies = 1;
        server.setFaults(faults);
        const auto once = D360_AWAIT(client.listProjects());
        QVERIFY2(once.error.isNull(), qPrintable(once.error.displayText()));
        QCOMPARE(once.result.size(), server.demoData().projects().size());
        faults.truncatedBodies = 10;
        server.setFaults(faults);
        const auto always = D360_AWAIT(client.listProjects());
        QVERIFY(!always.error.isNull());
        QVERIFY(always.result.isEmpty());
        QVERIFY(!always.error.message().isEmpty());
    }

    void aSlowServerTimesOut()
    {
        sandbox::SandboxOptions options = quickSandboxOptions();
        options.faults.latencyMs = 1500;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        ApiSettings settings = fastApiSettings();
        settings.requestTimeout = std::chrono::milliseconds(300);
        settings.retry.maxRetries = 1;
        ApiClient client(addressOf(server), Credential(server.apiKey()), settings);
        const auto projects = D360_AWAIT(client.listProjects());
        QCOMPARE(projects.error.kind(), ApiError::Kind::Timeout);
        QVERIFY(projects.error.message().contains(QLatin1String("did not answer in time")));
    }

    void aSlowButMovingDownloadIsNotKilled()
    {
        sandbox::SandboxOptions options = quickSandboxOptions();
        options.exportPaddingBytes = 300 * 1024;
        options.faults.downloadBytesPerSecond = 200 * 1024; // about two seconds in all
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        ApiSettings settings = fastApiSettings();
        settings.downloadInactivityTimeout = std::chrono::milliseconds(700);
        ApiClient client(addressOf(server), Credential(server.apiKey()), settings);
        const Target target = pickTarget(server);
        const auto started = D360_AWAIT(
            client.startExport({ target.projectId, target.versionId, {}, ExportFormat::Html }));
        QVERIFY(started.error.isNull());
        const ExportStatus done = waitUntilFinished(client, target.projectId, started.result.id);
        QElapsedTimer clock;
        clock.start();
        const Downloaded file = download(client, done);
        QVERIFY2(file.outcome.error.isNull(), qPrintable(file.outcome.error.displayText()));
        QVERIFY2(clock.elapsed() > 700, "the download took longer than the inactivity timeout");
        QCOMPARE(sha256Hex(file.bytes), server.exportSha256(done.id));
    }

    void aCutDownloadResumesWithRange()
    {
        sandbox::SandboxOptions options = quickSandboxOptions();
        options.exportPaddingBytes = 512 * 1024;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        ApiClient client(addressOf(server), Credential(server.apiKey()), fastApiSettings());
        const Target target = pickTarget(server);
        const auto started = D360_AWAIT(
            client.startExport({ target.projectId, target.versionId, {}, ExportFormat::Pdf }));
        const ExportStatus done = waitUntilFinished(client, target.projectId, started.result.id);
        QCOMPARE(done.state, ExportStatus::State::Completed);

        sandbox::SandboxFaults faults;
        const qint64 cutAt = 220 * 1024; // about 40 %
        faults.cutDownloadAfterBytes = cutAt;
        faults.cutDownloads = 1;
        server.setFaults(faults);
        const int downloadsBefore = server.statistics().downloadsCompleted;
        // A cut ends the call: resuming is its owner's decision.
        const Downloaded cut = download(client, done);
        QCOMPARE(cut.outcome.error.kind(), ApiError::Kind::ConnectionLost);
        QCOMPARE(qint64(cut.bytes.size()), cutAt);
        QVERIFY(!cut.etag.isEmpty());

        const Downloaded file = download(client, done, cut);
        QVERIFY2(file.outcome.error.isNull(), qPrintable(file.outcome.error.displayText()));
        QCOMPARE(sha256Hex(file.bytes), server.exportSha256(done.id));
        // The second call asked for the rest, not the whole file again.
        QCOMPARE(server.statistics().rangeOffsetsAsked.last(), cutAt);
        QVERIFY(server.statistics().bytesServed < 2 * file.bytes.size());
        QCOMPARE(server.statistics().downloadsCompleted, downloadsBefore + 1);
    }

    void aServerIgnoringTheRangeStartsOver()
    {
        sandbox::SandboxOptions options = quickSandboxOptions();
        options.exportPaddingBytes = 256 * 1024;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        ApiClient client(addressOf(server), Credential(server.apiKey()), fastApiSettings());
        const Target target = pickTarget(server);
        const auto started = D360_AWAIT(
            client.startExport({ target.projectId, target.versionId, {}, ExportFormat::Markdown }));
        const ExportStatus done = waitUntilFinished(client, target.projectId, started.result.id);
        sandbox::SandboxFaults faults;
        faults.cutDownloadAfterBytes = 100 * 1024;
        faults.ignoreRange = true;
        server.setFaults(faults);
        const Downloaded cut = download(client, done);
        QCOMPARE(cut.outcome.error.kind(), ApiError::Kind::ConnectionLost);
        QVERIFY(!cut.bytes.isEmpty());
        // Asked for the rest, sent the whole: the bytes start over at 0.
        const Downloaded file = download(client, done, cut);
        QVERIFY2(file.outcome.error.isNull(), qPrintable(file.outcome.error.displayText()));
        QCOMPARE(server.statistics().rangeOffsetsAsked.last(), qint64(cut.bytes.size()));
        QCOMPARE(sha256Hex(file.bytes), server.exportSha256(done.id));
    }

    void anExpiredLinkEndsTheCallForAFreshOne()
    {
        sandbox::SandboxOptions options = quickSandboxOptions();
        options.downloadLinkLifetimeSeconds = 1;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        ApiClient client(addressOf(server), Credential(server.apiKey()), fastApiSettings());
        const Target target = pickTarget(server);
        const auto started = D360_AWAIT(
            client.startExport({ target.projectId, target.versionId, {}, ExportFormat::Pdf }));
        const ExportStatus done = waitUntilFinished(client, target.projectId, started.result.id);
        QCOMPARE(done.state, ExportStatus::State::Completed);
        // The link's expiry is a wall-clock time; there is nothing else to wait on.
        const qint64 expiresAt
            = QUrlQuery(done.downloadUrl).queryItemValue(QStringLiteral("se")).toLongLong();
        QVERIFY(expiresAt > 0);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > expiresAt, 5000);

        const Downloaded expired = download(client, done);
        QCOMPARE(expired.outcome.error.kind(), ApiError::Kind::LinkExpired);
        QCOMPARE(server.statistics().expiredLinksRefused, 1);
        // The export's status hands out a fresh link, which works.
        const auto fresh = D360_AWAIT(client.exportStatus(target.projectId, done.id));
        QVERIFY(fresh.error.isNull());
        const Downloaded file = download(client, fresh.result);
        QVERIFY2(file.outcome.error.isNull(), qPrintable(file.outcome.error.displayText()));
        QCOMPARE(sha256Hex(file.bytes), server.exportSha256(done.id));
    }

    void redirectsAreFollowedWithoutTheCredential()
    {
        sandbox::SandboxOptions options = quickSandboxOptions();
        options.redirectHops = 3;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        ApiClient client(addressOf(server), Credential(server.apiKey()), fastApiSettings());
        const Target target = pickTarget(server);
        const auto started = D360_AWAIT(
            client.startExport({ target.projectId, target.versionId, {}, ExportFormat::Pdf }));
        const ExportStatus done = waitUntilFinished(client, target.projectId, started.result.id);
        const Downloaded file = download(client, done);
        QVERIFY2(file.outcome.error.isNull(), qPrintable(file.outcome.error.displayText()));
        QCOMPARE(sha256Hex(file.bytes), server.exportSha256(done.id));
        QVERIFY(server.statistics().storageRequests >= 1);
        QCOMPARE(server.statistics().storageRequestsWithCredential, 0);
    }

    void tooManyRedirectsAreRefused()
    {
        sandbox::SandboxOptions options = quickSandboxOptions();
        options.redirectHops = 6;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        ApiClient client(addressOf(server), Credential(server.apiKey()), fastApiSettings());
        const Target target = pickTarget(server);
        const auto started = D360_AWAIT(
            client.startExport({ target.projectId, target.versionId, {}, ExportFormat::Pdf }));
        const ExportStatus done = waitUntilFinished(client, target.projectId, started.result.id);
        const Downloaded file = download(client, done);
        QCOMPARE(file.outcome.error.kind(), ApiError::Kind::TooManyRedirects);
        // The first request and five redirects, and not one more.
        QCOMPARE(server.statistics().storageRequests, fastApiSettings().maxRedirects + 1);
        QCOMPARE(server.statistics().storageRequestsWithCredential, 0);
    }

    void aRevokedTokenIsReported()
    {
        sandbox::SandboxOptions options = quickSandboxOptions();
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        ApiClient client(addressOf(server), Credential(server.apiKey()), fastApiSettings());
        QVERIFY(D360_AWAIT(client.listProjects()).error.isNull());
        QSignalSpy rejected(&client, &ApiClient::credentialRejected);
        sandbox::SandboxFaults faults;
        faults.tokenRevoked = true;
        server.setFaults(faults);
        const auto projects = D360_AWAIT(client.listProjects());
        QCOMPARE(projects.error.kind(), ApiError::Kind::Unauthorized);
        QVERIFY(projects.error.message().contains(
            QLatin1String("revoked or belongs to another region")));
        QVERIFY(!projects.error.traceId().isEmpty());
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!projects.error.displayText().contains(server.apiKey()));
    }

    void validationAndNotFoundNameWhatIsWrong()
    {
        sandbox::SandboxServer server(quickSandboxOptions(sandbox::ServedDialect::Workspaces));
        QVERIFY(server.start());
        ApiClient client(addressOf(server), Credential(server.apiKey()), fastApiSettings());
        const Target target = pickTarget(server);
        const auto badLanguage = D360_AWAIT(client.startExport(
            { target.projectId, target.versionId, QStringLiteral("xx"), ExportFormat::Pdf }));
        QCOMPARE(badLanguage.error.kind(), ApiError::Kind::Validation);
        QVERIFY2(badLanguage.error.message().contains(QLatin1String("lang_code")),
                 qPrintable(badLanguage.error.message()));
        const auto badVersion = D360_AWAIT(client.startExport(
            { target.projectId, QStringLiteral("no-such-version"), {}, ExportFormat::Pdf }));
        QCOMPARE(badVersion.error.kind(), ApiError::Kind::Validation);
        QVERIFY2(badVersion.error.message().contains(QLatin1String("workspace_id")),
                 qPrintable(badVersion.error.message()));

        const auto missing
            = D360_AWAIT(client.exportStatus(target.projectId, QStringLiteral("no-such-export")));
        QCOMPARE(missing.error.kind(), ApiError::Kind::NotFound);
        QVERIFY(!missing.error.traceId().isEmpty());
        const auto noProject = D360_AWAIT(client.listVersions(QStringLiteral("no-such-project")));
        QCOMPARE(noProject.error.kind(), ApiError::Kind::NotFound);
    }

    void aFailedExportKeepsTheServersMessage()
    {
        sandbox::SandboxOptions options = quickSandboxOptions();
        options.faults.failExports = 1;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        ApiClient client(addressOf(server), Credential(server.apiKey()), fastApiSettings());
        const Target target = pickTarget(server);
        const auto started = D360_AWAIT(
            client.startExport({ target.projectId, target.versionId, {}, ExportFormat::Pdf }));
        QVERIFY(started.error.isNull());
        const ExportStatus done = waitUntilFinished(client, target.projectId, started.result.id);
        QCOMPARE(done.state, ExportStatus::State::Failed);
        QVERIFY(!done.failureMessage.isEmpty());
    }

    void theRateBudgetAvoids429s()
    {
        sandbox::SandboxOptions options = quickSandboxOptions();
        options.rateLimitPerWindow = 5;
        options.rateLimitWindowSeconds = 1;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        ApiSettings settings = fastApiSettings();
        settings.requestsPerMinute = 5;
        settings.rateWindow = std::chrono::milliseconds(1000);
        ApiClient client(addressOf(server), Credential(server.apiKey()), settings);
        client.rateBudget()->setSafetyMargin(std::chrono::milliseconds(150));
        QList<ProjectListCall *> calls;
        int finished = 0;
        int failed = 0;
        for (int i = 0; i < 12; ++i) {
            ProjectListCall *call = client.listProjects();
            connect(call, &ApiCall::finished, this, [&, call] {
                ++finished;
                failed += call->error().isNull() ? 0 : 1;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 12, 20000);
        QCOMPARE(failed, 0);
        QCOMPARE(server.statistics().tooManyRequestsSent, 0);
        QCOMPARE(server.statistics().apiRequests, 12);
    }

    void aClientGoingAwayTakesItsCallsAlong()
    {
        sandbox::SandboxOptions options = quickSandboxOptions();
        options.faults.latencyMs = 300;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        auto client = std::make_unique<ApiClient>(addressOf(server), Credential(server.apiKey()),
                                                  fastApiSettings());
        QPointer<ApiCall> projects = client->listProjects();
        QPointer<ApiCall> status = client->exportStatus(QStringLiteral("p"), QStringLiteral("e"));
        QTRY_VERIFY(server.statistics().apiRequests >= 1); // on the wire
        client.reset(); // with both calls in flight: no crash, nothing left behind
        QVERIFY(projects.isNull());
        QVERIFY(status.isNull());
        // The server is still fine, and so is a new client.
        ApiClient again(addressOf(server), Credential(server.apiKey()), fastApiSettings());
        QVERIFY(D360_AWAIT(again.listProjects()).error.isNull());
    }
};

QTEST_MAIN(ApiClientTest)
#include "tst_api_client.moc"
