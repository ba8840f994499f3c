// The export queue as the writer sees it: a filter box, a sortable table of
// jobs with progress bars, the selected job's details beside it, and the
// actions on the selection (toolbar, context menu, keys, double-click).
//
// It presents a JobQueue and changes it only through the queue's own calls.
// The table sorts on each cell's underlying value (JobTableModel::SortRole)
// and filters on one prepared text per row, so neither costs a formatted
// string per cell on 10,000 rows. Column layout, the splitter and whether
// the details pane is shown are saved as one opaque blob the window keeps
// with its geometry.
//
// Status and Progress, what a writer watches, come right after Project and
// stay in view at any width: when the table narrows, the columns before
// them give up width (down to a few characters) before they are pushed off
// screen. The details pane keeps one width and can be hidden.
#pragma once

#include <QByteArray>
#include <QList>
#include <QUuid>
#include <QWidget>

#include <memory>

class QAction;
class QMenu;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class JobQueueView;
}

namespace d360::jobs {
class JobQueue;
}

namespace d360::gui {

class JobActions;
class JobTableModel;

class JobQueueView : public QWidget
{
    Q_OBJECT

public:
    explicit JobQueueView(jobs::JobQueue *queue, QWidget *parent = nullptr);
    ~JobQueueView() override;

    // Open, Show in folder, Copy path, Retry, Cancel, Remove, Copy trace id:
    // for the window's toolbar (and menus); their keys work while the
    // table has the focus.
    QList<QAction *> jobActions() const;
    JobActions *actions() const { return m_actions; }
    // Shows or hides the details pane (checkable; the window's View menu).
    QAction *detailsToggle() const { return m_detailsToggle; }

    JobTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const;

    QList<QUuid> selectedJobIds() const;
    // Selects (and scrolls to) these jobs; the first becomes current.
    void selectJobs(const QList<QUuid> &ids);
    void setFilterText(const QString &text);
    // The filter box's clear button; the window adds it after its first
    // paint (see MainWindow::finishStartUp).
    void setFilterClearButtonEnabled(bool enabled);

    // Column order, widths, hidden columns, sort column, the splitter, and
    // whether the details pane shows.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

Q_SIGNALS:
    // For the status bar ("Could not open …").
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void keepStatusAndProgressInView();
    void setUpTable();
    void onSelectionChanged();
    void onModelDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onDoubleClicked(const QModelIndex &proxyIndex);
    void showContextMenu(const QPoint &position);
    void refreshDetails();
    void scheduleActionUpdate();

    std::unique_ptr<Ui::JobQueueView> m_ui;
    jobs::JobQueue *m_queue;
    JobTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    JobActions *m_actions;
    QMenu *m_contextMenu;
    QAction *m_detailsToggle;
    QUuid m_detailsJob;
    // The splitter's sizes came from a saved state, or were set on the
    // first show; either way they are the writer's from then on.
    bool m_splitterSized = false;
    bool m_actionUpdateScheduled = false;
};

} // namespace d360::gui
