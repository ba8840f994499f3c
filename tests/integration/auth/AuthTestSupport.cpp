// See AuthTestSupport.h.
#include "AuthTestSupport.h"

#include "core/api/Redactor.h"
#include "core/auth/OAuthSignIn.h"
#include "core/auth/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

namespace d360::test {

namespace {

QMutex recordMutex;
QStringList recorded;
QtMessageHandler previousHandler = nullptr;

void recordingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&recordMutex);
        recorded.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, api::Redactor::instance().redact(message));
}

} // namespace

QString randomSecret(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128)
        + QUuid::createUuid().toString(QUuid::Id128);
}

QString uniqueKeychainService()
{
    return QStringLiteral("org.d360-exporter.test-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::unique_ptr<sandbox::SandboxServer> sandboxAccepting(const QString &token)
{
    sandbox::SandboxOptions options;
    options.apiKey = token;
    options.rateLimitPerWindow = 0;
    return std::make_unique<sandbox::SandboxServer>(options);
}

std::optional<auth::AccountSecret> storedOAuthSecret(auth::AccountManager &manager,
                                                     const QString &accountId)
{
    std::optional<QString> entry;
    QObject context;
    manager.secretStore()->read(
        accountId, &context,
        [&entry](const QString &text, const auth::SecretError &) { entry = text; });
    if (!QTest::qWaitFor([&] { return entry.has_value(); }, defaultAwaitMs))
        return std::nullopt;
    return auth::AccountSecret::parse(auth::AuthKind::OAuth, *entry);
}

void LogRecorder::install()
{
    QLoggingCategory::setFilterRules(QStringLiteral("d360.*=true"));
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(recordingHandler);
}

QStringList LogRecorder::messages()
{
    QMutexLocker lock(&recordMutex);
    return recorded;
}

bool LogRecorder::contains(const QString &text)
{
    QMutexLocker lock(&recordMutex);
    for (const QString &message : std::as_const(recorded)) {
        if (message.contains(text))
            return true;
    }
    return false;
}

QStringList filesContaining(const QStringList &folders, const QByteArray &needle)
{
    QStringList found;
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found.append(path);
        }
    }
    return found;
}

QStringList userFolders()
{
    QStringList folders;
    for (auto location :
         { QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
           QStandardPaths::GenericCacheLocation, QStandardPaths::AppConfigLocation,
           QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation }) {
        const QString path = QStandardPaths::writableLocation(location);
        if (!path.isEmpty() && !folders.contains(path))
            folders.append(path);
    }
    return folders;
}

TaskOutcome awaitOutcome(auth::AccountTask *task, const char *taskText, const char *file, int line,
                         int timeoutMs)
{
    auto outcome = std::make_shared<TaskOutcome>();
    QObject::connect(task, &auth::AccountTask::finished, task, [task, outcome] {
        outcome->outcome = task->outcome();
        outcome->errorMessage = task->errorMessage();
        outcome->apiError = task->apiError();
        outcome->secretError = task->secretError();
        outcome->account = task->account();
        outcome->client = task->client();
        outcome->finished = true;
    });
    if (!QTest::qWaitFor([&] { return outcome->finished; }, timeoutMs)) {
        outcome->errorMessage = QStringLiteral("%1 did not finish within %2 ms")
                                    .arg(QLatin1String(taskText))
                                    .arg(timeoutMs);
        QTest::qFail(qPrintable(outcome->errorMessage), file, line);
    }
    return *outcome;
}

auth::OAuthSettings sandboxOAuthSettings(const sandbox::SandboxServer &server)
{
    auth::OAuthSettings settings = auth::OAuthSettings::defaultsFor(sandboxAddress(server));
    settings.authorizeUrl = server.authorizeUrl();
    settings.tokenUrl = server.tokenUrl();
    settings.clientId = server.oauthClientId();
    return settings;
}

