// The OAuth2 sign-in (RFC 8252 loopback redirect, RFC 7636 PKCE) against the
// sandbox's authorization server, with a scripted browser: it signs in,
// asking to pick a project, and the account is bound to the project picked;
// an unregistered client id is explained, at the authorization step and at
// the token endpoint; a denial, a forged state, a cancel and a timeout end
// it safely; noise on the loopback port is answered and ignored. Then token
// upkeep through the AccountManager, its ClientPool and the real keychain:
// refreshed before expiry, refreshed once on a 401 (also when the token
// answer has no expires_in, from the token's own exp), a refresh that meets a sign-in server in
// trouble (5xx, a dropped connection) is tried again while the account's jobs wait, one that stays
// out of reach longer is reported but not final, and a refresh the server refuses (invalid_grant)
// marks the account as needing attention at once.
#include "AuthTestSupport.h"
#include "core/ExportSession.h"
#include "core/api/ApiClient.h"
#include "core/api/ApiTransport.h"
#include "core/auth/AccessTokenClaims.h"
#include "core/auth/AccountManager.h"
#include "core/auth/ClientPool.h"
#include "core/auth/OAuthSignIn.h"
#include "core/auth/SecretStore.h"
#include "core/auth/TokenEndpoint.h"
#include "core/jobs/BatchPlanner.h"
#include "core/jobs/JobQueue.h"
#include "sandbox/SandboxServer.h"
#include "support/TestSession.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace d360;
using auth::AccountManager;
using auth::AccountSecret;
using auth::AccountTask;
using auth::OAuthSignIn;

namespace {

// Sends raw bytes to the loopback listener and returns its status code
// (0: no answer, e.g. the port is closed).
int sendRaw(const QUrl &redirectUri, const QByteArray &request)
{
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&] { received += socket.readAll(); });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QSignalSpy failed(&socket, &QTcpSocket::errorOccurred);
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, quint16(redirectUri.port()));
    if (!QTest::qWaitFor([&] { return connected.count() > 0 || failed.count() > 0; }, 5000)
        || failed.count() > 0)
        return 0;
    socket.write(request);
    if (!QTest::qWaitFor([&] { return disconnected.count() > 0; }, 5000))
        return 0;
    return received.mid(9, 3).toInt();
}

bool listsProjects(api::ApiClient *client)
{
    bool finished = false;
    bool ok = false;
    api::ProjectListCall *call = client->listProjects();
    QObject::connect(call, &api::ApiCall::finished, call, [&] {
        ok = call->succeeded();
        finished = true;
    });
    return QTest::qWaitFor([&] { return finished; }, 15000) && ok;
}

} // namespace

class OAuthSignInTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_sandbox; // hour-long tokens
    std::unique_ptr<sandbox::SandboxServer> m_shortLived; // 3-second tokens
    std::unique_ptr<sandbox::SandboxServer> m_unstated; // 3-second tokens, no expires_in

    sandbox::SandboxServer *serverNamed(const QString &name) const
    {
        return name == QLatin1String("unstated") ? m_unstated.get() : m_shortLived.get();
    }

    auth::AccountManagerOptions managerOptions() const
    {
        auth::AccountManagerOptions options;
        options.keychainService = test::uniqueKeychainService();
        options.settingsFile = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
            + QStringLiteral("/accounts-%1.ini").arg(QUuid::createUuid().toString(QUuid::Id128));
        options.apiSettings = test::fastApiSettings();
        return options;
    }

    static auth::ClientPoolOptions poolOptions()
    {
        auth::ClientPoolOptions options;
        options.tokenRefreshRetry = test::fastApiSettings().retry;
        return options;
    }

    auth::Account draftFor(const sandbox::SandboxServer &server) const
    {
        auth::Account draft;
        draft.label = QStringLiteral("Signed in");
        draft.address = test::sandboxAddress(server);
        draft.oauth = test::sandboxOAuthSettings(server);
        return draft;
    }

