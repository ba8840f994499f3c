// What the accounts and sign-in tests share: random secrets per run, a log
// recorder, a search of folders for a secret's bytes, a scripted "browser"
// for the sandbox's authorization page, and a way to wait for an
// AccountTask's outcome (the task deletes itself once it has reported).
//
// Secrets are only ever compared as booleans here: a test that fails must
// not print the token it was guarding.
#pragma once

#include "core/api/ApiSettings.h"
#include "core/auth/AccountManager.h"
#include "core/auth/AccountSecret.h"
#include "core/auth/AccountTask.h"
#include "core/auth/OAuthSettings.h"
#include "sandbox/SandboxServer.h"
#include "support/ApiTestSupport.h"

#include <QByteArray>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace d360::test {

// A token nobody else has, with a prefix that shows what it is.
QString randomSecret(const QString &prefix);
// A sandbox (not yet started) that accepts this token and no other, without
// a rate limit: the tests search logs and files for the token afterwards.
std::unique_ptr<sandbox::SandboxServer> sandboxAccepting(const QString &token);

// The sign-in the keychain holds for an OAuth account, read through the
// manager's own store; nothing when there is none, or it does not parse.
std::optional<auth::AccountSecret> storedOAuthSecret(auth::AccountManager &manager,
                                                     const QString &accountId);

// A keychain service name of its own for this test run.
QString uniqueKeychainService();

// Records every message Qt logs from now on (all categories enabled),
// and passes it on redacted.
class LogRecorder
{
public:
    static void install();
    static QStringList messages();
    static bool contains(const QString &text);
};

// Every regular file under the folders whose raw bytes contain needle.
QStringList filesContaining(const QStringList &folders, const QByteArray &needle);
// The settings, data and cache folders of the test session's home.
QStringList userFolders();

struct TaskOutcome
{
    bool finished = false;
    auth::AccountTask::Outcome outcome = auth::AccountTask::Outcome::Pending;
    QString errorMessage;
    api::ApiError apiError;
    auth::SecretError secretError;
    auth::Account account;
    QPointer<api::ApiClient> client;
};
// Turns the event loop until the task reports; one that does not report in
// time fails the test, naming the task as the test wrote it, and comes back
// Pending. Use it through D360_AWAIT (support/ApiTestSupport.h).
TaskOutcome awaitOutcome(auth::AccountTask *task, const char *taskText, const char *file, int line,
                         int timeoutMs = defaultAwaitMs);

// Plays the person in front of the browser on the sandbox's authorization
// page: opens it, picks a project when the page asks for one, presses
// Approve or Deny, and follows the redirect to the application's loopback
// listener, as a browser would. An authorization request the server
// refuses by redirect (an unknown client id) goes straight back to the
// listener.
class ScriptedBrowser : public QObject
{
    Q_OBJECT

public:
    enum class Decision { Approve, Deny };
    // projectIndex: which of the page's projects to pick (0: the first,
    // which the page has checked).
    explicit ScriptedBrowser(Decision decision = Decision::Approve, int projectIndex = 0,
                             QObject *parent = nullptr);

    void open(const QUrl &authorizationUrl);
    bool isDone() const { return m_done; }
    // The loopback listener's answer to the redirect.
    int callbackStatus() const { return m_callbackStatus; }
    QByteArray callbackPage() const { return m_callbackPage; }
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void done();

private:
    void finish(const QString &problem);
    void returnTo(const QUrl &callback);

    QNetworkAccessManager m_network;
    Decision m_decision;
    int m_projectIndex = 0;
    bool m_done = false;
    int m_callbackStatus = 0;
    QByteArray m_callbackPage;
    QString m_problem;
};

// Runs a whole sign-in against the sandbox's authorization server with a
// ScriptedBrowser; nothing when it failed (*problem says why).
std::optional<auth::OAuthTokens> signInToSandbox(const sandbox::SandboxServer &server,
                                                 QString *problem, int projectIndex = 0);
auth::OAuthSettings sandboxOAuthSettings(const sandbox::SandboxServer &server);
api::ServerAddress sandboxAddress(const sandbox::SandboxServer &server);

} // namespace d360::test