api::ServerAddress sandboxAddress(const sandbox::SandboxServer &server)
{
    QString problem;
    return *api::ServerAddress::fromString(server.baseUrl().toString(), &problem);
}

std::optional<auth::OAuthTokens> signInToSandbox(const sandbox::SandboxServer &server,
                                                 QString *problem, int projectIndex)
{
    auth::OAuthSignIn signIn(sandboxOAuthSettings(server));
    ScriptedBrowser browser(ScriptedBrowser::Decision::Approve, projectIndex);
    signIn.setBrowserOpener([&browser](const QUrl &url) { browser.open(url); });
    std::optional<auth::OAuthTokens> tokens;
    bool ended = false;
    QObject::connect(&signIn, &auth::OAuthSignIn::succeeded, [&](const auth::OAuthTokens &issued) {
        tokens = issued;
        ended = true;
    });
    QObject::connect(&signIn, &auth::OAuthSignIn::failed, [&](const QString &message) {
        *problem = message;
        ended = true;
    });
    signIn.start();
    if (!QTest::qWaitFor([&] { return ended; }, 20000))
        *problem = QStringLiteral("the sign-in did not end within 20 s");
    return tokens;
}

ScriptedBrowser::ScriptedBrowser(Decision decision, int projectIndex, QObject *parent)
    : QObject(parent)
    , m_decision(decision)
    , m_projectIndex(projectIndex)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void ScriptedBrowser::finish(const QString &problem)
{
    m_problem = problem;
    m_done = true;
    Q_EMIT done();
}

void ScriptedBrowser::returnTo(const QUrl &callback)
{
    QNetworkReply *reply = m_network.get(QNetworkRequest(callback));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_callbackStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_callbackPage = reply->readAll();
        finish({});
    });
}

void ScriptedBrowser::open(const QUrl &authorizationUrl)
{
    QNetworkReply *page = m_network.get(QNetworkRequest(authorizationUrl));
    connect(page, &QNetworkReply::finished, this, [this, page, authorizationUrl] {
        page->deleteLater();
        const QUrl refusedTo = page->header(QNetworkRequest::LocationHeader).toUrl();
        if (refusedTo.isValid()) {
            returnTo(refusedTo);
            return;
        }
        const QString html = QString::fromUtf8(page->readAll());
        static const QRegularExpression ticketField(
            QStringLiteral("name=\"ticket\" value=\"([^\"]+)\""));
        const QRegularExpressionMatch ticket = ticketField.match(html);
        if (!ticket.hasMatch()) {
            finish(QStringLiteral("the authorization page has no approval form (HTTP %1)")
                       .arg(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()));
            return;
        }
        static const QRegularExpression projectField(
            QStringLiteral("name=\"project\" value=\"([^\"]+)\""));
        QStringList projects;
        for (const QRegularExpressionMatch &match : projectField.globalMatch(html))
            projects.append(match.captured(1));
        QUrl approveUrl = authorizationUrl.adjusted(QUrl::RemoveQuery);
        approveUrl.setPath(QStringLiteral("/connect/authorize/approve"));
        QNetworkRequest request(approveUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QByteArray form = "ticket=" + QUrl::toPercentEncoding(ticket.captured(1))
            + "&decision=" + (m_decision == Decision::Approve ? "approve" : "deny");
        if (!projects.isEmpty())
            form += "&project=" + QUrl::toPercentEncoding(projects.value(m_projectIndex));
        QNetworkReply *decision = m_network.post(request, form);
        connect(decision, &QNetworkReply::finished, this, [this, decision] {
            decision->deleteLater();
            const QUrl location = decision->header(QNetworkRequest::LocationHeader).toUrl();
            if (!location.isValid()) {
                finish(
                    QStringLiteral("approving did not redirect (HTTP %1)")
                        .arg(
                            decision->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()));
                return;
            }
            returnTo(location);
        });
    });
}

} // namespace d360::test
