// See JobQueueView.h. Rows have a fixed height: a table that measured each
// row's contents would read every cell of 10,000 rows to lay itself out.
#include "gui/jobs/JobQueueView.h"

#include "gui/jobs/JobActions.h"
#include "gui/jobs/JobTableModel.h"
#include "gui/jobs/ProgressDelegate.h"
#include "ui_JobQueueView.h"

#include "core/jobs/JobQueue.h"

#include <QAction>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace d360::gui {

namespace {

// Marks the blob saveState() writes, so a stale or foreign one is refused.
constexpr quint32 stateMagic = 0xD360'0B01;
constexpr quint32 stateVersion = 1;

} // namespace

JobQueueView::JobQueueView(jobs::JobQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JobQueueView>())
    , m_queue(queue)
    , m_model(new JobTableModel(queue, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_actions(new JobActions(queue, [this] { return selectedJobIds(); }, this))
    , m_contextMenu(new QMenu(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JobTableModel::SortRole);
    m_proxy->setFilterRole(JobTableModel::FilterRole);
    m_proxy->setFilterKeyColumn(JobTableModel::Project);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setUpTable();
    // The table takes the width; the details pane keeps a readable column.
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 1);

    const QList<QAction *> actions = m_actions->all();
    m_ui->jobTable->addActions(actions);
    m_contextMenu->addActions(actions);
    m_contextMenu->insertSeparator(m_actions->action(JobActions::Retry));
    m_contextMenu->insertSeparator(m_actions->action(JobActions::CopyTraceId));
    connect(m_actions, &JobActions::message, this, &JobQueueView::message);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &JobQueueView::setFilterText);
    connect(m_ui->jobTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobQueueView::onSelectionChanged);
    connect(m_ui->jobTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JobQueueView::onSelectionChanged);
    connect(m_ui->jobTable, &QTableView::doubleClicked, this, &JobQueueView::onDoubleClicked);
    connect(m_ui->jobTable, &QWidget::customContextMenuRequested, this, &JobQueueView::showContextMenu);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobQueueView::onModelDataChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobQueueView::onSelectionChanged);
    // A state change may allow or forbid an action; progress never does.
    connect(queue, &jobs::JobQueue::jobChanged, this, &JobQueueView::scheduleActionUpdate);
    onSelectionChanged();
}

JobQueueView::~JobQueueView() = default;

void JobQueueView::setUpTable()
{
    QTableView *table = m_ui->jobTable;
    table->setModel(m_proxy);
    table->setItemDelegateForColumn(JobTableModel::Progress, new ProgressDelegate(table));
    table->sortByColumn(-1, Qt::AscendingOrder); // the queue's order until the writer picks a column

    QHeaderView *rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(qMax(table->fontMetrics().height() + 10, 24));

    QHeaderView *columns = table->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(true);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    const int character = table->fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {
        {JobTableModel::Project, 24}, {JobTableModel::Version, 10}, {JobTableModel::Language, 14},
        {JobTableModel::Format, 9},   {JobTableModel::Status, 22},  {JobTableModel::Progress, 20},
        {JobTableModel::Size, 18},    {JobTableModel::Started, 16}, {JobTableModel::Duration, 11},
    };
    for (const auto &[column, characters] : widths)
        columns->resizeSection(column, characters * character + 16);
}

QTableView *JobQueueView::tableView() const
{
    return m_ui->jobTable;
}

QList<QAction *> JobQueueView::jobActions() const
{
    return m_actions->all();
}

QList<QUuid> JobQueueView::selectedJobIds() const
{
    QList<QUuid> ids;
    const QModelIndexList rows = m_ui->jobTable->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &row : rows)
        ids.append(row.data(JobTableModel::JobIdRole).toUuid());
    return ids;
}

void JobQueueView::selectJobs(const QList<QUuid> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QUuid &id : ids) {
        const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->indexOfJob(id));
        if (!proxyIndex.isValid())
            continue;
        if (!first.isValid())
            first = proxyIndex;
        selection.select(proxyIndex, proxyIndex);
    }
    QItemSelectionModel *model = m_ui->jobTable->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_ui->jobTable->scrollTo(first);
    }
}

void JobQueueView::setFilterText(const QString &text)
{
    if (m_ui->filterEdit->text() != text)
        m_ui->filterEdit->setText(text); // comes back here through textChanged
    else
        m_proxy->setFilterFixedString(text.trimmed());
}

void JobQueueView::setFilterClearButtonEnabled(bool enabled)
{
    m_ui->filterEdit->setClearButtonEnabled(enabled);
}

QByteArray JobQueueView::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << stateMagic << stateVersion << m_ui->jobTable->horizontalHeader()->saveState()
           << m_ui->splitter->saveState();
    return state;
}

bool JobQueueView::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    QByteArray header;
    QByteArray splitter;
    stream >> magic >> version >> header >> splitter;
    if (stream.status() != QDataStream::Ok || magic != stateMagic || version != stateVersion)
        return false;
    const bool headerRestored = m_ui->jobTable->horizontalHeader()->restoreState(header);
    const bool splitterRestored = m_ui->splitter->restoreState(splitter);
    return headerRestored && splitterRestored;
}

void JobQueueView::onSelectionChanged()
{
    m_actions->updateEnabled();
    refreshDetails();
}

void JobQueueView::refreshDetails()
{
    const QModelIndex current = m_ui->jobTable->selectionModel()->currentIndex();
    const bool currentSelected = current.isValid()
                                 && m_ui->jobTable->selectionModel()->isRowSelected(current.row(), current.parent());
    const QModelIndex source = currentSelected ? m_proxy->mapToSource(current) : QModelIndex();
    const jobs::ExportJob *job = source.isValid() ? m_model->jobAt(source.row()) : nullptr;
    m_detailsJob = job ? job->id : QUuid();
    m_ui->detailsPane->showJob(job);
}

void JobQueueView::onModelDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_detailsJob.isNull())
        return;
    const int row = m_queue->rowOf(m_detailsJob);
    if (row < topLeft.row() || row > bottomRight.row())
        return;
    refreshDetails();
}

void JobQueueView::scheduleActionUpdate()
{
    if (m_actionUpdateScheduled)
        return;
    m_actionUpdateScheduled = true;
    // Once per turn of the event loop, however many rows changed in it.
    QTimer::singleShot(0, this, [this] {
        m_actionUpdateScheduled = false;
        m_actions->updateEnabled();
    });
}

void JobQueueView::onDoubleClicked(const QModelIndex &proxyIndex)
{
    const QUuid id = proxyIndex.data(JobTableModel::JobIdRole).toUuid();
    const jobs::ExportJob *job = m_queue->find(id);
    if (job && job->state == jobs::JobState::Completed)
        m_actions->openJob(id);
}

void JobQueueView::showContextMenu(const QPoint &position)
{
    m_actions->updateEnabled();
    // popup(), not exec(): no event loop inside the event loop.
    m_contextMenu->popup(m_ui->jobTable->viewport()->mapToGlobal(position));
}

} // namespace d360::gui
