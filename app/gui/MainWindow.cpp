// See MainWindow.h.
#include "gui/MainWindow.h"

#include "core/ApplicationInfo.h"
#include "core/api/ApiClient.h"
#include "core/auth/AccountManager.h"
#include "core/auth/ClientPool.h"
#include "core/jobs/BatchPlanner.h"
#include "core/jobs/JobQueue.h"
#include "core/routines/HistoryStore.h"
#include "core/routines/Preset.h"
#include "core/routines/PresetStore.h"
#include "core/routines/RunRecorder.h"
#include "core/routines/ScheduleRename.h"
#include "core/state/StateMeta.h"
#include "gui/AboutDialog.h"
#include "gui/AccountSwitcher.h"
#include "gui/ApplicationIcon.h"
#include "gui/FirstPaintReport.h"
#include "gui/WelcomePage.h"
#include "gui/accounts/AccountEditDialog.h"
#include "gui/accounts/AccountsDialog.h"
#include "gui/accounts/SignInDialog.h"
#include "gui/export/ExportPanel.h"
#include "gui/history/HistoryView.h"
#include "gui/history/MissedRunsBar.h"
#include "gui/jobs/BatchNotifier.h"
#include "gui/jobs/FinishedFileOpener.h"
#include "gui/jobs/JobQueueView.h"
#include "gui/jobs/QuestionWhileNeeded.h"
#include "gui/jobs/QueueStatusIndicator.h"
#include "gui/presets/PresetLauncher.h"
#include "gui/presets/PresetSharing.h"
#include "gui/presets/PresetsMenu.h"
#include "gui/presets/SavePresetDialog.h"
#include "gui/presets/ScheduleDialog.h"
#include "gui/projects/ProjectTreeModel.h"
#include "gui/settings/GuiSettings.h"
#include "gui/settings/SettingsDialog.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

#include <chrono>

