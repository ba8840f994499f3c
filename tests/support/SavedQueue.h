// A queue as the state database holds it, written or read by a test without
// a JobQueue: to set up what a restart finds, and to check what a change
// left on disk. It uses the program's own QueueStore, so the rows are the
// ones the program writes.
#pragma once

#include "core/jobs/ExportJob.h"
#include "core/jobs/QueueStore.h"
#include "core/state/StateDatabase.h"

#include <QList>
#include <QString>

namespace d360::test {

// Saves the jobs, in this order, as the queue queueName of the database at
// databasePath (made if missing); false with *problem set when it cannot.
inline bool saveQueue(const QString &databasePath, const QList<jobs::ExportJob> &jobs,
                      QString *problem,
                      const QString &queueName = jobs::QueueStore::windowQueueName())
{
    std::shared_ptr<state::StateDatabase> database
        = state::StateDatabase::open(databasePath, problem);
    if (!database)
        return false;
    jobs::QueueStore store(std::move(database), queueName);
    store.load();
    for (const jobs::ExportJob &job : jobs)
        store.remember(job);
    return store.writeChanges(problem);
}

// The jobs of the queue queueName, in order, as a restart would find them.
inline QList<jobs::ExportJob> savedQueue(const QString &databasePath,
                                         const QString &queueName
                                         = jobs::QueueStore::windowQueueName())
{
    QString problem;
    std::shared_ptr<state::StateDatabase> database
        = state::StateDatabase::open(databasePath, &problem);
    if (!database)
        return {};
    return jobs::QueueStore(std::move(database), queueName).load().jobs;
}

} // namespace d360::test
