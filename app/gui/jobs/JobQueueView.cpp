// See JobQueueView.h. Rows have a fixed height: a table that measured each
// row's contents would read every cell of 10,000 rows to lay itself out.
#include "gui/jobs/JobQueueView.h"

#include "core/jobs/JobQueue.h"
#include "gui/jobs/JobActions.h"
#include "gui/jobs/JobDetailsPane.h"
#include "gui/jobs/JobTableModel.h"
#include "gui/jobs/ProgressDelegate.h"
#include "ui_JobQueueView.h"

#include <QAction>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QItemSelectionModel>
#include <QMenu>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace d360::gui {

namespace {

// Marks the blob saveState() writes, so a stale or foreign one is refused.
constexpr quint32 stateMagic = 0xD360'0B01;
// 2: Status and Progress moved next to Project, and the details toggle. A
// version 1 blob (the old order, saved by every earlier close) is refused,
// so the new defaults apply once.
constexpr quint32 stateVersion = 2;

// What a column may shrink to when Status and Progress need the room.
constexpr int narrowestColumnCharacters = 6;

} // namespace

JobQueueView::JobQueueView(jobs::JobQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JobQueueView>())
    , m_queue(queue)
    , m_model(new JobTableModel(queue, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_actions(new JobActions(
          queue, [this] { return selectedJobIds(); }, this))
    , m_contextMenu(new QMenu(this))
    , m_detailsToggle(new QAction(tr("Job &details"), this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JobTableModel::SortRole);
    m_proxy->setFilterRole(JobTableModel::FilterRole);
    m_proxy->setFilterKeyColumn(JobTableModel::Project);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setUpTable();
    // The table takes the width; the details pane keeps its own.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 0);
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setChecked(true);
    m_detailsToggle->setToolTip(tr("Show or hide the selected job's details beside the table"));
    connect(m_detailsToggle, &QAction::toggled, m_ui->detailsPane, &QWidget::setVisible);
    connect(m_ui->detailsPane, &JobDetailsPane::copied, this,
            [this](const QString &what) { Q_EMIT message(tr("Copied: %1.").arg(what)); });

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
    connect(m_ui->jobTable, &QWidget::customContextMenuRequested, this,
            &JobQueueView::showContextMenu);
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
    table->sortByColumn(-1,
                        Qt::AscendingOrder); // the queue's order until the writer picks a column
    table->viewport()->installEventFilter(this);

    QHeaderView *rows = table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(qMax(table->fontMetrics().height() + 10, 24));

    QHeaderView *columns = table->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(true);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    const int character = table->fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {
        { JobTableModel::Project, 24 },  { JobTableModel::Version, 10 },
        { JobTableModel::Language, 14 }, { JobTableModel::Format, 9 },
        { JobTableModel::Status, 22 },   { JobTableModel::Progress, 20 },
        { JobTableModel::Size, 18 },     { JobTableModel::Started, 16 },
        { JobTableModel::Duration, 11 },
    };
    for (const auto &[column, characters] : widths)
        columns->resizeSection(column, characters * character + 16);
    // What is happening comes right after what it is happening to.
    columns->moveSection(columns->visualIndex(JobTableModel::Status), 1);
    columns->moveSection(columns->visualIndex(JobTableModel::Progress), 2);
    connect(columns, &QHeaderView::sectionMoved, this, &JobQueueView::keepStatusAndProgressInView);
}

void JobQueueView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_splitterSized, true))
        return;
    // The details pane starts at its own width and the table takes the
    // rest; the splitter alone would share the width by the two size hints.
    const int pane = m_ui->detailsPane->sizeHint().width();
    const int total = m_ui->splitter->width() - m_ui->splitter->handleWidth();
    if (total > pane)
        m_ui->splitter->setSizes({ total - pane, pane });
}

bool JobQueueView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->jobTable->viewport() && event->type() == QEvent::Resize)
        keepStatusAndProgressInView();
    return QWidget::eventFilter(watched, event);
}

void JobQueueView::keepStatusAndProgressInView()
{
    QHeaderView *columns = m_ui->jobTable->horizontalHeader();
    const int room = m_ui->jobTable->viewport()->width();
    const int watched[] = { JobTableModel::Status, JobTableModel::Progress };
    int lastVisual = -1;
    int end = 0;
    for (const int column : watched) {
        if (columns->isSectionHidden(column))
            continue;
        lastVisual = qMax(lastVisual, columns->visualIndex(column));
        end = qMax(end, columns->sectionPosition(column) + columns->sectionSize(column));
    }
    int excess = end - room;
    // A view not on screen has no width to fit yet; a restored layout stays.
    if (!m_ui->jobTable->isVisible() || lastVisual < 0 || excess <= 0 || room <= 0)
        return;
    // The columns before them give up width, the widest first; Status and
    // Progress themselves last, should even that not be enough.
    const int narrowest
        = narrowestColumnCharacters * m_ui->jobTable->fontMetrics().averageCharWidth() + 16;
    QList<int> donors;
    for (int visual = 0; visual < lastVisual; ++visual) {
        const int column = columns->logicalIndex(visual);
        if (!columns->isSectionHidden(column) && column != JobTableModel::Status
            && column != JobTableModel::Progress)
            donors.append(column);
    }
    std::sort(donors.begin(), donors.end(), [columns](int a, int b) {
        return columns->sectionSize(a) > columns->sectionSize(b);
    });
    for (const int column : watched)
        donors.append(column);
    for (const int column : std::as_const(donors)) {
        const int give = qMin(excess, columns->sectionSize(column) - narrowest);
        if (give <= 0)
            continue;
        columns->resizeSection(column, columns->sectionSize(column) - give);
        excess -= give;
        if (excess <= 0)
            break;
    }
    m_ui->jobTable->horizontalScrollBar()->setValue(0);
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
           << m_ui->splitter->saveState() << m_detailsToggle->isChecked();
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
    bool detailsShown = true;
    stream >> magic >> version >> header >> splitter >> detailsShown;
    if (stream.status() != QDataStream::Ok || magic != stateMagic || version != stateVersion)
        return false;
    const bool headerRestored = m_ui->jobTable->horizontalHeader()->restoreState(header);
    const bool splitterRestored = m_ui->splitter->restoreState(splitter);
    m_detailsToggle->setChecked(detailsShown);
    m_splitterSized = m_splitterSized || splitterRestored;
    keepStatusAndProgressInView();
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
