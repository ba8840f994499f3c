// See AccountManager.h. Order matters in every change: the server first
// (nothing unchecked is kept), then the keychain (the secret is safe before
// an account points at it), then the settings, then the signals. Removing
// goes the other way round: keychain first, so a failure leaves a complete
// account to try again rather than an orphaned secret; accountRemoved() then
// lets ClientPool close the account's clients before anyone hears that the
// list changed.
#include "core/auth/AccountManager.h"

#include "core/ApplicationInfo.h"
#include "core/api/ApiClient.h"
#include "core/api/ApiTransport.h"
#include "core/auth/AccountRepository.h"
#include "core/auth/SecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <utility>

namespace d360::auth {

namespace {

Q_LOGGING_CATEGORY(lcAccountManager, "d360.accounts", QtInfoMsg)

QString noSuchAccount()
{
    return AccountManager::tr("There is no such account.");
}

} // namespace

AccountManager::AccountManager(const AccountManagerOptions &options, QObject *parent)
    : QObject(parent)
    , m_repository(std::make_unique<AccountRepository>(options.settingsFile))
    , m_secretStore(new SecretStore(options.keychainService.isEmpty()
                                        ? ApplicationInfo::keychainService()
                                        : options.keychainService,
                                    options.keychainTimeout, this))
    , m_apiSettings(options.apiSettings)
    , m_accounts(m_repository->load())
{ }

AccountManager::~AccountManager() = default;

std::optional<Account> AccountManager::account(const QString &accountId) const
{
    for (const Account &candidate : m_accounts) {
        if (candidate.id == accountId)
            return candidate;
    }
    return std::nullopt;
}

std::optional<Account> AccountManager::findByLabel(const QString &label) const
{
    for (const Account &candidate : m_accounts) {
        if (candidate.label.compare(label.trimmed(), Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

bool AccountManager::needsAttention(const QString &accountId) const
{
    const std::optional<Account> found = account(accountId);
    return found && found->needsAttention;
}

Account *AccountManager::findAccount(const QString &accountId)
{
    for (Account &candidate : m_accounts) {
        if (candidate.id == accountId)
            return &candidate;
    }
    return nullptr;
}

QString AccountManager::labelProblem(const QString &label, const QString &exceptAccountId) const
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the account a name.");
    for (const Account &other : m_accounts) {
        if (other.id != exceptAccountId && other.label.compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("There is already an account named \"%1\".").arg(other.label);
    }
    return {};
}

void AccountManager::sortAccounts()
{
    std::sort(m_accounts.begin(), m_accounts.end(), [](const Account &a, const Account &b) {
        return a.label.compare(b.label, Qt::CaseInsensitive) < 0;
    });
}

bool AccountManager::save(const Account &account, QString *problem)
{
    if (account.sessionOnly)
        return true;
    return m_repository->save(account, problem);
}

void AccountManager::updateAccount(const QString &accountId,
                                   const std::function<void(Account &)> &change)
{
    Account *account = findAccount(accountId);
    if (!account)
        return;
    change(*account);
    QString problem;
    if (!save(*account, &problem))
        qCWarning(lcAccountManager) << "could not save account" << accountId << ":" << problem;
}

void AccountManager::validate(const api::ServerAddress &address, const AccountSecret &secret,
                              QObject *context, std::function<void(const Validation &)> done)
{
    auto *client = new api::ApiClient(address, secret.credential(), m_apiSettings, context);
    if (secret.kind() == AuthKind::OAuth)
        client->setConfirmedAuthScheme(api::AuthScheme::Bearer);
    api::ProjectListCall *call = client->listProjects();
    connect(call, &api::ApiCall::finished, context, [client, call, done] {
        Validation validation;
        validation.error = call->error();
        if (call->succeeded()) {
            for (const api::Project &project : call->result())
                validation.projects.append({ project.id, project.name });
            if (client->transport()->isAuthSchemeConfirmed())
                validation.confirmedScheme = client->authScheme();
        }
        client->deleteLater();
        done(validation);
    });
}

void AccountManager::readSecret(
    const QString &accountId, QObject *context,
    std::function<void(const std::optional<AccountSecret> &, const SecretError &)> done)
{
    const std::optional<Account> found = account(accountId);
    if (!found) {
        QMetaObject::invokeMethod(
            context,
            [done] {
                done(std::nullopt, SecretError(SecretError::Kind::NotFound, noSuchAccount()));
            },
            Qt::QueuedConnection);
        return;
    }
    const auto session = m_sessionSecrets.constFind(accountId);
    if (session != m_sessionSecrets.constEnd()) {
        const AccountSecret secret = *session;
        QMetaObject::invokeMethod(
            context, [done, secret] { done(secret, {}); }, Qt::QueuedConnection);
        return;
    }
    const AuthKind kind = found->authKind;
    m_secretStore->read(
        accountId, context,
        [this, accountId, done, kind](const QString &text, const SecretError &error) {
            if (!error.isNull()) {
                // Gone from the keychain while the account is still here:
                // only a new token or sign-in helps.
                if (error.kind() == SecretError::Kind::NotFound && account(accountId))
                    markNeedsAttention(accountId, error.message());
                done(std::nullopt, error);
                return;
            }
            const std::optional<AccountSecret> secret = AccountSecret::parse(kind, text);
            if (!secret) {
                done(std::nullopt,
                     SecretError(SecretError::Kind::Other,
                                 tr("the keychain entry of this account cannot be read")));
                return;
            }
            done(secret, {});
        });
}

void AccountManager::storeSecret(const Account &account, const AccountSecret &secret,
                                 QObject *context, std::function<void(const SecretError &)> done)
{
    if (account.sessionOnly) {
        m_sessionSecrets.insert(account.id, secret);
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    m_secretStore->write(account.id, secret.serialize(), context, std::move(done));
}

AccountTask *AccountManager::add(const Account &draft, const AccountSecret &secret,
                                 SecretStorage storage)
{
    auto *task = new AccountTask(this);
    const QString problem = labelProblem(draft.label);
    if (!problem.isEmpty()) {
        task->failInvalid(problem);
        return task;
    }
    if (secret.isEmpty()) {
        task->failInvalid(tr("No token was given."));
        return task;
    }
    Account account = draft;
    account.id = Account::newId();
    account.label = draft.label.trimmed();
    account.authKind = secret.kind();
    account.needsAttention = false;
    account.attentionReason.clear();
    account.sessionOnly = storage == SecretStorage::SessionOnly;
    account.dialect = api::Dialect::Unknown;
    account.confirmedScheme.reset();
    task->setAccount(account);

    validate(
        account.address, secret, task,
        [this, task, account, secret](const Validation &validation) mutable {
            if (!validation.error.isNull()) {
                task->failRefused(validation.error);
                return;
            }
            account.visibleProjects = validation.projects;
            account.confirmedScheme = secret.kind() == AuthKind::OAuth ? api::AuthScheme::Bearer
                                                                       : validation.confirmedScheme;
            if (secret.kind() == AuthKind::OAuth)
                account.adoptClaimsOf(secret.tokens().accessToken);
            account.lastValidatedAt = QDateTime::currentDateTimeUtc();
            task->setAccount(account);
            // A second add with the same label may have finished meanwhile.
            const QString lateProblem = labelProblem(account.label);
            if (!lateProblem.isEmpty()) {
                task->failInvalid(lateProblem);
                return;
            }
            storeSecret(
                account, secret, task, [this, task, account, secret](const SecretError &error) {
                    if (!error.isNull()) {
                        if (account.sessionOnly)
                            m_sessionSecrets.remove(account.id);
                        if (error.kind() == SecretError::Kind::TimedOut) {
                            // The stuck write may still land later. QtKeychain runs
                            // jobs in order, so a delete queued now runs after it and
                            // leaves no secret without an account.
                            m_secretStore->remove(account.id, this, [](const SecretError &) {});
                        }
                        task->failKeychain(error);
                        return;
                    }
                    QString saveProblem;
                    if (!save(account, &saveProblem)) {
                        // Without settings the keychain entry would be an orphan.
                        m_secretStore->remove(account.id, this, [](const SecretError &) {});
                        task->failInvalid(
                            tr("The account could not be saved: %1.").arg(saveProblem));
                        return;
                    }
                    m_accounts.append(account);
                    sortAccounts();
                    Q_EMIT secretChanged(account.id, secret);
                    qCDebug(lcAccountManager)
                        << "added account" << account.id << "on" << account.address.displayName();
                    Q_EMIT accountAdded(account.id);
                    Q_EMIT accountsChanged();
                    task->succeed();
                });
        });
    return task;
}

std::optional<Account> AccountManager::accountForTask(AccountTask *task,
                                                      const QString &accountId) const
{
    const std::optional<Account> found = account(accountId);
    if (found)
        task->setAccount(*found);
    else
        task->failNotFound(noSuchAccount());
    return found;
}

AccountTask *AccountManager::replaceSecret(const QString &accountId, const AccountSecret &secret)
{
    auto *task = new AccountTask(this);
    const std::optional<Account> found = accountForTask(task, accountId);
    if (!found)
        return task;
    if (secret.isEmpty()) {
        task->failInvalid(tr("No token was given."));
        return task;
    }
    if (secret.kind() != found->authKind) {
        task->failInvalid(
            found->authKind == AuthKind::OAuth
                ? tr("This account signs in through the browser; sign in again instead.")
                : tr("This account uses an API token; paste a new token instead."));
        return task;
    }
    validate(found->address, secret, task,
             [this, task, accountId, secret](const Validation &validation) {
                 const std::optional<Account> current = account(accountId);
                 if (!current) {
                     task->failNotFound(noSuchAccount());
                     return;
                 }
                 if (!validation.error.isNull()) {
                     task->failRefused(validation.error);
                     return;
                 }
                 storeSecret(*current, secret, task,
                             [this, task, accountId, secret, validation](const SecretError &error) {
                                 if (!error.isNull()) {
                                     task->failKeychain(error);
                                     return;
                                 }
                                 const std::optional<api::AuthScheme> scheme
                                     = secret.kind() == AuthKind::OAuth
                                     ? std::optional(api::AuthScheme::Bearer)
                                     : validation.confirmedScheme;
                                 bool restored = false;
                                 updateAccount(accountId, [&](Account &changed) {
                                     changed.visibleProjects = validation.projects;
                                     changed.confirmedScheme = scheme;
                                     if (secret.kind() == AuthKind::OAuth)
                                         changed.adoptClaimsOf(secret.tokens().accessToken);
                                     changed.lastValidatedAt = QDateTime::currentDateTimeUtc();
                                     restored = changed.needsAttention;
                                     changed.needsAttention = false;
                                     changed.attentionReason.clear();
                                 });
                                 Q_EMIT secretChanged(accountId, secret);
                                 if (const std::optional<Account> updated = account(accountId))
                                     task->setAccount(*updated);
                                 Q_EMIT accountsChanged();
                                 if (restored)
                                     Q_EMIT accountRestored(accountId);
                                 task->succeed();
                             });
             });
    return task;
}

AccountTask *AccountManager::remove(const QString &accountId)
{
    auto *task = new AccountTask(this);
    const std::optional<Account> found = accountForTask(task, accountId);
    if (!found)
        return task;
    auto forget = [this, task, accountId] {
        QString problem;
        if (!m_repository->remove(accountId, &problem)) {
            task->failInvalid(tr("The account's settings could not be removed: %1.").arg(problem));
            return;
        }
        m_sessionSecrets.remove(accountId);
        m_accounts.erase(
            std::remove_if(m_accounts.begin(), m_accounts.end(),
                           [&](const Account &account) { return account.id == accountId; }),
            m_accounts.end());
        qCDebug(lcAccountManager) << "removed account" << accountId;
        Q_EMIT accountRemoved(accountId);
        Q_EMIT accountsChanged();
        task->succeed();
    };
    if (found->sessionOnly) {
        QMetaObject::invokeMethod(task, forget, Qt::QueuedConnection);
        return task;
    }
    m_secretStore->remove(accountId, task, [task, forget](const SecretError &error) {
        if (!error.isNull() && error.kind() != SecretError::Kind::NotFound) {
            task->failKeychain(error);
            return;
        }
        forget();
    });
    return task;
}

bool AccountManager::rename(const QString &accountId, const QString &label, QString *problem)
{
    Account *found = findAccount(accountId);
    if (!found) {
        *problem = noSuchAccount();
        return false;
    }
    *problem = labelProblem(label, accountId);
    if (!problem->isEmpty())
        return false;
    Account changed = *found;
    changed.label = label.trimmed();
    if (!save(changed, problem))
        return false;
    *found = changed;
    sortAccounts();
    Q_EMIT accountsChanged();
    return true;
}

void AccountManager::keepRenewedSecret(const QString &accountId, const AccountSecret &secret)
{
    const std::optional<Account> current = account(accountId);
    if (!current)
        return;
    storeSecret(*current, secret, this, [accountId](const SecretError &error) {
        if (!error.isNull())
            qCWarning(lcAccountManager) << "the renewed sign-in of account" << accountId
                                        << "is kept in memory only:" << error.message();
    });
}

void AccountManager::rememberDialect(const QString &accountId, api::Dialect dialect)
{
    updateAccount(accountId, [dialect](Account &changed) { changed.dialect = dialect; });
}

void AccountManager::rememberAuthScheme(const QString &accountId, api::AuthScheme scheme)
{
    updateAccount(accountId, [scheme](Account &changed) { changed.confirmedScheme = scheme; });
}

void AccountManager::rememberProjects(const QString &accountId,
                                      const QList<VisibleProject> &projects)
{
    bool restored = false;
    updateAccount(accountId, [&](Account &changed) {
        changed.visibleProjects = projects;
        changed.lastValidatedAt = QDateTime::currentDateTimeUtc();
        restored = changed.needsAttention;
        changed.needsAttention = false;
        changed.attentionReason.clear();
    });
    Q_EMIT accountsChanged();
    if (restored)
        Q_EMIT accountRestored(accountId);
}

void AccountManager::changeAttentionReason(const QString &accountId, const QString &reason)
{
    if (!needsAttention(accountId))
        return;
    updateAccount(accountId, [&reason](Account &changed) { changed.attentionReason = reason; });
    Q_EMIT accountsChanged();
}

void AccountManager::restore(const QString &accountId)
{
    if (!needsAttention(accountId))
        return;
    updateAccount(accountId, [](Account &changed) {
        changed.needsAttention = false;
        changed.attentionReason.clear();
    });
    qCDebug(lcAccountManager) << "account" << accountId << "works again";
    Q_EMIT accountsChanged();
    Q_EMIT accountRestored(accountId);
}

void AccountManager::markNeedsAttention(const QString &accountId, const QString &reason)
{
    Account *found = findAccount(accountId);
    if (!found || found->needsAttention)
        return;
    updateAccount(accountId, [&reason](Account &changed) {
        changed.needsAttention = true;
        changed.attentionReason = reason;
    });
    qCDebug(lcAccountManager) << "account" << accountId << "needs attention";
    Q_EMIT accountNeedsAttention(accountId, reason);
    Q_EMIT accountsChanged();
}

} // namespace d360::auth
