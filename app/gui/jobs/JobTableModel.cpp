// See JobTableModel.h. Times are computed when asked for, from the job's
// own timestamps, so a running job's duration is right whenever it is
// painted and the ticker only has to say "paint it again".
#include "gui/jobs/JobTableModel.h"

#include "core/jobs/JobQueue.h"
#include "gui/jobs/JobText.h"
#include "gui/jobs/ProgressDelegate.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace d360::gui {

using jobs::ExportJob;
using jobs::JobQueue;
using jobs::JobState;

namespace {

constexpr std::chrono::milliseconds durationTick { 1000 };

bool isBuildingOnServer(JobState state)
{
    return state == JobState::Starting || state == JobState::Pending
        || state == JobState::InProgress;
}

QString stateIconName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QStringLiteral("status-queued");
    case JobState::Starting:
    case JobState::Pending:
        return QStringLiteral("status-waiting");
    case JobState::InProgress:
        return QStringLiteral("status-running");
    case JobState::Downloading:
        return QStringLiteral("status-downloading");
    case JobState::Completed:
        return QStringLiteral("status-completed");
    case JobState::Failed:
        return QStringLiteral("status-failed");
    case JobState::Cancelled:
        return QStringLiteral("status-cancelled");
    }
    return {};
}

qint64 elapsedMs(const ExportJob &job)
{
    if (!job.startedAt.isValid())
        return -1;
    const QDateTime end
        = job.finishedAt.isValid() ? job.finishedAt : QDateTime::currentDateTimeUtc();
    return qMax<qint64>(0, job.startedAt.msecsTo(end));
}

// What the size column counts: the whole file once known, else what arrived.
qint64 sizeOf(const ExportJob &job)
{
    if (job.state == JobState::Completed)
        return job.bytesTotal >= 0 ? job.bytesTotal : job.bytesDone;
    if (job.state == JobState::Downloading)
        return job.bytesTotal >= 0 ? job.bytesTotal : job.bytesDone;
    return -1;
}

int permilleOf(const ExportJob &job)
{
    if (job.bytesTotal <= 0)
        return -1;
    return int(qBound(qint64(0), job.bytesDone * 1000 / job.bytesTotal, qint64(1000)));
}

} // namespace

