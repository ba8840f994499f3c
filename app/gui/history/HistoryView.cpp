// See HistoryView.h.
#include "gui/history/HistoryView.h"

#include "core/routines/HistoryStore.h"
#include "core/routines/ManifestVerifier.h"
#include "core/routines/RunRecorder.h"
#include "gui/compare/CompareDialog.h"
#include "gui/compare/ComparisonWindow.h"
#include "gui/history/HistoryTableModel.h"
#include "gui/jobs/FinishedFileOpener.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace d360::gui {

namespace {

// Enough for every release of a busy year; the command line's `history`
// reaches further back.
constexpr int shownRuns = 500;

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new HistoryTableModel(this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_openFolder(
          new QAction(QIcon(QStringLiteral(":/icons/action-folder.svg")), tr("Open &folder"), this))
    , m_runAgain(
          new QAction(QIcon(QStringLiteral(":/icons/action-retry.svg")), tr("R&un again"), this))
    , m_copyManifest(new QAction(QIcon(QStringLiteral(":/icons/action-copy.svg")),
                                 tr("Copy &manifest path"), this))
    , m_verify(
          new QAction(QIcon(QStringLiteral(":/icons/status-completed.svg")), tr("&Verify"), this))
    , m_compareWithPrevious(new QAction(tr("Compare with &Previous"), this))
    , m_compare(new QAction(tr("&Compare…"), this))
    , m_openFileMenu(new QMenu(tr("Open fi&le"), this))
    , m_openFileButton(new QToolButton(this))
{
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("History of runs"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Every column as wide as its text, so a time or a count is never cut
    // to "1 Dec 202…"; What takes the rest. History is read with a limit, so
    // measuring the rows stays cheap.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryTableModel::What,
                                                      QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &HistoryView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryView::updateActions);
    connect(m_table, &QAbstractItemView::activated, this, &HistoryView::openCurrentFolder);

    m_openFolder->setObjectName(QStringLiteral("historyOpenFolderAction"));
    m_runAgain->setObjectName(QStringLiteral("historyRunAgainAction"));
    m_copyManifest->setObjectName(QStringLiteral("historyCopyManifestAction"));
    m_openFileMenu->setObjectName(QStringLiteral("historyOpenFileMenu"));
    m_openFileMenu->setIcon(QIcon(QStringLiteral(":/icons/action-open.svg")));
    connect(m_openFolder, &QAction::triggered, this, &HistoryView::openCurrentFolder);
    connect(m_copyManifest, &QAction::triggered, this, &HistoryView::copyManifestPath);
    m_verify->setObjectName(QStringLiteral("historyVerifyAction"));
    m_verify->setToolTip(tr("Read every file of this backup run again and compare it with its "
                            "manifest"));
    connect(m_verify, &QAction::triggered, this, &HistoryView::verifyCurrentRun);
    connect(m_runAgain, &QAction::triggered, this, [this] {
        if (const routines::RunRecord *run = m_model->runAt(m_table->currentIndex().row()))
            Q_EMIT runAgainRequested(*run);
    });
    m_compareWithPrevious->setObjectName(QStringLiteral("historyCompareWithPreviousAction"));
    connect(m_compareWithPrevious, &QAction::triggered, this, &HistoryView::compareWithPrevious);
    m_compare->setObjectName(QStringLiteral("historyCompareAction"));
    m_compare->setToolTip(tr("Compare two runs from history, or two exports on disk"));
    connect(m_compare, &QAction::triggered, this, &HistoryView::openCompareDialog);
    for (QAction *action :
         { m_openFolder, m_runAgain, m_copyManifest, m_verify, m_compareWithPrevious, m_compare })
        addAction(action);

    m_openFileButton->setObjectName(QStringLiteral("historyOpenFileButton"));
    m_openFileButton->setText(m_openFileMenu->title());
    m_openFileButton->setIcon(m_openFileMenu->icon());
    m_openFileButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_openFileButton->setPopupMode(QToolButton::InstantPopup);
    m_openFileButton->setMenu(m_openFileMenu);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(buttonFor(m_openFolder, this));
    buttons->addWidget(m_openFileButton);
    buttons->addWidget(buttonFor(m_runAgain, this));
    buttons->addWidget(buttonFor(m_copyManifest, this));
    buttons->addWidget(buttonFor(m_verify, this));
    // One button for both comparisons, so the row still fits a narrow
    // window; the context menu lists them too.
    auto *compareMenu = new QMenu(this);
    compareMenu->addAction(m_compareWithPrevious);
    compareMenu->addAction(m_compare);
    auto *compareButton = new QToolButton(this);
    compareButton->setObjectName(QStringLiteral("historyCompareButton"));
    compareButton->setText(tr("Compa&re"));
    compareButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    compareButton->setPopupMode(QToolButton::InstantPopup);
    compareButton->setMenu(compareMenu);
    buttons->addWidget(compareButton);
    buttons->addStretch(1);

    m_emptyLabel->setObjectName(QStringLiteral("historyEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("No runs yet. Each export you start, here or from the command "
                             "line or a schedule, is listed here when it has finished."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table, 1);

    m_poll.setInterval(pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &HistoryView::pollForChanges);
    setHistory(nullptr, nullptr);
}

HistoryView::~HistoryView() = default;

void HistoryView::setHistory(routines::HistoryStore *history, routines::RunRecorder *recorder,
                             const QString &unavailableReason)
{
    if (m_recorderGuard)
        disconnect(m_recorderGuard, nullptr, this, nullptr);
    m_history = history;
    m_recorderGuard = recorder;
    if (recorder)
        connect(recorder, &routines::RunRecorder::runRecorded, this, &HistoryView::refresh);
    setEnabled(history != nullptr);
    setToolTip(history ? QString()
                       : (unavailableReason.isEmpty()
                              ? tr("History is not available: the state database is not open.")
                              : unavailableReason));
    if (history) {
        m_poll.start();
        refresh();
    } else {
        m_poll.stop();
        m_model->setRuns({}, {});
        updateActions();
    }
}

void HistoryView::pollForChanges()
{
    if (!m_history)
        return;
    // Only another connection's commit moves the counter; this window's own
    // runs arrive through runRecorded.
    const qint64 counter = m_history->changeCounter();
    if (counter != m_lastCounter)
        refresh();
}

void HistoryView::refresh()
{
    if (!m_history)
        return;
    m_lastCounter = m_history->changeCounter();
    routines::HistoryStore::Filter filter;
    filter.limit = shownRuns;
    const QList<routines::RunRecord> runs = m_history->runs(filter);
    QHash<QUuid, QString> firstFailures;
    for (const routines::RunRecord &run : runs) {
        if (!HistoryTableModel::isFailed(run))
            continue;
        for (const routines::RunItem &item : m_history->items(run.id)) {
            if (!item.isCompleted() && !item.errorMessage.isEmpty()) {
                firstFailures.insert(run.id, item.errorMessage);
                break;
            }
        }
    }
    const QUuid current = currentRunId();
    m_model->setRuns(runs, firstFailures);
    m_emptyLabel->setVisible(runs.isEmpty());
    if (!current.isNull() && m_model->rowOf(current) >= 0)
        selectRun(current);
    else
        updateActions();
}

void HistoryView::selectRun(const QUuid &runId)
{
    const int row = m_model->rowOf(runId);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
    updateActions();
}

QUuid HistoryView::currentRunId() const
{
    const routines::RunRecord *run = m_model->runAt(m_table->currentIndex().row());
    return run ? run->id : QUuid();
}

QString HistoryView::currentRunFolder() const
{
    const routines::RunRecord *run = m_model->runAt(m_table->currentIndex().row());
    if (!run)
        return {};
    if (!run->runFolder.isEmpty())
        return run->runFolder;
    // The folder the files went into; a run into several folders has none
    // in common to open.
    QString folder;
    for (const QString &file : m_currentFiles) {
        const QString parent = QFileInfo(file).absolutePath();
        if (folder.isEmpty())
            folder = parent;
        else if (folder != parent)
            return {};
    }
    return folder;
}

void HistoryView::updateActions()
{
    const routines::RunRecord *run = m_model->runAt(m_table->currentIndex().row());
    m_currentFiles.clear();
    if (run && m_history) {
        for (const routines::RunItem &item : m_history->items(run->id)) {
            if (item.isCompleted() && !item.path.isEmpty())
                m_currentFiles.append(item.path);
        }
    }
    const QString folder = currentRunFolder();
    m_openFolder->setEnabled(!folder.isEmpty() && !run->folderRemovedAt.isValid()
                             && QFileInfo(folder).isDir());
    m_openFileButton->setEnabled(!m_currentFiles.isEmpty());
    m_openFileMenu->setEnabled(!m_currentFiles.isEmpty());
    m_runAgain->setEnabled(run != nullptr && run->isFinished());
    m_copyManifest->setEnabled(run != nullptr && !run->manifestPath.isEmpty());
    m_verify->setEnabled(!m_verifying && run != nullptr && !run->runFolder.isEmpty()
                         && !run->folderRemovedAt.isValid());
    QString whyNot;
    m_previous = {};
    if (!run)
        whyNot = tr("Select a run to compare with the run before it.");
    else if (m_history)
        m_previous = compare::RunComparisonSources::previousOf(*m_history, *run, &whyNot);
    const bool comparable = !m_previous.pairs.isEmpty();
    m_compareWithPrevious->setEnabled(comparable);
    m_compareWithPrevious->setToolTip(comparable
                                          ? tr("Compare this run's exports with those of %1")
                                                .arg(CompareDialog::runLabel(*m_previous.run))
                                          : whyNot);
    m_compare->setEnabled(m_history != nullptr);
    fillOpenFileMenu();
}

void HistoryView::fillOpenFileMenu()
{
    m_openFileMenu->clear();
    for (const QString &file : std::as_const(m_currentFiles)) {
        QAction *action = m_openFileMenu->addAction(QFileInfo(file).fileName(), this,
                                                    [this, file] { openPath(file); });
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setEnabled(QFileInfo::exists(file));
    }
}

void HistoryView::openPath(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        Q_EMIT message(tr("%1 is no longer there.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (FinishedFileOpener::openPath(path))
        return;
    // No file manager, no viewer: the path on the clipboard lets the writer
    // open it some other way.
    QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(path));
    Q_EMIT message(tr("No program could open %1. Its path is on the clipboard.")
                       .arg(QDir::toNativeSeparators(path)));
}

void HistoryView::openCurrentFolder()
{
    const QString folder = currentRunFolder();
    if (!folder.isEmpty())
        openPath(folder);
}

void HistoryView::copyManifestPath()
{
    const routines::RunRecord *run = m_model->runAt(m_table->currentIndex().row());
    if (!run || run->manifestPath.isEmpty())
        return;
    const QString path = QDir::toNativeSeparators(run->manifestPath);
    QGuiApplication::clipboard()->setText(path);
    Q_EMIT message(tr("Copied %1").arg(path));
}

void HistoryView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    selectRun(index.data(HistoryTableModel::RunIdRole).toUuid());
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_openFolder);
    menu->addMenu(m_openFileMenu);
    menu->addAction(m_runAgain);
    menu->addAction(m_copyManifest);
    menu->addAction(m_verify);
    menu->addAction(m_compareWithPrevious);
    menu->addAction(m_compare);
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void HistoryView::compareWithPrevious()
{
    const routines::RunRecord *run = m_model->runAt(m_table->currentIndex().row());
    if (!run || m_previous.pairs.isEmpty())
        return;
    openComparison(
        tr("%1 → %2").arg(CompareDialog::runLabel(*m_previous.run), CompareDialog::runLabel(*run)),
        m_previous.pairs);
}

void HistoryView::openCompareDialog()
{
    if (!m_history)
        return;
    auto *dialog = new CompareDialog(m_history, currentRunId(), this);
    connect(dialog, &CompareDialog::compareRequested, this, &HistoryView::openComparison);
    dialog->show();
}

void HistoryView::openComparison(const QString &title, const QList<compare::ExportPair> &pairs)
{
    // Owned by the main window, so it closes with it, yet a window of its
    // own that the writer keeps beside it.
    auto *comparison = new ComparisonWindow(title, pairs, window());
    comparison->show();
    comparison->raise();
    comparison->activateWindow();
}

void HistoryView::verifyCurrentRun()
{
    const routines::RunRecord *run = m_model->runAt(m_table->currentIndex().row());
    if (!run || run->runFolder.isEmpty() || m_verifying)
        return;
    m_verifying = true;
    updateActions();
    const QUuid runId = run->id;
    const QString folder = run->runFolder;
    Q_EMIT message(tr("Verifying %1…").arg(QDir::toNativeSeparators(folder)));
    auto *watcher = new QFutureWatcher<routines::VerifyReport>(this);
    connect(watcher, &QFutureWatcher<routines::VerifyReport>::finished, this,
            [this, watcher, runId] {
                watcher->deleteLater();
                m_verifying = false;
                updateActions();
                showVerifyReport(runId, watcher->result());
            });
    watcher->setFuture(
        QtConcurrent::run([folder] { return routines::ManifestVerifier::verify(folder); }));
}

void HistoryView::showVerifyReport(const QUuid &runId, const routines::VerifyReport &report)
{
    const QString folder = QDir::toNativeSeparators(report.folder);
    QString summary;
    QStringList lines;
    const auto group = [&lines](const QString &title, const QList<routines::VerifyFinding> &found) {
        if (found.isEmpty())
            return;
        lines.append(title);
        for (const routines::VerifyFinding &finding : found)
            lines.append(QStringLiteral("  %1: %2").arg(finding.path, finding.detail));
    };
    if (report.manifestState != routines::VerifyReport::ManifestState::Read) {
        summary = tr("%1 cannot be verified: %2").arg(folder, report.manifestProblem);
    } else if (report.isWhole()) {
        summary = tr("%1 is whole: %n file(s) checked against its manifest.", nullptr,
                     report.filesChecked)
                      .arg(folder);
    } else {
        summary = tr("%1 is not whole.").arg(folder);
        group(tr("Missing:"), report.missing);
        group(tr("Changed:"), report.changed);
        group(tr("Extra:"), report.extra);
        if (!report.notExported.isEmpty())
            lines.append(tr("%n planned file(s) were never exported.", nullptr,
                            int(report.notExported.size())));
    }
    lines += report.warnings;
    auto *box = new QMessageBox(report.isWhole() ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Verify"), summary, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("historyVerifyResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!lines.isEmpty())
        box->setInformativeText(lines.join(QLatin1Char('\n')));
    box->open();
    Q_EMIT message(summary);
    Q_EMIT verified(runId, report.isWhole());
}

} // namespace d360::gui