private Q_SLOTS:
    void initTestCase()
    {
        D360_REQUIRE_PRIVATE_SESSION();
        test::LogRecorder::install();
        sandbox::SandboxOptions options;
        options.rateLimitPerWindow = 0;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        options.accessTokenLifetimeSeconds = 3;
        m_shortLived = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_shortLived->start(), qPrintable(m_shortLived->errorString()));
        options.omitTokenLifetime = true;
        m_unstated = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY2(m_unstated->start(), qPrintable(m_unstated->errorString()));
    }

    // A test that stops early must not leave its faults to the next.
    void cleanup()
    {
        m_sandbox->setFaults({});
        m_shortLived->setFaults({});
    }

    void signsInAndTheTokenWorks()
    {
        OAuthSignIn signIn(test::sandboxOAuthSettings(*m_sandbox));
        test::ScriptedBrowser browser;
        QSignalSpy urlReady(&signIn, &OAuthSignIn::authorizationUrlReady);
        QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.setBrowserOpener([&browser](const QUrl &url) { browser.open(url); });
        signIn.start();
        QCOMPARE(urlReady.count(), 1);
        const QUrlQuery query(urlReady.first().first().toUrl());
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QVERIFY(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                    .startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(!query.hasQueryItem(QStringLiteral("code_verifier")));
        QCOMPARE(query.queryItemValue(QStringLiteral("acr_values")),
                 QStringLiteral("project_select"));
        QVERIFY(signIn.authorizationUrl() == urlReady.first().first().toUrl());

        QVERIFY(succeeded.wait(15000));
        QCOMPARE(failed.count(), 0);
        QTRY_VERIFY(browser.isDone());
        QCOMPARE(browser.callbackStatus(), 200);
        const auto tokens = succeeded.first().first().value<auth::OAuthTokens>();
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QVERIFY(tokens.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));

        api::ApiClient client(test::sandboxAddress(*m_sandbox),
                              api::Credential(tokens.accessToken, api::AuthScheme::Bearer),
                              test::fastApiSettings());
        QVERIFY(listsProjects(&client));
        QVERIFY(!test::LogRecorder::contains(tokens.accessToken));
        QVERIFY(!test::LogRecorder::contains(tokens.refreshToken));
    }

    void theAccountIsBoundToTheProjectPicked()
    {
        QString problem;
        const std::optional<auth::OAuthTokens> tokens
            = test::signInToSandbox(*m_sandbox, &problem, 2);
        QVERIFY2(tokens, qPrintable(problem));
        const sandbox::DemoProject picked = m_sandbox->demoData().projects().at(2);
        const auth::AccountManagerOptions options = managerOptions();
        AccountManager manager(options);
        const test::TaskOutcome added
            = D360_AWAIT(manager.add(draftFor(*m_sandbox), AccountSecret::oauth(*tokens)));
        QVERIFY2(added.outcome == AccountTask::Outcome::Succeeded, qPrintable(added.errorMessage));
        QCOMPARE(added.account.boundProjectId, picked.id);
        QCOMPARE(added.account.visibleProjects.size(), 1);
        QVERIFY(!added.account.isBoundToUnlistedProject());
        QCOMPARE(added.account.bindingSummary(),
                 QStringLiteral("writer@sandbox.example — %1").arg(picked.name));
        // Kept with the account's settings, so a restart knows it too.
        const std::optional<auth::Account> restarted
            = AccountManager(options).account(added.account.id);
        QVERIFY(restarted);
        QCOMPARE(restarted->boundProjectId, picked.id);
        QCOMPARE(restarted->signedInAs, QStringLiteral("writer@sandbox.example"));
        QVERIFY(D360_AWAIT(manager.remove(added.account.id)).outcome
                == AccountTask::Outcome::Succeeded);
    }

    void anUnregisteredClientIdIsExplained()
    {
        auth::OAuthSettings settings = test::sandboxOAuthSettings(*m_sandbox);
        settings.clientId = QStringLiteral("not-registered");
        OAuthSignIn signIn(settings);
        test::ScriptedBrowser browser;
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.setBrowserOpener([&browser](const QUrl &url) { browser.open(url); });
        signIn.start();
        QVERIFY(failed.wait(15000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("\"not-registered\"")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("invalid_client")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("API token")), qPrintable(message));
        QTRY_VERIFY(browser.isDone());
        QCOMPARE(browser.callbackStatus(), 400);

        // The token endpoint says the same for a client it does not know.
        auth::TokenEndpoint endpoint(settings);
        QString refusal;
        endpoint.refresh(
            QStringLiteral("sbx_rt_whatever"),
            [&refusal](const auth::OAuthTokens &, const QString &error) { refusal = error; });
        QTRY_VERIFY_WITH_TIMEOUT(!refusal.isEmpty(), 10000);
        QVERIFY2(refusal.contains(QLatin1String("not registered")), qPrintable(refusal));
    }

    void aDenialShowsTheServersReason()
    {
        OAuthSignIn signIn(test::sandboxOAuthSettings(*m_sandbox));
        test::ScriptedBrowser browser(test::ScriptedBrowser::Decision::Deny);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.setBrowserOpener([&browser](const QUrl &url) { browser.open(url); });
        signIn.start();
        QVERIFY(failed.wait(15000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("denied")),
                 qPrintable(failed.first().first().toString()));
        QTRY_VERIFY(browser.isDone());
        QCOMPARE(browser.callbackStatus(), 400);
    }

    void aForgedStateFailsSafely()
    {
        OAuthSignIn signIn(test::sandboxOAuthSettings(*m_sandbox));
        QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.start();
        const QUrl redirectUri = signIn.redirectUri();
        const int status = sendRaw(redirectUri,
                                   "GET /callback?code=forged-code&state=forged-state HTTP/1.1\r\n"
                                   "Host: 127.0.0.1\r\n\r\n");
        QCOMPARE(status, 400);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("wrong state")));
        QVERIFY(!failed.first().first().toString().contains(QLatin1String("forged-code")));

        // The real answer that comes later meets a closed port.
        test::ScriptedBrowser browser;
        browser.open(signIn.authorizationUrl());
        QTRY_VERIFY_WITH_TIMEOUT(browser.isDone(), 10000);
        QCOMPARE(browser.callbackStatus(), 0);
        QCOMPARE(succeeded.count(), 0);
        QVERIFY(signIn.state() == OAuthSignIn::State::Failed);
    }

    void noiseIsAnsweredAndIgnored()
    {
        OAuthSignIn signIn(test::sandboxOAuthSettings(*m_sandbox));
        QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.start();
        const QUrl redirectUri = signIn.redirectUri();
        QCOMPARE(sendRaw(redirectUri, QByteArray::fromHex("16030100a5010000a10303") + "\r\n\r\n"),
                 400);
        QCOMPARE(sendRaw(redirectUri, "GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), 404);
        QCOMPARE(sendRaw(redirectUri, "GET /callback HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), 400);
        QCOMPARE(sendRaw(redirectUri, "GET /callback?state=x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
                 400);
        QCOMPARE(failed.count(), 0);

        test::ScriptedBrowser browser;
        browser.open(signIn.authorizationUrl());
        QVERIFY(succeeded.wait(15000));
        QCOMPARE(failed.count(), 0);
        // A second request after the answer: the port is closed.
        QCOMPARE(
            sendRaw(redirectUri, "GET /callback?code=again HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
            0);
        QCOMPARE(succeeded.count(), 1);
    }

    void cancelAndTimeoutEndTheFlow()
    {
        OAuthSignIn cancelled(test::sandboxOAuthSettings(*m_sandbox));
        QSignalSpy cancelledFailed(&cancelled, &OAuthSignIn::failed);
        cancelled.start();
        const QUrl redirectUri = cancelled.redirectUri();
        cancelled.cancel();
        QCOMPARE(cancelledFailed.count(), 1);
        QVERIFY(cancelledFailed.first().first().toString().contains(QLatin1String("cancelled")));
        QCOMPARE(sendRaw(redirectUri, "GET /callback HTTP/1.1\r\n\r\n"), 0);

        OAuthSignIn slow(test::sandboxOAuthSettings(*m_sandbox));
        slow.setTimeout(std::chrono::milliseconds(200));
        QSignalSpy slowFailed(&slow, &OAuthSignIn::failed);
        slow.start();
        QVERIFY(slowFailed.wait(5000));
        QVERIFY(slowFailed.first().first().toString().contains(QLatin1String("timed out")));
    }

    void anInsecureTokenUrlIsRefusedBeforeTheBrowser()
    {
        auth::OAuthSettings settings = test::sandboxOAuthSettings(*m_sandbox);
        settings.tokenUrl = QUrl(QStringLiteral("http://example.com/connect/token"));
        OAuthSignIn signIn(settings);
        QSignalSpy urlReady(&signIn, &OAuthSignIn::authorizationUrlReady);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(urlReady.count(), 0);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("plain http")));
    }

    void refreshesBeforeExpiry_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("expires_in") << QStringLiteral("short-lived");
        // Only the JWT's exp says when the token ends.
        QTest::newRow("exp only") << QStringLiteral("unstated");
    }

    void refreshesBeforeExpiry()
    {
        QFETCH(QString, server);
        sandbox::SandboxServer &sandbox = *serverNamed(server);
        const int refusedBefore = sandbox.statistics().unauthorizedSent;
        QString problem;
        const std::optional<auth::OAuthTokens> tokens = test::signInToSandbox(sandbox, &problem);
        QVERIFY2(tokens, qPrintable(problem));
        const std::optional<auth::AccessTokenClaims> claims
            = auth::AccessTokenClaims::read(tokens->accessToken);
        QVERIFY(claims);
        // The expiry is the token's own, not the hour assumed for tokens
        // that say nothing.
        QVERIFY(qAbs(tokens->expiresAt.secsTo(claims->expiresAt)) <= 1);
        QVERIFY(tokens->expiresAt < QDateTime::currentDateTimeUtc().addSecs(4));
        const auth::AccountManagerOptions options = managerOptions();
        AccountManager manager(options);
        auth::ClientPool clients(&manager, poolOptions());
        const test::TaskOutcome added
            = D360_AWAIT(manager.add(draftFor(sandbox), AccountSecret::oauth(*tokens)));
        QVERIFY2(added.outcome == AccountTask::Outcome::Succeeded, qPrintable(added.errorMessage));
        QVERIFY(added.account.authKind == auth::AuthKind::OAuth);
        const test::TaskOutcome opened = D360_AWAIT(clients.open(added.account.id));
        QVERIFY(opened.client);

        // Before the 3 s token runs out, the client already has a new one ...
        QTRY_VERIFY_WITH_TIMEOUT(
            opened.client->transport()->credential().secret() != tokens->accessToken, 5000);
        QVERIFY(QDateTime::currentDateTimeUtc() < tokens->expiresAt);
        const QString renewed = opened.client->transport()->credential().secret();
        // ... the keychain holds it too ...
        const std::optional<AccountSecret> stored
            = test::storedOAuthSecret(manager, added.account.id);
        QVERIFY2(stored, "the keychain holds no sign-in for the account");
        QVERIFY2(stored->tokens().refreshToken != tokens->refreshToken,
                 "the rotated refresh token was not stored");
        // ... and requests after the first token's expiry still work.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > tokens->expiresAt, 5000);
        QVERIFY(listsProjects(opened.client));
        QVERIFY(!manager.needsAttention(added.account.id));
        // Renewed ahead of time, not after a request was refused.
        QCOMPARE(sandbox.statistics().unauthorizedSent, refusedBefore);
        QVERIFY(!test::LogRecorder::contains(renewed));
        QVERIFY(D360_AWAIT(manager.remove(added.account.id)).outcome
                == AccountTask::Outcome::Succeeded);
    }

    void refreshesOnceOnA401()
    {
        QString problem;
        std::optional<auth::OAuthTokens> tokens = test::signInToSandbox(*m_shortLived, &problem);
        QVERIFY2(tokens, qPrintable(problem));
        const QDateTime realExpiry = tokens->expiresAt;
        // The client believes the token lives an hour, so only the 401 can
        // tell it otherwise.
        tokens->expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        AccountManager manager(managerOptions());
        auth::ClientPool clients(&manager, poolOptions());
        const test::TaskOutcome added
            = D360_AWAIT(manager.add(draftFor(*m_shortLived), AccountSecret::oauth(*tokens)));
        QVERIFY2(added.outcome == AccountTask::Outcome::Succeeded, qPrintable(added.errorMessage));
        const test::TaskOutcome opened = D360_AWAIT(clients.open(added.account.id));
        QVERIFY(opened.client);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > realExpiry.addMSecs(300), 6000);

        QVERIFY(listsProjects(opened.client));
        QVERIFY(opened.client->transport()->credential().secret() != tokens->accessToken);
        QVERIFY(!manager.needsAttention(added.account.id));
        QVERIFY(D360_AWAIT(manager.remove(added.account.id)).outcome
                == AccountTask::Outcome::Succeeded);
    }

    void aRefreshThatMeetsAServerInTroubleIsTriedAgain()
    {
        QString problem;
        const std::optional<auth::OAuthTokens> tokens
            = test::signInToSandbox(*m_shortLived, &problem);
        QVERIFY2(tokens, qPrintable(problem));
        // The laptop wakes up: the sign-in server answers 503 twice, then
        // the connection drops once, then all is well.
        sandbox::SandboxFaults trouble;
        trouble.tokenServerErrors = 2;
        trouble.tokenDrops = 1;
        m_shortLived->setFaults(trouble);

        // The window's own wiring: an account that needs attention holds its jobs.
        ExportSessionOptions sessionOptions;
        sessionOptions.accounts = managerOptions();
        sessionOptions.clients = poolOptions();
        sessionOptions.jobs.pollFirst = std::chrono::milliseconds(50);
        sessionOptions.jobs.pollCap = std::chrono::milliseconds(200);
        ExportSession session(sessionOptions);
        AccountManager &manager = *session.accounts();
        jobs::JobQueue &queue = *session.queue();
        QSignalSpy attention(&manager, &AccountManager::accountNeedsAttention);
        const test::TaskOutcome added
            = D360_AWAIT(manager.add(draftFor(*m_shortLived), AccountSecret::oauth(*tokens)));
        QVERIFY2(added.outcome == AccountTask::Outcome::Succeeded, qPrintable(added.errorMessage));
        const test::TaskOutcome opened = D360_AWAIT(session.clients()->open(added.account.id));
        QVERIFY(opened.client);
        api::ApiClient *client = opened.client;

        // The 3-second token has run out (a margin: the server started its
        // clock a moment after we did): the jobs need the renewed one.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > tokens->expiresAt.addMSecs(300),
                                 6000);
        QVERIFY2(!manager.needsAttention(added.account.id),
                 qPrintable(manager.account(added.account.id)->attentionReason));
        const sandbox::SandboxFaults left = m_shortLived->faults();
        QCOMPARE(left.tokenServerErrors + left.tokenDrops, 0);

        QTemporaryDir out;
        jobs::BatchSelection selection;
        selection.accountId = added.account.id;
        for (const sandbox::DemoProject &project : m_shortLived->demoData().projects()) {
            if (project.status == 0 && project.defaultVersion() && selection.projectId.isEmpty())
                selection.projectId = project.id;
        }
        selection.includeDefaultVersion = true;
        selection.formats = { api::ExportFormat::Markdown };
        selection.outputFolder = out.path();
        jobs::BatchPlanner planner(client, selection);
        QSignalSpy planned(&planner, &jobs::BatchPlanner::finished);
        planner.start();
        QVERIFY(planned.wait(15000));
        QVERIFY2(planner.error().isNull(), qPrintable(planner.error().displayText()));
        QSignalSpy batchDone(&queue, &jobs::JobQueue::batchFinished);
        queue.enqueue(planner.jobs());
        QVERIFY(batchDone.wait(30000));
        for (int row = 0; row < queue.count(); ++row)
            QCOMPARE(queue.at(row).state, jobs::JobState::Completed);
        QCOMPARE(attention.count(), 0);
        QVERIFY(D360_AWAIT(manager.remove(added.account.id)).outcome
                == AccountTask::Outcome::Succeeded);
    }

    void aSignInServerOutOfReachForLongerIsNotFinal()
    {
        QString problem;
        const std::optional<auth::OAuthTokens> tokens
            = test::signInToSandbox(*m_shortLived, &problem);
        QVERIFY2(tokens, qPrintable(problem));
        sandbox::SandboxFaults away;
        away.tokenDrops = 1000;
        m_shortLived->setFaults(away);
        AccountManager manager(managerOptions());
        auth::ClientPool clients(&manager, poolOptions());
        QSignalSpy attention(&manager, &AccountManager::accountNeedsAttention);
        QSignalSpy restored(&manager, &AccountManager::accountRestored);
        const test::TaskOutcome added
            = D360_AWAIT(manager.add(draftFor(*m_shortLived), AccountSecret::oauth(*tokens)));
        QVERIFY2(added.outcome == AccountTask::Outcome::Succeeded, qPrintable(added.errorMessage));
        const test::TaskOutcome opened = D360_AWAIT(clients.open(added.account.id));
        QVERIFY(opened.client);

        // Out of reach through all the retries, with the token expired: the
        // account's jobs wait, and the window says why.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > tokens->expiresAt.addMSecs(300),
                                 6000);
        QVERIFY(!listsProjects(opened.client));
        QTRY_VERIFY(manager.needsAttention(added.account.id));
        QCOMPARE(attention.count(), 1);
        const QString reason = manager.account(added.account.id)->attentionReason;
        QVERIFY2(reason.contains(QLatin1String("could not be reached"))
                     && reason.contains(QLatin1String("by itself")),
                 qPrintable(reason));

        // Back online: the next round renews the sign-in and the account works again.
        m_shortLived->setFaults({});
        QVERIFY(restored.wait(10000));
        QVERIFY(!manager.needsAttention(added.account.id));
        QVERIFY(listsProjects(opened.client));
        QVERIFY(D360_AWAIT(manager.remove(added.account.id)).outcome
                == AccountTask::Outcome::Succeeded);
    }

    void aRefusedRefreshAsksToSignInAgain()
    {
        QString problem;
        const std::optional<auth::OAuthTokens> tokens
            = test::signInToSandbox(*m_shortLived, &problem);
        QVERIFY2(tokens, qPrintable(problem));
        // Someone else uses the refresh token first; the server rotates it,
        // so ours is no longer good.
        auth::TokenEndpoint endpoint(test::sandboxOAuthSettings(*m_shortLived));
        bool used = false;
        endpoint.refresh(tokens->refreshToken,
                         [&used](const auth::OAuthTokens &, const QString &) { used = true; });
        QTRY_VERIFY_WITH_TIMEOUT(used, 5000);

        AccountManager manager(managerOptions());
        // The pool keeps a new sign-in fresh from the moment it is added.
        auth::ClientPool clients(&manager, poolOptions());
        QSignalSpy attention(&manager, &AccountManager::accountNeedsAttention);
        const qsizetype loggedBefore = test::LogRecorder::messages().size();
        const test::TaskOutcome added
            = D360_AWAIT(manager.add(draftFor(*m_shortLived), AccountSecret::oauth(*tokens)));
        QVERIFY2(added.outcome == AccountTask::Outcome::Succeeded, qPrintable(added.errorMessage));
        QTRY_VERIFY_WITH_TIMEOUT(attention.count() > 0, 8000);
        // Final at once: invalid_grant is not tried again.
        for (const QString &message : test::LogRecorder::messages().mid(loggedBefore))
            QVERIFY2(!message.contains(QLatin1String("trying again")), qPrintable(message));
        QCOMPARE(attention.first().at(0).toString(), added.account.id);
        QVERIFY2(attention.first().at(1).toString().contains(QLatin1String("Sign in again")),
                 qPrintable(attention.first().at(1).toString()));
        QVERIFY(manager.needsAttention(added.account.id));

        // A new sign-in restores it.
        QSignalSpy restored(&manager, &AccountManager::accountRestored);
        const std::optional<auth::OAuthTokens> fresh
            = test::signInToSandbox(*m_shortLived, &problem);
        QVERIFY2(fresh, qPrintable(problem));
        const test::TaskOutcome replaced
            = D360_AWAIT(manager.replaceSecret(added.account.id, AccountSecret::oauth(*fresh)));
        QVERIFY2(replaced.outcome == AccountTask::Outcome::Succeeded,
                 qPrintable(replaced.errorMessage));
        QCOMPARE(restored.count(), 1);
        QVERIFY(!manager.needsAttention(added.account.id));
        QVERIFY(D360_AWAIT(manager.remove(added.account.id)).outcome
                == AccountTask::Outcome::Succeeded);
    }
};

QTEST_MAIN(OAuthSignInTest)
#include "tst_oauth_sign_in.moc"
