// History: every run (every batch of exports, from the window, the command
// line or a schedule) in the state database's runs and run_items tables.
//
// A run is recorded when it starts (so a run that never finishes, because the
// machine went down, is still there to be seen) and recorded again each time
// it finishes: a retry after the batch had ended finishes it again, and the
// run's files and failures are replaced as one transaction, so a reader sees
// the old outcome or the new one, never half of each. Every process writes
// its own runs and reads everyone's; changeCounter() tells a window cheaply
// that another process wrote something.
#pragma once

#include "core/routines/RunRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

namespace d360::jobs {
struct ExportJob;
}

namespace d360::state {
class StateDatabase;
}

namespace d360::routines {

class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(d360::routines::HistoryStore)

public:
    explicit HistoryStore(std::shared_ptr<state::StateDatabase> database);

    const std::shared_ptr<state::StateDatabase> &database() const { return m_database; }

    // Records a run that starts (or replaces the record of that id).
    bool begin(const RunRecord &run, QString *error);
    // Records the outcome: every job of the batch becomes an item, and the
    // run's counts and end time follow from them.
    bool finish(const QUuid &runId, const QList<jobs::ExportJob> &jobs, const QDateTime &finishedAt,
                QString *error);
    bool setManifestPath(const QUuid &runId, const QString &path, QString *error);
    bool markFolderRemoved(const QUuid &runId, const QDateTime &when, QString *error);

    std::optional<RunRecord> run(const QUuid &runId) const;
    struct Filter
    {
        QString presetName; // empty: every run
        int limit = 0; // 0: no limit
        QDateTime finishedAfter; // invalid: any time
        std::optional<RunOrigin> origin;
    };
    // Newest first.
    QList<RunRecord> runs(const Filter &filter) const;
    QList<RunItem> items(const QUuid &runId) const;

    // Grows whenever any connection (of any process) commits a change to the
    // database; polled, it tells a view when to read again.
    qint64 changeCounter() const;

private:
    std::shared_ptr<state::StateDatabase> m_database;
};

} // namespace d360::routines
