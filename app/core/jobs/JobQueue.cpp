// See JobQueue.h.
#include "core/jobs/JobQueue.h"

#include "core/jobs/FileSystemSafety.h"
#include "core/jobs/JobRunner.h"
#include "core/jobs/OutputFiles.h"
#include "core/jobs/PartFile.h"
#include "core/jobs/QueueStore.h"
#include "core/state/StateDatabase.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace d360::jobs {

class JobQueue::BulkChange
{
public:
    explicit BulkChange(JobQueue *queue)
        : m_queue(queue)
    {
        ++m_queue->m_bulkDepth;
    }
    ~BulkChange()
    {
        if (--m_queue->m_bulkDepth == 0
            && (!m_queue->m_unannounced.isEmpty() || !m_queue->m_finishedBatches.isEmpty())) {
            m_queue->save();
            m_queue->announce();
        }
    }
    BulkChange(const BulkChange &) = delete;
    BulkChange &operator=(const BulkChange &) = delete;

private:
    JobQueue *m_queue;
};

JobQueue::JobQueue(ClientProvider clients, JobSettings settings, QObject *parent)
    : QObject(parent)
    , m_clients(std::move(clients))
    , m_settings(std::move(settings))
{
    m_progressTimer.setSingleShot(true);
    connect(&m_progressTimer, &QTimer::timeout, this, &JobQueue::flushProgress);
}

JobQueue::~JobQueue()
{
    // Runners stop without cancelling: their jobs resume next time.
    const QList<JobRunner *> runners = m_runners.values();
    for (JobRunner *runner : runners) {
        disconnect(runner, nullptr, this, nullptr);
        delete runner;
    }
}

void JobQueue::setSettings(const JobSettings &settings)
{
    m_settings = settings;
    scheduleSoon();
}

QString JobQueue::restore(const QString &databasePath, const QString &queueName)
{
    QString problem;
    std::shared_ptr<state::StateDatabase> database
        = state::StateDatabase::open(databasePath, &problem);
    if (!database) {
        Q_EMIT storageProblem(problem);
        return problem;
    }
    // This queue opened the database, so it tells what opening found.
    const QString notice = database->notice();
    if (!notice.isEmpty())
        Q_EMIT storageProblem(notice);
    const QString loadProblem = restore(std::move(database), queueName);
    return QStringList { notice, loadProblem }.join(QLatin1Char(' ')).trimmed();
}

QString JobQueue::restore(std::shared_ptr<state::StateDatabase> database, const QString &queueName)
{
    m_store = std::make_unique<QueueStore>(std::move(database), queueName);
    QString lockProblem;
    if (!m_store->lock(&lockProblem)) {
        m_store.reset();
        Q_EMIT storageProblem(lockProblem);
        return lockProblem;
    }
    QueueStore::Loaded loaded = m_store->load();
    for (const ExportJob &job : m_jobs)
        m_store->remember(job);
    if (!loaded.problem.isEmpty())
        Q_EMIT storageProblem(loaded.problem);
    if (loaded.jobs.isEmpty())
        return loaded.problem;

    const int first = count();
    Q_EMIT jobsAboutToBeAdded(first, first + int(loaded.jobs.size()) - 1);
    for (ExportJob &job : loaded.jobs) {
        if (startWasUnanswered(job)) {
            // Failed at once, not when a runner gets to it: the table shows
            // why from the start.
            const api::ApiError error = unansweredStartError();
            job.state = JobState::Failed;
            job.errorKind = error.kind();
            job.errorMessage = error.message();
            job.finishedAt = QDateTime::currentDateTimeUtc();
            m_store->remember(job);
        }
        if (isActiveState(job.state))
            m_resumable.append(job.id);
        trackFinality(job.batchId, true, isFinalState(job.state));
        m_jobs.push_back(job);
    }
    m_firstQueuedRow = std::min(m_firstQueuedRow, first);
    rebuildRows();
    save();
    Q_EMIT jobsAdded(first, count() - 1);
    scheduleSoon();
    return loaded.problem;
}

QString JobQueue::storeDatabasePath() const
{
    return m_store ? m_store->databasePath() : QString();
}

bool JobQueue::discardStore(QString *error)
{
    if (!m_store)
        return true;
    const bool removed = m_store->discard(error);
    m_store.reset();
    return removed;
}

