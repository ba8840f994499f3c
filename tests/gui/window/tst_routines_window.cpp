// Presets and history in the real window, against the sandbox, as a new
// user would try them: save the export panel's choice as a preset, run it
// from the Presets menu, find the run in History with its files, run it
// again from History (two runs, both the preset's), open its folder (caught
// through QDesktopServices' file handler, so no program starts). Also: a run
// that failed on the server is in History marked failed, with the server's
// message; a run another process writes into the same database (as the
// command line does) appears without a restart, through the two-second
// poll; a scheduled run that failed while the window was closed is shown at
// start, once; and a window whose state database could not be opened keeps
// its presets and History disabled, saying why. It runs on the test
// session's X server (Xvfb) and saves the window with its History tab into
// resources/screenshots/.
#include "core/auth/AccountManager.h"
#include "core/auth/AccountTask.h"
#include "core/jobs/JobQueue.h"
#include "core/routines/HistoryStore.h"
#include "core/routines/PresetStore.h"
#include "core/state/StateDatabase.h"
#include "gui/MainWindow.h"
#include "gui/export/LanguageListModel.h"
#include "gui/history/HistoryTableModel.h"
#include "gui/history/HistoryView.h"
#include "gui/history/MissedRunsBar.h"
#include "gui/presets/PresetsMenu.h"
#include "gui/presets/SavePresetDialog.h"
#include "gui/presets/ScheduleDialog.h"
#include "gui/projects/ProjectTreeModel.h"
#include "sandbox/SandboxServer.h"
#include "session/WindowSession.h"
#include "support/ApiTestSupport.h"
#include "support/JobSamples.h"
#include "support/SandboxFixture.h"
#include "support/SessionTestSupport.h"
#include "support/TestSession.h"
#include "support/WindowTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTreeView>
#include <QUrl>
#include <QUuid>

using namespace d360;

// Stands in for the desktop's file handler: what the window asked to open.
class OpenedFiles : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

namespace {

// The program's own start-up (WindowSession) with the test's files and fast
// job settings, on a sandbox account that lives in memory only.
struct Desk
{
    explicit Desk(const sandbox::SandboxOptions &options, const QString &stateFile = {})
        : server(options)
    {
        accountOptions.settingsFile = home.filePath(QStringLiteral("accounts.ini"));
        accountOptions.keychainService
            = QStringLiteral("d360-exporter-gui-test-%1").arg(QUuid::createUuid().toString());
        accountOptions.apiSettings = test::fastApiSettings();
        statePath = stateFile.isEmpty() ? home.filePath(QStringLiteral("state.sqlite")) : stateFile;
        openAccounts();
    }

    void openAccounts()
    {
        window = nullptr;
        session.reset();
        WindowSessionOptions options;
        options.accounts = accountOptions;
        options.stateFile = statePath;
        options.jobs = test::quickWindowJobSettings();
        session = std::make_unique<WindowSession>(options);
        QString problem;
        if (!session->openAccounts(&problem))
            qFatal("the session did not open: %s", qPrintable(problem));
        accounts = session->accounts();
        queue = session->queue();
    }

    bool startWithAccount()
    {
        if (!serverStarted && !server.start())
            return false;
        serverStarted = true;
        return !test::addAccount(*accounts, server.baseUrl(),
                                 auth::AccountSecret::apiToken(server.apiKey()),
                                 auth::AccountManager::SecretStorage::SessionOnly)
                    .isEmpty();
    }

    void openWindow()
    {
        QString problem;
        if (!session->start(&problem))
            qFatal("the window did not start: %s", qPrintable(problem));
        window = session->window();
        window->resize(1400, 860);
    }

    // A second connection to the window's database, as the command line or
    // a schedule has.
    std::shared_ptr<state::StateDatabase> otherProcess() const
    {
        QString problem;
        auto database = state::StateDatabase::open(statePath, &problem);
        if (!database)
            qWarning("second connection: %s", qPrintable(problem));
        return database;
    }

