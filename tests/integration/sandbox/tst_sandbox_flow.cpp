// The sandbox end to end, as a client meets it: demo data, paging to the
// end, an export from POST to download, every validation and lookup error,
// the auth rules of each dialect, storage's signed links, ranges and
// refusals, rate limiting, every fault, the OAuth sign-in with PKCE (JWT
// access tokens, project selection, registered client ids), project-bound
// credentials, and the control endpoint. The client is a plain QNetworkAccessManager.
//
// Timings are the sandbox's own options, set small; the only waits are for
// answers (QSignalSpy) and for clocks the sandbox runs on (QTRY_*), with
// deadlines, never fixed sleeps.
#include "SandboxHttp.h"
#include "sandbox/SandboxServer.h"
#include "support/SandboxFixture.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <quazip.h>
#include <quazipfile.h>

using namespace d360::test;
using d360::sandbox::DemoArticle;
using d360::sandbox::DemoData;
using d360::sandbox::DemoLanguage;
using d360::sandbox::DemoProject;
using d360::sandbox::DemoVersion;
using d360::sandbox::SandboxFaults;
using d360::sandbox::SandboxOptions;
using d360::sandbox::SandboxServer;
using d360::sandbox::ServedDialect;

namespace {

// One row per dialect, for tests that hold for both.
void addDialectRows()
{
    QTest::addColumn<int>("dialect");
    QTest::newRow("seed") << int(ServedDialect::ProjectVersions);
    QTest::newRow("workspaces") << int(ServedDialect::Workspaces);
}

QString errorCode(const HttpResult &result)
{
    return at(result.json(), QStringLiteral("errors.0.code")).toString();
}

QStringList errorFields(const HttpResult &result)
{
    QStringList fields;
    for (const QJsonValue &error : result.json().value(QLatin1String("errors")).toArray())
        fields.append(error.toObject().value(QLatin1String("field")).toString());
    return fields;
}

bool isProblem(const HttpResult &result, int status)
{
    return result.status == status && result.contentType() == "application/problem+json"
        && result.json().value(QLatin1String("status")).toInt() == status;
}

const DemoProject &projectNamed(const SandboxServer &server, const QString &prefix)
{
    for (const DemoProject &project : server.demoData().projects()) {
        if (project.name.startsWith(prefix))
            return project;
    }
    return server.demoData().projects().first();
}

const DemoProject &manyVersions(const SandboxServer &server)
{
    for (const DemoProject &project : server.demoData().projects()) {
        if (project.versions.size() > 100)
            return project;
    }
    return server.demoData().projects().first();
}

QUrl exportsUrl(const SandboxServer &server, const QString &projectId)
{
    return apiUrl(server, QStringLiteral("/v3/projects/%1/exports").arg(projectId));
}

QUrl statusUrl(const SandboxServer &server, const QString &projectId, const QString &exportId)
{
    return apiUrl(server, QStringLiteral("/v3/projects/%1/exports/%2").arg(projectId, exportId));
}

HttpResult startExport(SandboxHttp &http, const SandboxServer &server, const QString &projectId,
                       const QString &versionId, const QString &language, const QString &format)
{
    QJsonObject body { { versionField(server), versionId }, { QStringLiteral("format"), format } };
    if (!language.isEmpty())
        body.insert(QStringLiteral("lang_code"), language);
    return http.postJson(exportsUrl(server, projectId), credentialFor(server), body);
}

// Polls the export until it is Completed or Failed (or time is up), and
// records every status it was seen in.
HttpResult pollUntilFinished(SandboxHttp &http, const SandboxServer &server,
                             const QString &projectId, const QString &exportId,
                             QStringList *seen = nullptr)
{
    HttpResult last;
    const bool finished = QTest::qWaitFor(
        [&] {
            last = http.get(statusUrl(server, projectId, exportId), credentialFor(server));
            const QString status = at(last.json(), QStringLiteral("data.status")).toString();
            if (seen && (seen->isEmpty() || seen->last() != status))
                seen->append(status);
            return status == u"Completed" || status == u"Failed";
        },
        15000);
    if (!finished)
        last.finished = false;
    return last;
}

// Starts an export and returns its Completed status answer.
HttpResult completedExport(SandboxHttp &http, const SandboxServer &server,
                           const QString &format = QStringLiteral("pdf"))
{
    const DemoProject &project = server.demoData().projects().first();
    const HttpResult started = startExport(http, server, project.id, project.defaultVersion()->id,
                                           QStringLiteral("en"), format);
    return pollUntilFinished(http, server, project.id,
                             at(started.json(), QStringLiteral("data.id")).toString());
}

QUrl downloadUrlOf(const HttpResult &status)
{
    return QUrl(at(status.json(), QStringLiteral("data.download_url")).toString(),
                QUrl::StrictMode);
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QMap<QString, QByteArray> unzip(const QByteArray &zipBytes, QString *problem)
{
    QMap<QString, QByteArray> entries;
    QByteArray bytes = zipBytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        *problem = QStringLiteral("QuaZip cannot open it (error %1)").arg(zip.getZipError());
        return entries;
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = QStringLiteral("cannot read %1").arg(zip.getCurrentFileName());
            return entries;
        }
        entries.insert(zip.getCurrentFileName(), file.readAll());
    }
    return entries;
}

// The unzipped entries of one finished export, or none, with *problem saying why.
QMap<QString, QByteArray> exportEntries(SandboxHttp &http, const SandboxServer &server,
                                        const DemoProject &project, const DemoVersion &version,
                                        const QString &language, const QString &format,
                                        QString *problem)
{
    const HttpResult started = startExport(http, server, project.id, version.id, language, format);
    const HttpResult done = pollUntilFinished(
        http, server, project.id, at(started.json(), QStringLiteral("data.id")).toString());
    if (at(done.json(), QStringLiteral("data.status")).toString() != u"Completed") {
        *problem = QStringLiteral("the export did not complete: ") + done.describe();
        return {};
    }
    return unzip(http.get(downloadUrlOf(done)).body, problem);
}

struct FrontMatter
{
    QString id;
    QString title;
    QString slug;
    QString heading;
};

// The front matter of a Markdown page in the documented form, or an empty
// id when the page does not open with it.
FrontMatter frontMatterOf(const QByteArray &page)
{
    static const QRegularExpression form(
        QStringLiteral("\\A---\\nid: ([0-9a-f-]{36})\\ntitle: (\"[^\\n]*\")\\nslug: ([a-z0-9-]+)\\n"
                       "---\\n# ([^\\n]*)\\n"));
    const QRegularExpressionMatch match = form.match(QString::fromUtf8(page));
    if (!match.hasMatch())
        return {};
    const QJsonArray title
        = QJsonDocument::fromJson("[" + match.captured(2).toUtf8() + "]").array();
    return { match.captured(1), title.at(0).toString(), match.captured(3), match.captured(4) };
}

QString htmlArticleId(const QByteArray &page)
{
    static const QRegularExpression meta(
        QStringLiteral(
            "<head>.*<meta name=\"d360-article-id\" content=\"([0-9a-f-]{36})\">.*</head>"),
        QRegularExpression::DotMatchesEverythingOption);
    return meta.match(QString::fromUtf8(page)).captured(1);
}

QString articleIdOf(const QByteArray &page, const QString &format)
{
    return format == u"html" ? htmlArticleId(page) : frontMatterOf(page).id;
}

// The images a page shows, as the paths inside the ZIP.
QStringList imageReferences(const QByteArray &page)
{
    static const QRegularExpression reference(QStringLiteral(
        "!\\[[^\\]]*\\]\\((images/[^)]+)\\)|<img src=\"(images/[^\"]+)\" alt=\"[^\"]+\">"));
    QStringList paths;
    for (const QRegularExpressionMatch &match : reference.globalMatch(QString::fromUtf8(page)))
        paths.append(match.captured(1).isEmpty() ? match.captured(2) : match.captured(1));
    return paths;
}

// A page's blocks as a reader sees them: the heading, then each paragraph
// (an image line counts as one), whichever the format.
QStringList blocksOf(const QByteArray &page, const QString &format)
{
    const QString text = QString::fromUtf8(page);
    if (format == u"html") {
        static const QRegularExpression block(QStringLiteral("<(h1|p)>(.*?)</\\1>"));
        QStringList blocks;
        for (const QRegularExpressionMatch &match : block.globalMatch(text))
            blocks.append(match.captured(2));
        return blocks;
    }
    return text.section(QStringLiteral("---\n"), 2)
        .split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
}

// How many of the old blocks changed, when the new page keeps their order
// and adds exactly one block at the end; -1 when it is any other edit.
int changedBlocksWithOneAdded(const QStringList &before, const QStringList &after)
{
    if (after.size() != before.size() + 1)
        return -1;
    int changed = 0;
    for (int i = 0; i < before.size(); ++i)
        changed += before.at(i).trimmed() == after.at(i).trimmed() ? 0 : 1;
    return changed;
}

// Text made comparable across what pdftotext reads and what the demo data
// says: compatibility forms folded (NFKC: Arabic presentation forms, the
// "ff" ligature, CJK radicals), then only letters and digits kept, because
// line breaks, bidi marks and the placement of neutral punctuation in
// right-to-left lines are the PDF reader's business, not the sandbox's.
QString comparableText(const QString &text)
{
    QString letters;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c.isLetterOrNumber())
            letters += c;
    }
    return letters;
}

// What pdftotext reads from a PDF, made comparable.
QString pdfText(const QByteArray &pdf, QString *problem)
{
    QTemporaryDir directory;
    QFile file(directory.filePath(QStringLiteral("export.pdf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        *problem = QStringLiteral("cannot write the PDF");
        return {};
    }
    file.close();
    QProcess process;
    process.start(
        QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), file.fileName(), QStringLiteral("-") });
    if (!process.waitForFinished(20000) || process.exitCode() != 0) {
        *problem = QStringLiteral("pdftotext failed (poppler-utils is installed by "
                                  "installer/install-deps.sh): ")
            + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return comparableText(QString::fromUtf8(process.readAllStandardOutput()));
}

} // namespace

class SandboxFlowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoDataIsWhatAWriterRecognises();
    void listsPageToTheEnd_data();
    void listsPageToTheEnd();
    void oversizedPagesAreClamped();
    void badPagingParametersAre422_data();
    void badPagingParametersAre422();
    void workspaceDetailAndLanguages();
    void exportLifecycleAndFiles_data();
    void exportLifecycleAndFiles();
    void languageDefaultsToTheVersionsDefault();
    void invalidExportRequestsName422Fields_data();
    void invalidExportRequestsName422Fields();
    void malformedBodiesAre400_data();
    void malformedBodiesAre400();
    void nonJsonBodiesAre415();
    void unknownThingsAre404_data();
    void unknownThingsAre404();
    void wrongMethodsAre405();
    void authRulesPerDialect_data();
    void authRulesPerDialect();
    void generatedAndChosenKeys();
    void storageRefusesCredentials();
    void storageRefusesBadSignatures();
    void expiredLinksAre403AndPollingRenewsThem();
    void rangesAndValidators();
    void rateLimitIsPerToken();
    void faultLatency();
    void faultServerErrorShareCyclesThrough5xx();
    void faultServerErrorBurst();
    void faultRateLimitBurst();
    void faultCutDownload();
    void faultMalformedBody();
    void faultTruncatedBody();
    void faultThrottledDownload();
    void faultRevokedToken();
    void faultFailedExport();
    void faultHeldExportsWaitForTheirRelease();
    void faultIgnoredRange();
    void redirectHopsLeadToTheFile();
    void oauthSignInWithPkce_data();
    void oauthSignInWithPkce();
    void oauthRefusesWrongVerifierAndReplayedCode();
    void oauthAuthorizeRefusals_data();
    void oauthAuthorizeRefusals();
    void oauthAccessTokensExpire();
    void oauthTokensAreJwts();
    void oauthUnknownClientWithAForeignRedirectGetsAPage();
    void oauthProjectSelectionBindsTheToken_data();
    void oauthProjectSelectionBindsTheToken();
    void oauthKnowsTheConfiguredClientsOnly();
    void oauthCanLeaveOutExpiresIn();
    void projectApiKeyServesOneProject_data();
    void projectApiKeyServesOneProject();
    void controlEndpoint();
    void articlesCarryIdsAndShowImages();
    void revisionTwoChangesExactlyTheDocumentedSet_data();
    void revisionTwoChangesExactlyTheDocumentedSet();
    void controlEndpointSetsTheRevision();
    void listensOnLoopbackAddressesOnly();
};