QSet<QString> JobQueue::claimedPaths(const QUuid &exceptJob) const
{
    QSet<QString> claimed;
    for (const ExportJob &job : m_jobs) {
        if (isFinalState(job.state) || job.id == exceptJob)
            continue;
        claimed.insert(job.finalPath);
        claimed.insert(job.partPath);
    }
    return claimed;
}

bool JobQueue::isPathClaimed(const QString &path, const QUuid &exceptJob) const
{
    for (const ExportJob &job : m_jobs) {
        if (job.id != exceptJob && !isFinalState(job.state) && job.finalPath == path)
            return true;
    }
    return false;
}

bool JobQueue::claimPaths(ExportJob &job, QSet<QString> &claimed) const
{
    const QFileInfo given(job.finalPath);
    if (job.outputFolder.isEmpty())
        job.outputFolder = given.absolutePath();
    if (job.fileName.isEmpty())
        job.fileName = given.fileName();
    const bool overwrite = m_settings.overwriteExisting;
    const QString path
        = firstFreePath(job.outputFolder, job.fileName, [&](const QString &candidate) {
              if (claimed.contains(candidate))
                  return true;
              // This job's own part (kept by a failure) does not take the name.
              const QString ownPart = QFileInfo(partPathFor(candidate, job.id)).fileName();
              const QStringList parts = partPathsOf(candidate);
              const bool othersPart
                  = std::any_of(parts.cbegin(), parts.cend(), [&](const QString &part) {
                        return QFileInfo(part).fileName() != ownPart;
                    });
              // Overwriting replaces a finished file, never another run's .part.
              return othersPart || (!overwrite && somethingIsAt(candidate));
          });
    if (path.isEmpty())
        return false;
    job.finalPath = QDir::cleanPath(path);
    job.partPath = partPathFor(job.finalPath, job.id);
    claimed.insert(job.finalPath);
    claimed.insert(job.partPath);
    return true;
}

QList<QUuid> JobQueue::enqueue(QList<ExportJob> jobs)
{
    QList<QUuid> ids;
    if (jobs.isEmpty())
        return ids;
    QSet<QString> claimed = claimedPaths();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (ExportJob &job : jobs) {
        if (job.id.isNull() || m_rows.contains(job.id))
            job.id = QUuid::createUuid();
        if (!job.createdAt.isValid())
            job.createdAt = now;
        job.resetForRetry();
        if (!claimPaths(job, claimed)) {
            job.state = JobState::Failed;
            job.errorKind = api::ApiError::Kind::LocalFile;
            job.errorMessage
                = api::ApiError(
                      job.errorKind,
                      tr("no free file name like %1 in %2").arg(job.fileName, job.outputFolder))
                      .message();
            job.finishedAt = now;
        }
        ids.append(job.id);
    }

    const int first = count();
    Q_EMIT jobsAboutToBeAdded(first, first + int(jobs.size()) - 1);
    for (const ExportJob &job : std::as_const(jobs)) {
        m_jobs.push_back(job);
        if (m_store)
            m_store->remember(job);
        trackFinality(job.batchId, true, isFinalState(job.state));
    }
    for (const ExportJob &job : std::as_const(jobs)) {
        // A batch whose every job failed at once has already finished.
        if (isBatchFinished(job.batchId) && !m_finishedBatches.contains(job.batchId))
            m_finishedBatches.append(job.batchId);
    }
    m_firstQueuedRow = std::min(m_firstQueuedRow, first);
    rebuildRows();
    save();
    Q_EMIT jobsAdded(first, count() - 1);
    announce();
    scheduleSoon();
    return ids;
}

const ExportJob *JobQueue::find(const QUuid &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_jobs.at(size_t(row));
}

QList<QUuid> JobQueue::jobsOfBatch(const QUuid &batchId) const
{
    QList<QUuid> ids;
    for (const ExportJob &job : m_jobs) {
        if (job.batchId == batchId)
            ids.append(job.id);
    }
    return ids;
}

QList<ExportJob> JobQueue::batchJobs(const QUuid &batchId) const
{
    QList<ExportJob> jobs;
    for (const ExportJob &job : m_jobs) {
        if (job.batchId == batchId)
            jobs.append(job);
    }
    return jobs;
}

bool JobQueue::isBatchFinished(const QUuid &batchId) const
{
    return !m_unfinishedInBatch.contains(batchId);
}

