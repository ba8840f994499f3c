// See ExportSession.h.
#include "core/ExportSession.h"

#include "core/jobs/JobQueue.h"
#include "core/jobs/QueueStore.h"
#include "core/mirror/MirrorSources.h"
#include "core/mirror/MirrorStep.h"
#include "core/routines/BackupAftercare.h"
#include "core/routines/HistoryStore.h"
#include "core/routines/PresetStore.h"
#include "core/routines/RunRecorder.h"
#include "core/state/LegacyQueueImport.h"
#include "core/state/StateDatabase.h"

#include <QDir>

#include <utility>

namespace d360 {

ExportSession::ExportSession(const ExportSessionOptions &options, QObject *parent)
    : QObject(parent)
    , m_accounts(std::make_unique<auth::AccountManager>(options.accounts))
    , m_clients(std::make_unique<auth::ClientPool>(m_accounts.get(), options.clients))
    , m_queue(std::make_unique<jobs::JobQueue>(
          [clients = m_clients.get()](const QString &accountId) {
              return clients->client(accountId);
          },
          options.jobs))
{
    if (!options.stateFile.isEmpty()) {
        QString problem;
        m_state = state::StateDatabase::open(options.stateFile, &problem);
        if (!m_state)
            m_stateNotices.append(problem);
        else if (!m_state->notice().isEmpty())
            m_stateNotices.append(m_state->notice());
        if (m_state && !options.legacyDataFolder.isEmpty())
            m_stateNotices
                += state::LegacyQueueImport::importAll(*m_state, options.legacyDataFolder);
    }
    if (m_state) {
        m_history = std::make_shared<routines::HistoryStore>(m_state);
        m_presets = std::make_unique<routines::PresetStore>(m_state);
        auth::AccountManager *accounts = m_accounts.get();
        m_recorder = new routines::RunRecorder(
            m_queue.get(), m_history, routines::RunOrigin::Window,
            [accounts](const QString &accountId) {
                const std::optional<auth::Account> account = accounts->account(accountId);
                return account ? account->label : accountId;
            },
            this);
        // A backup run's manifest and retention, once history has its outcome.
        auto *aftercare = new routines::BackupAftercare(m_history, this);
        jobs::JobQueue *watched = m_queue.get();
        connect(m_recorder, &routines::RunRecorder::runRecorded, aftercare,
                [aftercare, watched](const QUuid &runId) {
                    aftercare->start(runId, watched->batchJobs(runId));
                });
        connect(aftercare, &routines::BackupAftercare::finished, this,
                [this](const QUuid &runId, const routines::BackupAftercare::Outcome &outcome) {
                    Q_EMIT backupChecked(runId, outcome.warnings + outcome.problems);
                });
        connect(m_recorder, &routines::RunRecorder::runRecorded, this,
                &ExportSession::updateMirror);
    }
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
    // The recorder watches the queue; the queue stops its runners before
    // the clients they use go away.
    delete m_recorder;
    m_recorder = nullptr;
    m_queue.reset();
    m_clients.reset();
    m_accounts.reset();
}

void ExportSession::updateMirror(const QUuid &runId)
{
    const std::optional<routines::RunRecord> run = m_history->run(runId);
    if (!run || run->presetName.isEmpty())
        return;
    const std::optional<routines::Preset> preset = m_presets->find(run->presetName, nullptr);
    if (!preset || !preset->hasMirror())
        return;
    const mirror::MirrorRequest request = mirror::MirrorSources::requestFor(
        *preset, m_queue->batchJobs(runId), QDateTime::currentDateTimeUtc());
    if (request.sources.isEmpty())
        return; // nothing of Markdown came out: the mirror stays as it was
    mirror::MirrorStep *step = mirror::MirrorStep::start(request, this);
    const QString repository = QDir::toNativeSeparators(request.repository);
    connect(step, &mirror::MirrorStep::finished, this,
            [this, runId, repository](const mirror::MirrorResult &result) {
                if (!result.ok())
                    Q_EMIT mirrorUpdated(
                        runId, tr("The Git mirror was not updated: %1").arg(result.problem), true);
                else if (result.committed)
                    Q_EMIT mirrorUpdated(
                        runId,
                        tr("Committed to the Git mirror %1: %2").arg(repository, result.subject()),
                        false);
                else
                    Q_EMIT mirrorUpdated(
                        runId, tr("The Git mirror %1 is up to date.").arg(repository), false);
            });
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
    QStringList problems = m_stateNotices;
    if (m_state)
        problems.append(m_queue->restore(m_state, jobs::QueueStore::windowQueueName()));
    problems.removeAll(QString());
    Q_EMIT queueRestored(problems.join(QLatin1Char(' ')));
}

} // namespace d360
