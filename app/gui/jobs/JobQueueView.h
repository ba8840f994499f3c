// The export queue as the writer sees it: a filter box, a sortable table of
// jobs with progress bars, the selected job's details beside it, and the
// actions on the selection (toolbar, context menu, keys, double-click).
//
// It presents a JobQueue and changes it only through the queue's own calls.
// The table sorts on each cell's underlying value (JobTableModel::SortRole)
// and filters on one prepared text per row, so neither costs a formatted
// string per cell on 10,000 rows. Column layout and the splitter are saved
// as one opaque blob the window keeps with its geometry.
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

    // Column order, widths, hidden columns, sort column, and the splitter.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

Q_SIGNALS:
    // For the status bar ("Could not open …").
    void message(const QString &text);

private:
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
    QUuid m_detailsJob;
    bool m_actionUpdateScheduled = false;
};

} // namespace d360::gui