JobTableModel::JobTableModel(JobQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    m_durationTicker.setInterval(durationTick);
    connect(&m_durationTicker, &QTimer::timeout, this, &JobTableModel::tickDurations);

    connect(queue, &JobQueue::jobsAboutToBeAdded, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(queue, &JobQueue::jobsAdded, this, [this](int first, int last) {
        endInsertRows();
        startTickingIfActive(first, last);
    });
    connect(queue, &JobQueue::jobAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(queue, &JobQueue::jobRemoved, this, [this] { endRemoveRows(); });
    connect(queue, &JobQueue::jobChanged, this, &JobTableModel::onJobChanged);
    connect(queue, &JobQueue::progressChanged, this, &JobTableModel::onProgressChanged);
    connect(queue, &QObject::destroyed, this, [this] {
        // The queue goes first at shutdown; an empty table is the honest answer.
        beginResetModel();
        m_queue = nullptr;
        m_durationTicker.stop();
        endResetModel();
    });
    startTickingIfActive(0, rowCount() - 1);
}

const ExportJob *JobTableModel::jobAt(int row) const
{
    if (!m_queue || row < 0 || row >= m_queue->count())
        return nullptr;
    return &m_queue->at(row);
}

QModelIndex JobTableModel::indexOfJob(const QUuid &id, int column) const
{
    const int row = m_queue ? m_queue->rowOf(id) : -1;
    return row < 0 ? QModelIndex() : index(row, column);
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_queue ? 0 : m_queue->count();
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags JobTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExportJob *job = jobAt(index.row());
    if (!job)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*job, column);
    case SortRole:
        return sortData(*job, column);
    case JobIdRole:
        return QVariant::fromValue(job->id);
    case Qt::ToolTipRole:
        return toolTipData(*job, column);
    case Qt::DecorationRole:
        return column == Status ? QVariant(statusIcon(*job)) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == Size || column == Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter); // an int: what views and testers read
        return {};
    case FilterRole:
        return column == Project ? QVariant(filterText(*job)) : QVariant();
    case ProgressDelegate::ProgressRole:
        return column == Progress ? progressData(*job) : QVariant();
    default:
        return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(section)) {
    case Project:
        return tr("Project");
    case Version:
        return tr("Version");
    case Language:
        return tr("Language");
    case Format:
        return tr("Format");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Progress");
    case Size:
        return tr("Size");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case File:
        return tr("File");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobTableModel::displayData(const ExportJob &job, int column) const
{
    switch (Column(column)) {
    case Project:
        return job.projectName.isEmpty() ? job.projectId : job.projectName;
    case Version:
        return job.versionName.isEmpty() ? job.versionId : job.versionName;
    case Language:
        if (job.languageCode.isEmpty())
            return tr("Default");
        return job.languageName.isEmpty() ? job.languageCode
                                          : tr("%1 (%2)").arg(job.languageName, job.languageCode);
    case Format:
        return exportFormatDisplayName(job.format);
    case Status:
        return jobs::jobStateDisplayName(job.state);
    case Progress: {
        if (job.state == JobState::Completed)
            return tr("Done");
        const int permille = job.state == JobState::Downloading ? permilleOf(job) : -1;
        return permille < 0 ? QString() : tr("%1%").arg(permille / 10);
    }
    case Size:
        if (job.state == JobState::Downloading && job.bytesTotal > 0)
            return tr("%1 of %2").arg(byteSizeText(job.bytesDone), byteSizeText(job.bytesTotal));
        return byteSizeText(sizeOf(job));
    case Started:
        return localTimeText(job.startedAt);
    case Duration: {
        const qint64 elapsed = elapsedMs(job);
        return elapsed < 0 ? QString() : durationText(elapsed);
    }
    case File:
        return QFileInfo(job.finalPath).fileName();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobTableModel::sortData(const ExportJob &job, int column) const
{
    switch (Column(column)) {
    case Status:
        return int(job.state);
    case Progress:
        // Finished first when descending; queued jobs last.
        if (job.state == JobState::Completed)
            return 1000;
        return job.state == JobState::Downloading ? qMax(0, permilleOf(job)) : -1;
    case Size:
        return sizeOf(job);
    case Started:
        return job.startedAt;
    case Duration:
        return elapsedMs(job);
    case File:
        return QFileInfo(job.finalPath).fileName();
    case Format:
        return exportFormatDisplayName(job.format);
    default:
        return displayData(job, column);
    }
}

QVariant JobTableModel::toolTipData(const ExportJob &job, int column) const
{
    if (column == File)
        return job.finalPath.isEmpty() ? QVariant()
                                       : QVariant(QDir::toNativeSeparators(job.finalPath));
    if (job.state != JobState::Failed || job.errorMessage.isEmpty())
        return {};
    if (job.traceId.isEmpty())
        return job.errorMessage;
    return tr("%1\nTrace id: %2").arg(job.errorMessage, job.traceId);
}

QVariant JobTableModel::progressData(const ExportJob &job) const
{
    if (job.state == JobState::Completed)
        return 1000;
    if (isBuildingOnServer(job.state))
        return ProgressDelegate::busyProgress;
    if (job.state == JobState::Downloading) {
        const int permille = permilleOf(job);
        return permille < 0 ? ProgressDelegate::busyProgress : permille;
    }
    return {};
}

QString JobTableModel::filterText(const ExportJob &job) const
{
    QStringList words;
    for (int column : { Project, Version, Language, Format, Status, File })
        words.append(displayData(job, column).toString());
    return words.join(QLatin1Char(' '));
}

QIcon JobTableModel::statusIcon(const ExportJob &job) const
{
    QIcon &icon = m_stateIcons.at(size_t(job.state));
    if (icon.isNull())
        icon = QIcon(QStringLiteral(":/icons/%1.svg").arg(stateIconName(job.state)));
    return icon;
}

void JobTableModel::onJobChanged(const QUuid &id)
{
    const int row = m_queue->rowOf(id);
    if (row < 0)
        return;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    startTickingIfActive(row, row);
}

void JobTableModel::onProgressChanged(const QList<QUuid> &ids)
{
    QList<int> rows;
    rows.reserve(ids.size());
    for (const QUuid &id : ids) {
        const int row = m_queue->rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    announceRows(std::move(rows), Progress, Size,
                 { Qt::DisplayRole, SortRole, ProgressDelegate::ProgressRole });
}

void JobTableModel::announceRows(QList<int> rows, int firstColumn, int lastColumn,
                                 const QList<int> &roles)
{
    if (rows.isEmpty())
        return;
    if (rows.size() > rowCount() / 2) {
        // One signal is cheaper for every view and proxy than thousands.
        Q_EMIT dataChanged(index(0, firstColumn), index(rowCount() - 1, lastColumn), roles);
        return;
    }
    std::sort(rows.begin(), rows.end());
    int runStart = rows.first();
    int previous = runStart;
    for (qsizetype i = 1; i <= rows.size(); ++i) {
        const bool endOfRun = i == rows.size() || rows.at(i) > previous + 1;
        if (endOfRun) {
            Q_EMIT dataChanged(index(runStart, firstColumn), index(previous, lastColumn), roles);
            if (i < rows.size())
                runStart = rows.at(i);
        }
        if (i < rows.size())
            previous = rows.at(i);
    }
}

void JobTableModel::tickDurations()
{
    if (!m_queue)
        return;
    QList<int> activeRows;
    for (int row = 0; row < m_queue->count(); ++row) {
        if (jobs::isActiveState(m_queue->at(row).state))
            activeRows.append(row);
    }
    if (activeRows.isEmpty()) {
        m_durationTicker.stop();
        return;
    }
    announceRows(std::move(activeRows), Duration, Duration, { Qt::DisplayRole, SortRole });
}

void JobTableModel::startTickingIfActive(int firstRow, int lastRow)
{
    if (m_durationTicker.isActive() || !m_queue)
        return;
    for (int row = qMax(0, firstRow); row <= lastRow && row < m_queue->count(); ++row) {
        if (jobs::isActiveState(m_queue->at(row).state)) {
            m_durationTicker.start();
            return;
        }
    }
}

} // namespace d360::gui
