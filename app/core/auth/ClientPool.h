// The live API clients of the accounts, and the token refreshes that keep
// them signed in: the one list of them in the process. The window's project
// tree and the job queue share an account's client, and with it the
// account's rate budget, its learnt dialect and its fresh OAuth token.
//
// A client restores the dialect and auth scheme the account remembers, keeps
// OAuth tokens fresh (one TokenRefresher per account: before expiry, and
// once on a 401), and tells the AccountManager what it meets: a refused
// credential or a sign-in that cannot be renewed makes the account "need
// attention", a renewal that works again restores it. The accounts
// themselves (the list, their secrets, the verdict) stay the manager's,
// which must outlive the pool.
//
// Opening a client is asynchronous (the secret comes from the keychain), but
// the job queue asks for clients synchronously; so the pool opens them ahead
// (prepare()) and answers client() from what is open. When an account is
// removed, its clients lose the credential and the shared one is closed in
// the same turn (before accountsChanged()), so a job that was using it hears
// clientLost and finds no client to start again with.
#pragma once

#include "core/api/RetryPolicy.h"
#include "core/auth/AccountSecret.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>
#include <functional>

namespace d360::api {
class ApiClient;
}

namespace d360::auth {

struct Account;
class AccountManager;
class AccountTask;
class SecretError;
class TokenRefresher;

struct ClientPoolOptions
{
    // How a token refresh rides out a sign-in server in trouble: about a
    // minute of tries (1, 2, 4, 8, 16, 30 s, with jitter), long enough for a
    // laptop's network to come back after sleep.
    api::RetryPolicy tokenRefreshRetry { 6, std::chrono::seconds(1), std::chrono::seconds(30) };
};

class ClientPool : public QObject
{
    Q_OBJECT

public:
    explicit ClientPool(AccountManager *accounts, const ClientPoolOptions &options = {},
                        QObject *parent = nullptr);
    ~ClientPool() override;

    // The open client of the account, or null when it is not open (yet).
    api::ApiClient *client(const QString &accountId) const;

    // The account's client, opened when it is not open yet: task->client(),
    // a child of this pool (reparent it to keep it longer than the pool).
    AccountTask *open(const QString &accountId);
    // Opens the client if it is not open or opening; clientReady() or
    // clientFailed() follows (at once, queued, when it is already open).
    void prepare(const QString &accountId);
    // Opens every account's client; allPrepared() once each has answered.
    void prepareAll();

    // Lists the projects with the stored secret, on a client of its own
    // that is wired like the others (a 401 marks the account, an OAuth
    // token is renewed); refreshes what the account sees, and clears or
    // sets "needs attention".
    AccountTask *test(const QString &accountId);

Q_SIGNALS:
    void clientReady(const QString &accountId, d360::api::ApiClient *client);
    void clientFailed(const QString &accountId, const QString &message);
    void allPrepared();

private:
    struct LiveAccount
    {
        // The one that client() hands out.
        QPointer<api::ApiClient> shared;
        // Every client open on the account: the shared one, and those of
        // tests on their way; a new credential goes to all of them.
        QList<QPointer<api::ApiClient>> clients;
        QPointer<TokenRefresher> refresher;
        bool opening = false;
        // Needs attention only because the sign-in server was out of reach:
        // the next refresh that works restores the account.
        bool renewalPending = false;
    };

    // Finds the account and its newest secret, failing the task when either
    // is gone; then(task, account, secret).
    AccountTask *
    withSecret(const QString &accountId,
               std::function<void(AccountTask *, const Account &, const AccountSecret &)> then);
    api::ApiClient *createClient(const Account &account, const AccountSecret &secret);
    TokenRefresher *refresherFor(const Account &account, const OAuthTokens &tokens);
    void onSecretChanged(const QString &accountId, const AccountSecret &secret);
    void onTokensRefreshed(const QString &accountId, const OAuthTokens &tokens);
    void onRefreshFailed(const QString &accountId, const QString &message, bool final);
    void close(const QString &accountId);
    void noteAnswered(const QString &accountId);

    AccountManager *m_accounts;
    ClientPoolOptions m_options;
    QHash<QString, LiveAccount> m_live;
    QStringList m_waitingForAll;
    bool m_preparingAll = false;
};

} // namespace d360::auth