void SandboxFlowTest::demoDataIsWhatAWriterRecognises()
{
    const DemoData data;
    const DemoData again;
    QCOMPARE(data.projects().size(), again.projects().size());
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));

    bool inactive = false;
    bool paged = false;
    QSet<QString> languages;
    QSet<QString> rightToLeft;
    QSet<QString> ids;
    for (int p = 0; p < data.projects().size(); ++p) {
        const DemoProject &project = data.projects().at(p);
        QCOMPARE(project.id, again.projects().at(p).id); // stable across instances
        QVERIFY2(uuid.match(project.id).hasMatch(), qPrintable(project.id));
        inactive = inactive || project.status == 1;
        paged = paged || project.versions.size() >= 130;
        int defaults = 0;
        for (int v = 0; v < project.versions.size(); ++v) {
            const DemoVersion &version = project.versions.at(v);
            QCOMPARE(version.id, again.projects().at(p).versions.at(v).id);
            QVERIFY(!ids.contains(version.id));
            ids.insert(version.id);
            defaults += version.isDefault ? 1 : 0;
            QVERIFY(version.defaultLanguage());
            for (const DemoLanguage &language : version.languages) {
                languages.insert(language.code);
                if (language.rightToLeft)
                    rightToLeft.insert(language.code);
                const QList<DemoArticle> articles = data.articles(project, version, language.code);
                QVERIFY(!articles.isEmpty());
                for (const DemoArticle &article : articles) {
                    const auto nonAscii = [](const QString &text) {
                        return std::any_of(text.cbegin(), text.cend(),
                                           [](QChar c) { return c.unicode() > 127; });
                    };
                    QVERIFY2(nonAscii(article.title + article.body), qPrintable(article.title));
                }
            }
        }
        QCOMPARE(defaults, 1);
    }
    QVERIFY(inactive);
    QVERIFY(paged);
    for (const char *code : { "en", "de", "fr", "ar", "ja", "zh-CN" })
        QVERIFY2(languages.contains(QString::fromLatin1(code)), code);
    QCOMPARE(rightToLeft, QSet<QString> { QStringLiteral("ar") });
    const DemoVersion *acmeDefault = data.projects().first().defaultVersion();
    QCOMPARE(acmeDefault->defaultLanguage()->code, QStringLiteral("en"));
}

void SandboxFlowTest::listsPageToTheEnd_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("byCursor");
    for (const ServedDialect dialect :
         { ServedDialect::ProjectVersions, ServedDialect::Workspaces }) {
        for (const int pageSize : { 100, 25 }) {
            for (const bool byCursor : { true, false }) {
                QTest::addRow("%s, %d per page, by %s",
                              dialect == ServedDialect::Workspaces ? "workspaces" : "seed",
                              pageSize, byCursor ? "cursor" : "page")
                    << int(dialect) << pageSize << byCursor;
            }
        }
    }
}

void SandboxFlowTest::listsPageToTheEnd()
{
    QFETCH(int, dialect);
    QFETCH(int, pageSize);
    QFETCH(bool, byCursor);
    SandboxServer server(quickSandboxOptions(ServedDialect(dialect)));
    QVERIFY(server.start());
    SandboxHttp http;
    const DemoProject &project = manyVersions(server);
    QVERIFY(project.versions.size() >= 130);

    QStringList ids;
    QString cursor;
    int page = 1;
    int requests = 0;
    for (;;) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
        if (requests == 0)
            query.addQueryItem(QStringLiteral("include_total_count"), QStringLiteral("true"));
        if (byCursor && !cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        else if (!byCursor)
            query.addQueryItem(QStringLiteral("page"), QString::number(page));
        const HttpResult result = http.get(
            apiUrl(server, versionsPath(server, project.id), query.toString(QUrl::FullyEncoded)),
            credentialFor(server));
        QCOMPARE(result.status, 200);
        ++requests;
        const QJsonObject pagination = result.json().value(QLatin1String("pagination")).toObject();
        QCOMPARE(pagination.value(QLatin1String("page_size")).toInt(), pageSize);
        QCOMPARE(pagination.contains(QLatin1String("total_count")), requests == 1);
        if (requests == 1)
            QCOMPARE(pagination.value(QLatin1String("total_count")).toInt(),
                     int(project.versions.size()));
        QCOMPARE(pagination.value(QLatin1String("page")).toInt(),
                 byCursor && !cursor.isEmpty() ? 0 : page);
        for (const QJsonValue &item : result.json().value(QLatin1String("data")).toArray())
            ids.append(item.toObject().value(QLatin1String("id")).toString());
        const bool hasMore = pagination.value(QLatin1String("has_more")).toBool();
        QCOMPARE(pagination.value(QLatin1String("next_cursor")).isNull(), !hasMore);
        if (!hasMore)
            break;
        QVERIFY2(requests < 20, "has_more never became false");
        cursor = pagination.value(QLatin1String("next_cursor")).toString();
        ++page;
    }
    QCOMPARE(requests, int((project.versions.size() + pageSize - 1) / pageSize));
    QStringList expected;
    for (const DemoVersion &version : project.versions)
        expected.append(version.id);
    QCOMPARE(ids, expected);
}

void SandboxFlowTest::oversizedPagesAreClamped()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    const DemoProject &project = manyVersions(server);
    const HttpResult result = http.get(
        apiUrl(server, versionsPath(server, project.id), QStringLiteral("page_size=100000")),
        credentialFor(server));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QLatin1String("data")).toArray().size(), 100);
    QCOMPARE(at(result.json(), QStringLiteral("pagination.page_size")).toInt(), 100);
    QCOMPARE(at(result.json(), QStringLiteral("pagination.has_more")).toBool(), true);
}

void SandboxFlowTest::badPagingParametersAre422_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("page 0") << "page=0"
                            << "page";
    QTest::newRow("negative page") << "page=-2"
                                   << "page";
    QTest::newRow("page not a number") << "page=second"
                                       << "page";
    QTest::newRow("page_size 0") << "page_size=0"
                                 << "page_size";
    QTest::newRow("page_size not a number") << "page_size=lots"
                                            << "page_size";
    QTest::newRow("absurd page_size") << "page_size=99999999999999999999999"
                                      << "page_size";
    QTest::newRow("garbage cursor") << "cursor=%E2%98%83not-a-cursor"
                                    << "cursor";
    QTest::newRow("another list's cursor") << "cursor=PROJECTS"
                                           << "cursor";
}

void SandboxFlowTest::badPagingParametersAre422()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    const DemoProject &project = manyVersions(server);
    if (query == u"cursor=PROJECTS") {
        const HttpResult projects = http.get(
            apiUrl(server, QStringLiteral("/v3/projects"), QStringLiteral("page_size=1")),
            credentialFor(server));
        query = QStringLiteral("cursor=")
            + at(projects.json(), QStringLiteral("pagination.next_cursor")).toString();
    }
    const HttpResult result
        = http.get(apiUrl(server, versionsPath(server, project.id), query), credentialFor(server));
    QVERIFY2(isProblem(result, 422), result.describe().constData());
    QCOMPARE(errorCode(result), QStringLiteral("VALIDATION_ERROR"));
    QCOMPARE(errorFields(result), QStringList { field });
}

