// The export queue: every job the user asked for, in the order asked, run a
// few at a time, saved on every change, resumed after a restart.
//
// It is the one place that changes jobs, so it is the one place that saves
// them, and it saves before it announces: whatever a window or a script was
// told, a restart finds. It starts a JobRunner for each job that may run
// (at most JobSettings::maxConcurrentJobs, across accounts); each account's
// ApiClient, and so its rate budget, is shared by all of that account's
// jobs. Clients come from a provider function because the queue serves many
// accounts and must not own their credentials.
//
// For a table of 10,000 rows the announcements are model-shaped: rows about
// to be added and added, a job changed (by id, found again with rowOf()),
// and byte progress batched into one signal at most every
// JobSettings::progressInterval. Byte progress is never saved; the size of
// the .part file on disk is what a resume trusts.
#pragma once

#include "core/jobs/ExportJob.h"
#include "core/jobs/JobSettings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <memory>
#include <vector>

namespace d360::api {
class ApiClient;
}

namespace d360::state {
class StateDatabase;
}

namespace d360::jobs {

class JobRunner;
class QueueStore;

class JobQueue : public QObject
{
    Q_OBJECT

public:
    // The client for an account id, or null when that account is gone. The
    // provider keeps ownership.
    using ClientProvider = std::function<api::ApiClient *(const QString &accountId)>;

    explicit JobQueue(ClientProvider clients, JobSettings settings = {}, QObject *parent = nullptr);
    ~JobQueue() override;

    const JobSettings &settings() const { return m_settings; }
    // Applies to runners started from now on.
    void setSettings(const JobSettings &settings);

    // Loads the queue of that name from the state database, resumes its
    // unfinished jobs, and saves every change there from now on. Returns a
    // message for the user when something could not be read (it was kept
    // aside); empty otherwise. A queue another running process holds is
    // neither read nor written: hasStore() is false afterwards, and the
    // message says who holds it.
    QString restore(std::shared_ptr<state::StateDatabase> database, const QString &queueName);
    // The same, opening the database at databasePath for this queue alone.
    QString restore(const QString &databasePath, const QString &queueName);
    bool hasStore() const { return m_store != nullptr; }
    // The state database's file, when there is a store.
    QString storeDatabasePath() const;
    // Deletes the queue's saved jobs and saves nothing more (a finished
    // batch of the headless command leaves nothing to resume).
    bool discardStore(QString *error);

    // Adds jobs at the end (as made by BatchPlanner: with their folder and
    // file name), gives each a final path no other file or job has, and
    // starts them as slots free up. Returns their ids.
    QList<QUuid> enqueue(QList<ExportJob> jobs);
    // Each returns false when the job does not exist or is in a state that
    // does not allow it.
    bool cancel(const QUuid &id);
    bool retry(const QUuid &id);
    // Cancels the job if it has not ended, then forgets it (the file it
    // produced stays where it is).
    bool remove(const QUuid &id);
    void cancelAll();

    // An account whose credential was refused ("needs attention") holds its
    // jobs: queued ones wait instead of starting, and one refused for that
    // reason goes back to the queue instead of failing, so a revoked token
    // does not fail a batch one job at a time. Releasing starts them again.
    void setAccountHeld(const QString &accountId, bool held);
    bool isAccountHeld(const QString &accountId) const
    {
        return m_heldAccounts.contains(accountId);
    }

    int count() const { return int(m_jobs.size()); }
    const ExportJob &at(int row) const { return m_jobs.at(size_t(row)); }
    int rowOf(const QUuid &id) const { return m_rows.value(id, -1); }
    const ExportJob *find(const QUuid &id) const;
    QList<QUuid> jobsOfBatch(const QUuid &batchId) const;
    // The same jobs themselves, in queue order (for history and manifests).
    QList<ExportJob> batchJobs(const QUuid &batchId) const;
    int runningCount() const { return int(m_runners.size()); }
    // True when every job of the batch has ended.
    bool isBatchFinished(const QUuid &batchId) const;

Q_SIGNALS:
    void jobsAboutToBeAdded(int firstRow, int lastRow);
    void jobsAdded(int firstRow, int lastRow);
    // Anything but the byte count changed (state, names, result, error).
    void jobChanged(const QUuid &id);
    // bytesDone / bytesTotal of these jobs changed; at most once an interval.
    void progressChanged(const QList<QUuid> &ids);
    // Before anything is done to the job: a running one is still running.
    void jobAboutToBeRemoved(int row);
    void jobRemoved(const QUuid &id);
    // Every job of the batch has ended (again, after a retry).
    void batchFinished(const QUuid &batchId);
    // The queue could not be saved or read; for the user.
    void storageProblem(const QString &message);

private:
    // Holds announcements back while many jobs change at once (cancel all),
    // so the queue is saved once and then everything is announced.
    class BulkChange;

    void scheduleSoon();
    void schedule();
    void startRunner(int row);
    void onRunnerChanged(JobRunner *runner, int change);
    void onRunnerFinished(JobRunner *runner);
    void onRunnerLostClient(JobRunner *runner);
    void flushProgress();
    // Saves the job, then announces it.
    void commit(const ExportJob &job, bool wasFinal);
    void announce();
    bool save();
    void trackFinality(const QUuid &batchId, bool wasFinal, bool isFinal);
    void rebuildRows();
    bool isPathClaimed(const QString &path, const QUuid &exceptJob) const;
    // The paths of every job that has not ended, but one.
    QSet<QString> claimedPaths(const QUuid &exceptJob = {}) const;
    // Gives the job a final path no file and no other job has.
    bool claimPaths(ExportJob &job, QSet<QString> &claimed) const;

    ClientProvider m_clients;
    JobSettings m_settings;
    std::vector<ExportJob> m_jobs;
    QHash<QUuid, int> m_rows;
    QHash<QUuid, JobRunner *> m_runners;
    QHash<QUuid, int> m_unfinishedInBatch;
    std::unique_ptr<QueueStore> m_store;
    QString m_lastStorageProblem;
    QSet<QUuid> m_progressed;
    QTimer m_progressTimer;
    // Announcements waiting for the save at the end of a bulk change.
    QList<QUuid> m_unannounced;
    QList<QUuid> m_finishedBatches;
    int m_bulkDepth = 0;
    // Jobs that were running when the queue was saved; they go first.
    QList<QUuid> m_resumable;
    QSet<QString> m_heldAccounts;
    // No row before this one is Queued (a hint, so scheduling stays cheap).
    int m_firstQueuedRow = 0;
    bool m_scheduled = false;
};

} // namespace d360::jobs
