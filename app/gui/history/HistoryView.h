// The History tab beside the queue: every run newest first (the window's,
// the command line's, the schedules'), and what can be done with one: open
// its folder, open one of its files, run it again, copy its manifest's path,
// verify a backup run against its manifest (on a worker thread, since it
// hashes every file; the result opens in a dialog that does not block),
// compare its Markdown and HTML exports with the previous run's, or pick any
// two runs or exports to compare (each comparison in a window of its own).
//
// It reads history when something changed and only then: at once when this
// window's recorder has saved a run's outcome (runRecorded), and, for runs
// other processes write, when the database's change counter moved, which a
// timer asks every two seconds (one PRAGMA, no table read). Without a history
// (the state database could not be opened) it stays, disabled, with the
// reason as its tooltip, so the writer knows why it is empty.
//
// "Run again" is the window's to do (it plans and queues, asking its usual
// questions); the view only says which run.
#pragma once

#include "core/compare/RunComparisonSources.h"
#include "core/routines/RunRecord.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QTableView;
class QToolButton;

namespace d360::routines {
struct VerifyReport;
class HistoryStore;
class RunRecorder;
} // namespace d360::routines

namespace d360::gui {

class HistoryTableModel;

class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(QWidget *parent = nullptr);
    ~HistoryView() override;

    // The history to show, and the recorder whose saved runs refresh it (may
    // be null). A null history disables the view, saying why.
    void setHistory(routines::HistoryStore *history, routines::RunRecorder *recorder,
                    const QString &unavailableReason = {});

    // Reads history again (what the timer and runRecorded do).
    void refresh();
    void selectRun(const QUuid &runId);
    QUuid currentRunId() const;

    HistoryTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QAction *openFolderAction() const { return m_openFolder; }
    QAction *runAgainAction() const { return m_runAgain; }
    QAction *copyManifestAction() const { return m_copyManifest; }
    // Re-reads every file the run's manifest lists, on a worker thread.
    QAction *verifyAction() const { return m_verify; }
    // The current run's exports against the previous run's of the same
    // preset (or selection), in a comparison window; off, with the reason
    // as its tooltip, when there is nothing to compare.
    QAction *compareWithPreviousAction() const { return m_compareWithPrevious; }
    // Two runs or two exports on disk, picked in a small dialog.
    QAction *compareAction() const { return m_compare; }
    // One action per completed file of the current run.
    QMenu *openFileMenu() const { return m_openFileMenu; }

    // The current run's folder: a backup's dated folder, else the folder
    // its files went into; empty when it made none.
    QString currentRunFolder() const;

    static constexpr int pollIntervalMs = 2000;

Q_SIGNALS:
    void runAgainRequested(const d360::routines::RunRecord &run);
    // For the status bar.
    void message(const QString &text);
    // A Verify ended; whole, or not (the dialog lists what is wrong).
    void verified(const QUuid &runId, bool whole);

private:
    void pollForChanges();
    void updateActions();
    void fillOpenFileMenu();
    void openCurrentFolder();
    void copyManifestPath();
    void verifyCurrentRun();
    void showVerifyReport(const QUuid &runId, const routines::VerifyReport &report);
    void compareWithPrevious();
    void openCompareDialog();
    void openComparison(const QString &title, const QList<compare::ExportPair> &pairs);
    void showContextMenu(const QPoint &position);
    void openPath(const QString &path);

    QPointer<QObject> m_recorderGuard;
    routines::HistoryStore *m_history = nullptr;
    HistoryTableModel *m_model;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QAction *m_openFolder;
    QAction *m_runAgain;
    QAction *m_copyManifest;
    QAction *m_verify;
    bool m_verifying = false;
    QAction *m_compareWithPrevious;
    QAction *m_compare;
    // What Compare with Previous compares for the current run.
    compare::RunComparisonSources::Previous m_previous;
    QMenu *m_openFileMenu;
    QToolButton *m_openFileButton;
    QTimer m_poll;
    qint64 m_lastCounter = -1;
    // The completed files of the current run, read when it became current.
    QStringList m_currentFiles;
};

} // namespace d360::gui