void SandboxFlowTest::workspaceDetailAndLanguages()
{
    SandboxServer server(quickSandboxOptions(ServedDialect::Workspaces));
    QVERIFY(server.start());
    SandboxHttp http;
    const DemoProject &acme = server.demoData().projects().first();
    const DemoVersion &v2 = *acme.defaultVersion();
    const HttpResult detail = http.get(
        apiUrl(server, QStringLiteral("/v3/projects/%1/workspaces/%2").arg(acme.id, v2.id)),
        credentialFor(server));
    QCOMPARE(detail.status, 200);
    QCOMPARE(at(detail.json(), QStringLiteral("data.name")).toString(), v2.name);
    QCOMPARE(at(detail.json(), QStringLiteral("data.language_code")).toString(),
             QStringLiteral("en"));
    QCOMPARE(at(detail.json(), QStringLiteral("data.enable_rtl")).toBool(), true); // Arabic

    const HttpResult languages
        = http.get(apiUrl(server, QStringLiteral("/v3/projects/%1/languages").arg(acme.id),
                          QStringLiteral("workspace_id=") + acme.versions.first().id),
                   credentialFor(server));
    QCOMPARE(languages.status, 200);
    QStringList codes;
    for (const QJsonValue &language : languages.json().value(QLatin1String("data")).toArray())
        codes.append(language.toObject().value(QLatin1String("code")).toString());
    QCOMPARE(codes,
             (QStringList { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") }));

    // Without a version: the default version's languages.
    const HttpResult defaults
        = http.get(apiUrl(server, QStringLiteral("/v3/projects/%1/languages").arg(acme.id)),
                   credentialFor(server));
    QCOMPARE(defaults.json().value(QLatin1String("data")).toArray().size(), v2.languages.size());
    const HttpResult unknown
        = http.get(apiUrl(server, QStringLiteral("/v3/projects/%1/languages").arg(acme.id),
                          QStringLiteral("workspace_id=no-such-version")),
                   credentialFor(server));
    QVERIFY(isProblem(unknown, 404));
}

void SandboxFlowTest::exportLifecycleAndFiles_data()
{
    QTest::addColumn<QString>("projectPrefix");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("format");
    QTest::newRow("pdf, German") << "Acme"
                                 << "de"
                                 << "pdf";
    QTest::newRow("pdf, Arabic") << "Acme"
                                 << "ar"
                                 << "pdf";
    QTest::newRow("pdf, Japanese") << "Acme"
                                   << "ja"
                                   << "pdf";
    QTest::newRow("html, Arabic") << "Acme"
                                  << "ar"
                                  << "html";
    QTest::newRow("html, French") << "Acme"
                                  << "fr"
                                  << "html";
    QTest::newRow("markdown, Japanese") << "Acme"
                                        << "ja"
                                        << "markdown";
    QTest::newRow("markdown, Chinese") << "Café"
                                       << "zh-CN"
                                       << "markdown";
}

void SandboxFlowTest::exportLifecycleAndFiles()
{
    QFETCH(QString, projectPrefix);
    QFETCH(QString, language);
    QFETCH(QString, format);
    SandboxOptions options = quickSandboxOptions();
    options.pendingMs = 150;
    options.buildMs = 250;
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxHttp http;
    const DemoProject &project = projectNamed(server, projectPrefix);
    const DemoVersion &version = *project.defaultVersion();

    const HttpResult started = startExport(http, server, project.id, version.id, language, format);
    QCOMPARE(started.status, 202);
    const QString exportId = at(started.json(), QStringLiteral("data.id")).toString();
    QCOMPARE(at(started.json(), QStringLiteral("data.status")).toString(),
             QStringLiteral("Pending"));
    QCOMPARE(server.statistics().exportsStarted, 1);

    QStringList seen;
    const HttpResult done = pollUntilFinished(http, server, project.id, exportId, &seen);
    QVERIFY2(done.finished, qPrintable(seen.join(QLatin1Char(','))));
    QCOMPARE(seen,
             (QStringList { QStringLiteral("Pending"), QStringLiteral("InProgress"),
                            QStringLiteral("Completed") }));
    const QDateTime completedAt = QDateTime::fromString(
        at(done.json(), QStringLiteral("data.completed_at")).toString(), Qt::ISODate);
    QVERIFY(completedAt.isValid());
    QCOMPARE(completedAt.timeSpec(), Qt::UTC);

    const QUrl link = downloadUrlOf(done);
    QCOMPARE(link.host(), QStringLiteral("127.0.0.2"));
    QVERIFY(link.port() != server.baseUrl().port());
    const QUrlQuery signature(link);
    QVERIFY(signature.hasQueryItem(QStringLiteral("se")));
    QVERIFY(signature.hasQueryItem(QStringLiteral("sig")));

    const HttpResult file = http.get(link);
    QCOMPARE(file.status, 200);
    QCOMPARE(file.header("Content-Length").toLongLong(), qint64(file.body.size()));
    QCOMPARE(file.header("Accept-Ranges"), QByteArray("bytes"));
    const QByteArray sha = server.exportSha256(exportId);
    QCOMPARE(sha256Hex(file.body), sha);
    QCOMPARE(file.header("ETag"), '"' + sha + '"');
    QCOMPARE(server.statistics().downloadsCompleted, 1);
    QCOMPARE(server.statistics().bytesServed, qint64(file.body.size()));

    const QList<DemoArticle> articles = server.demoData().articles(project, version, language);
    if (format == u"pdf") {
        QCOMPARE(file.contentType(), QByteArray("application/pdf"));
        QVERIFY(file.body.startsWith("%PDF-"));
        QString problem;
        const QString text = pdfText(file.body, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const DemoArticle &article : articles)
            QVERIFY2(text.contains(comparableText(article.title)),
                     qPrintable(article.title + QStringLiteral(" not in: ") + text.left(400)));
        return;
    }

    QCOMPARE(file.contentType(), QByteArray("application/zip"));
    QString problem;
    const QMap<QString, QByteArray> entries = unzip(file.body, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString extension = format == u"html" ? QStringLiteral(".html") : QStringLiteral(".md");
    QStringList pages;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (it.key().endsWith(extension))
            pages.append(it.key());
    }
    QCOMPARE(pages.size(), articles.size());
    pages.sort();
    for (int i = 0; i < articles.size(); ++i) {
        const QString page = QString::fromUtf8(entries.value(pages.at(i)));
        QVERIFY2(page.contains(format == u"html" ? articles.at(i).title.toHtmlEscaped()
                                                 : articles.at(i).title),
                 qPrintable(page));
        const QString firstParagraph = articles.at(i).body.section(QStringLiteral("\n\n"), 0, 0);
        QVERIFY2(page.contains(format == u"html" ? firstParagraph.toHtmlEscaped() : firstParagraph),
                 qPrintable(page));
        if (format == u"html") {
            QVERIFY(page.contains(QStringLiteral("lang=\"%1\"").arg(language)));
            QCOMPARE(page.contains(QLatin1String("dir=\"rtl\"")), language == u"ar");
        }
    }
}

void SandboxFlowTest::languageDefaultsToTheVersionsDefault()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    const DemoProject &project = manyVersions(server); // German is its default
    const DemoVersion &version = *project.defaultVersion();
    for (const QJsonValue &language :
         { QJsonValue(QJsonValue::Undefined), QJsonValue(QJsonValue::Null) }) {
        QJsonObject body { { versionField(server), version.id },
                           { QStringLiteral("format"), QStringLiteral("markdown") } };
        if (language.isNull())
            body.insert(QStringLiteral("lang_code"), QJsonValue::Null);
        const HttpResult started
            = http.postJson(exportsUrl(server, project.id), credentialFor(server), body);
        QCOMPARE(started.status, 202);
        const HttpResult done = pollUntilFinished(
            http, server, project.id, at(started.json(), QStringLiteral("data.id")).toString());
        const HttpResult file = http.get(downloadUrlOf(done));
        QString problem;
        const auto entries = unzip(file.body, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(frontMatterOf(entries.first()).heading,
                 QStringLiteral("Erste Schritte mit Nordlicht Gerätehandbuch"));
    }
}

void SandboxFlowTest::invalidExportRequestsName422Fields_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("body"); // VERSION stands for a valid version id
    QTest::addColumn<QStringList>("fields");
    const int seed = int(ServedDialect::ProjectVersions);
    const int workspaces = int(ServedDialect::Workspaces);
    QTest::newRow("seed: version missing") << seed << R"({"lang_code": "en", "format": "pdf"})"
                                           << QStringList { "project_version_id" };
    QTest::newRow("seed: the other dialect's field")
        << seed << R"({"workspace_id": "VERSION", "format": "pdf"})"
        << QStringList { "project_version_id" };
    QTest::newRow("seed: version not a string")
        << seed << R"({"project_version_id": 42, "format": "pdf"})"
        << QStringList { "project_version_id" };
    QTest::newRow("seed: unknown version")
        << seed
        << R"({"project_version_id": "3f0c0f3e-0000-4000-8000-000000000000", "format": "pdf"})"
        << QStringList { "project_version_id" };
    QTest::newRow("workspaces: unknown workspace")
        << workspaces << R"({"workspace_id": "not-a-workspace", "format": "pdf"})"
        << QStringList { "workspace_id" };
    QTest::newRow("workspaces: the other dialect's field")
        << workspaces << R"({"project_version_id": "VERSION", "format": "pdf"})"
        << QStringList { "workspace_id" };
    QTest::newRow("unknown language")
        << seed << R"({"project_version_id": "VERSION", "lang_code": "tlh", "format": "pdf"})"
        << QStringList { "lang_code" };
    QTest::newRow("language not a string")
        << seed << R"({"project_version_id": "VERSION", "lang_code": ["en"], "format": "pdf"})"
        << QStringList { "lang_code" };
    QTest::newRow("format missing")
        << seed << R"({"project_version_id": "VERSION", "lang_code": "en"})"
        << QStringList { "format" };
    QTest::newRow("unknown format")
        << seed << R"({"project_version_id": "VERSION", "format": "docx"})"
        << QStringList { "format" };
    QTest::newRow("format not a string")
        << workspaces << R"({"workspace_id": "VERSION", "format": true})"
        << QStringList { "format" };
    QTest::newRow("every field wrong at once")
        << seed << R"({"project_version_id": "nope", "lang_code": 7, "format": "rtf"})"
        << QStringList { "project_version_id", "format", "lang_code" };
}

void SandboxFlowTest::invalidExportRequestsName422Fields()
{
    QFETCH(int, dialect);
    QFETCH(QString, body);
    QFETCH(QStringList, fields);
    SandboxServer server(quickSandboxOptions(ServedDialect(dialect)));
    QVERIFY(server.start());
    SandboxHttp http;
    const DemoProject &project = server.demoData().projects().first();
    body.replace(QLatin1String("VERSION"), project.defaultVersion()->id);
    const HttpResult result = http.send(
        "POST", exportsUrl(server, project.id),
        credentialFor(server) + Headers { { "Content-Type", "application/json" } }, body.toUtf8());
    QVERIFY2(isProblem(result, 422), result.describe().constData());
    QCOMPARE(errorCode(result), QStringLiteral("VALIDATION_ERROR"));
    QCOMPARE(errorFields(result), fields);
    QCOMPARE(server.statistics().exportsStarted, 0);
}

void SandboxFlowTest::malformedBodiesAre400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("cut short") << QByteArray(R"({"format": "pdf",)");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("an array") << QByteArray(R"(["pdf"])");
    QTest::newRow("a string") << QByteArray(R"("pdf")");
    QTest::newRow("not JSON at all") << QByteArray("format=pdf&lang_code=en");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
}

void SandboxFlowTest::malformedBodiesAre400()
{
    QFETCH(QByteArray, body);
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    const HttpResult result = http.send(
        "POST", exportsUrl(server, server.demoData().projects().first().id),
        credentialFor(server) + Headers { { "Content-Type", "application/json" } }, body);
    QVERIFY2(isProblem(result, 400), result.describe().constData());
    QCOMPARE(errorCode(result), QStringLiteral("BAD_REQUEST"));
    QVERIFY(!at(result.json(), QStringLiteral("errors.0.details")).toString().isEmpty());
}

void SandboxFlowTest::nonJsonBodiesAre415()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    const DemoProject &project = server.demoData().projects().first();
    const HttpResult result = http.send(
        "POST", exportsUrl(server, project.id),
        credentialFor(server) + Headers { { "Content-Type", "application/x-www-form-urlencoded" } },
        "format=pdf");
    QVERIFY2(isProblem(result, 415), result.describe().constData());
}

void SandboxFlowTest::unknownThingsAre404_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("path"); // PROJECT, EXPORT and OTHER are filled in
    const int seed = int(ServedDialect::ProjectVersions);
    const int workspaces = int(ServedDialect::Workspaces);
    QTest::newRow("unknown project")
        << seed << "/v3/projects/9a3b4c5d-6e7f-8a9b-0c1d-2e3f4a5b6c7d/project-versions";
    QTest::newRow("odd characters in an id")
        << seed << "/v3/projects/%00%FF%E2%98%83%22%3Cscript%3E/languages";
    QTest::newRow("an encoded slash in an id")
        << seed << "/v3/projects/..%2F..%2Fetc%2Fpasswd/exports";
    QTest::newRow("a very long id")
        << seed << QStringLiteral("/v3/projects/%1/languages").arg(QString(4000, QLatin1Char('a')));
    QTest::newRow("unknown export")
        << seed << "/v3/projects/PROJECT/exports/f1a2b3c4-d5e6-7f89-0a1b-2c3d4e5f6a7b";
    QTest::newRow("another project's export") << seed << "/v3/projects/OTHER/exports/EXPORT";
    QTest::newRow("unknown path") << seed << "/v3/articles";
    QTest::newRow("another API version") << seed << "/v2/projects";
    QTest::newRow("root") << seed << "/";
    QTest::newRow("unknown project resource") << seed << "/v3/projects/PROJECT/categories";
    QTest::newRow("seed: the workspaces path") << seed << "/v3/projects/PROJECT/workspaces";
    QTest::newRow("seed: a workspace") << seed << "/v3/projects/PROJECT/workspaces/PROJECT";
    QTest::newRow("workspaces: the seed path")
        << workspaces << "/v3/projects/PROJECT/project-versions";
    QTest::newRow("workspaces: unknown workspace")
        << workspaces << "/v3/projects/PROJECT/workspaces/nope";
}

void SandboxFlowTest::unknownThingsAre404()
{
    QFETCH(int, dialect);
    QFETCH(QString, path);
    SandboxServer server(quickSandboxOptions(ServedDialect(dialect)));
    QVERIFY(server.start());
    SandboxHttp http;
    const DemoProject &acme = server.demoData().projects().first();
    if (path.contains(QLatin1String("EXPORT"))) {
        const HttpResult started = startExport(http, server, acme.id, acme.defaultVersion()->id, {},
                                               QStringLiteral("pdf"));
        path.replace(QLatin1String("EXPORT"),
                     at(started.json(), QStringLiteral("data.id")).toString());
        path.replace(QLatin1String("OTHER"), server.demoData().projects().last().id);
    }
    path.replace(QLatin1String("PROJECT"), acme.id);
    QUrl url = server.baseUrl();
    url.setPath(path, QUrl::StrictMode);
    const HttpResult result = http.get(url, credentialFor(server));
    QVERIFY2(isProblem(result, 404), result.describe().constData());
    QCOMPARE(errorCode(result), QStringLiteral("RESOURCE_NOT_FOUND"));
}

