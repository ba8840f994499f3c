// See ExportSession.h.
#include "core/ExportSession.h"

#include "core/PrivateFiles.h"
#include "core/jobs/JobQueue.h"

#include <QFileInfo>

#include <utility>

namespace d360 {

ExportSession::ExportSession(const ExportSessionOptions &options, QObject *parent)
    : QObject(parent)
    , m_queueFile(options.queueFile)
    , m_accounts(std::make_unique<auth::AccountManager>(options.accounts))
    , m_clients(std::make_unique<auth::ClientPool>(m_accounts.get(), options.clients))
    , m_queue(std::make_unique<jobs::JobQueue>(
          [clients = m_clients.get()](const QString &accountId) {
              return clients->client(accountId);
          },
          options.jobs))
{
    if (!m_queueFile.isEmpty())
        makePrivateFolder(QFileInfo(m_queueFile).absolutePath());
    // Jobs of an account whose token was refused wait for a new one; this
    // covers jobs restored later too, so it comes first.
    for (const auth::Account &account : m_accounts->accounts()) {
        if (m_accounts->needsAttention(account.id))
            m_queue->setAccountHeld(account.id, true);
    }
    jobs::JobQueue *queue = m_queue.get();
    connect(m_accounts.get(), &auth::AccountManager::accountNeedsAttention, queue,
            [queue](const QString &accountId) { queue->setAccountHeld(accountId, true); });
    connect(m_accounts.get(), &auth::AccountManager::accountRestored, queue,
            [queue](const QString &accountId) { queue->setAccountHeld(accountId, false); });
}

ExportSession::~ExportSession()
{
    // The queue stops its runners before the clients they use go away.
    m_queue.reset();
    m_clients.reset();
    m_accounts.reset();
}

void ExportSession::start()
{
    if (std::exchange(m_started, true))
        return;
    connect(m_clients.get(), &auth::ClientPool::allPrepared, this, &ExportSession::restoreQueue,
            Qt::SingleShotConnection);
    m_clients->prepareAll();
}

void ExportSession::restoreQueue()
{
    const QString problem = m_queueFile.isEmpty() ? QString() : m_queue->restore(m_queueFile);
    Q_EMIT queueRestored(problem);
}

} // namespace d360