namespace d360::gui {

MainWindow::MainWindow(auth::AccountManager *accounts, auth::ClientPool *clients,
                       jobs::JobQueue *queue, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_accounts(accounts)
    , m_clients(clients)
    , m_queue(queue)
{
    m_ui->setupUi(this);
    setWindowIcon(applicationIcon());
    m_ui->sandboxBanner->hide();
    m_ui->sandboxBanner->setAutoFillBackground(true);
    m_ui->attentionBar->hide();
    m_missedRunsBar = new MissedRunsBar(m_ui->centralWidget);
    m_ui->centralLayout->insertWidget(m_ui->centralLayout->indexOf(m_ui->attentionBar) + 1,
                                      m_missedRunsBar);
    connect(m_missedRunsBar, &MissedRunsBar::openHistoryRequested, this, &MainWindow::showHistory);
    m_ui->projectNotice->hide();
    // The job table takes the height the projects and the export panel do
    // not need.
    m_ui->verticalSplitter->setStretchFactor(0, 0);
    m_ui->verticalSplitter->setStretchFactor(1, 1);

    m_projectModel = new ProjectTreeModel(this);
    m_projectFilter = new QSortFilterProxyModel(this);
    m_projectFilter->setSourceModel(m_projectModel);
    m_projectFilter->setRecursiveFilteringEnabled(true);
    m_projectFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->projectTree->setModel(m_projectFilter);
    connect(m_ui->projectFilterEdit, &QLineEdit::textChanged, this, &MainWindow::filterProjects);
    connect(m_ui->projectTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTreeSelectionChanged);
    connect(m_ui->projectTree, &QTreeView::activated, this, &MainWindow::onTreeActivated);
    connect(m_projectModel, &ProjectTreeModel::projectsLoaded, this, &MainWindow::onProjectsLoaded);
    connect(m_projectModel, &ProjectTreeModel::versionsLoaded, this,
            [this](const QString &projectId) {
                // Picking a project means its default version until the writer says
                // otherwise.
                const QModelIndex current
                    = m_projectFilter->mapToSource(m_ui->projectTree->currentIndex());
                if (current.data(ProjectTreeModel::IdRole).toString() == projectId)
                    onTreeSelectionChanged();
                applyPendingEdit();
            });

    m_statusIndicator = new QueueStatusIndicator(queue, this);
    statusBar()->addPermanentWidget(m_statusIndicator);
    m_notifier = new BatchNotifier(queue, this);
    connect(m_notifier, &BatchNotifier::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(queue, &jobs::JobQueue::storageProblem, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    m_fileOpener = new FinishedFileOpener(queue, this);

    QSettings store;
    const GuiSettings settings = GuiSettings::load(store);
    m_ui->exportPanel->setOutputFolder(settings.effectiveOutputFolder());
    m_fileOpener->setEnabled(settings.openWhenDone);
    connect(m_ui->exportPanel, &ExportPanel::outputFolderChanged, this, [](const QString &folder) {
        QSettings changedStore;
        GuiSettings changed = GuiSettings::load(changedStore);
        changed.outputFolder = folder;
        changed.save(changedStore);
    });
    connect(m_ui->exportPanel, &ExportPanel::exportRequested, this, &MainWindow::startExport);
    connect(m_ui->exportPanel, &ExportPanel::savePresetRequested, this,
            &MainWindow::openSavePreset);
    m_presetLauncher = new PresetLauncher(m_accounts, m_clients, m_queue, this);
    connect(m_presetLauncher, &PresetLauncher::ready, this,
            [this](const QList<jobs::ExportJob> &planned) {
                showQueue();
                queueBatch(planned);
            });
    connect(m_presetLauncher, &PresetLauncher::problem, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_presetLauncher, &PresetLauncher::progress, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_ui->fixAccountButton, &QPushButton::clicked, this, &MainWindow::fixCurrentAccount);

    setUpToolBar();
    setUpMenus();
    connect(m_clients, &auth::ClientPool::clientReady, this, &MainWindow::onClientReady);
    connect(m_clients, &auth::ClientPool::clientFailed, this,
            [this](const QString &accountId, const QString &message) {
                if (accountId == currentAccountId())
                    statusBar()->showMessage(tr("Could not open the account: %1").arg(message));
            });
    connect(m_accounts, &auth::AccountManager::accountsChanged, this, &MainWindow::showRightPage);
    connect(m_accounts, &auth::AccountManager::accountNeedsAttention, this,
            &MainWindow::updateAttentionBar);
    connect(m_accounts, &auth::AccountManager::accountRestored, this,
            &MainWindow::updateAttentionBar);

    restoreLayout();
    showRightPage();
    onAccountChanged(currentAccountId());

    // Some of the window's furnishings, and the keychain, wait until it has
    // been painted once; or a second, should it start minimised.
    installEventFilter(this);
    QTimer::singleShot(std::chrono::seconds(1), this, &MainWindow::finishStartUp);
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpToolBar()
{
    m_accountSwitcher = new AccountSwitcher(m_accounts, this);
    m_ui->mainToolBar->addWidget(m_accountSwitcher);
    connect(m_accountSwitcher, &AccountSwitcher::currentAccountChanged, this,
            &MainWindow::onAccountChanged);

    auto *addMenu = new QMenu(this);
    addMenu->addAction(QIcon(QStringLiteral(":/icons/action-account.svg")),
                       tr("Add an API &token…"), this, &MainWindow::openAddToken);
    addMenu->addAction(tr("&Sign in with Document360…"), this, &MainWindow::openSignIn);
    auto *addButton = new QToolButton(this);
    addButton->setText(tr("Add account"));
    addButton->setAccessibleName(tr("Add an account"));
    addButton->setIcon(QIcon(QStringLiteral(":/icons/action-account.svg")));
    addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addButton->setPopupMode(QToolButton::InstantPopup);
    addButton->setMenu(addMenu);
    m_ui->mainToolBar->addWidget(addButton);

    QAction *manage
        = m_ui->mainToolBar->addAction(tr("&Accounts…"), this, &MainWindow::openManageAccounts);
    manage->setToolTip(tr("Rename, test, replace or remove accounts"));
    QAction *refresh
        = m_ui->mainToolBar->addAction(QIcon(QStringLiteral(":/icons/action-refresh.svg")),
                                       tr("Re&fresh"), this, [this] { m_projectModel->reload(); });
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Load the projects again (F5)"));
    QAction *settings
        = m_ui->mainToolBar->addAction(QIcon(QStringLiteral(":/icons/action-settings.svg")),
                                       tr("Se&ttings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
}

void MainWindow::setUpMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_presetsMenu = new PresetsMenu(this);
    menuBar()->addMenu(m_presetsMenu);
    connect(m_presetsMenu->saveAction(), &QAction::triggered, this, &MainWindow::openSavePreset);
    connect(m_presetsMenu, &PresetsMenu::runRequested, this, [this](const QString &name) {
        QSettings store;
        m_presetLauncher->runPreset(name, GuiSettings::load(store).effectiveFileNamePattern());
    });
    connect(m_presetsMenu, &PresetsMenu::editRequested, this, &MainWindow::editPreset);
    connect(m_presetsMenu, &PresetsMenu::scheduleRequested, this, &MainWindow::openSchedule);
    connect(m_presetsMenu, &PresetsMenu::renamed, this, &MainWindow::moveSchedule);
    setScheduleOptions(routines::ScheduleInstallerOptions::fromEnvironment());
    connect(m_presetsMenu, &PresetsMenu::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    m_presetSharing = new PresetSharing(m_accounts, this);
    connect(m_presetsMenu, &PresetsMenu::importRequested, m_presetSharing,
            &PresetSharing::askImport);
    connect(m_presetsMenu, &PresetsMenu::exportRequested, m_presetSharing,
            &PresetSharing::askExport);
    connect(m_presetSharing, &PresetSharing::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = helpMenu->addAction(tr("&About D360 Exporter"), this, &MainWindow::openAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setScheduleOptions(const routines::ScheduleInstallerOptions &options)
{
    m_scheduleOptions = options;
    delete m_scheduleLister;
    m_scheduleLister = routines::ScheduleInstaller::create(options, this);
    m_presetsMenu->setScheduleInstaller(m_scheduleLister);
}

void MainWindow::openSchedule(const QString &presetName)
{
    // One dialog per preset: a second "Schedule…" brings the first back.
    for (ScheduleDialog *open : findChildren<ScheduleDialog *>()) {
        if (open->presetName() == presetName) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    auto *dialog = new ScheduleDialog(m_scheduleOptions, presetName,
                                      QCoreApplication::applicationFilePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScheduleDialog::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    dialog->open();
}

void MainWindow::moveSchedule(const QString &from, const QString &to)
{
    auto *rename = routines::ScheduleRename::start(m_scheduleOptions, from, to,
                                                   QCoreApplication::applicationFilePath(), this);
    connect(
        rename, &routines::ScheduleRename::finished, this,
        [this, from, to](const routines::ScheduleOutcome &outcome) {
            using Result = routines::ScheduleOutcome::Result;
            if (outcome.result == Result::NotFound)
                return;
            QString text;
            if (outcome.result != Result::Done)
                text = tr("The preset \"%1\" is renamed, but its schedule still runs "
                          "\"%2\": %3")
                           .arg(to, from, outcome.problem);
            else if (outcome.schedulerUpdated)
                text = tr("The preset \"%1\" is now \"%2\", and so is its schedule.").arg(from, to);
            else
                text = tr("The preset \"%1\" is now \"%2\", and so is its schedule; the "
                          "scheduler learns it after: %3")
                           .arg(from, to, outcome.commandsToRun.join(QStringLiteral("; ")));
            statusBar()->showMessage(text, 30000);
        });
}

void MainWindow::openAbout()
{
    AboutDialog::Details details = AboutDialog::Details::current();
    if (!m_queue->storeDatabasePath().isEmpty())
        details.stateFile = m_queue->storeDatabasePath();
    details.sandboxSession = m_sandboxMode;
    auto *dialog = new AboutDialog(details, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::ensureWelcomePage()
{
    if (m_welcomePage)
        return;
    m_welcomePage = new WelcomePage(m_ui->pages);
    m_welcomePage->setObjectName(QStringLiteral("welcomePage"));
    m_welcomePage->setSandboxAvailable(m_sandboxAvailable);
    connect(m_welcomePage, &WelcomePage::addTokenRequested, this, &MainWindow::openAddToken);
    connect(m_welcomePage, &WelcomePage::signInRequested, this, &MainWindow::openSignIn);
    connect(m_welcomePage, &WelcomePage::sandboxRequested, this, &MainWindow::sandboxRequested);
    m_ui->pages->addWidget(m_welcomePage);
}

void MainWindow::ensureJobView()
{
    if (m_jobView)
        return;
    // History is a tab beside the queue: both are lists of exports, and the
    // writer looks at one at a time.
    m_jobTabs = new QTabWidget(m_ui->jobsArea);
    m_jobTabs->setObjectName(QStringLiteral("jobTabs"));
    m_jobTabs->setDocumentMode(true);
    m_jobView = new JobQueueView(m_queue, m_jobTabs);
    m_jobTabs->addTab(m_jobView, tr("&Queue"));
    m_historyView = new HistoryView(m_jobTabs);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_jobTabs->addTab(m_historyView, tr("Hi&story"));
    m_historyView->setHistory(m_history, m_recorder, m_routinesUnavailable);
    m_jobTabs->setTabToolTip(1,
                             m_history ? tr("Every run: this window's, the command line's "
                                            "and the schedules'")
                                       : m_historyView->toolTip());
    connect(m_historyView, &HistoryView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_historyView, &HistoryView::runAgainRequested, this,
            [this](const routines::RunRecord &run) {
                QSettings store;
                m_presetLauncher->runAgain(run,
                                           GuiSettings::load(store).effectiveFileNamePattern());
            });
    m_ui->jobsLayout->addWidget(m_jobTabs);
    connect(m_jobView, &JobQueueView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    m_ui->mainToolBar->addSeparator();
    // Icons only (their names are the tooltips and accessible names): seven
    // labelled buttons left the account switcher too little room for the
    // account's name.
    for (QAction *action : m_jobView->jobActions()) {
        m_ui->mainToolBar->addAction(action);
        if (auto *button = qobject_cast<QToolButton *>(m_ui->mainToolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    m_jobView->restoreState(QSettings().value(QStringLiteral("gui/jobTable")).toByteArray());
    m_jobView->setFilterClearButtonEnabled(m_startUpFinished);
    // Before Help, where menus stand on every desktop.
    QMenu *viewMenu = new QMenu(tr("&View"), this);
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(m_jobView->detailsToggle());
    menuBar()->insertMenu(menuBar()->actions().constLast(), viewMenu);
}

void MainWindow::setSandboxMode(bool sandbox)
{
    m_sandboxMode = sandbox;
    m_ui->sandboxBanner->setVisible(sandbox);
    // A schedule runs when the window is closed, and the sandbox's presets
    // (its whole state) go with the window.
    m_presetsMenu->setSchedulingUnavailable(
        sandbox ? tr("The sandbox and its presets last only while this window is open, and a "
                     "schedule runs when it is closed: schedule the presets of an account of "
                     "your own.")
                : QString());
    if (sandbox) {
        QPalette palette = m_ui->sandboxBanner->palette();
        // The warning colour of the sandbox icon; readable text on it in
        // light and dark palettes alike.
        palette.setColor(QPalette::Window, QColor(0xd9, 0x93, 0x1c));
        palette.setColor(QPalette::WindowText, Qt::black);
        m_ui->sandboxBanner->setPalette(palette);
    }
    // Qt adds the application's display name to a title that does not end
    // with it ("D360 Exporter — Sandbox — D360 Exporter"), so the name goes
    // last.
    setWindowTitle(sandbox ? tr("Sandbox — %1").arg(ApplicationInfo::displayName())
                           : ApplicationInfo::displayName());
}

void MainWindow::setSandboxAvailable(bool available)
{
    m_sandboxAvailable = available;
    if (m_welcomePage)
        m_welcomePage->setSandboxAvailable(available);
}

QString MainWindow::currentAccountId() const
{
    return m_accountSwitcher ? m_accountSwitcher->currentAccountId() : QString();
}

void MainWindow::setCurrentAccountId(const QString &accountId)
{
    m_accountSwitcher->setCurrentAccountId(accountId);
}

void MainWindow::showRightPage()
{
    // Each page is finished (or built) only when it is first shown: a
    // returning user never needs the first-run screen, a new one not yet
    // the job table.
    const bool hasAccounts = !m_accounts->accounts().isEmpty();
    if (hasAccounts) {
        ensureJobView();
        const bool arriving = m_ui->pages->currentWidget() != m_ui->workspacePage;
        m_ui->pages->setCurrentWidget(m_ui->workspacePage);
        // Where the work starts: picking a project and a version.
        if (arriving)
            m_ui->projectTree->setFocus();
    } else {
        ensureWelcomePage();
        m_ui->pages->setCurrentWidget(m_welcomePage);
    }
    m_accountSwitcher->setEnabled(hasAccounts);
}

void MainWindow::onAccountChanged(const QString &accountId)
{
    m_client = nullptr;
    m_projectModel->setClient(nullptr);
    m_ui->exportPanel->setVersion(nullptr, std::nullopt, std::nullopt);
    m_statusIndicator->setRateBudget(nullptr);
    m_ui->projectNotice->hide();
    updateAttentionBar();
    if (accountId.isEmpty())
        return;
    QSettings settings;
    if (settings.value(QStringLiteral("gui/currentAccount")).toString() != accountId)
        settings.setValue(QStringLiteral("gui/currentAccount"), accountId);
    // Before the first paint, finishStartUp() comes back for the client.
    if (m_startUpFinished)
        openCurrentClient();
}

void MainWindow::openCurrentClient()
{
    const QString accountId = currentAccountId();
    if (accountId.isEmpty())
        return;
    if (api::ApiClient *client = m_clients->client(accountId))
        onClientReady(accountId, client);
    else
        m_clients->prepare(accountId);
}

void MainWindow::onClientReady(const QString &accountId, api::ApiClient *client)
{
    if (accountId != currentAccountId() || m_client == client)
        return;
    m_client = client;
    m_projectModel->setClient(client);
    m_statusIndicator->setRateBudget(client->rateBudget());
}

void MainWindow::onTreeSelectionChanged()
{
    const QModelIndex index = m_projectFilter->mapToSource(m_ui->projectTree->currentIndex());
    const auto kind
        = ProjectTreeModel::ItemKind(index.data(ProjectTreeModel::ItemKindRole).toInt());
    std::optional<api::Project> project = m_projectModel->projectAt(index);
    std::optional<api::ProjectVersion> version;
    if (index.isValid() && kind == ProjectTreeModel::ItemKind::Version) {
        version = m_projectModel->versionAt(index);
    } else if (index.isValid() && kind == ProjectTreeModel::ItemKind::Project) {
        // A project stands for its default version; load the versions to know it.
        m_ui->projectTree->expand(m_ui->projectTree->currentIndex());
        for (int row = 0; row < m_projectModel->rowCount(index); ++row) {
            const QModelIndex child = m_projectModel->index(row, 0, index);
            if (child.data(ProjectTreeModel::IsDefaultRole).toBool())
                version = m_projectModel->versionAt(child);
        }
    }
    m_ui->exportPanel->setVersion(m_client, project, version);
}

void MainWindow::filterProjects(const QString &text)
{
    // The proxy forgets the current row when it refilters; the version the
    // export panel holds must stay the one the tree shows as chosen.
    const QModelIndex current = m_projectFilter->mapToSource(m_ui->projectTree->currentIndex());
    // A choice the filter hid comes back with it.
    const QPersistentModelIndex chosen
        = current.isValid() ? QPersistentModelIndex(current) : m_hiddenChoice;
    m_hiddenChoice = QPersistentModelIndex();
    m_projectFilter->setFilterFixedString(text);
    const QModelIndex shown
        = chosen.isValid() ? m_projectFilter->mapFromSource(chosen) : QModelIndex();
    if (shown.isValid()) {
        if (m_ui->projectTree->currentIndex() != shown)
            m_ui->projectTree->setCurrentIndex(shown);
        m_ui->projectTree->scrollTo(shown);
    } else if (chosen.isValid()) {
        // Filtered out of sight: nothing is chosen, so nothing can be
        // exported by mistake.
        m_hiddenChoice = chosen;
        m_ui->projectTree->setCurrentIndex({});
        m_ui->exportPanel->setVersion(nullptr, std::nullopt, std::nullopt);
    }
}

void MainWindow::onProjectsLoaded()
{
    const std::optional<auth::Account> account = m_accounts->account(currentAccountId());
    if (!account)
        return;
    // A sign-in bound to a project starts on it; so does an account that
    // sees one project only, rather than a lone row to open first.
    QString projectId = account->boundProjectId;
    QModelIndex project
        = projectId.isEmpty() ? QModelIndex() : m_projectModel->indexOfProject(projectId);
    if (!projectId.isEmpty() && !project.isValid()) {
        m_ui->projectNotice->setText(tr("This sign-in is for the project with id %1, but "
                                        "Document360 does not list that project for it, "
                                        "so there is nothing to export here. Sign in again and "
                                        "pick a project you may export, or ask "
                                        "the project's owner for access.")
                                         .arg(projectId));
        m_ui->projectNotice->show();
        return;
    }
    m_ui->projectNotice->hide();
    if (!project.isValid() && m_projectModel->rowCount() == 1
        && ProjectTreeModel::ItemKind(
               m_projectModel->index(0, 0).data(ProjectTreeModel::ItemKindRole).toInt())
            == ProjectTreeModel::ItemKind::Project)
        project = m_projectModel->index(0, 0);
    // The writer's own choice, made while the list loaded, stands.
    if (project.isValid() && !m_ui->projectTree->currentIndex().isValid())
        m_ui->projectTree->setCurrentIndex(m_projectFilter->mapFromSource(project));
    applyPendingEdit();
}

void MainWindow::onTreeActivated(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_projectFilter->mapToSource(proxyIndex);
    if (ProjectTreeModel::ItemKind(index.data(ProjectTreeModel::ItemKindRole).toInt())
        == ProjectTreeModel::ItemKind::Error)
        m_projectModel->retry(index);
}

void MainWindow::startExport()
{
    if (!m_client || m_planner)
        return;
    QSettings store;
    const GuiSettings settings = GuiSettings::load(store);
    jobs::BatchSelection selection = m_ui->exportPanel->selection();
    selection.accountId = currentAccountId();
    selection.fileNamePattern = settings.effectiveFileNamePattern();
    selection.extract = settings.extractZips;
    auto *planner = new jobs::BatchPlanner(m_client, selection, this);
    m_planner = planner;
    statusBar()->showMessage(tr("Preparing the export…"));
    connect(planner, &jobs::BatchPlanner::finished, this, [this, planner] {
        planner->deleteLater();
        if (!planner->error().isNull()) {
            statusBar()->showMessage(
                tr("Could not start the export: %1").arg(planner->error().displayText()));
            return;
        }
        queueBatch(planner->jobs());
    });
    planner->start();
}

void MainWindow::setRoutines(routines::PresetStore *presets, routines::HistoryStore *history,
                             routines::RunRecorder *recorder, const QString &unavailableReason)
{
    m_presets = presets;
    m_history = history;
    m_recorder = recorder;
    m_routinesUnavailable = unavailableReason;
    m_presetLauncher->setRoutines(presets, recorder);
    m_presetsMenu->setStore(presets, unavailableReason);
    m_presetSharing->setStore(presets);
    if (m_historyView)
        m_historyView->setHistory(history, recorder, unavailableReason);
    m_ui->exportPanel->setPresetsUnavailable(presets ? QString() : m_presetsMenu->toolTip());
    if (recorder)
        connect(recorder, &routines::RunRecorder::problem, this,
                [this](const QString &text) { statusBar()->showMessage(text); });
    if (!history)
        return;
    const state::StateMeta meta(history->database());
    m_missedRunsBar->showFailedScheduledRuns(*history,
                                             meta.timeValue(state::StateMeta::windowLastSeenKey()));
    rememberWindowSeen();
}

void MainWindow::rememberWindowSeen()
{
    if (!m_history)
        return;
    state::StateMeta meta(m_history->database());
    QString error;
    if (!meta.setTimeValue(state::StateMeta::windowLastSeenKey(), QDateTime::currentDateTimeUtc(),
                           &error))
        statusBar()->showMessage(error);
}

void MainWindow::showHistory()
{
    ensureJobView();
    m_jobTabs->setCurrentWidget(m_historyView);
}

void MainWindow::showQueue()
{
    ensureJobView();
    m_jobTabs->setCurrentWidget(m_jobView);
}

void MainWindow::openSavePreset()
{
    if (!m_presets) {
        statusBar()->showMessage(m_presetsMenu->toolTip());
        return;
    }
    const ExportPanel *panel = m_ui->exportPanel;
    const std::optional<auth::Account> account = m_accounts->account(currentAccountId());
    if (!account || !panel->version() || panel->jobCount() == 0) {
        statusBar()->showMessage(
            tr("Pick a version, its languages, formats and a folder first: a preset saves "
               "what the export panel holds."));
        return;
    }
    QSettings store;
    const GuiSettings settings = GuiSettings::load(store);
    const jobs::BatchSelection selection = panel->selection();
    routines::Preset draft;
    draft.accountName = account->label;
    draft.projectId = selection.projectId;
    draft.versions = selection.versionIds;
    if (panel->project())
        draft.projectName = panel->project()->name;
    draft.versionNames.insert(panel->version()->id, panel->version()->name);
    draft.languages
        = selection.allLanguages ? QStringList { QStringLiteral("all") } : selection.languageCodes;
    for (const api::ExportFormat format : selection.formats)
        draft.formats.append(api::exportFormatName(format));
    draft.outputFolder = selection.outputFolder;
    draft.fileNamePattern = settings.effectiveFileNamePattern();
    draft.extract = settings.extractZips;
    if (m_pendingEdit && m_pendingEdit->projectId == draft.projectId) {
        draft.name = m_pendingEdit->name;
        draft.keepRuns = m_pendingEdit->keepRuns;
    }
    auto *dialog = new SavePresetDialog(m_presets, draft, panel->version()->isDefault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SavePresetDialog::presetSaved, this, [this](const routines::Preset &preset) {
        m_pendingEdit.reset();
        statusBar()->showMessage(tr("Saved the preset \"%1\".").arg(preset.name), 15000);
    });
    dialog->open();
}

void MainWindow::editPreset(const QString &name)
{
    if (!m_presets)
        return;
    QString problem;
    const std::optional<routines::Preset> preset = m_presets->find(name, &problem);
    if (!preset) {
        statusBar()->showMessage(
            problem.isEmpty() ? tr("There is no preset named \"%1\".").arg(name) : problem);
        return;
    }
    if (!preset->accountName.isEmpty()) {
        const std::optional<auth::Account> account = m_accounts->findByLabel(preset->accountName);
        if (!account) {
            statusBar()->showMessage(
                tr("The preset \"%1\" uses the account \"%2\", which is not set up here; it "
                   "loads into the panel of the account shown now.")
                    .arg(preset->name, preset->accountName));
        } else if (account->id != currentAccountId()) {
            setCurrentAccountId(account->id);
        }
    }
    m_pendingEdit = std::make_unique<routines::Preset>(*preset);
    m_pendingEditChosen = false;
    m_ui->projectFilterEdit->clear();
    QList<api::ExportFormat> formats = preset->selection().formats;
    m_ui->exportPanel->setOutputFolder(preset->outputFolder);
    m_ui->exportPanel->setChoice(preset->selection().languageCodes,
                                 preset->selection().allLanguages, formats);
    showQueue();
    applyPendingEdit();
    statusBar()->showMessage(tr("The preset \"%1\" is loaded: change what you need and save "
                                "it again with \"Save as preset…\".")
                                 .arg(preset->name),
                             15000);
}

void MainWindow::applyPendingEdit()
{
    // Called again as the projects and then the project's versions load,
    // until the preset's version is chosen in the tree.
    if (!m_pendingEdit || m_pendingEditChosen)
        return;
    const QModelIndex project = m_projectModel->indexOfProject(m_pendingEdit->projectId);
    if (!project.isValid())
        return;
    const bool versionsLoaded = m_projectModel->rowCount(project) > 0
        && m_projectModel->versionAt(m_projectModel->index(0, 0, project)).has_value();
    if (!versionsLoaded) {
        m_ui->projectTree->expand(m_projectFilter->mapFromSource(project));
        return;
    }
    QString wanted;
    for (const QString &version : std::as_const(m_pendingEdit->versions)) {
        if (version != QLatin1String("default")) {
            wanted = version;
            break;
        }
    }
    m_pendingEditChosen = true;
    for (int row = 0; row < m_projectModel->rowCount(project); ++row) {
        const QModelIndex version = m_projectModel->index(row, 0, project);
        const bool match = wanted.isEmpty()
            ? version.data(ProjectTreeModel::IsDefaultRole).toBool()
            : version.data(ProjectTreeModel::IdRole).toString() == wanted;
        if (match) {
            const QModelIndex shown = m_projectFilter->mapFromSource(version);
            m_ui->projectTree->setCurrentIndex(shown);
            m_ui->projectTree->scrollTo(shown);
            return;
        }
    }
    statusBar()->showMessage(
        tr("The version the preset \"%1\" exports is no longer listed; pick one.")
            .arg(m_pendingEdit->name));
}

int MainWindow::countAlreadyQueued(const QList<jobs::ExportJob> &planned) const
{
    // The same export, into the same folder, still waiting or running; one
    // pass over the queue, however long it is.
    const auto key = [](const jobs::ExportJob &job) {
        return QStringList { job.accountId,
                             job.projectId,
                             job.versionId,
                             job.languageCode,
                             QString::number(int(job.format)),
                             job.outputFolder }
            .join(QChar(0));
    };
    QSet<QString> active;
    for (int row = 0; row < m_queue->count(); ++row) {
        if (!jobs::isFinalState(m_queue->at(row).state))
            active.insert(key(m_queue->at(row)));
    }
    int found = 0;
    for (const jobs::ExportJob &job : planned)
        found += active.contains(key(job)) ? 1 : 0;
    return found;
}

void MainWindow::queueBatch(const QList<jobs::ExportJob> &planned)
{
    const auto enqueue = [this](const QList<jobs::ExportJob> &jobs) {
        const QList<QUuid> ids = m_queue->enqueue(jobs);
        statusBar()->showMessage(tr("%n exports queued.", nullptr, int(ids.size())), 5000);
        if (!ids.isEmpty())
            m_jobView->selectJobs(ids);
        // The run is in history from now on, shown as running.
        if (m_historyView)
            m_historyView->refresh();
    };
    const int already = countAlreadyQueued(planned);
    if (already == 0) {
        enqueue(planned);
        return;
    }
    statusBar()->clearMessage();
    // A second press of Export, or the same batch from another account
    // window: said before it makes "(2)" copies of every file.
    auto *question
        = new QMessageBox(QMessageBox::Question, windowTitle(),
                          already == int(planned.size())
                              ? tr("These exports are already waiting or running.")
                              : tr("%1 of these %2 exports are already waiting or running.")
                                    .arg(already)
                                    .arg(planned.size()),
                          QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("duplicateQuestion"));
    question->setInformativeText(
        tr("Queue them again? The second copies get numbered file names, such as "
           "\"… (2).pdf\"."));
    QPushButton *again = question->addButton(tr("&Queue again"), QMessageBox::AcceptRole);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);
    // Once the earlier exports have ended, Export means what it says, as
    // when nothing ran.
    openQuestionWhileNeeded(
        question, again, m_queue, this, [this, planned] { return countAlreadyQueued(planned) > 0; },
        [enqueue, planned] { enqueue(planned); });
}

void MainWindow::updateAttentionBar()
{
    const QString id = currentAccountId();
    const bool attention = !id.isEmpty() && m_accounts->needsAttention(id);
    m_ui->attentionBar->setVisible(attention);
    if (!attention)
        return;
    const std::optional<auth::Account> account = m_accounts->account(id);
    const bool signedIn = account && account->authKind == auth::AuthKind::OAuth;
    m_ui->attentionLabel->setText(
        tr("<b>%1 needs attention:</b> %2")
            .arg(account ? account->label.toHtmlEscaped() : QString(),
                 account ? account->attentionReason.toHtmlEscaped() : QString()));
    m_ui->fixAccountButton->setText(signedIn ? tr("&Sign in again…") : tr("&Replace token…"));
}

void MainWindow::fixCurrentAccount()
{
    const std::optional<auth::Account> account = m_accounts->account(currentAccountId());
    if (!account)
        return;
    QDialog *dialog = account->authKind == auth::AuthKind::OAuth
        ? static_cast<QDialog *>(new SignInDialog(m_accounts, account->id, this))
        : static_cast<QDialog *>(new AccountEditDialog(m_accounts, account->id, this));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openAddToken()
{
    auto *dialog = new AccountEditDialog(m_accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountEditDialog::accountSaved, this, &MainWindow::setCurrentAccountId);
    dialog->open();
}

void MainWindow::setSignInSuggestion(const api::ServerAddress &address, const QString &clientId)
{
    m_signInServer = address;
    m_signInClientId = clientId;
}

void MainWindow::openSignIn()
{
    auto *dialog = new SignInDialog(m_accounts, this);
    if (m_signInServer)
        dialog->suggest(*m_signInServer, m_signInClientId);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::accountSaved, this, &MainWindow::setCurrentAccountId);
    dialog->open();
}

void MainWindow::openManageAccounts()
{
    auto *dialog = new AccountsDialog(m_accounts, m_clients, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openSettings()
{
    QSettings store;
    auto *dialog = new SettingsDialog(GuiSettings::load(store), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsAccepted, this, [this](const GuiSettings &settings) {
        QSettings changedStore;
        settings.save(changedStore);
        m_queue->setSettings(settings.jobs);
        m_fileOpener->setEnabled(settings.openWhenDone);
        m_ui->exportPanel->setOutputFolder(settings.effectiveOutputFolder());
    });
    dialog->open();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("gui/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("gui/windowState")).toByteArray());
    m_ui->verticalSplitter->restoreState(
        settings.value(QStringLiteral("gui/verticalSplitter")).toByteArray());
    m_ui->horizontalSplitter->restoreState(
        settings.value(QStringLiteral("gui/horizontalSplitter")).toByteArray());
    const QString account = settings.value(QStringLiteral("gui/currentAccount")).toString();
    if (!account.isEmpty())
        m_accountSwitcher->setCurrentAccountId(account);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("gui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("gui/windowState"), saveState());
    settings.setValue(QStringLiteral("gui/verticalSplitter"), m_ui->verticalSplitter->saveState());
    settings.setValue(QStringLiteral("gui/horizontalSplitter"),
                      m_ui->horizontalSplitter->saveState());
    if (m_jobView) // else the saved layout stays as it was
        settings.setValue(QStringLiteral("gui/jobTable"), m_jobView->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    int running = 0;
    int waiting = 0;
    for (int row = 0; row < m_queue->count(); ++row) {
        const jobs::JobState state = m_queue->at(row).state;
        if (jobs::isActiveState(state))
            ++running;
        else if (!jobs::isFinalState(state))
            ++waiting;
    }
    if (!m_closeConfirmed && running + waiting > 0) {
        // Closing loses nothing (the queue is saved and resumes at the next
        // start), but a writer who closes mid-batch should know that.
        event->ignore();
        askBeforeClosing(running, waiting);
        return;
    }
    saveLayout();
    rememberWindowSeen();
    QMainWindow::closeEvent(event);
}

void MainWindow::askBeforeClosing(int running, int waiting)
{
    if (m_closeQuestion && m_closeQuestion->isVisible()) {
        m_closeQuestion->raise();
        return;
    }
    QString what;
    if (running > 0 && waiting > 0)
        what = tr("%1 and %2; they will resume the next time you open D360 Exporter.")
                   .arg(tr("%n exports are running", nullptr, running),
                        tr("%n are waiting", nullptr, waiting));
    else if (running > 0)
        what = tr("%n exports are running; they will resume the next time you open D360 "
                  "Exporter.",
                  nullptr, running);
    else
        what = tr("%n exports are waiting; they will start the next time you open D360 Exporter.",
                  nullptr, waiting);
    auto *question = new QMessageBox(QMessageBox::Question, windowTitle(),
                                     tr("Close D360 Exporter?"), QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("closeQuestion"));
    question->setInformativeText(what);
    QPushButton *closeButton = question->addButton(tr("&Close"), QMessageBox::AcceptRole);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(closeButton);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this,
            [this, closeButton](QAbstractButton *button) {
                if (button != closeButton)
                    return;
                m_closeConfirmed = true;
                close();
            });
    m_closeQuestion = question;
    // open(), not exec(): no event loop inside the close event.
    question->open();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == this && event->type() == QEvent::Paint) {
        // After this paint has been handled, so the window is on screen;
        // finishStartUp() removes this filter and runs once.
        QMetaObject::invokeMethod(this, &MainWindow::finishStartUp, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::finishStartUp()
{
    if (m_startUpFinished)
        return;
    removeEventFilter(this);
    writeFirstPaintReport(qEnvironmentVariable("D360_REPORT_FIRST_PAINT"));
    // A line edit's clear button is drawn from the desktop's icon theme,
    // and finding it loads the theme's index and every image format
    // plug-in: more work than the rest of the first paint (bench_startup).
    // Nobody types into a filter box before the window is there.
    m_startUpFinished = true;
    // A hidden widget takes no focus, so the first one is given here.
    if (m_ui->pages->currentWidget() == m_ui->workspacePage && !focusWidget())
        m_ui->projectTree->setFocus();
    m_ui->projectFilterEdit->setClearButtonEnabled(true);
    if (m_jobView)
        m_jobView->setFilterClearButtonEnabled(true);
    // The window is on screen before the keychain is asked for a token, so
    // a keychain that prompts to be unlocked does so over the program that
    // asked, and the first paint does not wait for D-Bus.
    openCurrentClient();
    Q_EMIT startUpFinished();
}

} // namespace d360::gui