void SandboxFlowTest::wrongMethodsAre405()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    const QString project = server.demoData().projects().first().id;
    const QList<QPair<QByteArray, QString>> cases {
        { "DELETE", QStringLiteral("/v3/projects") },
        { "POST", QStringLiteral("/v3/projects/%1/project-versions").arg(project) },
        { "PUT", QStringLiteral("/v3/projects/%1/exports").arg(project) },
        { "GET", QStringLiteral("/v3/projects/%1/exports").arg(project) },
        { "PATCH", QStringLiteral("/v3/projects/%1/languages").arg(project) },
    };
    for (const auto &[method, path] : cases) {
        const HttpResult result = http.send(method, apiUrl(server, path), credentialFor(server));
        QVERIFY2(isProblem(result, 405),
                 (method + ' ' + path.toUtf8() + ": " + result.describe()).constData());
        QVERIFY(!result.header("Allow").isEmpty());
    }
}

void SandboxFlowTest::authRulesPerDialect_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("value"); // KEY stands for the sandbox's key
    QTest::addColumn<int>("status");
    const int seed = int(ServedDialect::ProjectVersions);
    const int workspaces = int(ServedDialect::Workspaces);
    QTest::newRow("seed: Bearer key") << seed << QByteArray("Authorization") << "Bearer KEY" << 200;
    QTest::newRow("seed: lower-case bearer")
        << seed << QByteArray("Authorization") << "bearer KEY" << 200;
    QTest::newRow("seed: X-API-Key") << seed << QByteArray("X-API-Key") << "KEY" << 401;
    QTest::newRow("seed: wrong token")
        << seed << QByteArray("Authorization") << "Bearer KEYx" << 401;
    QTest::newRow("seed: Basic") << seed << QByteArray("Authorization") << "Basic S0VZOg==" << 401;
    QTest::newRow("seed: nothing") << seed << QByteArray() << "" << 401;
    QTest::newRow("workspaces: X-API-Key") << workspaces << QByteArray("X-API-Key") << "KEY" << 200;
    QTest::newRow("workspaces: Bearer key")
        << workspaces << QByteArray("Authorization") << "Bearer KEY" << 401;
    QTest::newRow("workspaces: wrong key")
        << workspaces << QByteArray("X-API-Key") << "d360_sk_nope" << 401;
    QTest::newRow("workspaces: nothing") << workspaces << QByteArray() << "" << 401;
}

void SandboxFlowTest::authRulesPerDialect()
{
    QFETCH(int, dialect);
    QFETCH(QByteArray, header);
    QFETCH(QString, value);
    QFETCH(int, status);
    SandboxServer server(quickSandboxOptions(ServedDialect(dialect)));
    QVERIFY(server.start());
    SandboxHttp http;
    value.replace(QLatin1String("KEY"), server.apiKey());
    const Headers headers = header.isEmpty() ? Headers {} : Headers { { header, value.toUtf8() } };
    const HttpResult result = http.get(apiUrl(server, QStringLiteral("/v3/projects")), headers);
    QCOMPARE(result.status, status);
    if (status == 401) {
        QVERIFY(isProblem(result, 401));
        QCOMPARE(errorCode(result), QStringLiteral("UNAUTHORIZED"));
        const QByteArray challenge = result.header("WWW-Authenticate");
        QVERIFY2(challenge.startsWith("Bearer realm="), challenge.constData());
        QCOMPARE(challenge.contains("error=\"invalid_token\""),
                 value.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive));
        QCOMPARE(challenge.contains("X-API-Key"),
                 ServedDialect(dialect) == ServedDialect::Workspaces);
    }
}

void SandboxFlowTest::generatedAndChosenKeys()
{
    SandboxServer seed(quickSandboxOptions(ServedDialect::ProjectVersions));
    SandboxServer workspaces(quickSandboxOptions(ServedDialect::Workspaces));
    QVERIFY(seed.apiKey().size() >= 32);
    QVERIFY(!seed.apiKey().startsWith(QLatin1String("d360_sk_")));
    QVERIFY2(workspaces.apiKey().startsWith(QLatin1String("d360_sk_sandbox_")),
             qPrintable(workspaces.apiKey()));
    QVERIFY(seed.apiKey() != SandboxServer(quickSandboxOptions()).apiKey());

    SandboxOptions chosen = quickSandboxOptions(ServedDialect::Workspaces);
    chosen.apiKey = QStringLiteral("d360_sk_chosen_by_the_test");
    SandboxServer server(chosen);
    QVERIFY(server.start());
    SandboxHttp http;
    QCOMPARE(server.apiKey(), chosen.apiKey);
    QCOMPARE(http.get(apiUrl(server, QStringLiteral("/v3/projects")),
                      { { "X-API-Key", "d360_sk_chosen_by_the_test" } })
                 .status,
             200);
}

void SandboxFlowTest::storageRefusesCredentials()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    const QUrl link = downloadUrlOf(completedExport(http, server));
    QVERIFY(link.isValid());

    for (const Headers &credential :
         { credentialFor(server), Headers { { "X-API-Key", server.apiKey().toUtf8() } },
           Headers { { "Authorization", "Bearer something-else" } } }) {
        const HttpResult refused = http.get(link, credential);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.header("x-ms-error-code"), QByteArray("InvalidAuthenticationInfo"));
        QVERIFY(refused.body.contains("<Code>InvalidAuthenticationInfo</Code>"));
    }
    QCOMPARE(server.statistics().storageRequestsWithCredential, 3);
    QCOMPARE(http.get(link).status, 200);
    QCOMPARE(server.statistics().storageRequestsWithCredential, 3);
    QCOMPARE(server.statistics().storageRequests, 4);
}

void SandboxFlowTest::storageRefusesBadSignatures()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    const QUrl link = downloadUrlOf(completedExport(http, server));

    QUrl tampered = link;
    QUrlQuery query(link);
    QString signature = query.queryItemValue(QStringLiteral("sig"));
    signature[0] = signature.at(0) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    query.removeQueryItem(QStringLiteral("sig"));
    query.addQueryItem(QStringLiteral("sig"), signature);
    tampered.setQuery(query);

    QUrl extended = link;
    QUrlQuery later(link);
    later.removeQueryItem(QStringLiteral("se"));
    later.addQueryItem(QStringLiteral("se"),
                       QString::number(QDateTime::currentSecsSinceEpoch() + 86400 * 365));
    extended.setQuery(later);

    QUrl unsignedLink = link;
    unsignedLink.setQuery(QString());

    QUrl otherFile = link;
    otherFile.setPath(link.path().replace(QLatin1String(".pdf"), QLatin1String(".zip")));

    for (const QUrl &url : { tampered, extended, unsignedLink, otherFile }) {
        const HttpResult refused = http.get(url);
        QVERIFY2(
            refused.status == 403,
            qPrintable(url.toString() + QLatin1Char(' ') + QString::fromUtf8(refused.describe())));
        QCOMPARE(refused.header("x-ms-error-code"), QByteArray("AuthenticationFailed"));
        QCOMPARE(refused.contentType(), QByteArray("application/xml"));
    }
}

void SandboxFlowTest::expiredLinksAre403AndPollingRenewsThem()
{
    SandboxOptions options = quickSandboxOptions();
    options.downloadLinkLifetimeSeconds = 1;
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxHttp http;
    const HttpResult done = completedExport(http, server);
    const QUrl link = downloadUrlOf(done);
    QCOMPARE(http.get(link).status, 200);

    HttpResult expired;
    QTRY_VERIFY_WITH_TIMEOUT((expired = http.get(link), expired.status == 403), 5000);
    QCOMPARE(expired.header("x-ms-error-code"), QByteArray("AuthenticationFailed"));
    QVERIFY(expired.body.contains("AuthenticationErrorDetail"));

    // The status answer signs a fresh link every time.
    const QString exportId = at(done.json(), QStringLiteral("data.id")).toString();
    const HttpResult again
        = http.get(statusUrl(server, server.demoData().projects().first().id, exportId),
                   credentialFor(server));
    const QUrl renewed = downloadUrlOf(again);
    QVERIFY(renewed != link);
    QCOMPARE(http.get(renewed).status, 200);
}

void SandboxFlowTest::rangesAndValidators()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    const QUrl link = downloadUrlOf(completedExport(http, server));
    const HttpResult whole = http.get(link);
    QCOMPARE(whole.status, 200);
    const QByteArray file = whole.body;
    const qint64 size = file.size();
    const QByteArray etag = whole.header("ETag");
    const QByteArray lastModified = whole.header("Last-Modified");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
    QVERIFY(!lastModified.isEmpty());

    struct RangeCase
    {
        QByteArray range;
        qint64 first;
        qint64 last;
    };
    const QList<RangeCase> ranges {
        { "bytes=100-", 100, size - 1 },
        { "bytes=0-99", 0, 99 },
        { "bytes=1000-1999", 1000, 1999 },
        { "bytes=-500", size - 500, size - 1 },
        { "bytes=" + QByteArray::number(size - 10) + "-" + QByteArray::number(size + 1000),
          size - 10, size - 1 },
    };
    for (const RangeCase &range : ranges) {
        const HttpResult part = http.get(link, { { "Range", range.range } });
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, file.mid(range.first, range.last - range.first + 1));
        QCOMPARE(part.header("Content-Range"),
                 "bytes " + QByteArray::number(range.first) + '-' + QByteArray::number(range.last)
                     + '/' + QByteArray::number(size));
        QCOMPARE(part.header("Content-Length").toLongLong(), range.last - range.first + 1);
        QCOMPARE(part.header("ETag"), etag);
    }

    // If-Range: the range stands while the file is the same one.
    QCOMPARE(http.get(link, { { "Range", "bytes=10-" }, { "If-Range", etag } }).status, 206);
    QCOMPARE(http.get(link, { { "Range", "bytes=10-" }, { "If-Range", lastModified } }).status,
             206);
    const HttpResult changed
        = http.get(link, { { "Range", "bytes=10-" }, { "If-Range", "\"an-older-file\"" } });
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.body, file);
    QCOMPARE(http.get(link, { { "Range", "bytes=10-" }, { "If-Range", "W/" + etag } }).status, 200);

    // Unsatisfiable, and ranges the server may ignore.
    const HttpResult beyond
        = http.get(link, { { "Range", "bytes=" + QByteArray::number(size) + "-" } });
    QCOMPARE(beyond.status, 416);
    QCOMPARE(beyond.header("Content-Range"), "bytes */" + QByteArray::number(size));
    QCOMPARE(http.get(link, { { "Range", "bytes=0-1,5-9" } }).body, file);
    QCOMPARE(http.get(link, { { "Range", "bytes=9-1" } }).status, 200);
    QCOMPARE(http.get(link, { { "Range", "lines=1-2" } }).status, 200);

    const HttpResult head = http.send("HEAD", link);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length").toLongLong(), size);
    QVERIFY(head.body.isEmpty());
}

void SandboxFlowTest::rateLimitIsPerToken()
{
    SandboxOptions options = quickSandboxOptions();
    options.rateLimitPerWindow = 3;
    options.rateLimitWindowSeconds = 60;
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxHttp http;
    const QUrl projects = apiUrl(server, QStringLiteral("/v3/projects"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int remaining : { 2, 1, 0 }) {
        const HttpResult result = http.get(projects, credentialFor(server));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("X-RateLimit-Limit"), QByteArray("3"));
        QCOMPARE(result.header("X-RateLimit-Remaining").toInt(), remaining);
        const qint64 reset = result.header("X-RateLimit-Reset").toLongLong();
        QVERIFY2(reset >= now + 59 && reset <= now + 62,
                 result.header("X-RateLimit-Reset").constData());
    }
    const HttpResult limited = http.get(projects, credentialFor(server));
    QVERIFY2(isProblem(limited, 429), limited.describe().constData());
    QCOMPARE(errorCode(limited), QStringLiteral("TOO_MANY_REQUESTS"));
    const int retryAfter = limited.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("Retry-After").constData());
    QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
    QCOMPARE(server.statistics().tooManyRequestsSent, 1);

    // Another token has its own window (here it is simply refused as unknown).
    const HttpResult otherToken = http.get(projects, bearer(QStringLiteral("another-token")));
    QCOMPARE(otherToken.status, 401);
    QCOMPARE(otherToken.header("X-RateLimit-Remaining"), QByteArray("2"));
}

