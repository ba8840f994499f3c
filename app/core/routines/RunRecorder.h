// Writes history as a queue runs: a run for each batch the queue takes on,
// and its outcome each time the batch finishes.
//
// It watches the queue rather than being called by each front end, so no
// batch escapes history: one the window starts, one the command line starts,
// one a schedule starts, and one restored after a restart (which history
// already knows, and which is then left as it was recorded). A front end that
// knows more about a batch than its jobs say (the preset it came from, the
// dated folder of a backup) describes it before enqueueing it. When a batch
// finishes, its outcome is saved first and only then announced
// (runRecorded), the rule the queue follows too; the backup steps that need
// the outcome (a manifest, retention) hang on that signal.
#pragma once

#include "core/routines/RunRecord.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>

namespace d360::jobs {
class JobQueue;
struct ExportJob;
} // namespace d360::jobs

namespace d360::routines {

class HistoryStore;

class RunRecorder : public QObject
{
    Q_OBJECT

public:
    // The account's name for its id, as history shows it.
    using AccountNamer = std::function<QString(const QString &accountId)>;

    RunRecorder(jobs::JobQueue *queue, std::shared_ptr<HistoryStore> history, RunOrigin origin,
                AccountNamer accountName, QObject *parent = nullptr);

    struct BatchContext
    {
        QString presetName;
        QString runFolder;
        int keepRuns = 0;
        // Overrides the recorder's own (a CLI run started by a schedule).
        std::optional<RunOrigin> origin;
        // The account's name when the jobs' account id says nothing (a run
        // on the environment's credential).
        QString accountName;
    };
    // What the next enqueue of that batch should be recorded with.
    void describeBatch(const QUuid &batchId, const BatchContext &context);

    const std::shared_ptr<HistoryStore> &history() const { return m_history; }

    // What history will call a batch of these jobs: "Acme / v1.0, v2.0 /
    // en, de / PDF".
    static QString describe(const QList<jobs::ExportJob> &jobs);

Q_SIGNALS:
    // History holds the run's outcome (again, after a retry).
    void runRecorded(const QUuid &runId);
    // History could not be written; for the user.
    void problem(const QString &message);

private:
    void onJobsAdded(int firstRow, int lastRow);
    void onBatchFinished(const QUuid &batchId);
    bool beginRun(const QUuid &batchId);

    jobs::JobQueue *m_queue;
    std::shared_ptr<HistoryStore> m_history;
    RunOrigin m_origin;
    AccountNamer m_accountName;
    QHash<QUuid, BatchContext> m_contexts;
};

} // namespace d360::routines
