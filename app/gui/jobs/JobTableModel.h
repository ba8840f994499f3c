// The export queue as a table: one row per job, in the queue's order.
//
// The model stores nothing per job; every cell is read from the JobQueue when
// it is painted, so 10,000 jobs cost the queue's memory and no more, and the
// table can never disagree with the engine. It follows the queue's
// model-shaped announcements one to one (rows added and removed around the
// change, a changed job found again by id) and turns the batched byte
// progress into as few dataChanged signals as it can: contiguous runs of
// rows, or one for the whole range when most rows moved. Each cell has a
// text for people (DisplayRole) and the value beneath it (SortRole), which is
// what a sort proxy compares, so sizes sort as numbers and times as times.
#pragma once

#include <QAbstractTableModel>
#include <QIcon>
#include <QTimer>
#include <QUuid>

#include <array>

namespace d360::jobs {
class JobQueue;
struct ExportJob;
} // namespace d360::jobs

namespace d360::gui {

class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Project,
        Version,
        Language,
        Format,
        Status,
        Progress,
        Size,
        Started,
        Duration,
        File,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // The cell's underlying value: a number, a time, a plain string.
        SortRole = Qt::UserRole + 1,
        // The job's id (a QUuid), on every cell.
        JobIdRole,
        // The job's searchable words (project, version, language, format,
        // status, file name) on the Project column, for a text filter that
        // need not read ten cells per row.
        FilterRole,
    };

    explicit JobTableModel(jobs::JobQueue *queue, QObject *parent = nullptr);

    jobs::JobQueue *queue() const { return m_queue; }
    // The job on a row of this model; null when the row does not exist.
    const jobs::ExportJob *jobAt(int row) const;
    QModelIndex indexOfJob(const QUuid &id, int column = Project) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant displayData(const jobs::ExportJob &job, int column) const;
    QVariant sortData(const jobs::ExportJob &job, int column) const;
    QVariant toolTipData(const jobs::ExportJob &job, int column) const;
    QVariant progressData(const jobs::ExportJob &job) const;
    QString filterText(const jobs::ExportJob &job) const;
    QIcon statusIcon(const jobs::ExportJob &job) const;

    void onJobChanged(const QUuid &id);
    void onProgressChanged(const QList<QUuid> &ids);
    // Emits dataChanged for the given rows and columns, merging neighbours.
    void announceRows(QList<int> rows, int firstColumn, int lastColumn, const QList<int> &roles);
    void tickDurations();
    void startTickingIfActive(int firstRow, int lastRow);

    jobs::JobQueue *m_queue;
    // A 1 s beat for the Duration cells of running jobs; stopped when none runs.
    QTimer m_durationTicker;
    // One per JobState, loaded on first use (SVG, sharp at any scale).
    mutable std::array<QIcon, 8> m_stateIcons;
};

} // namespace d360::gui