    QTemporaryDir home;
    QTemporaryDir output;
    QString statePath;
    sandbox::SandboxServer server;
    bool serverStarted = false;
    auth::AccountManagerOptions accountOptions;
    std::unique_ptr<WindowSession> session;
    auth::AccountManager *accounts = nullptr;
    jobs::JobQueue *queue = nullptr;
    gui::MainWindow *window = nullptr;
};

// The window on the default version of a small project, the folder typed,
// the languages loaded.
bool openReadyToExport(Desk &desk)
{
    desk.openWindow();
    if (!QTest::qWaitForWindowExposed(desk.window))
        return false;
    const sandbox::DemoProject *project = test::smallActiveProject(desk.server);
    if (!project || !test::pickDefaultVersion(*desk.window, *project))
        return false;
    auto *folder = desk.window->findChild<QLineEdit *>(QStringLiteral("outputFolderEdit"));
    folder->clear();
    QTest::keyClicks(folder, desk.output.path());
    auto *languages = desk.window->findChild<gui::LanguageListModel *>();
    return QTest::qWaitFor([languages] { return languages->rowCount() >= 2; }, 15000);
}

// "Save as preset…", the name typed, Save pressed, as a writer does it.
bool savePreset(Desk &desk, const QString &name, int keepRuns = 0)
{
    auto *button = desk.window->findChild<QPushButton *>(QStringLiteral("savePresetButton"));
    if (!button || !QTest::qWaitFor([button] { return button->isEnabled(); }, 5000))
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    gui::SavePresetDialog *dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                dialog = desk.window->findChild<gui::SavePresetDialog *>();
                return dialog && dialog->isVisible();
            },
            5000))
        return false;
    dialog->nameEdit()->clear();
    QTest::keyClicks(dialog->nameEdit(), name);
    if (keepRuns > 0)
        dialog->keepRunsSpin()->setValue(keepRuns);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    return QTest::qWaitFor([&] { return !desk.window->findChild<gui::SavePresetDialog *>(); },
                           5000);
}

// The preset's entry of the Presets menu, as the menu lists it when opened.
QAction *presetAction(gui::MainWindow &window, const QString &name, const char *objectName)
{
    gui::PresetsMenu *menu = window.presetsMenu();
    menu->rebuild();
    QMenu *presetMenu = menu->presetMenu(name);
    return presetMenu ? presetMenu->findChild<QAction *>(QLatin1String(objectName)) : nullptr;
}

bool allFinal(const jobs::JobQueue &queue)
{
    for (int row = 0; row < queue.count(); ++row) {
        if (!jobs::isFinalState(queue.at(row).state))
            return false;
    }
    return queue.count() > 0;
}

QString cell(const gui::HistoryTableModel &model, int row, gui::HistoryTableModel::Column column)
{
    return model.index(row, column).data().toString();
}

// A preset of the window's account, saved straight into the store.
bool storePreset(gui::MainWindow &window, const QString &name, const QString &folder)
{
    routines::Preset preset;
    preset.name = name;
    preset.accountName = QStringLiteral("Sandbox");
    preset.projectId = QStringLiteral("p-1");
    preset.versions = { QStringLiteral("default") };
    preset.outputFolder = folder;
    preset.keepRuns = 7;
    QString error;
    if (!window.presetsMenu()->store()->save(preset, &error)) {
        qWarning("saving a preset: %s", qPrintable(error));
        return false;
    }
    return true;
}

