// See ClientPool.h. Every client the pool makes is in m_live, so a renewed
// token, a replaced secret or a removed account reaches all of them; the
// refresher of an account is shared by its clients, so concurrent 401s
// share one refresh.
#include "core/auth/ClientPool.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiTransport.h"
#include "core/auth/AccountManager.h"
#include "core/auth/AccountTask.h"
#include "core/auth/TokenRefresher.h"

#include <QLoggingCategory>
#include <QMetaObject>

#include <utility>

namespace d360::auth {

namespace {

Q_LOGGING_CATEGORY(lcClientPool, "d360.accounts.clients", QtInfoMsg)

} // namespace

ClientPool::ClientPool(AccountManager *accounts, const ClientPoolOptions &options, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_options(options)
{
    connect(accounts, &AccountManager::accountRemoved, this, &ClientPool::close);
    connect(accounts, &AccountManager::secretChanged, this, &ClientPool::onSecretChanged);
}

ClientPool::~ClientPool() = default;

api::ApiClient *ClientPool::client(const QString &accountId) const
{
    const auto found = m_live.constFind(accountId);
    return found == m_live.constEnd() ? nullptr : found->shared.data();
}

AccountTask *ClientPool::open(const QString &accountId)
{
    if (api::ApiClient *shared = client(accountId)) {
        auto *task = new AccountTask(this);
        if (const std::optional<Account> found = m_accounts->account(accountId))
            task->setAccount(*found);
        task->setClient(shared);
        task->succeed();
        return task;
    }
    return withSecret(
        accountId, [this](AccountTask *task, const Account &current, const AccountSecret &secret) {
            // Another open may have got there first.
            api::ApiClient *shared = client(current.id);
            if (!shared) {
                shared = createClient(current, secret);
                m_live[current.id].shared = shared;
            }
            task->setClient(shared);
            task->succeed();
        });
}

void ClientPool::prepare(const QString &accountId)
{
    if (api::ApiClient *open = client(accountId)) {
        QMetaObject::invokeMethod(
            this,
            [this, accountId, open] {
                Q_EMIT clientReady(accountId, open);
                noteAnswered(accountId);
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_live.value(accountId).opening)
        return;
    m_live[accountId].opening = true;
    AccountTask *task = open(accountId);
    connect(task, &AccountTask::finished, this, [this, task, accountId] {
        const auto found = m_live.find(accountId);
        if (found != m_live.end())
            found->opening = false;
        if (!task->succeeded() || !task->client()) {
            Q_EMIT clientFailed(accountId, task->errorMessage());
            noteAnswered(accountId);
            return;
        }
        Q_EMIT clientReady(accountId, task->client());
        noteAnswered(accountId);
    });
}

void ClientPool::prepareAll()
{
    m_preparingAll = true;
    m_waitingForAll.clear();
    for (const Account &account : m_accounts->accounts())
        m_waitingForAll.append(account.id);
    if (m_waitingForAll.isEmpty()) {
        m_preparingAll = false;
        QMetaObject::invokeMethod(this, &ClientPool::allPrepared, Qt::QueuedConnection);
        return;
    }
    const QStringList ids = m_waitingForAll;
    for (const QString &id : ids)
        prepare(id);
}

AccountTask *ClientPool::test(const QString &accountId)
{
    return withSecret(
        accountId,
        [this, accountId](AccountTask *task, const Account &current, const AccountSecret &secret) {
            api::ApiClient *client = createClient(current, secret);
            api::ProjectListCall *call = client->listProjects();
            connect(call, &api::ApiCall::finished, task, [this, task, accountId, client, call] {
                client->deleteLater();
                if (!call->succeeded()) {
                    if (const std::optional<Account> latest = m_accounts->account(accountId))
                        task->setAccount(*latest);
                    task->failRefused(call->error());
                    return;
                }
                QList<VisibleProject> projects;
                for (const api::Project &project : call->result())
                    projects.append({ project.id, project.name });
                m_accounts->rememberProjects(accountId, projects);
                if (const std::optional<Account> updated = m_accounts->account(accountId))
                    task->setAccount(*updated);
                task->succeed();
            });
        });
}

AccountTask *ClientPool::withSecret(
    const QString &accountId,
    std::function<void(AccountTask *, const Account &, const AccountSecret &)> then)
{
    auto *task = new AccountTask(this);
    const std::optional<Account> found = m_accounts->account(accountId);
    if (!found) {
        task->failNotFound(AccountManager::tr("There is no such account."));
        return task;
    }
    task->setAccount(*found);
    auto proceed = [this, task, accountId, then = std::move(then)](
                       const std::optional<AccountSecret> &secret, const SecretError &error) {
        const std::optional<Account> current = m_accounts->account(accountId);
        if (!current) {
            task->failNotFound(AccountManager::tr("There is no such account."));
            return;
        }
        if (!secret) {
            task->failKeychain(error);
            return;
        }
        then(task, *current, *secret);
    };
    if (const TokenRefresher *refresher = m_live.value(accountId).refresher) {
        // The refresher holds the newest tokens; the keychain may lag behind.
        const AccountSecret secret = AccountSecret::oauth(refresher->tokens());
        QMetaObject::invokeMethod(
            task, [proceed, secret] { proceed(secret, {}); }, Qt::QueuedConnection);
        return task;
    }
    m_accounts->readSecret(accountId, task, std::move(proceed));
    return task;
}

api::ApiClient *ClientPool::createClient(const Account &account, const AccountSecret &secret)
{
    const QString accountId = account.id;
    auto *client = new api::ApiClient(account.address, secret.credential(account.confirmedScheme),
                                      m_accounts->apiSettings(), this);
    if (account.dialect != api::Dialect::Unknown)
        client->setDialect(account.dialect);
    if (secret.kind() == AuthKind::OAuth)
        client->setConfirmedAuthScheme(api::AuthScheme::Bearer);
    else if (account.confirmedScheme)
        client->setConfirmedAuthScheme(*account.confirmedScheme);

    AccountManager *accounts = m_accounts;
    connect(client, &api::ApiClient::dialectDetected, accounts,
            [accounts, accountId](api::Dialect dialect) {
                accounts->rememberDialect(accountId, dialect);
            });
    connect(client, &api::ApiClient::authSchemeConfirmed, accounts,
            [accounts, accountId](api::AuthScheme scheme) {
                accounts->rememberAuthScheme(accountId, scheme);
            });
    connect(client, &api::ApiClient::credentialRejected, accounts,
            [accounts, accountId](const api::ApiError &error) {
                accounts->markNeedsAttention(accountId, error.message());
            });

    if (secret.kind() == AuthKind::OAuth) {
        refresherFor(account, secret.tokens());
        QPointer<ClientPool> self(this);
        client->transport()->setCredentialRefresher(
            [self, accountId](std::function<void(bool)> done) {
                TokenRefresher *refresher
                    = self ? self->m_live.value(accountId).refresher.data() : nullptr;
                if (!refresher) {
                    done(false);
                    return;
                }
                refresher->refreshNow(std::move(done));
            });
    }
    LiveAccount &live = m_live[accountId];
    live.clients.removeAll(QPointer<api::ApiClient>());
    live.clients.append(client);
    return client;
}

TokenRefresher *ClientPool::refresherFor(const Account &account, const OAuthTokens &tokens)
{
    LiveAccount &live = m_live[account.id];
    if (live.refresher)
        return live.refresher;
    auto *refresher = new TokenRefresher(account.oauth, tokens, m_options.tokenRefreshRetry, this);
    const QString accountId = account.id;
    connect(refresher, &TokenRefresher::tokensRefreshed, this,
            [this, accountId](const OAuthTokens &fresh) { onTokensRefreshed(accountId, fresh); });
    connect(refresher, &TokenRefresher::refreshFailed, this,
            [this, accountId](const QString &message, bool final) {
                onRefreshFailed(accountId, message, final);
            });
    live.refresher = refresher;
    if (tokens.isExpiredAt(QDateTime::currentDateTimeUtc()))
        refresher->refreshNow({});
    return refresher;
}

void ClientPool::onSecretChanged(const QString &accountId, const AccountSecret &secret)
{
    const std::optional<Account> account = m_accounts->account(accountId);
    if (!account)
        return;
    // The manager saved the scheme the check confirmed before telling us.
    const std::optional<api::AuthScheme> scheme = account->confirmedScheme;
    if (secret.kind() == AuthKind::OAuth) {
        // A new sign-in is kept fresh from now on, whether or not a client
        // is open yet.
        if (TokenRefresher *existing = m_live.value(accountId).refresher)
            existing->setTokens(secret.tokens());
        else
            refresherFor(*account, secret.tokens());
    }
    const auto found = m_live.constFind(accountId);
    if (found == m_live.constEnd())
        return;
    for (const QPointer<api::ApiClient> &client : found->clients) {
        if (!client)
            continue;
        client->setCredential(secret.credential(scheme));
        if (scheme)
            client->setConfirmedAuthScheme(*scheme);
    }
}

void ClientPool::onTokensRefreshed(const QString &accountId, const OAuthTokens &tokens)
{
    const std::optional<Account> current = m_accounts->account(accountId);
    if (!current)
        return;
    const AccountSecret secret = AccountSecret::oauth(tokens);
    LiveAccount &live = m_live[accountId];
    for (const QPointer<api::ApiClient> &client : std::as_const(live.clients)) {
        if (client)
            client->setCredential(secret.credential());
    }
    m_accounts->keepRenewedSecret(accountId, secret);
    if (std::exchange(live.renewalPending, false) && current->needsAttention) {
        qCDebug(lcClientPool) << "account" << accountId << "renewed its sign-in after all";
        m_accounts->restore(accountId);
    }
}

void ClientPool::onRefreshFailed(const QString &accountId, const QString &message, bool final)
{
    if (!m_accounts->account(accountId))
        return; // removed; its refresher is on its way out
    LiveAccount &troubled = m_live[accountId];
    if (final && std::exchange(troubled.renewalPending, false)
        && m_accounts->needsAttention(accountId)) {
        // Out of reach before, refused now: the reason changes.
        m_accounts->changeAttentionReason(accountId, message);
        return;
    }
    if (!final && !m_accounts->needsAttention(accountId))
        troubled.renewalPending = true;
    m_accounts->markNeedsAttention(accountId, message);
}

void ClientPool::noteAnswered(const QString &accountId)
{
    if (!m_preparingAll || !m_waitingForAll.removeAll(accountId))
        return;
    if (m_waitingForAll.isEmpty()) {
        m_preparingAll = false;
        Q_EMIT allPrepared();
    }
}

void ClientPool::close(const QString &accountId)
{
    // In this order: no request may carry the credential once the account
    // is gone, and client() answers null before the shared client's jobs
    // hear it go (JobRunner::clientLost) and look for another.
    LiveAccount live = m_live.take(accountId);
    for (const QPointer<api::ApiClient> &client : std::as_const(live.clients)) {
        if (client)
            client->setCredential(api::Credential());
    }
    if (live.refresher)
        live.refresher->deleteLater();
    if (live.shared)
        live.shared->deleteLater();
    noteAnswered(accountId);
}

} // namespace d360::auth
