// See ClientPool.h.
#include "core/auth/ClientPool.h"

#include "core/api/ApiClient.h"
#include "core/auth/AccountManager.h"
#include "core/auth/AccountTask.h"

#include <QMetaObject>

namespace d360::auth {

ClientPool::ClientPool(AccountManager *accounts, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
{
    connect(accounts, &AccountManager::accountRemoved, this, &ClientPool::close);
}

api::ApiClient *ClientPool::client(const QString &accountId) const
{
    return m_clients.value(accountId).data();
}

bool ClientPool::isOpening(const QString &accountId) const
{
    return m_opening.contains(accountId);
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
    if (m_opening.contains(accountId))
        return;
    m_opening.append(accountId);
    AccountTask *task = m_accounts->openClient(accountId);
    connect(task, &AccountTask::finished, this, [this, task, accountId] {
        m_opening.removeAll(accountId);
        if (!task->succeeded() || !task->client()) {
            Q_EMIT clientFailed(accountId, task->errorMessage());
            noteAnswered(accountId);
            return;
        }
        api::ApiClient *opened = task->client();
        opened->setParent(this);
        m_clients.insert(accountId, opened);
        Q_EMIT clientReady(accountId, opened);
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
    if (api::ApiClient *open = m_clients.take(accountId))
        open->deleteLater();
    noteAnswered(accountId);
}

} // namespace d360::auth
