// See HistoryTableModel.h.
#include "gui/history/HistoryTableModel.h"

#include "gui/jobs/JobText.h"

namespace d360::gui {

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_failedIcon(QStringLiteral(":/icons/status-failed.svg"))
    , m_completedIcon(QStringLiteral(":/icons/status-completed.svg"))
    , m_runningIcon(QStringLiteral(":/icons/status-running.svg"))
{ }

void HistoryTableModel::setRuns(const QList<routines::RunRecord> &runs,
                                const QHash<QUuid, QString> &firstFailures)
{
    // A reset: runs come and go at both ends (new ones on top, retention
    // removing old ones), and history is read with a limit, so the rows are
    // few. The view chooses its current run again by id.
    beginResetModel();
    m_runs = runs;
    m_firstFailures = firstFailures;
    endResetModel();
}

const routines::RunRecord *HistoryTableModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int HistoryTableModel::rowOf(const QUuid &runId) const
{
    if (runId.isNull())
        return -1;
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == runId)
            return row;
    }
    return -1;
}

bool HistoryTableModel::isFailed(const routines::RunRecord &run)
{
    return run.isFinished() && (run.failed > 0 || run.completed < run.planned || run.planned == 0);
}

QString HistoryTableModel::whatText(const routines::RunRecord &run)
{
    return run.presetName.isEmpty() ? run.description : run.presetName;
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryTableModel::cellText(const routines::RunRecord &run, int column) const
{
    switch (Column(column)) {
    case When:
        return localTimeText(run.startedAt);
    case What:
        return whatText(run);
    case How:
        return routines::RunOriginText::displayName(run.origin);
    case Files:
        return run.isFinished() ? tr("%1/%2").arg(run.completed).arg(run.planned)
                                : tr("running (%1 planned)").arg(run.planned);
    case Failures:
        return run.isFinished() ? QString::number(run.failed) : QString();
    case Duration:
        return run.isFinished() ? durationText(run.durationMs()) : QString();
    case Size:
        return run.isFinished() ? byteSizeText(run.bytes) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QString HistoryTableModel::toolTip(const routines::RunRecord &run) const
{
    if (!isFailed(run))
        return run.description;
    const QString message = m_firstFailures.value(run.id);
    if (message.isEmpty())
        return tr("%1 of %2 files failed.").arg(run.planned - run.completed).arg(run.planned);
    return tr("%1 of %2 files failed. The first failure: %3")
        .arg(run.planned - run.completed)
        .arg(run.planned)
        .arg(message);
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    const routines::RunRecord *run = index.isValid() ? runAt(index.row()) : nullptr;
    if (!run)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*run, index.column());
    case Qt::ToolTipRole:
        return toolTip(*run);
    case Qt::DecorationRole:
        if (index.column() != When)
            return {};
        if (!run->isFinished())
            return m_runningIcon;
        return isFailed(*run) ? m_failedIcon : m_completedIcon;
    case Qt::TextAlignmentRole:
        if (index.column() == Files || index.column() == Failures || index.column() == Size
            || index.column() == Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleDescriptionRole:
        return isFailed(*run) ? tr("Failed") : QVariant();
    case RunIdRole:
        return run->id;
    case FailedRole:
        return isFailed(*run);
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case What:
        return tr("What");
    case How:
        return tr("How");
    case Files:
        return tr("Files");
    case Failures:
        return tr("Failures");
    case Duration:
        return tr("Duration");
    case Size:
        return tr("Size");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace d360::gui
