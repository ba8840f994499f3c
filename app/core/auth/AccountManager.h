// The writer's Document360 accounts: the list, and everything that changes
// it (add, rename, replace the token, test, remove), plus an API client per
// account that stays authenticated.
//
// A credential is checked against the server (it lists the projects) before
// anything is saved, so a mistyped or wrong-region token never becomes an
// account. A browser sign-in also records what its access token is bound to
// (the project picked at sign-in, and who signed in; Account::boundProjectId).
// Non-secret fields go to QSettings (AccountRepository), the secret to the
// keychain (SecretStore) under the account's id; removing an account
// removes both. When the keychain fails, the caller may add the account "for
// this session only": it then lives in memory, secret and all, and nothing of
// it is written anywhere.
//
// Clients from openClient() restore the remembered API dialect and auth
// scheme, keep OAuth tokens fresh (TokenRefresher: before expiry, and once on
// a 401), and report a refused credential. An account whose credential was
// refused, whose keychain entry vanished, or whose sign-in could not be
// renewed (refused, or the sign-in server out of reach through all of a
// refresh's retries) "needs attention":
//
//   accountNeedsAttention(id, reason)  emitted once when an account starts to
//                                      need attention (a 401 with a known auth
//                                      scheme, a failed refresh, a missing
//                                      keychain entry). A job queue holds the
//                                      account's queued jobs instead of failing
//                                      them one by one; the window marks the
//                                      account and offers to replace the token
//                                      or sign in again.
//   accountRestored(id)                emitted when such an account works again
//                                      (replaced token, new sign-in, a
//                                      successful test, or a refresh that
//                                      works once the sign-in server can be
//                                      reached again). The queue resumes the
//                                      held jobs; clients already open carry
//                                      the new credential by then.
//
// needsAttention(id) answers the same question synchronously, e.g. for jobs
// restored at startup.
#pragma once

#include "core/api/ApiSettings.h"
#include "core/auth/Account.h"
#include "core/auth/AccountSecret.h"
#include "core/auth/AccountTask.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace d360::api {
class ApiClient;
}

namespace d360::auth {

class AccountRepository;
class SecretStore;
class TokenRefresher;

struct AccountManagerOptions
{
    QString keychainService; // empty: ApplicationInfo::keychainService()
    QString settingsFile; // empty: the application's QSettings
    api::ApiSettings apiSettings;
    std::chrono::milliseconds keychainTimeout { 8000 };
    // How a token refresh rides out a sign-in server in trouble: about a
    // minute of tries (1, 2, 4, 8, 16, 30 s, with jitter), long enough for a
    // laptop's network to come back after sleep.
    api::RetryPolicy tokenRefreshRetry { 6, std::chrono::seconds(1), std::chrono::seconds(30) };
};

class AccountManager : public QObject
{
    Q_OBJECT

public:
    enum class SecretStorage {
        Keychain, // the normal case
        SessionOnly, // keep it in memory until the program ends; write nothing
    };

    explicit AccountManager(const AccountManagerOptions &options = {}, QObject *parent = nullptr);
    ~AccountManager() override;

    QList<Account> accounts() const { return m_accounts; }
    std::optional<Account> account(const QString &accountId) const;
    std::optional<Account> findByLabel(const QString &label) const;
    bool needsAttention(const QString &accountId) const;

    // Checks the secret against draft.address, then saves the account. The
    // draft's id is ignored (a new one is made); its auth kind follows the
    // secret. On success task->account() holds the saved account and the
    // projects it sees.
    AccountTask *add(const Account &draft, const AccountSecret &secret,
                     SecretStorage storage = SecretStorage::Keychain);
    // Rotates an account's secret (a new token, or the tokens of a new
    // sign-in), checked the same way first. Clears "needs attention".
    AccountTask *replaceSecret(const QString &accountId, const AccountSecret &secret);
    // Lists the projects with the stored secret; refreshes what the account
    // sees, and clears or sets "needs attention".
    AccountTask *test(const QString &accountId);
    // Deletes the keychain entry, then the settings. An entry that is
    // already gone from the keychain is fine; a keychain that cannot be
    // reached keeps the account, so no secret is orphaned.
    AccountTask *remove(const QString &accountId);
    // Labels are unique (case-insensitively) because the command line names
    // accounts by them.
    bool rename(const QString &accountId, const QString &label, QString *problem);

    // An authenticated client for the account (task->client(), a child of
    // this manager; reparent it to keep it longer than the manager).
    AccountTask *openClient(const QString &accountId);

    // Why a label cannot be used, or an empty string.
    QString labelProblem(const QString &label, const QString &exceptAccountId = {}) const;

    SecretStore *secretStore() const { return m_secretStore; }
    const api::ApiSettings &apiSettings() const { return m_apiSettings; }

Q_SIGNALS:
    void accountsChanged();
    void accountAdded(const QString &accountId);
    void accountRemoved(const QString &accountId);
    void accountNeedsAttention(const QString &accountId, const QString &reason);
    void accountRestored(const QString &accountId);

private:
    struct Validation
    {
        api::ApiError error;
        QList<VisibleProject> projects;
        std::optional<api::AuthScheme> confirmedScheme;
    };
    struct LiveAccount
    {
        QList<QPointer<api::ApiClient>> clients;
        QPointer<TokenRefresher> refresher;
        std::optional<AccountSecret> sessionSecret;
        // Needs attention only because the sign-in server was out of reach:
        // the next refresh that works restores the account.
        bool renewalPending = false;
    };

    Account *findAccount(const QString &accountId);
    void validate(const api::ServerAddress &address, const AccountSecret &secret, QObject *context,
                  std::function<void(const Validation &)> done);
    void
    loadSecret(const Account &account, QObject *context,
               std::function<void(const std::optional<AccountSecret> &, const SecretError &)> done);
    void storeSecret(const Account &account, const AccountSecret &secret, QObject *context,
                     std::function<void(const SecretError &)> done);
    // Finds the account and reads its secret, failing the task (and marking
    // the account when its keychain entry is gone); then(task, account, secret).
    AccountTask *withStoredSecret(
        const QString &accountId,
        std::function<void(AccountTask *, const Account &, const AccountSecret &)> then);
    api::ApiClient *createClient(const Account &account, const AccountSecret &secret);
    TokenRefresher *refresherFor(const Account &account, const OAuthTokens &tokens);
    void applySecretToClients(const QString &accountId, const AccountSecret &secret,
                              std::optional<api::AuthScheme> scheme);
    void onTokensRefreshed(const QString &accountId, const OAuthTokens &tokens);
    bool save(const Account &account, QString *problem);
    void markNeedsAttention(const QString &accountId, const QString &reason);
    void updateAccount(const QString &accountId, const std::function<void(Account &)> &change);
    void sortAccounts();

    std::unique_ptr<AccountRepository> m_repository;
    SecretStore *m_secretStore;
    api::ApiSettings m_apiSettings;
    api::RetryPolicy m_tokenRefreshRetry;
    QList<Account> m_accounts;
    QHash<QString, LiveAccount> m_live;
};

} // namespace d360::auth