// The preset's Schedule dialog, opened from its menu entry.
gui::ScheduleDialog *openScheduleDialog(gui::MainWindow &window, const QString &name)
{
    QAction *schedule = presetAction(window, name, "presetScheduleAction");
    if (!schedule)
        return nullptr;
    schedule->trigger();
    gui::ScheduleDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = window.findChild<gui::ScheduleDialog *>();
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A run as another process records it: begun, then finished with its jobs.
bool recordRun(state::StateDatabase &database, const routines::RunRecord &run,
               const QList<jobs::ExportJob> &jobs)
{
    routines::HistoryStore history(
        std::shared_ptr<state::StateDatabase>(&database, [](state::StateDatabase *) {}));
    QString error;
    if (!history.begin(run, &error) || !history.finish(run.id, jobs, run.finishedAt, &error)) {
        qWarning("recording a run: %s", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace

class RoutinesWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
                 "this test draws on the test session's Xvfb display");
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_files, "open");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }

    void init() { m_files.opened.clear(); }

    void aSavedPresetRunsTwiceAndShowsInHistory()
    {
        Desk desk(test::quickSandboxOptions());
        QVERIFY(desk.startWithAccount());
        QVERIFY(openReadyToExport(desk));
        gui::HistoryView *history = desk.window->historyView();
        QVERIFY(history);
        QAbstractItemModelTester tester(history->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(history->isEnabled());
        QCOMPARE(history->model()->rowCount(), 0);

        // Two languages, PDF: two files a run.
        auto *languages = desk.window->findChild<gui::LanguageListModel *>();
        const QString second
            = languages->index(1).data(gui::LanguageListModel::CodeRole).toString();
        QVERIFY(languages->setData(languages->index(1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(languages->checkedCodes().size(), 2);
        QVERIFY(savePreset(desk, QStringLiteral("Release PDFs")));
        QTRY_VERIFY(desk.window->statusBar()->currentMessage().contains(
            QLatin1String("Saved the preset \"Release PDFs\"")));
        const std::optional<routines::Preset> saved
            = desk.window->presetsMenu()->store()->find(QStringLiteral("Release PDFs"));
        QVERIFY(saved);
        QCOMPARE(saved->accountName, QStringLiteral("Sandbox"));
        QCOMPARE(saved->formats, QStringList { QStringLiteral("pdf") });
        QCOMPARE(saved->languages.size(), 2);
        QVERIFY(saved->languages.contains(second));
        QCOMPARE(QDir(saved->outputFolder).absolutePath(), QDir(desk.output.path()).absolutePath());
        QVERIFY(!saved->fileNamePattern.isEmpty());

        // Run it from the menu: the queue gets its two exports.
        QAction *run
            = presetAction(*desk.window, QStringLiteral("Release PDFs"), "presetRunAction");
        QVERIFY(run);
        run->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->count(), 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(allFinal(*desk.queue), 30000);
        for (int row = 0; row < desk.queue->count(); ++row)
            QCOMPARE(desk.queue->at(row).state, jobs::JobState::Completed);

        // History shows it, by the preset's name, with its two files.
        desk.window->showHistory();
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 1, 5000);
        QTRY_COMPARE(cell(*history->model(), 0, gui::HistoryTableModel::Files),
                     QStringLiteral("2/2"));
        QCOMPARE(cell(*history->model(), 0, gui::HistoryTableModel::What),
                 QStringLiteral("Release PDFs"));
        QCOMPARE(cell(*history->model(), 0, gui::HistoryTableModel::How), QStringLiteral("Window"));
        QCOMPARE(cell(*history->model(), 0, gui::HistoryTableModel::Failures), QStringLiteral("0"));
        QVERIFY(!cell(*history->model(), 0, gui::HistoryTableModel::When).isEmpty());
        QVERIFY(!cell(*history->model(), 0, gui::HistoryTableModel::Size).isEmpty());

        // Run it again from History: a second run, from the preset too.
        history->selectRun(history->model()->runAt(0)->id);
        QVERIFY(history->runAgainAction()->isEnabled());
        history->runAgainAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->count(), 4, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(allFinal(*desk.queue), 30000);
        desk.window->showHistory();
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 2, 5000);
        QTRY_COMPARE(cell(*history->model(), 0, gui::HistoryTableModel::Files),
                     QStringLiteral("2/2"));
        for (int row = 0; row < 2; ++row)
            QCOMPARE(cell(*history->model(), row, gui::HistoryTableModel::What),
                     QStringLiteral("Release PDFs"));
        // The second run's files got names of their own beside the first's.
        QCOMPARE(QDir(desk.output.path()).entryList(QDir::Files).size(), 4);

        // Open its folder, and one of its files.
        history->selectRun(history->model()->runAt(0)->id);
        QCOMPARE(QDir(history->currentRunFolder()).absolutePath(),
                 QDir(desk.output.path()).absolutePath());
        QVERIFY(history->openFolderAction()->isEnabled());
        history->openFolderAction()->trigger();
        QCOMPARE(m_files.opened.size(), 1);
        QCOMPARE(QDir(m_files.opened.at(0).toLocalFile()).absolutePath(),
                 QDir(desk.output.path()).absolutePath());
        QCOMPARE(history->openFileMenu()->actions().size(), 2);
        history->openFileMenu()->actions().at(0)->trigger();
        QCOMPARE(m_files.opened.size(), 2);
        QVERIFY(QFileInfo(m_files.opened.at(1).toLocalFile()).isFile());
        // No manifest was written for this run: nothing to copy.
        QVERIFY(!history->copyManifestAction()->isEnabled());

        // What a person would see: saved for the README.
        QCoreApplication::sendPostedEvents();
        const QImage shot = desk.window->grab().toImage();
        QVERIFY(
            shot.save(QDir::current().absoluteFilePath(QStringLiteral("main-window-history.png"))));
        const QString screenshots = QStringLiteral(QT_TESTCASE_SOURCEDIR)
            + QStringLiteral("/../../../resources/screenshots");
        QVERIFY(shot.save(
            QDir(screenshots).absoluteFilePath(QStringLiteral("main-window-history.png"))));
    }

    // A backup preset's run in the window gets its manifest once the run
    // is over, and History shows it (Copy manifest path) without waiting for
    // another process; keeping one run, the second run's retention removes
    // the first run's folder, and its row says so (Open folder is off).
    void aBackupRunsManifestAndRetentionShowInHistory()
    {
        Desk desk(test::quickSandboxOptions());
        QVERIFY(desk.startWithAccount());
        QVERIFY(openReadyToExport(desk));
        gui::HistoryView *history = desk.window->historyView();
        QVERIFY(history);
        QVERIFY(savePreset(desk, QStringLiteral("Nightly"), 1));
        QCOMPARE(desk.window->presetsMenu()->store()->find(QStringLiteral("Nightly"))->keepRuns, 1);

        presetAction(*desk.window, QStringLiteral("Nightly"), "presetRunAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(allFinal(*desk.queue), 30000);
        desk.window->showHistory();
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 1, 5000);
        const QUuid first = history->model()->runAt(0)->id;
        history->selectRun(first);
        QTRY_VERIFY_WITH_TIMEOUT(history->copyManifestAction()->isEnabled(), 10000);
        history->copyManifestAction()->trigger();
        const QString manifest = QGuiApplication::clipboard()->text();
        QVERIFY2(manifest.endsWith(QLatin1String("manifest.json")), qPrintable(manifest));
        QVERIFY2(QFileInfo(manifest).isFile(), qPrintable(manifest));
        const QString firstFolder = QFileInfo(manifest).absolutePath();
        QCOMPARE(QFileInfo(firstFolder).dir().dirName(), QStringLiteral("Nightly"));

        // Run folders are named to the second: the second run needs a new one.
        QTRY_VERIFY_WITH_TIMEOUT(
            QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_HHmmss"))
                != QFileInfo(firstFolder).fileName(),
            3000);
        presetAction(*desk.window, QStringLiteral("Nightly"), "presetRunAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(firstFolder), 30000);
        history->selectRun(first);
        QTRY_VERIFY_WITH_TIMEOUT(!history->openFolderAction()->isEnabled(), 10000);
        history->selectRun(history->model()->runAt(0)->id);
        QTRY_VERIFY_WITH_TIMEOUT(history->copyManifestAction()->isEnabled(), 10000);
        QVERIFY(history->openFolderAction()->isEnabled());
    }

    void editLoadsThePresetIntoThePanel()
    {
        Desk desk(test::quickSandboxOptions());
        QVERIFY(desk.startWithAccount());
        QVERIFY(openReadyToExport(desk));
        auto *html = desk.window->findChild<QCheckBox *>(QStringLiteral("htmlCheck"));
        auto *pdf = desk.window->findChild<QCheckBox *>(QStringLiteral("pdfCheck"));
        html->setChecked(true);
        pdf->setChecked(false);
        QVERIFY(savePreset(desk, QStringLiteral("HTML only")));
        // The writer changes the panel, then edits the preset: it comes back.
        html->setChecked(false);
        pdf->setChecked(true);
        auto *folder = desk.window->findChild<QLineEdit *>(QStringLiteral("outputFolderEdit"));
        folder->setText(desk.home.path());
        QAction *edit = presetAction(*desk.window, QStringLiteral("HTML only"), "presetEditAction");
        QVERIFY(edit);
        edit->trigger();
        QVERIFY(html->isChecked());
        QVERIFY(!pdf->isChecked());
        QCOMPARE(QDir(QDir::fromNativeSeparators(folder->text())).absolutePath(),
                 QDir(desk.output.path()).absolutePath());
        auto *exportButton = desk.window->findChild<QPushButton *>(QStringLiteral("exportButton"));
        QTRY_COMPARE_WITH_TIMEOUT(exportButton->text(), QStringLiteral("Export 1 file"), 15000);

        // Duplicate, then delete the copy after saying yes.
        QAction *duplicate
            = presetAction(*desk.window, QStringLiteral("HTML only"), "presetDuplicateAction");
        duplicate->trigger();
        QVERIFY(desk.window->presetsMenu()->store()->contains(QStringLiteral("HTML only (copy)")));
        QAction *remove
            = presetAction(*desk.window, QStringLiteral("HTML only (copy)"), "presetDeleteAction");
        remove->trigger();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = desk.window->findChild<QMessageBox *>(
                         QStringLiteral("deletePresetQuestion")))
                    && question->isVisible());
        QVERIFY(desk.window->presetsMenu()->store()->contains(QStringLiteral("HTML only (copy)")));
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::DestructiveRole)
                QTest::mouseClick(button, Qt::LeftButton);
        }
        QTRY_VERIFY(
            !desk.window->presetsMenu()->store()->contains(QStringLiteral("HTML only (copy)")));
        QVERIFY(desk.window->presetsMenu()->store()->contains(QStringLiteral("HTML only")));
    }

    void aPresetRunAgainWhileItWaitsAsksFirst()
    {
        Desk desk(test::quickSandboxOptions());
        QVERIFY(desk.startWithAccount());
        QVERIFY(openReadyToExport(desk));
        QVERIFY(savePreset(desk, QStringLiteral("Held")));
        sandbox::SandboxFaults faults;
        faults.holdExports = true; // running until the question has been answered
        desk.server.setFaults(faults);
        presetAction(*desk.window, QStringLiteral("Held"), "presetRunAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->count(), 1, 15000);
        presetAction(*desk.window, QStringLiteral("Held"), "presetRunAction")->trigger();
        QMessageBox *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (question = desk.window->findChild<QMessageBox *>(QStringLiteral("duplicateQuestion")))
                && question->isVisible(),
            15000);
        QCOMPARE(question->text(), QStringLiteral("These exports are already waiting or running."));
        QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
        QCOMPARE(desk.queue->count(), 1);
        desk.server.setFaults({});
        QTRY_VERIFY_WITH_TIMEOUT(allFinal(*desk.queue), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(desk.window->historyView()->model()->rowCount(), 1, 5000);
    }

    void savingUnderATakenNameAsksBeforeReplacing()
    {
        Desk desk(test::quickSandboxOptions());
        QVERIFY(desk.startWithAccount());
        QVERIFY(openReadyToExport(desk));
        QVERIFY(savePreset(desk, QStringLiteral("Weekly")));
        auto *html = desk.window->findChild<QCheckBox *>(QStringLiteral("htmlCheck"));
        html->setChecked(true);
        auto *button = desk.window->findChild<QPushButton *>(QStringLiteral("savePresetButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        gui::SavePresetDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = desk.window->findChild<gui::SavePresetDialog *>())
                    && dialog->isVisible());
        dialog->nameEdit()->clear();
        // Another case is the same name.
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("weekly"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QMessageBox *question = nullptr;
        QTRY_VERIFY(
            (question = dialog->findChild<QMessageBox *>(QStringLiteral("replacePresetQuestion")))
            && question->isVisible());
        // Not replaced until the writer says so.
        QCOMPARE(desk.window->presetsMenu()->store()->find(QStringLiteral("Weekly"))->formats,
                 QStringList { QStringLiteral("pdf") });
        for (QAbstractButton *choice : question->buttons()) {
            if (question->buttonRole(choice) == QMessageBox::AcceptRole)
                QTest::mouseClick(choice, Qt::LeftButton);
        }
        QTRY_VERIFY(!desk.window->findChild<gui::SavePresetDialog *>());
        QCOMPARE(desk.window->presetsMenu()->store()->all().size(), 1);
        QCOMPARE(desk.window->presetsMenu()->store()->find(QStringLiteral("weekly"))->formats,
                 (QStringList { QStringLiteral("pdf"), QStringLiteral("html") }));
    }

    void aPresetOfAnUnknownAccountSaysSo()
    {
        Desk desk(test::quickSandboxOptions());
        QVERIFY(desk.startWithAccount());
        desk.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(desk.window));
        routines::Preset preset;
        preset.name = QStringLiteral("Elsewhere");
        preset.accountName = QStringLiteral("Acme (gone)");
        preset.projectId = QStringLiteral("p-1");
        preset.versions = { QStringLiteral("default") };
        preset.outputFolder = desk.output.path();
        QString error;
        QVERIFY2(desk.window->presetsMenu()->store()->save(preset, &error), qPrintable(error));
        QAction *run = presetAction(*desk.window, QStringLiteral("Elsewhere"), "presetRunAction");
        QVERIFY(run);
        run->trigger();
        QTRY_VERIFY(desk.window->statusBar()->currentMessage().contains(
            QLatin1String("\"Acme (gone)\", which is not set up here")));
        QCOMPARE(desk.queue->count(), 0);
    }

    // "Schedule…" on a preset writes the systemd user units that `schedule
    // add` writes. The test machine has no user manager, so systemctl is not
    // called and the dialog stays open with the commands that start the
    // timer. The menu then names the schedule, the dialog opens on it, and
    // "Remove Schedule" deletes the units again.
    void aPresetIsScheduledFromItsMenuAndRemovedAgain()
    {
        Desk desk(test::quickSandboxOptions());
        QVERIFY(desk.startWithAccount());
        desk.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(desk.window));
        routines::ScheduleInstallerOptions options;
        options.folder = desk.home.filePath(QStringLiteral("systemd/user"));
        options.systemctlProgram.clear();
        desk.window->setScheduleOptions(options);
        QVERIFY(storePreset(*desk.window, QStringLiteral("Nightly"), desk.output.path()));

        gui::ScheduleDialog *dialog = openScheduleDialog(*desk.window, QStringLiteral("Nightly"));
        QVERIFY(dialog);
        QVERIFY2(dialog->statusLabel()->text().contains(QLatin1String("no schedule yet")),
                 qPrintable(dialog->statusLabel()->text()));
        QVERIFY(!dialog->removeButton()->isEnabled());
        dialog->kindCombo()->setCurrentIndex(
            dialog->kindCombo()->findData(int(routines::ScheduleSpec::Kind::Weekly)));
        QVERIFY(dialog->dayCombo()->isEnabled());
        QVERIFY(!dialog->countSpin()->isEnabled());
        dialog->dayCombo()->setCurrentIndex(dialog->dayCombo()->findData(int(Qt::Tuesday)));
        dialog->timeEdit()->setTime(QTime(3, 15));
        QTest::mouseClick(dialog->scheduleButton(), Qt::LeftButton);

        QTRY_VERIFY(dialog->commandsView()->isVisible());
        // The dialog grew to hold the commands and the longer explanation.
        QTRY_VERIFY2(
            dialog->height() >= dialog->sizeHint().height(),
            qPrintable(
                QStringLiteral("%1 < %2").arg(dialog->height()).arg(dialog->sizeHint().height())));
        QVERIFY(dialog->commandsView()->height() >= dialog->commandsView()->minimumHeight());
        QVERIFY2(dialog->statusLabel()->text().contains(
                     QLatin1String("scheduled weekly on Tuesday at 03:15")),
                 qPrintable(dialog->statusLabel()->text()));
        QVERIFY2(dialog->commandsView()->toPlainText().contains(
                     QLatin1String("enable --now d360-exporter-backup-Nightly.timer")),
                 qPrintable(dialog->commandsView()->toPlainText()));
        QVERIFY2(desk.window->statusBar()->currentMessage().contains(
                     QLatin1String("weekly on Tuesday at 03:15")),
                 qPrintable(desk.window->statusBar()->currentMessage()));
        const QString timer = QDir(options.folder).filePath("d360-exporter-backup-Nightly.timer");
        const QString service
            = QDir(options.folder).filePath("d360-exporter-backup-Nightly.service");
        QVERIFY2(readText(timer).contains(QLatin1String("OnCalendar=Tue *-*-* 03:15:00")),
                 qPrintable(readText(timer)));
        QVERIFY2(readText(service).contains(
                     QStringLiteral("ExecStart=\"%1\" \"export\" \"--preset\" \"Nightly\" "
                                    "\"--scheduled\"")
                         .arg(QCoreApplication::applicationFilePath())),
                 qPrintable(readText(service)));
        QVERIFY(dialog->removeButton()->isEnabled());
        dialog->close();
        QTRY_VERIFY(!desk.window->findChild<gui::ScheduleDialog *>());

        QAction *entry
            = presetAction(*desk.window, QStringLiteral("Nightly"), "presetScheduleAction");
        QVERIFY(entry);
        QVERIFY2(entry->text().contains(QLatin1String("weekly on Tuesday at 03:15")),
                 qPrintable(entry->text()));

        // Renamed, the preset takes its schedule along: the scheduler runs
        // it by name.
        QAction *rename
            = presetAction(*desk.window, QStringLiteral("Nightly"), "presetRenameAction");
        QVERIFY(rename);
        rename->trigger();
        QInputDialog *renameDialog = nullptr;
        QTRY_VERIFY((renameDialog
                     = desk.window->findChild<QInputDialog *>(QStringLiteral("renamePresetDialog")))
                    && renameDialog->isVisible());
        renameDialog->setTextValue(QStringLiteral("Weekly"));
        renameDialog->accept();
        const QString renamedTimer
            = QDir(options.folder).filePath("d360-exporter-backup-Weekly.timer");
        QTRY_VERIFY(QFile::exists(renamedTimer));
        QTRY_VERIFY(!QFile::exists(timer));
        QVERIFY(!QFile::exists(service));
        QVERIFY2(readText(renamedTimer).contains(QLatin1String("OnCalendar=Tue *-*-* 03:15:00")),
                 qPrintable(readText(renamedTimer)));
        QTRY_VERIFY2(desk.window->statusBar()->currentMessage().contains(
                         QLatin1String("and so is its schedule")),
                     qPrintable(desk.window->statusBar()->currentMessage()));
        QVERIFY(desk.window->presetsMenu()->store()->contains(QStringLiteral("Weekly")));
        QVERIFY(!desk.window->presetsMenu()->store()->contains(QStringLiteral("Nightly")));

        dialog = openScheduleDialog(*desk.window, QStringLiteral("Weekly"));
        QVERIFY(dialog);
        QCOMPARE(dialog->kindCombo()->currentData().toInt(),
                 int(routines::ScheduleSpec::Kind::Weekly));
        QCOMPARE(dialog->dayCombo()->currentData().toInt(), int(Qt::Tuesday));
        QCOMPARE(dialog->timeEdit()->time(), QTime(3, 15));
        QVERIFY(dialog->removeButton()->isEnabled());
        QPointer<gui::ScheduleDialog> removing = dialog;
        QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
        QTRY_VERIFY(desk.window->statusBar()->currentMessage().contains(
            QLatin1String("\"Weekly\" has no schedule any more")));
        QTRY_VERIFY(!QFile::exists(renamedTimer));
        QVERIFY(QDir(options.folder).entryList(QDir::Files).isEmpty());
        if (removing)
            removing->close();
        entry = presetAction(*desk.window, QStringLiteral("Weekly"), "presetScheduleAction");
        QCOMPARE(entry->text(), QStringLiteral("&Schedule…"));
    }

    // Duplicate saves a copy under a free name; Delete asks, and Cancel
    // keeps the preset, Delete removes it (and only it).
    void duplicateAndDeleteFromThePresetsMenu()
    {
        Desk desk(test::quickSandboxOptions());
        QVERIFY(desk.startWithAccount());
        desk.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(desk.window));
        routines::PresetStore *store = desk.window->presetsMenu()->store();
        QVERIFY(storePreset(*desk.window, QStringLiteral("Nightly"), desk.output.path()));
        QAction *duplicate
            = presetAction(*desk.window, QStringLiteral("Nightly"), "presetDuplicateAction");
        QVERIFY(duplicate);
        duplicate->trigger();
        QTRY_VERIFY(store->contains(QStringLiteral("Nightly (copy)")));
        QCOMPARE(store->find(QStringLiteral("Nightly (copy)"))->keepRuns, 7);
        presetAction(*desk.window, QStringLiteral("Nightly"), "presetDuplicateAction")->trigger();
        QTRY_VERIFY(store->contains(QStringLiteral("Nightly (copy 2)")));

        const auto askDelete = [&desk](const QString &name) -> QMessageBox * {
            presetAction(*desk.window, name, "presetDeleteAction")->trigger();
            QMessageBox *question = nullptr;
            const bool shown = QTest::qWaitFor(
                [&] {
                    question = desk.window->findChild<QMessageBox *>(
                        QStringLiteral("deletePresetQuestion"));
                    return question && question->isVisible();
                },
                5000);
            return shown ? question : nullptr;
        };
        QPointer<QMessageBox> question = askDelete(QStringLiteral("Nightly (copy)"));
        QVERIFY(question);
        question->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!question);
        QVERIFY(store->contains(QStringLiteral("Nightly (copy)")));

        question = askDelete(QStringLiteral("Nightly (copy)"));
        QVERIFY(question);
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::DestructiveRole)
                remove = button;
        }
        QVERIFY(remove);
        remove->click();
        QTRY_VERIFY(!store->contains(QStringLiteral("Nightly (copy)")));
        QCOMPARE(store->all().size(), 2);
        QVERIFY(store->contains(QStringLiteral("Nightly")));
        QVERIFY(desk.window->statusBar()->currentMessage().contains(QLatin1String("is deleted")));
    }

    // A schedule that cannot be written (the unit folder's place is taken
    // by a file) says why in the dialog, which stays open on the choice.
    void aScheduleThatCannotBeWrittenSaysWhyAndKeepsTheChoice()
    {
        Desk desk(test::quickSandboxOptions());
        QVERIFY(desk.startWithAccount());
        desk.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(desk.window));
        const QString blocker = desk.home.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        routines::ScheduleInstallerOptions options;
        options.folder = blocker + QStringLiteral("/systemd/user");
        options.systemctlProgram.clear();
        desk.window->setScheduleOptions(options);
        QVERIFY(storePreset(*desk.window, QStringLiteral("Nightly"), desk.output.path()));

        gui::ScheduleDialog *dialog = openScheduleDialog(*desk.window, QStringLiteral("Nightly"));
        QVERIFY(dialog);
        dialog->kindCombo()->setCurrentIndex(
            dialog->kindCombo()->findData(int(routines::ScheduleSpec::Kind::Every)));
        dialog->countSpin()->setValue(12);
        QTest::mouseClick(dialog->scheduleButton(), Qt::LeftButton);
        QTRY_VERIFY2(dialog->statusLabel()->text().startsWith(QLatin1String("It is not scheduled")),
                     qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->scheduleButton()->isEnabled());
        QCOMPARE(dialog->countSpin()->value(), 12);
        QVERIFY(dialog->countSpin()->isEnabled());
        QVERIFY(!dialog->commandsView()->isVisible());
        dialog->close();
    }

    void aFailedRunIsMarkedWithItsMessage()
    {
        Desk desk(test::quickSandboxOptions());
        QVERIFY(desk.startWithAccount());
        QVERIFY(openReadyToExport(desk));
        QVERIFY(savePreset(desk, QStringLiteral("Fragile")));
        sandbox::SandboxFaults faults;
        faults.failExports = 1;
        desk.server.setFaults(faults);
        presetAction(*desk.window, QStringLiteral("Fragile"), "presetRunAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->count(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(allFinal(*desk.queue), 30000);
        QCOMPARE(desk.queue->at(0).state, jobs::JobState::Failed);
        const QString message = desk.queue->at(0).errorMessage;
        QVERIFY(!message.isEmpty());

        gui::HistoryView *history = desk.window->historyView();
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 1, 5000);
        const QModelIndex row = history->model()->index(0, gui::HistoryTableModel::When);
        QTRY_VERIFY(row.data(gui::HistoryTableModel::FailedRole).toBool());
        QCOMPARE(cell(*history->model(), 0, gui::HistoryTableModel::Files), QStringLiteral("0/1"));
        QCOMPARE(cell(*history->model(), 0, gui::HistoryTableModel::Failures), QStringLiteral("1"));
        QVERIFY2(row.data(Qt::ToolTipRole).toString().contains(message),
                 qPrintable(row.data(Qt::ToolTipRole).toString()));
        QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void aRunOfAnotherProcessAppearsWithoutARestart()
    {
        Desk desk(test::quickSandboxOptions());
        QVERIFY(desk.startWithAccount());
        desk.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(desk.window));
        gui::HistoryView *history = desk.window->historyView();
        QVERIFY(history);
        QCOMPARE(history->model()->rowCount(), 0);

        auto other = desk.otherProcess();
        QVERIFY(other);
        jobs::ExportJob job = test::sampleJob(desk.output.path(), jobs::JobState::Completed);
        job.bytesTotal = 2048;
        routines::RunRecord run;
        run.id = job.batchId;
        run.origin = routines::RunOrigin::CommandLine;
        run.accountName = QStringLiteral("Acme");
        run.projectId = job.projectId;
        run.projectName = job.projectName;
        run.description = QStringLiteral("Acme «Docs» / v1 / zh-CN / MARKDOWN");
        run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
        run.finishedAt = QDateTime::currentDateTimeUtc();
        run.planned = 1;
        QVERIFY(recordRun(*other, run, { job }));

        QTRY_VERIFY_WITH_TIMEOUT(history->model()->rowOf(run.id) >= 0,
                                 3 * gui::HistoryView::pollIntervalMs);
        const int row = history->model()->rowOf(run.id);
        QCOMPARE(cell(*history->model(), row, gui::HistoryTableModel::How),
                 QStringLiteral("Command line"));
        QCOMPARE(cell(*history->model(), row, gui::HistoryTableModel::What), run.description);
        QCOMPARE(cell(*history->model(), row, gui::HistoryTableModel::Files),
                 QStringLiteral("1/1"));
    }

    void aScheduledRunThatFailedWhileClosedIsShownAtStartOnce()
    {
        Desk desk(test::quickSandboxOptions());
        QVERIFY(desk.startWithAccount());
        auto other = desk.otherProcess();
        QVERIFY(other);
        jobs::ExportJob job = test::sampleJob(desk.output.path(), jobs::JobState::Failed);
        job.errorMessage = QStringLiteral("the token was refused");
        routines::RunRecord run;
        run.id = job.batchId;
        run.origin = routines::RunOrigin::Schedule;
        run.accountName = QStringLiteral("Acme");
        run.presetName = QStringLiteral("Nightly backup");
        run.projectId = job.projectId;
        run.projectName = job.projectName;
        run.description = QStringLiteral("Acme «Docs» / v1 / zh-CN / MARKDOWN");
        run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        run.finishedAt = QDateTime::currentDateTimeUtc().addSecs(-59);
        run.planned = 1;
        QVERIFY(recordRun(*other, run, { job }));

        desk.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(desk.window));
        gui::MissedRunsBar *bar = desk.window->missedRunsBar();
        QVERIFY(bar->isVisible());
        const QString text = bar->label()->text();
        QVERIFY2(text.startsWith(QLatin1String("Nightly backup of Acme failed at ")),
                 qPrintable(text));
        QVERIFY2(text.endsWith(QLatin1String(": the token was refused")), qPrintable(text));
        // Into the build folder, to see the bar as a writer does.
        QVERIFY(desk.window->grab().toImage().save(
            QDir::current().absoluteFilePath(QStringLiteral("main-window-missed-runs.png"))));
        QTest::mouseClick(bar->openHistoryButton(), Qt::LeftButton);
        auto *tabs = desk.window->findChild<QTabWidget *>(QStringLiteral("jobTabs"));
        QCOMPARE(tabs->currentWidget(), desk.window->historyView());
        QTRY_VERIFY(desk.window->historyView()->model()->rowOf(run.id) >= 0);
        QVERIFY(desk.window->historyView()
                    ->model()
                    ->index(desk.window->historyView()->model()->rowOf(run.id), 0)
                    .data(gui::HistoryTableModel::FailedRole)
                    .toBool());

        // The next start has seen it: no bar.
        desk.window->close();
        desk.openAccounts();
        desk.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(desk.window));
        QVERIFY(!desk.window->missedRunsBar()->isVisible());
    }

    void withoutAStateDatabasePresetsAndHistoryAreDisabled()
    {
        // A folder where the database file should be: it cannot be opened.
        QTemporaryDir blocked;
        const QString statePath = blocked.filePath(QStringLiteral("state.sqlite"));
        QVERIFY(QDir().mkpath(statePath));
        Desk desk(test::quickSandboxOptions(), statePath);
        QVERIFY(desk.startWithAccount());
        QVERIFY(openReadyToExport(desk));
        QTRY_VERIFY(
            desk.window->findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
        gui::PresetsMenu *menu = desk.window->presetsMenu();
        QVERIFY(!menu->menuAction()->isEnabled());
        QVERIFY2(menu->menuAction()->toolTip().contains(QLatin1String("state database")),
                 qPrintable(menu->menuAction()->toolTip()));
        gui::HistoryView *history = desk.window->historyView();
        QVERIFY(history);
        QVERIFY(!history->isEnabled());
        QVERIFY(history->toolTip().contains(QLatin1String("state database")));
        // The panel is ready to export, but there is nowhere to save a preset.
        auto *save = desk.window->findChild<QPushButton *>(QStringLiteral("savePresetButton"));
        QVERIFY(!save->isEnabled());
        QVERIFY2(save->toolTip().contains(QLatin1String("state database")),
                 qPrintable(save->toolTip()));
    }

private:
    OpenedFiles m_files;
};

QTEST_MAIN(RoutinesWindowTest)
#include "tst_routines_window.moc"