void SandboxFlowTest::faultLatency()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    const QUrl projects = apiUrl(server, QStringLiteral("/v3/projects"));
    SandboxFaults faults;
    faults.latencyMs = 400;
    server.setFaults(faults);
    const HttpResult slow = http.get(projects, credentialFor(server));
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 400, QByteArray::number(slow.elapsedMs).constData());

    // The latency is a timer, never a block: a request that arrives while an
    // earlier one is held is answered at once. The first waits far longer than
    // any healthy answer takes, so the order of the two answers proves it
    // without timing either.
    faults.latencyMs = 60000;
    server.setFaults(faults);
    QNetworkRequest request(projects);
    for (const auto &header : credentialFor(server))
        request.setRawHeader(header.first, header.second);
    const int requestsBefore = server.statistics().apiRequests;
    std::unique_ptr<QNetworkReply> held(http.manager().get(request));
    // Arrived, and its answer scheduled with this latency, before the faults go.
    QTRY_COMPARE_WITH_TIMEOUT(server.statistics().apiRequests, requestsBefore + 1, 5000);
    server.setFaults({});
    SandboxHttp other;
    std::unique_ptr<QNetworkReply> prompt(other.manager().get(request));
    QTRY_VERIFY_WITH_TIMEOUT(prompt->isFinished(), 5000);
    QCOMPARE(prompt->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY2(!held->isFinished(), "the held request was answered before its latency ran out");
    held->abort();
}

void SandboxFlowTest::faultServerErrorShareCyclesThrough5xx()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    SandboxFaults faults;
    faults.serverErrorShare = 1.0;
    server.setFaults(faults);
    const QUrl projects = apiUrl(server, QStringLiteral("/v3/projects"));
    const QList<QPair<int, QString>> expected { { 500, QStringLiteral("INTERNAL_SERVER_ERROR") },
                                                { 502, QStringLiteral("BAD_GATEWAY") },
                                                { 503, QStringLiteral("SERVICE_UNAVAILABLE") },
                                                { 504, QStringLiteral("GATEWAY_TIMEOUT") } };
    for (const auto &[status, code] : expected) {
        const HttpResult result = http.get(projects, credentialFor(server));
        QVERIFY2(isProblem(result, status), result.describe().constData());
        QCOMPARE(errorCode(result), code);
    }
    server.setFaults({});
    QCOMPARE(http.get(projects, credentialFor(server)).status, 200);
}

void SandboxFlowTest::faultServerErrorBurst()
{
    SandboxOptions options = quickSandboxOptions();
    options.faults.serverErrorBurst = 2;
    options.faults.retryAfterSeconds = 3;
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxHttp http;
    const QUrl projects = apiUrl(server, QStringLiteral("/v3/projects"));
    for (int i = 0; i < 2; ++i) {
        const HttpResult result = http.get(projects, credentialFor(server));
        QVERIFY(isProblem(result, 503));
        QCOMPARE(result.header("Retry-After"), QByteArray("3"));
    }
    QCOMPARE(server.faults().serverErrorBurst, 0);
    QCOMPARE(http.get(projects, credentialFor(server)).status, 200);
}

void SandboxFlowTest::faultRateLimitBurst()
{
    SandboxOptions options = quickSandboxOptions();
    options.faults.rateLimitBurst = 2;
    options.faults.retryAfterSeconds = 2;
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxHttp http;
    const QUrl projects = apiUrl(server, QStringLiteral("/v3/projects"));
    for (int i = 0; i < 2; ++i) {
        const HttpResult result = http.get(projects, credentialFor(server));
        QVERIFY(isProblem(result, 429));
        QCOMPARE(result.header("Retry-After"), QByteArray("2"));
        QCOMPARE(result.header("X-RateLimit-Remaining"), QByteArray("0"));
    }
    QCOMPARE(server.statistics().tooManyRequestsSent, 2);
    QCOMPARE(http.get(projects, credentialFor(server)).status, 200);
}

void SandboxFlowTest::faultCutDownload()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    const QUrl link = downloadUrlOf(completedExport(http, server));
    SandboxFaults faults;
    faults.cutDownloadAfterBytes = 1000;
    faults.cutDownloads = 1;
    server.setFaults(faults);

    const HttpResult cut = http.get(link);
    QVERIFY2(cut.error != QNetworkReply::NoError, cut.describe().constData());
    QCOMPARE(int(cut.body.size()), 1000);
    QVERIFY(cut.header("Content-Length").toLongLong() > 1000);
    QCOMPARE(server.statistics().downloadsCompleted, 0);

    const HttpResult whole = http.get(link);
    QCOMPARE(whole.error, QNetworkReply::NoError);
    QCOMPARE(whole.body.left(1000), cut.body);
    QCOMPARE(qint64(whole.body.size()), whole.header("Content-Length").toLongLong());
    QCOMPARE(server.statistics().downloadsCompleted, 1);
}

void SandboxFlowTest::faultMalformedBody()
{
    SandboxOptions options = quickSandboxOptions();
    options.faults.malformedBodies = 1;
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxHttp http;
    const QUrl projects = apiUrl(server, QStringLiteral("/v3/projects"), QStringLiteral("page=0"));
    const HttpResult junk = http.get(projects, credentialFor(server));
    QCOMPARE(junk.status, 200);
    QVERIFY(junk.contentType().startsWith("application/json"));
    QVERIFY(QJsonDocument::fromJson(junk.body).isNull());
    QVERIFY(!junk.body.isEmpty());
    QCOMPARE(http.get(projects, credentialFor(server)).status, 422); // the real answer again
}

void SandboxFlowTest::faultTruncatedBody()
{
    SandboxOptions options = quickSandboxOptions();
    options.faults.truncatedBodies = 1;
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxHttp http;
    const QUrl projects = apiUrl(server, QStringLiteral("/v3/projects"));
    const HttpResult cut = http.get(projects, credentialFor(server));
    QVERIFY2(cut.error != QNetworkReply::NoError, cut.describe().constData());
    QVERIFY(cut.body.startsWith("{"));
    QVERIFY(QJsonDocument::fromJson(cut.body).isNull());
    QVERIFY(cut.header("Content-Length").toLongLong() > cut.body.size());
    const HttpResult whole = http.get(projects, credentialFor(server));
    QCOMPARE(whole.status, 200);
    QVERIFY(whole.isJson());
    QVERIFY(whole.body.startsWith(cut.body.left(20)));
}

void SandboxFlowTest::faultThrottledDownload()
{
    SandboxOptions options = quickSandboxOptions();
    options.exportPaddingBytes = 300 * 1024;
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxHttp http;
    const QUrl link = downloadUrlOf(completedExport(http, server, QStringLiteral("markdown")));
    const HttpResult fast = http.get(link);
    QCOMPARE(fast.status, 200);
    QVERIFY(fast.body.size() > 300 * 1024);

    SandboxFaults faults;
    faults.downloadBytesPerSecond = 1024 * 1024;
    server.setFaults(faults);
    const HttpResult slow = http.get(link);
    QCOMPARE(slow.body, fast.body);
    // At 1 MiB/s, with a twentieth of a second of burst allowed at the start.
    const qint64 expectedMs = slow.body.size() * 1000 / faults.downloadBytesPerSecond - 50;
    QVERIFY2(slow.elapsedMs >= expectedMs,
             (QByteArray::number(slow.elapsedMs) + " ms < " + QByteArray::number(expectedMs))
                 .constData());
    QString problem;
    QVERIFY(unzip(slow.body, &problem).contains(QStringLiteral("sandbox-padding.bin")));
}

void SandboxFlowTest::faultRevokedToken()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    const QUrl projects = apiUrl(server, QStringLiteral("/v3/projects"));
    SandboxFaults faults;
    faults.tokenRevoked = true;
    server.setFaults(faults);
    const HttpResult revoked = http.get(projects, credentialFor(server));
    QVERIFY(isProblem(revoked, 401));
    QVERIFY(at(revoked.json(), QStringLiteral("errors.0.message"))
                .toString()
                .contains(QLatin1String("revoked")));
    server.setFaults({});
    QCOMPARE(http.get(projects, credentialFor(server)).status, 200);
}

void SandboxFlowTest::faultFailedExport()
{
    SandboxOptions options = quickSandboxOptions();
    options.faults.failExports = 1;
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxHttp http;
    const HttpResult failed = completedExport(http, server);
    QCOMPARE(at(failed.json(), QStringLiteral("data.status")).toString(), QStringLiteral("Failed"));
    QVERIFY(at(failed.json(), QStringLiteral("data.download_url")).isNull());
    QVERIFY(!at(failed.json(), QStringLiteral("data.completed_at")).isNull());
    QCOMPARE(errorCode(failed), QStringLiteral("EXPORT_FAILED"));
    QVERIFY(!at(failed.json(), QStringLiteral("errors.0.message")).toString().isEmpty());
    QCOMPARE(server.faults().failExports, 0);

    const HttpResult next = completedExport(http, server);
    QCOMPARE(at(next.json(), QStringLiteral("data.status")).toString(),
             QStringLiteral("Completed"));
}

void SandboxFlowTest::faultHeldExportsWaitForTheirRelease()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    const DemoProject &project = server.demoData().projects().first();
    const QString versionId = project.defaultVersion()->id;
    SandboxFaults held;
    held.holdExports = true;
    server.setFaults(held);
    const HttpResult started = startExport(http, server, project.id, versionId,
                                           QStringLiteral("en"), QStringLiteral("pdf"));
    const QString heldId = at(started.json(), QStringLiteral("data.id")).toString();
    QVERIFY(!heldId.isEmpty());

    // Held for ten times its Pending and InProgress times together, every
    // answer says Pending; nothing short of waiting can show that nothing
    // happens, so the wait is bounded and short.
    const int courseMs = quickSandboxOptions().pendingMs + quickSandboxOptions().buildMs;
    QStringList seenWhileHeld;
    const bool moved = QTest::qWaitFor(
        [&] {
            const HttpResult answer
                = http.get(statusUrl(server, project.id, heldId), credentialFor(server));
            const QString status = at(answer.json(), QStringLiteral("data.status")).toString();
            if (seenWhileHeld.isEmpty() || seenWhileHeld.last() != status)
                seenWhileHeld.append(status);
            return status != u"Pending";
        },
        10 * courseMs);
    QVERIFY2(!moved, qPrintable(seenWhileHeld.join(QLatin1String(", "))));
    QCOMPARE(seenWhileHeld, QStringList { QStringLiteral("Pending") });

    // Released, it goes through its states and completes.
    server.setFaults({});
    QStringList seen;
    const HttpResult done = pollUntilFinished(http, server, project.id, heldId, &seen);
    QVERIFY(done.finished);
    QCOMPARE(at(done.json(), QStringLiteral("data.status")).toString(),
             QStringLiteral("Completed"));
    QCOMPARE(seen.last(), QStringLiteral("Completed"));
    QCOMPARE(server.statistics().exportsStarted, 1);
}

void SandboxFlowTest::faultIgnoredRange()
{
    SandboxOptions options = quickSandboxOptions();
    options.faults.ignoreRange = true;
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxHttp http;
    const HttpResult done = completedExport(http, server);
    const HttpResult whole = http.get(downloadUrlOf(done), { { "Range", "bytes=100-" } });
    QCOMPARE(whole.status, 200);
    QVERIFY(!whole.hasHeader("Content-Range"));
    QCOMPARE(sha256Hex(whole.body),
             server.exportSha256(at(done.json(), QStringLiteral("data.id")).toString()));
}

