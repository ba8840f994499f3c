// The history of runs as a table: one row per run (a batch of exports, from
// the window, the command line or a schedule), newest first: when, what, how
// it ran, files made of those planned, failures, duration and size.
//
// It holds a copy of the runs it was last given (setRuns), not a live view of
// the database: history is read in one query when something changed, and a
// repaint must never touch SQLite. Failed runs are rows like any other,
// marked with the failure icon and, as tooltip, the first failure's message,
// so a failed backup cannot be overlooked.
#pragma once

#include "core/routines/RunRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QUuid>

namespace d360::gui {

class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, What, How, Files, Failures, Duration, Size, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // The run's id (a QUuid), on every cell.
        RunIdRole = Qt::UserRole + 1,
        // Whether the run failed in part or whole (a bool), on every cell.
        FailedRole,
    };

    explicit HistoryTableModel(QObject *parent = nullptr);

    // The runs, newest first, and the first failure's message of each run
    // that has one.
    void setRuns(const QList<routines::RunRecord> &runs,
                 const QHash<QUuid, QString> &firstFailures);

    const routines::RunRecord *runAt(int row) const;
    int rowOf(const QUuid &runId) const;
    static bool isFailed(const routines::RunRecord &run);
    // "Nightly backup" for a preset's run, else the run's description.
    static QString whatText(const routines::RunRecord &run);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString cellText(const routines::RunRecord &run, int column) const;
    QString toolTip(const routines::RunRecord &run) const;

    QList<routines::RunRecord> m_runs;
    QHash<QUuid, QString> m_firstFailures;
    QIcon m_failedIcon;
    QIcon m_completedIcon;
    QIcon m_runningIcon;
};

} // namespace d360::gui