bool JobQueue::cancel(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    if (JobRunner *runner = m_runners.value(id)) {
        runner->cancel();
        return true;
    }
    ExportJob &job = m_jobs[size_t(row)];
    if (isFinalState(job.state))
        return false;
    // Waiting for a slot: nothing runs, but a resumed job may have a .part.
    removeUnusedPart(job.partPath);
    job.state = JobState::Cancelled;
    job.finishedAt = QDateTime::currentDateTimeUtc();
    m_resumable.removeAll(id);
    commit(job, false);
    return true;
}

void JobQueue::cancelAll()
{
    BulkChange bulk(this);
    for (int row = 0; row < count(); ++row) {
        if (!isFinalState(m_jobs[size_t(row)].state))
            cancel(m_jobs[size_t(row)].id);
    }
}

bool JobQueue::retry(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    ExportJob &job = m_jobs[size_t(row)];
    if (!isAllowedTransition(job.state, JobState::Queued) || m_runners.contains(id))
        return false;
    QSet<QString> claimed = claimedPaths(id);
    ExportJob retried = job;
    if (job.canResumeDownload() && somethingIsAt(job.partPath))
        retried.resetForResume();
    else
        retried.resetForRetry();
    if (!claimPaths(retried, claimed))
        return false;
    // The final name moved on (someone took it): the kept bytes are for
    // another part path, so this retry starts over.
    if (retried.partPath != job.partPath)
        retried.resetForRetry();
    if (retried.partPath != job.partPath)
        removeUnusedPart(job.partPath);
    job = retried;
    m_firstQueuedRow = std::min(m_firstQueuedRow, row);
    commit(job, true);
    scheduleSoon();
    return true;
}

bool JobQueue::remove(const QUuid &id)
{
    if (rowOf(id) < 0)
        return false;
    // Announced first, while the job is as the writer last saw it (a
    // running one is still running). Cancelling it may end its batch; that
    // is announced once the job is gone, so a summary never counts a job the
    // writer removed as one that was cancelled.
    BulkChange bulk(this);
    const int row = rowOf(id);
    Q_EMIT jobAboutToBeRemoved(row);
    cancel(id);
    removeUnusedPart(m_jobs.at(size_t(row)).partPath);
    m_jobs.erase(m_jobs.begin() + row);
    rebuildRows();
    m_firstQueuedRow = 0;
    m_progressed.remove(id);
    m_resumable.removeAll(id);
    if (m_store)
        m_store->forget(id);
    save();
    Q_EMIT jobRemoved(id);
    return true;
}

void JobQueue::scheduleSoon()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    // Never from inside a runner's signal: the runner may be finishing.
    QMetaObject::invokeMethod(this, &JobQueue::schedule, Qt::QueuedConnection);
}

void JobQueue::schedule()
{
    m_scheduled = false;
    int free = m_settings.maxConcurrentJobs - int(m_runners.size());
    QList<QUuid> stillHeld;
    while (free > 0 && !m_resumable.isEmpty()) {
        const QUuid id = m_resumable.takeFirst();
        const int row = rowOf(id);
        if (row < 0 || !isActiveState(m_jobs[size_t(row)].state) || m_runners.contains(id))
            continue;
        if (isAccountHeld(m_jobs[size_t(row)].accountId)) {
            stillHeld.append(id);
            continue;
        }
        startRunner(row);
        --free;
    }
    m_resumable = stillHeld + m_resumable;
    for (int row = m_firstQueuedRow; free > 0 && row < count(); ++row) {
        const ExportJob &job = m_jobs[size_t(row)];
        if (job.state != JobState::Queued || m_runners.contains(job.id)) {
            if (row == m_firstQueuedRow && job.state != JobState::Queued)
                ++m_firstQueuedRow;
            continue;
        }
        if (isAccountHeld(job.accountId))
            continue;
        startRunner(row);
        --free;
    }
}

void JobQueue::startRunner(int row)
{
    const ExportJob job = m_jobs.at(size_t(row));
    api::ApiClient *client = m_clients ? m_clients(job.accountId) : nullptr;
    const QUuid id = job.id;
    auto *runner = new JobRunner(
        job, client, m_settings,
        [this, id](const QString &path) { return isPathClaimed(path, id); }, this);
    m_runners.insert(id, runner);
    connect(runner, &JobRunner::changed, this,
            [this, runner](JobRunner::Change change) { onRunnerChanged(runner, int(change)); });
    connect(runner, &JobRunner::finished, this, [this, runner] { onRunnerFinished(runner); });
    connect(runner, &JobRunner::clientLost, this, [this, runner] { onRunnerLostClient(runner); });
    runner->start();
}