void SandboxFlowTest::redirectHopsLeadToTheFile()
{
    SandboxOptions options = quickSandboxOptions();
    options.redirectHops = 2;
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxHttp http;
    QUrl url = downloadUrlOf(completedExport(http, server));
    QVERIFY2(url.path().startsWith(QLatin1String("/hop/2/")), qPrintable(url.toString()));
    int hops = 0;
    HttpResult result = http.get(url);
    while (result.status == 302 && hops < 5) {
        ++hops;
        url = url.resolved(QUrl(QString::fromUtf8(result.header("Location"))));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.2"));
        result = http.get(url);
    }
    QCOMPARE(hops, 2);
    QCOMPARE(result.status, 200);
    QVERIFY(result.body.startsWith("%PDF-"));
}

void SandboxFlowTest::oauthSignInWithPkce_data()
{
    addDialectRows();
}

namespace {

// RFC 7636, appendix B.
const QString pkceVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
const QString pkceChallenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
const QString redirectUri = QStringLiteral("http://127.0.0.1:51004/callback");

QUrl authorizeUrl(const SandboxServer &server, const QList<QPair<QString, QString>> &overrides = {})
{
    QList<QPair<QString, QString>> parameters {
        { QStringLiteral("response_type"), QStringLiteral("code") },
        { QStringLiteral("client_id"), server.oauthClientId() },
        { QStringLiteral("redirect_uri"), redirectUri },
        { QStringLiteral("scope"),
          QStringLiteral("openid profile email customerApi offline_access") },
        { QStringLiteral("state"), QStringLiteral("st@te & more") },
        { QStringLiteral("code_challenge"), pkceChallenge },
        { QStringLiteral("code_challenge_method"), QStringLiteral("S256") },
        { QStringLiteral("acr_values"), QString() },
    };
    for (const auto &override : overrides) {
        for (auto &parameter : parameters) {
            if (parameter.first == override.first)
                parameter.second = override.second;
        }
    }
    QUrlQuery query;
    for (const auto &parameter : parameters) {
        if (!parameter.second.isNull())
            query.addQueryItem(parameter.first,
                               QString::fromLatin1(QUrl::toPercentEncoding(parameter.second)));
    }
    QUrl url = server.authorizeUrl();
    url.setQuery(query);
    return url;
}

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return body;
}

HttpResult postForm(SandboxHttp &http, const QUrl &url,
                    const QList<QPair<QString, QString>> &fields)
{
    return http.send("POST", url, { { "Content-Type", "application/x-www-form-urlencoded" } },
                     form(fields));
}

// Walks the authorize page and its Approve button; returns the redirect.
// With a project, the request asks to pick one (acr_values=project_select)
// and the form answers with it.
QUrl approve(SandboxHttp &http, const SandboxServer &server,
             const QString &decision = QStringLiteral("approve"), const QString &projectId = {})
{
    const HttpResult page = http.get(
        projectId.isEmpty()
            ? authorizeUrl(server)
            : authorizeUrl(server,
                           { { QStringLiteral("acr_values"), QStringLiteral("project_select") } }));
    static const QRegularExpression ticket(QStringLiteral("name=\"ticket\" value=\"([^\"]+)\""));
    const QString ticketValue = ticket.match(QString::fromUtf8(page.body)).captured(1);
    QUrl action = server.baseUrl();
    action.setPath(QStringLiteral("/connect/authorize/approve"));
    QList<QPair<QString, QString>> fields { { QStringLiteral("ticket"), ticketValue },
                                            { QStringLiteral("decision"), decision } };
    if (!projectId.isEmpty())
        fields.append({ QStringLiteral("project"), projectId });
    const HttpResult approved = postForm(http, action, fields);
    if (approved.status != 302)
        return {};
    return QUrl(QString::fromUtf8(approved.header("Location")), QUrl::StrictMode);
}

// The payload of a JWT, as any JWT library would read it.
QJsonObject jwtPayload(const QString &token)
{
    const QStringList segments = token.split(QLatin1Char('.'));
    if (segments.size() != 3)
        return {};
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(segments.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

HttpResult exchange(SandboxHttp &http, const SandboxServer &server, const QString &code,
                    const QString &verifier = pkceVerifier)
{
    return postForm(http, server.tokenUrl(),
                    { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                      { QStringLiteral("code"), code },
                      { QStringLiteral("redirect_uri"), redirectUri },
                      { QStringLiteral("client_id"), server.oauthClientId() },
                      { QStringLiteral("code_verifier"), verifier } });
}

} // namespace

void SandboxFlowTest::oauthSignInWithPkce()
{
    QFETCH(int, dialect);
    SandboxServer server(quickSandboxOptions(ServedDialect(dialect)));
    QVERIFY(server.start());
    SandboxHttp http;

    const HttpResult page = http.get(authorizeUrl(server));
    QCOMPARE(page.status, 200);
    QVERIFY(page.contentType().startsWith("text/html"));
    QVERIFY(page.body.contains("Approve"));
    QVERIFY(page.body.contains("<form method=\"post\" action=\"/connect/authorize/approve\">"));
    QVERIFY(page.body.contains("sandbox"));

    const QUrl callback = approve(http, server);
    QVERIFY2(callback.isValid(), "approving did not redirect");
    QCOMPARE(callback.toString(QUrl::RemoveQuery), redirectUri);
    const QUrlQuery answer(callback);
    QCOMPARE(answer.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
             QStringLiteral("st@te & more"));
    const QString code = answer.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    const HttpResult tokens = exchange(http, server, code);
    QVERIFY2(tokens.status == 200, tokens.describe().constData());
    QCOMPARE(tokens.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject json = tokens.json();
    QCOMPARE(json.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(json.value(QLatin1String("expires_in")).toInt(),
             server.options().accessTokenLifetimeSeconds);
    QVERIFY(json.value(QLatin1String("scope")).toString().contains(QLatin1String("customerApi")));
    const QString accessToken = json.value(QLatin1String("access_token")).toString();
    const QString refreshToken = json.value(QLatin1String("refresh_token")).toString();
    QVERIFY(!accessToken.isEmpty() && !refreshToken.isEmpty());

    // The access token works as Bearer in either dialect.
    const QUrl projects = apiUrl(server, QStringLiteral("/v3/projects"));
    QCOMPARE(http.get(projects, bearer(accessToken)).status, 200);

    // Refresh: a new access token; the refresh token rotates.
    const HttpResult refreshed
        = postForm(http, server.tokenUrl(),
                   { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                     { QStringLiteral("refresh_token"), refreshToken },
                     { QStringLiteral("client_id"), server.oauthClientId() } });
    QVERIFY2(refreshed.status == 200, refreshed.describe().constData());
    const QString newAccess = refreshed.json().value(QLatin1String("access_token")).toString();
    QVERIFY(newAccess != accessToken);
    QCOMPARE(http.get(projects, bearer(newAccess)).status, 200);
    const HttpResult reused
        = postForm(http, server.tokenUrl(),
                   { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                     { QStringLiteral("refresh_token"), refreshToken },
                     { QStringLiteral("client_id"), server.oauthClientId() } });
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.json().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_grant"));
}

void SandboxFlowTest::oauthRefusesWrongVerifierAndReplayedCode()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;

    const QString code = QUrlQuery(approve(http, server)).queryItemValue(QStringLiteral("code"));
    const HttpResult wrong
        = exchange(http, server, code, QString(pkceVerifier).replace(0, 1, QLatin1Char('e')));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.json().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_grant"));
    QVERIFY(!wrong.json().value(QLatin1String("error_description")).toString().isEmpty());

    const HttpResult tokens = exchange(http, server, code);
    QCOMPARE(tokens.status, 200);
    const QString accessToken = tokens.json().value(QLatin1String("access_token")).toString();
    const QUrl projects = apiUrl(server, QStringLiteral("/v3/projects"));
    QCOMPARE(http.get(projects, bearer(accessToken)).status, 200);

    // A code is good once; replaying it also revokes what it gave.
    const HttpResult replay = exchange(http, server, code);
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.json().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_grant"));
    QCOMPARE(http.get(projects, bearer(accessToken)).status, 401);

    const HttpResult wrongClient
        = postForm(http, server.tokenUrl(),
                   { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                     { QStringLiteral("code"), QStringLiteral("x") },
                     { QStringLiteral("client_id"), QStringLiteral("someone-else") } });
    QCOMPARE(wrongClient.json().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_client"));
    const HttpResult wrongGrant
        = postForm(http, server.tokenUrl(),
                   { { QStringLiteral("grant_type"), QStringLiteral("password") },
                     { QStringLiteral("client_id"), server.oauthClientId() } });
    QCOMPARE(wrongGrant.json().value(QLatin1String("error")).toString(),
             QStringLiteral("unsupported_grant_type"));
}

void SandboxFlowTest::oauthAuthorizeRefusals_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value"); // a null value drops the parameter
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error"); // for redirects: the error= the client gets back
    // Sent back to the loopback /callback, where only this computer listens.
    QTest::newRow("unknown client") << "client_id"
                                    << "someone-else" << 302 << "invalid_client";
    QTest::newRow("redirect not on loopback")
        << "redirect_uri"
        << "https://attacker.example/callback" << 400 << "invalid_request";
    QTest::newRow("redirect over https")
        << "redirect_uri"
        << "https://127.0.0.1:5000/callback" << 400 << "invalid_request";
    QTest::newRow("redirect not to /callback")
        << "redirect_uri"
        << "http://127.0.0.1:5000/cb" << 400 << "invalid_request";
    QTest::newRow("no redirect") << "redirect_uri" << QString() << 400 << "invalid_request";
    QTest::newRow("implicit flow") << "response_type"
                                   << "token" << 302 << "unsupported_response_type";
    QTest::newRow("no PKCE") << "code_challenge" << QString() << 302 << "invalid_request";
    QTest::newRow("plain PKCE") << "code_challenge_method"
                                << "plain" << 302 << "invalid_request";
    QTest::newRow("short challenge") << "code_challenge"
                                     << "abc" << 302 << "invalid_request";
    QTest::newRow("denied") << ""
                            << "" << 302 << "access_denied";
}

void SandboxFlowTest::oauthAuthorizeRefusals()
{
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, error);
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;

    QUrl location;
    if (parameter.isEmpty()) {
        location = approve(http, server, QStringLiteral("deny"));
    } else {
        const HttpResult result = http.get(authorizeUrl(server, { { parameter, value } }));
        QCOMPARE(result.status, status);
        if (status == 400) {
            QVERIFY(result.contentType().startsWith("text/html"));
            QVERIFY(!result.hasHeader("Location"));
            QVERIFY2(result.body.contains("<code id=\"error\">" + error.toLatin1() + "</code>"),
                     result.body.constData());
            return;
        }
        location = QUrl(QString::fromUtf8(result.header("Location")));
    }
    QCOMPARE(location.toString(QUrl::RemoveQuery), redirectUri);
    const QUrlQuery query(location);
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), error);
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
             QStringLiteral("st@te & more"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
}

void SandboxFlowTest::oauthAccessTokensExpire()
{
    SandboxOptions options = quickSandboxOptions();
    options.accessTokenLifetimeSeconds = 1;
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxHttp http;
    const QString code = QUrlQuery(approve(http, server)).queryItemValue(QStringLiteral("code"));
    const HttpResult tokens = exchange(http, server, code);
    QCOMPARE(tokens.json().value(QLatin1String("expires_in")).toInt(), 1);
    const Headers accessToken
        = bearer(tokens.json().value(QLatin1String("access_token")).toString());
    const QUrl projects = apiUrl(server, QStringLiteral("/v3/projects"));
    QCOMPARE(http.get(projects, accessToken).status, 200);
    HttpResult expired;
    QTRY_VERIFY_WITH_TIMEOUT((expired = http.get(projects, accessToken), expired.status == 401),
                             4000);
    QVERIFY(isProblem(expired, 401));
}

