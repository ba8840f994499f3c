// The main window: where a technical writer picks what to export and watches
// the jobs.
//
// It composes the parts and wires them to the core; each part lives in its
// own class (the account switcher, the project tree model, the export panel,
// the job queue view, the welcome page). It owns none of the engine: the
// accounts, their clients and the job queue are given to it, so the same
// engine serves the window and, in tests, the test's own hands.
#pragma once

#include "core/api/ServerAddress.h"
#include "core/routines/ScheduleInstaller.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPersistentModelIndex>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QSortFilterProxyModel;
class QTabWidget;

namespace d360::api {
class ApiClient;
}
namespace d360::auth {
class AccountManager;
class ClientPool;
} // namespace d360::auth
namespace d360::jobs {
class JobQueue;
class BatchPlanner;
struct ExportJob;
} // namespace d360::jobs
namespace d360::routines {
class HistoryStore;
class PresetStore;
class RunRecorder;
struct Preset;
} // namespace d360::routines

namespace d360::gui {

class AccountSwitcher;
class BatchNotifier;
class FinishedFileOpener;
class HistoryView;
class MissedRunsBar;
class PresetLauncher;
class PresetSharing;
class PresetsMenu;
class JobQueueView;
class ProjectTreeModel;
class QueueStatusIndicator;
class WelcomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(auth::AccountManager *accounts, auth::ClientPool *clients, jobs::JobQueue *queue,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Marks the window as working on the local simulator, so nobody mistakes
    // demo data for their knowledge base.
    void setSandboxMode(bool sandbox);
    // Whether "Try the sandbox" is offered on the first-run screen.
    void setSandboxAvailable(bool available);
    // "Sign in with Document360" then starts on this server with this client
    // id: the embedded sandbox's, so its sign-in can be tried too.
    void setSignInSuggestion(const api::ServerAddress &address, const QString &clientId);

    QString currentAccountId() const;
    void setCurrentAccountId(const QString &accountId);

    // The saved presets, history and the recorder of this window's runs;
    // null when the state database could not be opened (unavailableReason
    // then says why, and the presets and History are disabled with it).
    // Also shows the scheduled runs that failed since the window was last
    // open.
    void setRoutines(routines::PresetStore *presets, routines::HistoryStore *history,
                     routines::RunRecorder *recorder, const QString &unavailableReason = {});

    // Where a preset's "Schedule…" writes (the scheduler's folder, whether
    // systemctl is called): from the environment, as for `schedule add`,
    // unless a test says otherwise.
    void setScheduleOptions(const routines::ScheduleInstallerOptions &options);

    ProjectTreeModel *projectModel() const { return m_projectModel; }
    PresetsMenu *presetsMenu() const { return m_presetsMenu; }
    MissedRunsBar *missedRunsBar() const { return m_missedRunsBar; }
    // Built with the job view (null until then), in a tab beside it.
    HistoryView *historyView() const { return m_historyView; }
    void showHistory();
    void showQueue();
    // Built when the workspace is first shown (there is an account): the
    // first-run screen does without it. Null until then.
    JobQueueView *jobQueueView() const { return m_jobView; }

Q_SIGNALS:
    void sandboxRequested();
    // Once, after the first paint (or a second, should the window start
    // minimised): the moment for work that can wait, such as reading the
    // accounts' tokens from the keychain.
    void startUpFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpToolBar();
    void setUpMenus();
    void ensureJobView();
    void ensureWelcomePage();
    void showRightPage();
    void onAccountChanged(const QString &accountId);
    void openCurrentClient();
    void onClientReady(const QString &accountId, api::ApiClient *client);
    void onTreeSelectionChanged();
    void onProjectsLoaded();
    void filterProjects(const QString &text);
    void onTreeActivated(const QModelIndex &index);
    void startExport();
    void openSavePreset();
    void editPreset(const QString &name);
    void openSchedule(const QString &presetName);
    void moveSchedule(const QString &from, const QString &to);
    void applyPendingEdit();
    void rememberWindowSeen();
    // Queues a planned batch, asking first when it repeats exports that
    // are still waiting or running.
    void queueBatch(const QList<jobs::ExportJob> &planned);
    int countAlreadyQueued(const QList<jobs::ExportJob> &planned) const;
    void updateAttentionBar();
    void openAddToken();
    void openSignIn();
    void openManageAccounts();
    void openSettings();
    void openAbout();
    void fixCurrentAccount();
    void restoreLayout();
    void saveLayout() const;
    void finishStartUp();
    void askBeforeClosing(int running, int waiting);

    std::unique_ptr<Ui::MainWindow> m_ui;
    auth::AccountManager *m_accounts;
    auth::ClientPool *m_clients;
    jobs::JobQueue *m_queue;
    AccountSwitcher *m_accountSwitcher = nullptr;
    ProjectTreeModel *m_projectModel = nullptr;
    QSortFilterProxyModel *m_projectFilter = nullptr;
    JobQueueView *m_jobView = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    QueueStatusIndicator *m_statusIndicator = nullptr;
    BatchNotifier *m_notifier = nullptr;
    FinishedFileOpener *m_fileOpener = nullptr;
    PresetsMenu *m_presetsMenu = nullptr;
    PresetLauncher *m_presetLauncher = nullptr;
    PresetSharing *m_presetSharing = nullptr;
    MissedRunsBar *m_missedRunsBar = nullptr;
    QTabWidget *m_jobTabs = nullptr;
    HistoryView *m_historyView = nullptr;
    routines::PresetStore *m_presets = nullptr;
    routines::HistoryStore *m_history = nullptr;
    routines::RunRecorder *m_recorder = nullptr;
    QString m_routinesUnavailable;
    routines::ScheduleInstallerOptions m_scheduleOptions;
    // Reads the schedules for the Presets menu; each Schedule dialog has
    // an installer of its own for its one change.
    routines::ScheduleInstaller *m_scheduleLister = nullptr;
    // A preset being loaded into the panel, until its version is chosen.
    std::unique_ptr<routines::Preset> m_pendingEdit;
    bool m_pendingEditChosen = false;
    QPointer<api::ApiClient> m_client;
    QPointer<jobs::BatchPlanner> m_planner;
    bool m_sandboxMode = false;
    bool m_sandboxAvailable = false;
    // The version the project filter hid, chosen again when it shows.
    QPersistentModelIndex m_hiddenChoice;
    std::optional<api::ServerAddress> m_signInServer;
    QString m_signInClientId;
    bool m_startUpFinished = false;
    bool m_closeConfirmed = false;
    QPointer<QMessageBox> m_closeQuestion;
};

} // namespace d360::gui
