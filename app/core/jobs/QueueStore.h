// One export queue on disk: its jobs' rows in the state database.
//
// The queue calls writeChanges() before it announces a change, so what a
// user saw is what a restart finds. Only what changed since the last write
// is written, in one transaction (StateDatabase), so a change costs the same
// in a queue of ten jobs or ten thousand. A job keeps the position it was
// given when first saved, which is the queue's order, since jobs are only
// ever added at the end or removed. A job that cannot be read back is moved,
// with the reason, into the database's unreadable_jobs table and reported in
// words: never a crash, never silently dropped. A write that fails keeps its
// changes for the next one, so a full disk that frees up loses nothing.
//
// Several queues share the database (the window's, and one per export request
// of the command line), and one process at a time owns each queue (a QLockFile
// beside the database): two running the same queue would start every export
// twice and write the same .part files. A lock left by a process that died is
// recognised and taken over.
#pragma once

#include "core/jobs/ExportJob.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>

class QLockFile;

namespace d360::state {
class StateDatabase;
}

namespace d360::jobs {

class QueueStore
{
    Q_DECLARE_TR_FUNCTIONS(d360::jobs::QueueStore)

public:
    // The window's queue; the command line names its queues after requests.
    static QString windowQueueName();

    QueueStore(std::shared_ptr<state::StateDatabase> database, QString queueName);
    ~QueueStore();

    const QString &queueName() const { return m_queueName; }
    QString databasePath() const;

    // Takes the queue for this process; false, with a message for the user,
    // when another running process has it.
    bool lock(QString *problem);

    struct Loaded
    {
        QList<ExportJob> jobs;
        // For the user, when something could not be read; empty otherwise.
        QString problem;
    };
    // The queue's jobs in order.
    Loaded load();

    // Takes note of a job's current content for the next writeChanges().
    void remember(const ExportJob &job);
    void forget(const QUuid &id);
    // Writes what was remembered and forgotten since the last write, in one
    // transaction; false with a message when it could not (then the changes
    // are kept for the next write).
    bool writeChanges(QString *error);
    // Deletes every job of this queue and gives the queue up (a batch that
    // finished has nothing left to resume).
    bool discard(QString *error);

private:
    QString lockFilePath() const;

    std::shared_ptr<state::StateDatabase> m_database;
    QString m_queueName;
    std::unique_ptr<QLockFile> m_lock;
    struct Row
    {
        QString batchId;
        QString state;
        QByteArray job;
    };
    // Jobs to write, serialised, and every saved job's position.
    QHash<QUuid, Row> m_changed;
    QList<QUuid> m_forgotten;
    QHash<QUuid, qint64> m_positions;
    qint64 m_nextPosition = 0;
};

} // namespace d360::jobs