void SandboxFlowTest::oauthTokensAreJwts()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    const QString code = QUrlQuery(approve(http, server)).queryItemValue(QStringLiteral("code"));
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const HttpResult tokens = exchange(http, server, code);
    QVERIFY2(tokens.status == 200, tokens.describe().constData());
    const QString accessToken = tokens.json().value(QLatin1String("access_token")).toString();
    const QJsonObject payload = jwtPayload(accessToken);
    QVERIFY2(!payload.isEmpty(), qPrintable(accessToken));
    QCOMPARE(payload.value(QLatin1String("sub")).toString(), QStringLiteral("sandbox-writer-1"));
    QCOMPARE(payload.value(QLatin1String("email")).toString(),
             QStringLiteral("writer@sandbox.example"));
    QCOMPARE(payload.value(QLatin1String("client_id")).toString(), server.oauthClientId());
    QCOMPARE(payload.value(QLatin1String("iss")).toString(), server.baseUrl().toString());
    const qint64 expiry = payload.value(QLatin1String("exp")).toInteger();
    QVERIFY(expiry >= before + server.options().accessTokenLifetimeSeconds - 1);
    QVERIFY(expiry
            <= QDateTime::currentSecsSinceEpoch() + server.options().accessTokenLifetimeSeconds);
    // Without project selection the token is bound to no project.
    QVERIFY(!payload.contains(QLatin1String("doc360_project_id")));
    const HttpResult projects
        = http.get(apiUrl(server, QStringLiteral("/v3/projects")), bearer(accessToken));
    QCOMPARE(projects.json().value(QLatin1String("data")).toArray().size(),
             server.demoData().projects().size());
}

void SandboxFlowTest::oauthUnknownClientWithAForeignRedirectGetsAPage()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    const HttpResult result
        = http.get(authorizeUrl(server,
                                { { QStringLiteral("client_id"), QStringLiteral("someone-else") },
                                  { QStringLiteral("redirect_uri"),
                                    QStringLiteral("https://attacker.example/callback") } }));
    QCOMPARE(result.status, 400);
    QVERIFY(!result.hasHeader("Location"));
    QVERIFY(result.body.contains("<code id=\"error\">invalid_client</code>"));
}

void SandboxFlowTest::oauthProjectSelectionBindsTheToken_data()
{
    addDialectRows();
}

void SandboxFlowTest::oauthProjectSelectionBindsTheToken()
{
    QFETCH(int, dialect);
    SandboxServer server(quickSandboxOptions(ServedDialect(dialect)));
    QVERIFY(server.start());
    SandboxHttp http;
    const QList<DemoProject> &all = server.demoData().projects();
    QVERIFY(all.size() >= 2);

    // The page offers every project, the first one checked.
    const HttpResult page = http.get(authorizeUrl(
        server, { { QStringLiteral("acr_values"), QStringLiteral("project_select") } }));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Select a project"));
    for (const DemoProject &project : all) {
        QVERIFY2(page.body.contains("name=\"project\" value=\"" + project.id.toUtf8() + '"'),
                 qPrintable(project.name));
    }
    QVERIFY(page.body.contains("value=\"" + all.first().id.toUtf8() + "\" checked>"));

    // Approving without a project is not possible; the request stays open.
    static const QRegularExpression ticket(QStringLiteral("name=\"ticket\" value=\"([^\"]+)\""));
    const QString ticketValue = ticket.match(QString::fromUtf8(page.body)).captured(1);
    QUrl action = server.baseUrl();
    action.setPath(QStringLiteral("/connect/authorize/approve"));
    const HttpResult unchosen
        = postForm(http, action,
                   { { QStringLiteral("ticket"), ticketValue },
                     { QStringLiteral("decision"), QStringLiteral("approve") },
                     { QStringLiteral("project"), QStringLiteral("no-such-project") } });
    QCOMPARE(unchosen.status, 400);
    const HttpResult chosen = postForm(http, action,
                                       { { QStringLiteral("ticket"), ticketValue },
                                         { QStringLiteral("decision"), QStringLiteral("approve") },
                                         { QStringLiteral("project"), all.at(1).id } });
    QCOMPARE(chosen.status, 302);

    const QString code = QUrlQuery(QUrl(QString::fromUtf8(chosen.header("Location"))))
                             .queryItemValue(QStringLiteral("code"));
    const HttpResult tokens = exchange(http, server, code);
    QVERIFY2(tokens.status == 200, tokens.describe().constData());
    const QString accessToken = tokens.json().value(QLatin1String("access_token")).toString();
    QCOMPARE(jwtPayload(accessToken).value(QLatin1String("doc360_project_id")).toString(),
             all.at(1).id);

    // The API serves that project, and that project only.
    const auto expectOneProject = [&](const QString &token) {
        const HttpResult listed
            = http.get(apiUrl(server, QStringLiteral("/v3/projects")), bearer(token));
        QCOMPARE(listed.status, 200);
        const QJsonArray projects = listed.json().value(QLatin1String("data")).toArray();
        QCOMPARE(projects.size(), 1);
        QCOMPARE(projects.first().toObject().value(QLatin1String("id")).toString(), all.at(1).id);
        QCOMPARE(http.get(apiUrl(server, versionsPath(server, all.at(1).id)), bearer(token)).status,
                 200);
        const HttpResult other
            = http.get(apiUrl(server, versionsPath(server, all.first().id)), bearer(token));
        QVERIFY2(isProblem(other, 403), other.describe().constData());
        QVERIFY(other.json().value(QLatin1String("trace_id")).isString());
        const QJsonObject body { { versionField(server), all.first().versions.first().id },
                                 { QStringLiteral("format"), QStringLiteral("pdf") } };
        QVERIFY(
            isProblem(http.postJson(exportsUrl(server, all.first().id), bearer(token), body), 403));
    };
    expectOneProject(accessToken);

    // A refreshed token keeps the project.
    const HttpResult refreshed
        = postForm(http, server.tokenUrl(),
                   { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                     { QStringLiteral("refresh_token"),
                       tokens.json().value(QLatin1String("refresh_token")).toString() },
                     { QStringLiteral("client_id"), server.oauthClientId() } });
    QCOMPARE(refreshed.status, 200);
    const QString renewed = refreshed.json().value(QLatin1String("access_token")).toString();
    QCOMPARE(jwtPayload(renewed).value(QLatin1String("doc360_project_id")).toString(),
             all.at(1).id);
    expectOneProject(renewed);
}

void SandboxFlowTest::oauthKnowsTheConfiguredClientsOnly()
{
    SandboxOptions options = quickSandboxOptions();
    options.oauthClientIds = { QStringLiteral("registered-one"), QStringLiteral("registered-two") };
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxHttp http;
    QCOMPARE(server.oauthClientId(), QStringLiteral("registered-one"));
    for (const QString &known : options.oauthClientIds)
        QCOMPARE(http.get(authorizeUrl(server, { { QStringLiteral("client_id"), known } })).status,
                 200);
    const HttpResult refused = http.get(authorizeUrl(
        server, { { QStringLiteral("client_id"), QStringLiteral("d360-exporter-sandbox") } }));
    QCOMPARE(refused.status, 302);
    QCOMPARE(QUrlQuery(QUrl(QString::fromUtf8(refused.header("Location"))))
                 .queryItemValue(QStringLiteral("error")),
             QStringLiteral("invalid_client"));
}

void SandboxFlowTest::oauthCanLeaveOutExpiresIn()
{
    SandboxOptions options = quickSandboxOptions();
    options.omitTokenLifetime = true;
    options.accessTokenLifetimeSeconds = 90;
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxHttp http;
    const QString code = QUrlQuery(approve(http, server)).queryItemValue(QStringLiteral("code"));
    const HttpResult tokens = exchange(http, server, code);
    QCOMPARE(tokens.status, 200);
    QVERIFY(!tokens.json().contains(QLatin1String("expires_in")));
    const qint64 expiry = jwtPayload(tokens.json().value(QLatin1String("access_token")).toString())
                              .value(QLatin1String("exp"))
                              .toInteger();
    QVERIFY(qAbs(expiry - (QDateTime::currentSecsSinceEpoch() + 90)) <= 2);
}

void SandboxFlowTest::projectApiKeyServesOneProject_data()
{
    addDialectRows();
}

void SandboxFlowTest::projectApiKeyServesOneProject()
{
    QFETCH(int, dialect);
    SandboxServer server(quickSandboxOptions(ServedDialect(dialect)));
    QVERIFY(server.start());
    SandboxHttp http;
    QVERIFY(!server.projectApiKey().isEmpty());
    QVERIFY(server.projectApiKey() != server.apiKey());
    const QString bound = server.projectApiKeyProjectId();
    QVERIFY(server.demoData().project(bound));
    const Headers key = server.dialect() == ServedDialect::Workspaces
        ? Headers { { QByteArrayLiteral("X-API-Key"), server.projectApiKey().toUtf8() } }
        : bearer(server.projectApiKey());

    const HttpResult listed = http.get(apiUrl(server, QStringLiteral("/v3/projects")), key);
    QVERIFY2(listed.status == 200, listed.describe().constData());
    const QJsonArray projects = listed.json().value(QLatin1String("data")).toArray();
    QCOMPARE(projects.size(), 1);
    QCOMPARE(projects.first().toObject().value(QLatin1String("id")).toString(), bound);
    for (const DemoProject &project : server.demoData().projects()) {
        const int status = http.get(apiUrl(server, versionsPath(server, project.id)), key).status;
        QCOMPARE(status, project.id == bound ? 200 : 403);
    }
    // The demo key still serves every project.
    QCOMPARE(http.get(apiUrl(server, QStringLiteral("/v3/projects")), credentialFor(server))
                 .json()
                 .value(QLatin1String("data"))
                 .toArray()
                 .size(),
             server.demoData().projects().size());
}

void SandboxFlowTest::controlEndpoint()
{
    SandboxOptions options = quickSandboxOptions();
    options.rateLimitPerWindow = 2;
    SandboxServer server(options);
    QVERIFY(server.start());
    SandboxHttp http;
    QUrl control = server.baseUrl();
    control.setPath(QStringLiteral("/_sandbox/control"));
    QVERIFY(server.controlSecret().size() >= 32);

    QVERIFY(isProblem(http.get(control), 403));
    QVERIFY(isProblem(http.get(control, { { "X-Sandbox-Control", "guess" } }), 403));
    QVERIFY(isProblem(
        http.send("PUT", control, { { "X-Sandbox-Control", "guess" } }, "{\"fail_exports\": 3}"),
        403));
    QCOMPARE(server.faults().failExports, 0);

    const Headers secret { { "X-Sandbox-Control", server.controlSecret().toUtf8() },
                           { "Content-Type", "application/json" } };
    const HttpResult state = http.get(control, secret);
    QCOMPARE(state.status, 200);
    QCOMPARE(at(state.json(), QStringLiteral("faults.latency_ms")).toInt(), 0);
    QCOMPARE(at(state.json(), QStringLiteral("dialect")).toString(), QStringLiteral("seed"));
    QVERIFY(at(state.json(), QStringLiteral("statistics.api_requests")).isDouble());

    const HttpResult changed = http.send(
        "PUT", control, secret,
        R"({"fail_exports": 2, "latency_ms": 5, "server_error_share": 0.25, "token_revoked": false,
            "cut_download_after_bytes": 4096, "download_bytes_per_second": 1048576})");
    QVERIFY2(changed.status == 200, changed.describe().constData());
    QCOMPARE(server.faults().failExports, 2);
    QCOMPARE(server.faults().latencyMs, 5);
    QCOMPARE(server.faults().serverErrorShare, 0.25);
    QCOMPARE(server.faults().cutDownloadAfterBytes, qint64(4096));
    QCOMPARE(server.faults().downloadBytesPerSecond, qint64(1048576));
    QCOMPARE(at(changed.json(), QStringLiteral("faults.fail_exports")).toInt(), 2);

    const HttpResult unknown = http.send("PUT", control, secret, R"({"explode": true})");
    QVERIFY(isProblem(unknown, 422));
    QCOMPARE(errorFields(unknown), QStringList { QStringLiteral("explode") });
    const HttpResult wrongType = http.send("PUT", control, secret, R"({"latency_ms": "slow"})");
    QVERIFY(isProblem(wrongType, 422));
    QCOMPARE(errorFields(wrongType), QStringList { QStringLiteral("latency_ms") });
    QVERIFY(isProblem(http.send("PUT", control, secret, "{latency"), 400));
    QCOMPARE(server.faults().latencyMs, 5); // a refused change changes nothing

    // Not an API request: not counted, not rate limited (the limit is 2).
    server.setFaults({});
    for (int i = 0; i < 5; ++i)
        QCOMPARE(http.get(control, secret).status, 200);
    QCOMPARE(server.statistics().apiRequests, 0);
    QCOMPARE(http.get(apiUrl(server, QStringLiteral("/v3/projects")), credentialFor(server)).status,
             200);
}

