// The writer's Document360 accounts: the list, and everything that changes
// it (add, rename, replace the secret, remove), and whether an account "needs
// attention". The clients that talk to the server with an account's secret,
// and the token refreshes that keep them signed in, are ClientPool's: one
// list of live clients, in one place.
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
// An account whose credential was refused, whose keychain entry vanished, or
// whose sign-in could not be renewed (refused, or the sign-in server out of
// reach through all of a refresh's retries) "needs attention". The client
// pool reports what its clients meet (markNeedsAttention, restore); this
// class keeps the verdict and announces it:
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
//                                      the new credential by then, because
//                                      secretChanged() comes first.
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

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace d360::auth {

class AccountRepository;
class SecretStore;

struct AccountManagerOptions
{
    QString keychainService; // empty: ApplicationInfo::keychainService()
    QString settingsFile; // empty: the application's QSettings
    // For the checks before an account is saved, and for the clients that
    // ClientPool opens on the accounts.
    api::ApiSettings apiSettings;
    std::chrono::milliseconds keychainTimeout { 8000 };
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
    // Deletes the keychain entry, then the settings. An entry that is
    // already gone from the keychain is fine; a keychain that cannot be
    // reached keeps the account, so no secret is orphaned.
    AccountTask *remove(const QString &accountId);
    // Labels are unique (case-insensitively) because the command line names
    // accounts by them.
    bool rename(const QString &accountId, const QString &label, QString *problem);

    // Why a label cannot be used, or an empty string.
    QString labelProblem(const QString &label, const QString &exceptAccountId = {}) const;

    SecretStore *secretStore() const { return m_secretStore; }
    const api::ApiSettings &apiSettings() const { return m_apiSettings; }

    // For ClientPool, which opens clients on the accounts and reports what
    // they meet.
    //
    // The stored secret (in memory for a session-only account, else from the
    // keychain), done(secret, error) from the event loop. A keychain entry
    // that is gone marks the account as needing attention.
    void
    readSecret(const QString &accountId, QObject *context,
               std::function<void(const std::optional<AccountSecret> &, const SecretError &)> done);
    // Keeps the tokens of a renewed sign-in, where the account keeps its
    // secret; a keychain that fails leaves them in memory only (logged).
    void keepRenewedSecret(const QString &accountId, const AccountSecret &secret);
    // What a client learnt about the server, remembered for the next start.
    void rememberDialect(const QString &accountId, api::Dialect dialect);
    void rememberAuthScheme(const QString &accountId, api::AuthScheme scheme);
    // A successful test: what the account sees now; clears "needs attention".
    void rememberProjects(const QString &accountId, const QList<VisibleProject> &projects);
    // Emits accountNeedsAttention() when the account did not need it yet.
    void markNeedsAttention(const QString &accountId, const QString &reason);
    // A new reason for an account that needs attention already (a sign-in
    // server out of reach before that refuses the sign-in now).
    void changeAttentionReason(const QString &accountId, const QString &reason);
    // The account works again; emits accountRestored() when it needed attention.
    void restore(const QString &accountId);

Q_SIGNALS:
    void accountsChanged();
    void accountAdded(const QString &accountId);
    void accountRemoved(const QString &accountId);
    // A checked secret was stored for the account (added, or replaced), so
    // its clients and its token refresh take it up; emitted before
    // accountAdded(), or before accountRestored() on a replacement.
    void secretChanged(const QString &accountId, const d360::auth::AccountSecret &secret);
    void accountNeedsAttention(const QString &accountId, const QString &reason);
    void accountRestored(const QString &accountId);

private:
    // The account a task is about, set on the task; nothing, with the task
    // already failed ("there is no such account"), when it does not exist.
    std::optional<Account> accountForTask(AccountTask *task, const QString &accountId) const;

    struct Validation
    {
        api::ApiError error;
        QList<VisibleProject> projects;
        std::optional<api::AuthScheme> confirmedScheme;
    };

    Account *findAccount(const QString &accountId);
    void validate(const api::ServerAddress &address, const AccountSecret &secret, QObject *context,
                  std::function<void(const Validation &)> done);
    void storeSecret(const Account &account, const AccountSecret &secret, QObject *context,
                     std::function<void(const SecretError &)> done);
    bool save(const Account &account, QString *problem);
    void updateAccount(const QString &accountId, const std::function<void(Account &)> &change);
    void sortAccounts();

    std::unique_ptr<AccountRepository> m_repository;
    SecretStore *m_secretStore;
    api::ApiSettings m_apiSettings;
    QList<Account> m_accounts;
    // The secrets of session-only accounts, which are nowhere else.
    QHash<QString, AccountSecret> m_sessionSecrets;
};

} // namespace d360::auth