void JobQueue::onRunnerChanged(JobRunner *runner, int change)
{
    const ExportJob &latest = runner->job();
    const int row = rowOf(latest.id);
    if (row < 0)
        return;
    ExportJob &job = m_jobs[size_t(row)];
    if (JobRunner::Change(change) == JobRunner::Change::Progress) {
        job.bytesDone = latest.bytesDone;
        job.bytesTotal = latest.bytesTotal;
        m_progressed.insert(job.id);
        if (!m_progressTimer.isActive())
            m_progressTimer.start(m_settings.progressInterval);
        return;
    }
    const bool wasFinal = isFinalState(job.state);
    if (latest.state == JobState::Failed && latest.errorKind == api::ApiError::Kind::Unauthorized
        && isAccountHeld(latest.accountId)) {
        // Refused because the account's credential was: wait for a new one.
        ExportJob waiting = latest;
        waiting.resetForRetry();
        QSet<QString> claimed = claimedPaths(latest.id);
        if (claimPaths(waiting, claimed)) {
            job = waiting;
            m_firstQueuedRow = std::min(m_firstQueuedRow, row);
            commit(job, wasFinal);
            return;
        }
    }
    job = latest;
    commit(job, wasFinal);
}

void JobQueue::setAccountHeld(const QString &accountId, bool held)
{
    if (held)
        m_heldAccounts.insert(accountId);
    else if (m_heldAccounts.remove(accountId))
        scheduleSoon();
}

void JobQueue::onRunnerFinished(JobRunner *runner)
{
    m_runners.remove(runner->job().id);
    disconnect(runner, nullptr, this, nullptr);
    runner->deleteLater();
    scheduleSoon();
}

void JobQueue::onRunnerLostClient(JobRunner *runner)
{
    // The account's client went away under a running job: start the job
    // again from where it stands, with whatever client the provider has now
    // (none: the job fails, saying so).
    const QUuid id = runner->job().id;
    onRunnerFinished(runner);
    if (rowOf(id) >= 0 && isActiveState(m_jobs[size_t(rowOf(id))].state))
        m_resumable.append(id);
}

void JobQueue::flushProgress()
{
    if (m_progressed.isEmpty())
        return;
    const QList<QUuid> ids = m_progressed.values();
    m_progressed.clear();
    Q_EMIT progressChanged(ids);
}

void JobQueue::commit(const ExportJob &job, bool wasFinal)
{
    if (m_store)
        m_store->remember(job);
    trackFinality(job.batchId, wasFinal, isFinalState(job.state));
    m_unannounced.append(job.id);
    if (m_bulkDepth > 0)
        return;
    save();
    announce();
}

void JobQueue::announce()
{
    const QList<QUuid> changedIds = std::exchange(m_unannounced, {});
    const QList<QUuid> finishedBatches = std::exchange(m_finishedBatches, {});
    for (const QUuid &id : changedIds) {
        if (rowOf(id) >= 0)
            Q_EMIT jobChanged(id);
    }
    for (const QUuid &batchId : finishedBatches) {
        if (isBatchFinished(batchId))
            Q_EMIT batchFinished(batchId);
    }
}

bool JobQueue::save()
{
    if (!m_store)
        return true;
    QString problem;
    if (m_store->writeChanges(&problem)) {
        m_lastStorageProblem.clear();
        return true;
    }
    if (problem != m_lastStorageProblem) {
        m_lastStorageProblem = problem;
        Q_EMIT storageProblem(problem);
    }
    return false;
}

void JobQueue::trackFinality(const QUuid &batchId, bool wasFinal, bool isFinal)
{
    if (wasFinal && !isFinal) {
        ++m_unfinishedInBatch[batchId];
    } else if (!wasFinal && isFinal) {
        auto found = m_unfinishedInBatch.find(batchId);
        if (found != m_unfinishedInBatch.end() && --found.value() <= 0) {
            m_unfinishedInBatch.erase(found);
            m_finishedBatches.append(batchId);
        }
    }
}

void JobQueue::rebuildRows()
{
    m_rows.clear();
    m_rows.reserve(count());
    for (int row = 0; row < count(); ++row)
        m_rows.insert(m_jobs[size_t(row)].id, row);
}

} // namespace d360::jobs