void SandboxFlowTest::listensOnLoopbackAddressesOnly()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(server.storageBaseUrl().host(), QStringLiteral("127.0.0.2"));
    QCOMPARE(server.authorizeUrl().toString(),
             server.baseUrl().toString() + QStringLiteral("/connect/authorize"));
    QCOMPARE(server.tokenUrl().toString(),
             server.baseUrl().toString() + QStringLiteral("/connect/token"));
    // Bound to one address each, not to every interface: another loopback
    // address on the same ports is refused.
    for (const QUrl &url : { server.baseUrl(), server.storageBaseUrl() }) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QStringLiteral("127.0.0.3")), quint16(url.port()));
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }
    SandboxServer second(quickSandboxOptions());
    QVERIFY(!second.start(quint16(server.baseUrl().port())));
    QVERIFY(!second.errorString().isEmpty());
}

void SandboxFlowTest::articlesCarryIdsAndShowImages()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    const DemoProject &project = projectNamed(server, QStringLiteral("Acme"));
    const DemoVersion &version = *project.defaultVersion(); // v2.0: en, de, fr, ar, ja
    const QStringList pageNames { QStringLiteral("01-getting-started"),
                                  QStringLiteral("02-backup-and-export"),
                                  QStringLiteral("03-troubleshooting-sign-in") };
    const QStringList imagePaths { QStringLiteral("images/access-denied.png"),
                                   QStringLiteral("images/dashboard.png"),
                                   QStringLiteral("images/export-settings.png") };
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));

    QMap<QString, QString> englishIds; // page name -> id
    QMap<QString, QByteArray> englishImages;
    for (const QString &format : { QStringLiteral("markdown"), QStringLiteral("html") }) {
        const QString extension
            = format == u"html" ? QStringLiteral(".html") : QStringLiteral(".md");
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("de"),
                                         QStringLiteral("ar"), QStringLiteral("ja") }) {
            QString problem;
            const QMap<QString, QByteArray> entries
                = exportEntries(http, server, project, version, language, format, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QStringList expected = imagePaths;
            for (const QString &name : pageNames)
                expected.append(name + extension);
            expected.sort();
            QCOMPARE(entries.keys(), expected);

            const QList<DemoArticle> articles
                = server.demoData().articles(project, version, language);
            QStringList shown;
            for (int i = 0; i < pageNames.size(); ++i) {
                const QByteArray page = entries.value(pageNames.at(i) + extension);
                const QString id = articleIdOf(page, format);
                QVERIFY2(uuid.match(id).hasMatch(), page.constData());
                QCOMPARE(id, articles.at(i).id);
                if (format == u"markdown") {
                    const FrontMatter front = frontMatterOf(page);
                    QCOMPARE(front.title, articles.at(i).title);
                    QCOMPARE(front.heading, articles.at(i).title);
                    QCOMPARE(front.slug, pageNames.at(i).mid(3));
                }
                // The same article has the same id in every language.
                if (language == u"en")
                    englishIds.insert(pageNames.at(i), id);
                QCOMPARE(id, englishIds.value(pageNames.at(i)));
                shown += imageReferences(page);
            }
            QCOMPARE(QSet<QString>(englishIds.cbegin(), englishIds.cend()).size(),
                     pageNames.size());
            // Every image is shown by an article, and every shown image is there.
            shown.sort();
            QCOMPARE(shown, imagePaths);
            for (const QString &path : imagePaths) {
                const QImage image = QImage::fromData(entries.value(path), "PNG");
                QVERIFY2(!image.isNull(), qPrintable(path));
                if (englishImages.contains(path))
                    QCOMPARE(entries.value(path), englishImages.value(path)); // shared
                else
                    englishImages.insert(path, entries.value(path));
            }
        }
    }
    // Another version's articles are other articles.
    const DemoVersion &older = *project.version(project.versions.first().id);
    QVERIFY(older.id != version.id);
    QVERIFY(server.demoData().articles(project, older, QStringLiteral("en")).first().id
            != englishIds.value(pageNames.first()));
}

void SandboxFlowTest::revisionTwoChangesExactlyTheDocumentedSet_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("format");
    QTest::newRow("English Markdown") << "en"
                                      << "markdown";
    QTest::newRow("German Markdown") << "de"
                                     << "markdown";
    QTest::newRow("Japanese Markdown") << "ja"
                                       << "markdown";
    QTest::newRow("Arabic HTML") << "ar"
                                 << "html";
}

// The set DemoData.h and the README document for round 2.
void SandboxFlowTest::revisionTwoChangesExactlyTheDocumentedSet()
{
    QFETCH(QString, language);
    QFETCH(QString, format);
    const QString extension = format == u"html" ? QStringLiteral(".html") : QStringLiteral(".md");
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    const DemoProject &project = projectNamed(server, QStringLiteral("Acme"));
    const DemoVersion &version = *project.defaultVersion();

    QString problem;
    const QMap<QString, QByteArray> first
        = exportEntries(http, server, project, version, language, format, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    server.setRevision(2);
    QCOMPARE(server.revision(), 2);
    const QMap<QString, QByteArray> second
        = exportEntries(http, server, project, version, language, format, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QStringList removed, added, changed;
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        if (!second.contains(it.key()))
            removed.append(it.key());
        else if (second.value(it.key()) != it.value())
            changed.append(it.key());
    }
    for (auto it = second.cbegin(); it != second.cend(); ++it) {
        if (!first.contains(it.key()))
            added.append(it.key());
    }
    const QString deletedName = QStringLiteral("01-getting-started") + extension;
    const QString oldName = QStringLiteral("03-troubleshooting-sign-in") + extension;
    const QString newName = QStringLiteral("03-troubleshooting-sign-in-r2") + extension;
    const QString addedName = QStringLiteral("04-whats-new-in-revision-2") + extension;
    const QString editedName = QStringLiteral("02-backup-and-export") + extension;
    QCOMPARE(removed, (QStringList { deletedName, oldName }));
    QCOMPARE(added, (QStringList { newName, addedName }));
    QCOMPARE(changed, (QStringList { editedName, QStringLiteral("images/access-denied.png") }));

    // Renamed: the same id, a new title; edited too.
    QCOMPARE(articleIdOf(second.value(newName), format), articleIdOf(first.value(oldName), format));
    const QStringList oldBlocks = blocksOf(first.value(oldName), format);
    const QStringList newBlocks = blocksOf(second.value(newName), format);
    QVERIFY(newBlocks.first() != oldBlocks.first()); // the heading: the title changed
    QCOMPARE(changedBlocksWithOneAdded(oldBlocks, newBlocks), 2); // heading, first paragraph
    if (format == u"markdown") {
        const FrontMatter before = frontMatterOf(first.value(oldName));
        const FrontMatter after = frontMatterOf(second.value(newName));
        QVERIFY(after.title != before.title);
        QVERIFY2(after.title.startsWith(before.title), qPrintable(after.title));
        QCOMPARE(after.slug, QStringLiteral("troubleshooting-sign-in-r2"));
    }
    // Edited: one paragraph changed, one added, the rest as it was.
    QCOMPARE(articleIdOf(second.value(editedName), format),
             articleIdOf(first.value(editedName), format));
    QCOMPARE(changedBlocksWithOneAdded(blocksOf(first.value(editedName), format),
                                       blocksOf(second.value(editedName), format)),
             1);
    // Added: an id no article had.
    QStringList firstIds;
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        firstIds.append(articleIdOf(it.value(), format));
    const QString addedId = articleIdOf(second.value(addedName), format);
    QVERIFY(!addedId.isEmpty());
    QVERIFY(!firstIds.contains(addedId));
    // The changed image is still a PNG of the same size, with other pixels.
    const QImage before = QImage::fromData(first.value(QStringLiteral("images/access-denied.png")));
    const QImage after = QImage::fromData(second.value(QStringLiteral("images/access-denied.png")));
    QVERIFY(!after.isNull());
    QCOMPARE(after.size(), before.size());
    QVERIFY(after != before);

    // Seeded: another sandbox started at revision 2 serves the same bytes,
    // and going back to revision 1 serves the first export again.
    SandboxOptions atTwo = quickSandboxOptions();
    atTwo.revision = 2;
    SandboxServer again(atTwo);
    QVERIFY(again.start());
    QCOMPARE(exportEntries(http, again, again.demoData().projects().at(0),
                           *again.demoData().projects().at(0).defaultVersion(), language, format,
                           &problem),
             second);
    server.setRevision(1);
    QCOMPARE(exportEntries(http, server, project, version, language, format, &problem), first);
}

void SandboxFlowTest::controlEndpointSetsTheRevision()
{
    SandboxServer server(quickSandboxOptions());
    QVERIFY(server.start());
    SandboxHttp http;
    QUrl control = server.baseUrl();
    control.setPath(QStringLiteral("/_sandbox/control"));
    const Headers secret { { "X-Sandbox-Control", server.controlSecret().toUtf8() },
                           { "Content-Type", "application/json" } };
    QCOMPARE(at(http.get(control, secret).json(), QStringLiteral("revision")).toInt(), 1);
    QVERIFY(isProblem(
        http.send("PUT", control, { { "X-Sandbox-Control", "guess" } }, R"({"revision": 2})"),
        403));
    QCOMPARE(server.revision(), 1);

    const HttpResult changed = http.send("PUT", control, secret, R"({"revision": 2})");
    QVERIFY2(changed.status == 200, changed.describe().constData());
    QCOMPARE(at(changed.json(), QStringLiteral("revision")).toInt(), 2);
    QCOMPARE(server.revision(), 2);

    for (const char *refused : { R"({"revision": 0})", R"({"revision": 1.5})",
                                 R"({"revision": "3"})", R"({"revision": 1001})" }) {
        const HttpResult answer = http.send("PUT", control, secret, refused);
        QVERIFY2(isProblem(answer, 422), refused);
        QCOMPARE(errorFields(answer), QStringList { QStringLiteral("revision") });
    }
    // A PUT with a bad fault beside a good revision changes neither.
    QVERIFY(
        isProblem(http.send("PUT", control, secret, R"({"revision": 3, "explode": true})"), 422));
    QCOMPARE(server.revision(), 2);

    // An export started after the change serves revision 2.
    const DemoProject &project = projectNamed(server, QStringLiteral("Acme"));
    QString problem;
    const QMap<QString, QByteArray> entries
        = exportEntries(http, server, project, *project.defaultVersion(), QStringLiteral("en"),
                        QStringLiteral("markdown"), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(entries.contains(QStringLiteral("04-whats-new-in-revision-2.md")));
    QVERIFY(!entries.contains(QStringLiteral("01-getting-started.md")));
}

QTEST_MAIN(SandboxFlowTest)
#include "tst_sandbox_flow.moc"
