// The real window, driven as a writer would, against the sandbox: pick a
// project and a version, two languages, two formats, press Export, and find
// four correct files on disk; cancel a running job and retry a failed one;
// the first-run screen when there is no account, and its "Try the sandbox"
// (the program's own start-up, WindowSession); an account that sees one
// project starts on it, and one bound to a project the API does not list
// says so; on the sandbox, "Sign in" starts on the sandbox's own sign-in;
// Status and Progress stay in view at 1600, 1200, 900 and 650 px wide (the
// 900 px screenshot goes to resources/screenshots/). It runs on the test
// session's X server (Xvfb), and leaves a screenshot of the window with a
// finished batch in the build folder (the README shows it).
#include "core/api/ApiClient.h"
#include "core/auth/AccountManager.h"
#include "core/auth/AccountTask.h"
#include "core/jobs/JobQueue.h"
#include "core/routines/Preset.h"
#include "core/routines/PresetStore.h"
#include "gui/AccountSwitcher.h"
#include "gui/MainWindow.h"
#include "gui/accounts/SignInDialog.h"
#include "gui/export/LanguageListModel.h"
#include "gui/jobs/JobActions.h"
#include "gui/jobs/JobQueueView.h"
#include "gui/jobs/JobTableModel.h"
#include "gui/presets/PresetsMenu.h"
#include "gui/projects/ProjectTreeModel.h"
#include "sandbox/SandboxServer.h"
#include "session/WindowSession.h"
#include "support/ApiTestSupport.h"
#include "support/SandboxFixture.h"
#include "support/SessionTestSupport.h"
#include "support/TestSession.h"
#include "support/WindowTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>

using namespace d360;

namespace {

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// The program's own start-up (WindowSession) with the test's files and fast
// job settings, on a sandbox account that lives in memory only.
struct Desk
{
    explicit Desk(const sandbox::SandboxOptions &options)
        : server(options)
        , sandboxOptions(options)
    {
        accountOptions.settingsFile = home.filePath(QStringLiteral("accounts.ini"));
        accountOptions.keychainService
            = QStringLiteral("d360-exporter-gui-test-%1").arg(QUuid::createUuid().toString());
        accountOptions.apiSettings = test::fastApiSettings();
        openAccounts();
    }

    // The accounts as a new start of the program reads them.
    void openAccounts()
    {
        window = nullptr;
        session.reset();
        WindowSessionOptions options;
        options.accounts = accountOptions;
        options.stateFile = home.filePath(QStringLiteral("state.sqlite"));
        options.jobs = test::quickWindowJobSettings();
        // "Try the sandbox" starts one as quick as the test's own.
        options.sandbox = sandboxOptions;
        session = std::make_unique<WindowSession>(options);
        QString problem;
        if (!session->openAccounts(&problem))
            qFatal("the session did not open: %s", qPrintable(problem));
        accounts = session->accounts();
        queue = session->queue();
    }

    // Starts the sandbox and adds an account with the secret (the demo key,
    // which sees every project, when none is given).
    bool startWithAccount(std::optional<auth::AccountSecret> secret = std::nullopt,
                          auth::AccountManager::SecretStorage storage
                          = auth::AccountManager::SecretStorage::SessionOnly)
    {
        if (!server.start())
            return false;
        accountId = test::addAccount(
            *accounts, server.baseUrl(),
            secret.value_or(auth::AccountSecret::apiToken(server.apiKey())), storage);
        return !accountId.isEmpty();
    }

    void openWindow()
    {
        QString problem;
        if (!session->start(&problem))
            qFatal("the window did not start: %s", qPrintable(problem));
        window = session->window();
        window->resize(1400, 860);
    }

    QTemporaryDir home;
    QTemporaryDir output;
    sandbox::SandboxServer server;
    sandbox::SandboxOptions sandboxOptions;
    auth::AccountManagerOptions accountOptions;
    QString accountId;
    std::unique_ptr<WindowSession> session;
    // The session's.
    auth::AccountManager *accounts = nullptr;
    jobs::JobQueue *queue = nullptr;
    gui::MainWindow *window = nullptr;
};

// The window open on the default version of a small active project, with
// the output folder typed as a writer would and the languages loaded.
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
    return QTest::qWaitFor([languages] { return languages->rowCount() >= 1; }, 15000);
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
                 "this test draws on the test session's Xvfb display");
    }

    void firstRunOffersThreeWaysIn()
    {
        Desk desk(test::quickSandboxOptions());
        desk.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(desk.window));
        auto *pages = desk.window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        for (const char *name : { "addTokenButton", "signInButton" }) {
            auto *button = desk.window->findChild<QPushButton *>(QLatin1String(name));
            QVERIFY(button && button->isVisible());
        }
        // The session offers the sandbox, and the button starts one, with
        // a demo account the window opens on.
        auto *sandboxButton
            = desk.window->findChild<QPushButton *>(QStringLiteral("sandboxButton"));
        QVERIFY(sandboxButton->isVisible());
        QSignalSpy sandboxRequested(desk.window, &gui::MainWindow::sandboxRequested);
        QTest::mouseClick(sandboxButton, Qt::LeftButton);
        QCOMPARE(sandboxRequested.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(),
                                  QStringLiteral("workspacePage"), 15000);
        QVERIFY(desk.window->findChild<QLabel *>(QStringLiteral("sandboxBanner"))->isVisible());
        QCOMPARE(desk.window->findChild<gui::AccountSwitcher *>()->currentText(),
                 QStringLiteral("Sandbox (demo)"));
        // The sandbox's presets end with the window, so none is scheduled
        // to run when it is closed.
        routines::Preset preset;
        preset.name = QStringLiteral("Demo");
        preset.accountName = QStringLiteral("Sandbox (demo)");
        preset.projectId = QStringLiteral("p-1");
        preset.versions = { QStringLiteral("default") };
        preset.outputFolder = desk.output.path();
        QString error;
        QVERIFY(desk.window->presetsMenu()->store());
        QVERIFY2(desk.window->presetsMenu()->store()->save(preset, &error), qPrintable(error));
        desk.window->presetsMenu()->rebuild();
        QMenu *demo = desk.window->presetsMenu()->presetMenu(QStringLiteral("Demo"));
        QVERIFY(demo);
        QAction *schedule = demo->findChild<QAction *>(QStringLiteral("presetScheduleAction"));
        QVERIFY(schedule);
        QVERIFY(!schedule->isEnabled());
        QVERIFY2(schedule->toolTip().contains(QLatin1String("last only while this window is open")),
                 qPrintable(schedule->toolTip()));
        QVERIFY(demo->findChild<QAction *>(QStringLiteral("presetRunAction"))->isEnabled());
    }

    void exportsTwoLanguagesInTwoFormats()
    {
        Desk desk(test::quickSandboxOptions());
        QVERIFY(desk.startWithAccount());
        desk.openWindow();
        desk.window->setSandboxMode(true);
        QVERIFY(QTest::qWaitForWindowExposed(desk.window));
        QAbstractItemModelTester treeTester(desk.window->projectModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto *pages = desk.window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("workspacePage"));
        QVERIFY(desk.window->findChild<QLabel *>(QStringLiteral("sandboxBanner"))->isVisible());
        // Words a writer reads: the work starts in the project tree, the
        // title names the program once, the sandbox account has no port.
        QTRY_COMPARE(desk.window->focusWidget(),
                     desk.window->findChild<QTreeView *>(QStringLiteral("projectTree")));
        QCOMPARE(desk.window->windowTitle(), QStringLiteral("Sandbox — D360 Exporter"));
        QCOMPARE(desk.window->findChild<gui::AccountSwitcher *>()->currentText(),
                 QStringLiteral("Sandbox"));

        const sandbox::DemoProject *project = test::smallActiveProject(desk.server);
        QVERIFY(project);
        QVERIFY(test::pickDefaultVersion(*desk.window, *project));

        // The output folder, typed as a writer would.
        auto *folder = desk.window->findChild<QLineEdit *>(QStringLiteral("outputFolderEdit"));
        folder->clear();
        QTest::keyClicks(folder, desk.output.path());

        auto *languages = desk.window->findChild<gui::LanguageListModel *>();
        QVERIFY(languages);
        QAbstractItemModelTester languageTester(
            languages, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_VERIFY_WITH_TIMEOUT(languages->rowCount() >= 2, 15000);
        QVERIFY(languages->index(0).data(gui::LanguageListModel::IsDefaultRole).toBool());
        const QString second
            = languages->index(1).data(gui::LanguageListModel::CodeRole).toString();
        QVERIFY(languages->setData(languages->index(1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(languages->checkedCodes().size(), 2);

        auto *html = desk.window->findChild<QCheckBox *>(QStringLiteral("htmlCheck"));
        QVERIFY2(html->isVisible() && html->width() > 20, "the format choice must be on screen");
        html->setFocus();
        QTest::keyClick(html, Qt::Key_Space);
        QVERIFY(html->isChecked());
        auto *exportButton = desk.window->findChild<QPushButton *>(QStringLiteral("exportButton"));
        QTRY_VERIFY(exportButton->isEnabled());
        QCOMPARE(exportButton->text(), QStringLiteral("Export 4 files"));
        QTest::mouseClick(exportButton, Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->count(), 4, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < desk.queue->count(); ++row) {
                    if (desk.queue->at(row).state != jobs::JobState::Completed)
                        return false;
                }
                return true;
            }(),
            30000);

        QSet<QString> languagesSeen;
        QSet<int> formatsSeen;
        for (int row = 0; row < desk.queue->count(); ++row) {
            const jobs::ExportJob &job = desk.queue->at(row);
            QVERIFY2(QFileInfo(job.finalPath).absolutePath()
                         == QDir(desk.output.path()).absolutePath(),
                     qPrintable(job.finalPath));
            QVERIFY(QFileInfo::exists(job.finalPath));
            QVERIFY(!QFileInfo::exists(job.partPath));
            QCOMPARE(fileSha256(job.finalPath), desk.server.exportSha256(job.exportId));
            languagesSeen.insert(job.languageCode);
            formatsSeen.insert(int(job.format));
        }
        QCOMPARE(languagesSeen.size(), 2);
        QVERIFY(languagesSeen.contains(second));
        QCOMPARE(formatsSeen,
                 (QSet<int> { int(api::ExportFormat::Pdf), int(api::ExportFormat::Html) }));
        QCOMPARE(QDir(desk.output.path()).entryList(QDir::Files).size(), 4);

        // What a person would see: saved for the README.
        desk.window->jobQueueView()->selectJobs({ desk.queue->at(0).id });
        const QImage shot = desk.window->grab().toImage();
        QVERIFY(shot.save(
            QDir::current().absoluteFilePath(QStringLiteral("main-window-finished-batch.png"))));
    }

    void anAccountThatSeesOneProjectStartsOnIt()
    {
        Desk desk(test::quickSandboxOptions());
        // The portal's API tokens are project-scoped; the sandbox has one too.
        QVERIFY(desk.startWithAccount(auth::AccountSecret::apiToken(desk.server.projectApiKey())));
        desk.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(desk.window));
        auto *tree = desk.window->findChild<QTreeView *>(QStringLiteral("projectTree"));
        auto *proxy = qobject_cast<QAbstractProxyModel *>(tree->model());
        gui::ProjectTreeModel *model = desk.window->projectModel();
        // No lone row to open first: the project is chosen and open, its
        // default version ready to export.
        QTRY_VERIFY_WITH_TIMEOUT(
            model->indexOfProject(desk.server.projectApiKeyProjectId()).isValid(), 15000);
        QCOMPARE(model->rowCount(), 1);
        QTRY_COMPARE(proxy->mapToSource(tree->currentIndex()),
                     model->indexOfProject(desk.server.projectApiKeyProjectId()));
        QTRY_VERIFY(tree->isExpanded(tree->currentIndex()));
        auto *languages = desk.window->findChild<gui::LanguageListModel *>();
        QTRY_VERIFY_WITH_TIMEOUT(languages->rowCount() >= 1, 15000);
        auto *exportButton = desk.window->findChild<QPushButton *>(QStringLiteral("exportButton"));
        QTRY_VERIFY(exportButton->isEnabled());
        QVERIFY(!desk.window->findChild<QLabel *>(QStringLiteral("projectNotice"))->isVisible());
    }

    void aSignInBoundToAProjectTheApiDoesNotListSaysSo()
    {
        D360_REQUIRE_PRIVATE_SESSION();
        Desk desk(test::quickSandboxOptions());
        // A browser sign-in as it is kept (OAuth, in the keychain), whose
        // token is bound to a project the API does not list: the project was
        // retired, or the writer lost access to it.
        auth::OAuthTokens tokens;
        tokens.accessToken = desk.server.apiKey();
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(desk.startWithAccount(auth::AccountSecret::oauth(tokens),
                                      auth::AccountManager::SecretStorage::Keychain));
        {
            QSettings settings(desk.accountOptions.settingsFile, QSettings::IniFormat);
            settings.setValue(QStringLiteral("accounts/%1/boundProjectId").arg(desk.accountId),
                              QStringLiteral("retired-project"));
            settings.setValue(QStringLiteral("accounts/%1/signedInAs").arg(desk.accountId),
                              QStringLiteral("jane@acme.com"));
        }
        desk.openAccounts();
        desk.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(desk.window));
        auto *notice = desk.window->findChild<QLabel *>(QStringLiteral("projectNotice"));
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 15000);
        QVERIFY2(notice->text().contains(QLatin1String("retired-project")),
                 qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(QLatin1String("does not list")),
                 qPrintable(notice->text()));
        // Nothing is chosen for the writer; the projects it does see stay.
        auto *tree = desk.window->findChild<QTreeView *>(QStringLiteral("projectTree"));
        QVERIFY(!tree->currentIndex().isValid());
        QCOMPARE(desk.window->projectModel()->rowCount(), desk.server.demoData().projects().size());
        auto *switcher = desk.window->findChild<gui::AccountSwitcher *>();
        QVERIFY(switcher);
        QVERIFY2(switcher->currentText().contains(
                     QStringLiteral("jane@acme.com — project retired-project")),
                 qPrintable(switcher->currentText()));

        bool removed = false;
        auth::AccountTask *task = desk.accounts->remove(desk.accountId);
        QObject::connect(task, &auth::AccountTask::finished, task, [&] { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
    }

    void theSandboxsSignInIsOffered()
    {
        Desk desk(test::quickSandboxOptions());
        QVERIFY(desk.startWithAccount());
        desk.openWindow();
        desk.window->setSandboxMode(true);
        QString problem;
        desk.window->setSignInSuggestion(
            *api::ServerAddress::custom(desk.server.baseUrl(), &problem),
            desk.server.oauthClientId());
        QAction *signIn = nullptr;
        for (QAction *action : desk.window->findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("&Sign in with Document360…"))
                signIn = action;
        }
        QVERIFY(signIn);
        signIn->trigger();
        gui::SignInDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = desk.window->findChild<gui::SignInDialog *>()) != nullptr);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->text(),
                 desk.server.oauthClientId());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("serverDetailEdit"))->text(),
                 desk.server.baseUrl().toString());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("authorizeUrlEdit"))->text(),
                 desk.server.authorizeUrl().toString());
        dialog->reject();
    }

    void statusAndProgressStayVisibleAtEveryWidth()
    {
        Desk desk(test::quickSandboxOptions());
        QVERIFY(desk.startWithAccount());
        QVERIFY(openReadyToExport(desk));
        desk.window->setSandboxMode(true);
        auto *languages = desk.window->findChild<gui::LanguageListModel *>();
        QVERIFY(languages->rowCount() >= 2);
        QVERIFY(languages->setData(languages->index(1), Qt::Checked, Qt::CheckStateRole));
        auto *exportButton = desk.window->findChild<QPushButton *>(QStringLiteral("exportButton"));
        QTRY_VERIFY(exportButton->isEnabled());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->count(), 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(desk.queue->at(0).state == jobs::JobState::Completed
                                     && desk.queue->at(1).state == jobs::JobState::Completed,
                                 30000);
        desk.window->jobQueueView()->selectJobs({ desk.queue->at(0).id });

        QTableView *table = desk.window->jobQueueView()->tableView();
        QHeaderView *header = table->horizontalHeader();
        for (const int width : { 1600, 1200, 900, 650 }) {
            desk.window->resize(width, 700);
            QTRY_COMPARE(desk.window->width(), width);
            QCoreApplication::sendPostedEvents();
            for (const int column :
                 { int(gui::JobTableModel::Status), int(gui::JobTableModel::Progress) }) {
                const int left = header->sectionViewportPosition(column);
                const int right = left + header->sectionSize(column);
                QVERIFY2(!header->isSectionHidden(column) && left >= 0
                             && right <= table->viewport()->width(),
                         qPrintable(
                             QStringLiteral("at %1 px the %2 column spans %3..%4 of %5 px")
                                 .arg(width)
                                 .arg(table->model()->headerData(column, Qt::Horizontal).toString())
                                 .arg(left)
                                 .arg(right)
                                 .arg(table->viewport()->width())));
            }
            if (width == 900) {
                // Into the build folder, and where the README's screenshots
                // live, so they show the window as it is.
                const QImage shot = desk.window->grab().toImage();
                QVERIFY(shot.save(
                    QDir::current().absoluteFilePath(QStringLiteral("main-window-900.png"))));
                const QString screenshots = QStringLiteral(QT_TESTCASE_SOURCEDIR)
                    + QStringLiteral("/../../../resources/screenshots");
                QVERIFY(shot.save(
                    QDir(screenshots).absoluteFilePath(QStringLiteral("main-window-900.png"))));
            }
        }
    }

    void theExportPanelArmsOnlyWhatTheWriterSees()
    {
        Desk desk(test::quickSandboxOptions());
        QVERIFY(desk.startWithAccount());
        desk.openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(desk.window));
        const sandbox::DemoProject *project = test::smallActiveProject(desk.server);
        QVERIFY(test::pickDefaultVersion(*desk.window, *project));
        auto *languages = desk.window->findChild<gui::LanguageListModel *>();
        QTRY_VERIFY_WITH_TIMEOUT(languages->rowCount() >= 2, 15000);
        auto *exportButton = desk.window->findChild<QPushButton *>(QStringLiteral("exportButton"));
        QTRY_COMPARE(exportButton->text(), QStringLiteral("Export 1 file"));

        // "All languages": the greyed list shows every language included.
        auto *all = desk.window->findChild<QCheckBox *>(QStringLiteral("allLanguagesCheck"));
        all->click();
        for (int row = 0; row < languages->rowCount(); ++row)
            QCOMPARE(languages->index(row).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(exportButton->text(),
                 QStringLiteral("Export %1 files").arg(languages->rowCount()));
        all->click();
        QCOMPARE(languages->index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(exportButton->text(), QStringLiteral("Export 1 file"));

        // The Export button shows when it has the keyboard focus. It used to
        // be drawn as a dialog's default button, which in a window only made
        // it look focused all the time, and focused no different.
        desk.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(desk.window));
        exportButton->clearFocus();
        const QImage unfocused = exportButton->grab().toImage();
        // Reached as a keyboard user reaches it: Tab from the folder's button.
        auto *browse = desk.window->findChild<QWidget *>(QStringLiteral("browseButton"));
        browse->setFocus();
        QTest::keyClick(browse, Qt::Key_Tab);
        QTRY_VERIFY(exportButton->hasFocus());
        QVERIFY2(exportButton->grab().toImage() != unfocused, "focus on Export cannot be seen");
        exportButton->clearFocus();

        // A filter that hides the chosen version disarms Export; clearing
        // it brings the choice back.
        auto *tree = desk.window->findChild<QTreeView *>(QStringLiteral("projectTree"));
        const QModelIndex chosen
            = qobject_cast<QAbstractProxyModel *>(tree->model())->mapToSource(tree->currentIndex());
        auto *filter = desk.window->findChild<QLineEdit *>(QStringLiteral("projectFilterEdit"));
        QTest::keyClicks(filter, QStringLiteral("Nordlicht"));
        QVERIFY(!tree->currentIndex().isValid());
        QVERIFY(!exportButton->isEnabled());
        filter->clear();
        QCOMPARE(
            qobject_cast<QAbstractProxyModel *>(tree->model())->mapToSource(tree->currentIndex()),
            chosen);
        QTRY_VERIFY_WITH_TIMEOUT(exportButton->isEnabled(), 15000);

        // An inactive project says so where the writer decides.
        const sandbox::DemoProject *inactive = nullptr;
        for (const sandbox::DemoProject &candidate : desk.server.demoData().projects()) {
            if (candidate.status != 0)
                inactive = &candidate;
        }
        QVERIFY(inactive);
        QVERIFY(test::pickDefaultVersion(*desk.window, *inactive));
        QTRY_VERIFY(desk.window->findChild<QLabel *>(QStringLiteral("selectionLabel"))
                        ->text()
                        .contains(QLatin1String("inactive")));
    }

    void closingWithExportsRunningAsksFirst()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.faults.holdExports = true; // the exports stay running while the writer decides
        Desk desk(options);
        QVERIFY(desk.startWithAccount());
        QVERIFY(openReadyToExport(desk));
        auto *exportButton = desk.window->findChild<QPushButton *>(QStringLiteral("exportButton"));
        QTRY_VERIFY(exportButton->isEnabled());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->count(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(jobs::isActiveState(desk.queue->at(0).state), 15000);

        // The writer closes, reads what happens to the export, and stays.
        QVERIFY(!desk.window->close());
        QMessageBox *question = nullptr;
        QTRY_VERIFY(
            (question = desk.window->findChild<QMessageBox *>(QStringLiteral("closeQuestion")))
            != nullptr);
        QTRY_VERIFY(question->isVisible());
        QVERIFY2(question->informativeText().contains(QLatin1String("1 export is running")),
                 qPrintable(question->informativeText()));
        QVERIFY(question->informativeText().contains(QLatin1String("resume the next time")));
        question->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!desk.window->findChild<QMessageBox *>(QStringLiteral("closeQuestion")));
        QVERIFY(desk.window->isVisible());
        QVERIFY(jobs::isActiveState(desk.queue->at(0).state));

        // Then closes for real.
        QVERIFY(!desk.window->close());
        QTRY_VERIFY(
            (question = desk.window->findChild<QMessageBox *>(QStringLiteral("closeQuestion")))
            != nullptr);
        question->defaultButton()->click();
        QTRY_VERIFY(!desk.window->isVisible());
    }

    void exportingTheSameThingTwiceIsSaid()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        // The first export is still running at both later presses, until released.
        options.faults.holdExports = true;
        Desk desk(options);
        QVERIFY(desk.startWithAccount());
        QVERIFY(openReadyToExport(desk));
        auto *exportButton = desk.window->findChild<QPushButton *>(QStringLiteral("exportButton"));
        QTRY_VERIFY(exportButton->isEnabled());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->count(), 1, 15000);

        // The same again while it runs: asked, and Cancel queues nothing.
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QMessageBox *question = nullptr;
        QTRY_VERIFY(
            (question = desk.window->findChild<QMessageBox *>(QStringLiteral("duplicateQuestion")))
            != nullptr);
        QVERIFY(question->text().contains(QLatin1String("already waiting or running")));
        question->button(QMessageBox::Cancel)->click();
        QCOMPARE(desk.queue->count(), 1);

        // Asked again, and left unanswered until the first one ends: the
        // question goes with its reason, and Export does what it said.
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_VERIFY(desk.window->findChild<QMessageBox *>(QStringLiteral("duplicateQuestion"))
                    != nullptr);
        QVERIFY(jobs::isActiveState(desk.queue->at(0).state));
        desk.server.setFaults({});
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->at(0).state, jobs::JobState::Completed, 20000);
        QTRY_VERIFY(!desk.window->findChild<QMessageBox *>(QStringLiteral("duplicateQuestion")));
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->count(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->at(1).state, jobs::JobState::Completed, 20000);

        // Once it is done, the same export again is no repeat of a running
        // one; its file takes a numbered name, and the end of the batch says
        // so and why.
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->count(), 3, 15000);
        QVERIFY(!desk.window->findChild<QMessageBox *>(QStringLiteral("duplicateQuestion")));
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->at(2).state, jobs::JobState::Completed, 20000);
        QVERIFY(desk.queue->at(1).finalPath.endsWith(QLatin1String(" (2).pdf")));
        QVERIFY(desk.queue->at(2).finalPath.endsWith(QLatin1String(" (3).pdf")));
        QTRY_VERIFY2(desk.window->statusBar()->currentMessage().contains(QLatin1String(
                         "1 got a numbered name because a file of its name was already there")),
                     qPrintable(desk.window->statusBar()->currentMessage()));
    }

    void cancelsARunningJobAndRetriesAFailedOne()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.faults.failExports = 1;
        Desk desk(options);
        QVERIFY(desk.startWithAccount());
        QVERIFY(openReadyToExport(desk));
        auto *exportButton = desk.window->findChild<QPushButton *>(QStringLiteral("exportButton"));

        // The first export: the server fails it.
        QTRY_COMPARE(exportButton->text(), QStringLiteral("Export 1 file"));
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->count(), 1, 15000);
        const QUuid failed = desk.queue->at(0).id;
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->find(failed)->state, jobs::JobState::Failed, 15000);
        QVERIFY(!desk.queue->find(failed)->errorMessage.isEmpty());

        // The second, in another format: still building when cancelled.
        sandbox::SandboxFaults held;
        held.holdExports = true;
        desk.server.setFaults(held);
        auto *pdf = desk.window->findChild<QCheckBox *>(QStringLiteral("pdfCheck"));
        auto *markdown = desk.window->findChild<QCheckBox *>(QStringLiteral("markdownCheck"));
        for (QCheckBox *format : { pdf, markdown }) {
            format->setFocus();
            QTest::keyClick(format, Qt::Key_Space);
        }
        QVERIFY(!pdf->isChecked() && markdown->isChecked());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->count(), 2, 15000);
        const QUuid running = desk.queue->at(1).id;
        QTRY_VERIFY_WITH_TIMEOUT(jobs::isActiveState(desk.queue->find(running)->state), 5000);

        gui::JobQueueView *view = desk.window->jobQueueView();
        view->selectJobs({ running });
        QAction *cancel = view->actions()->action(gui::JobActions::Cancel);
        QTRY_VERIFY(cancel->isEnabled());
        cancel->trigger();
        QTRY_COMPARE(desk.queue->find(running)->state, jobs::JobState::Cancelled);
        desk.server.setFaults({});

        view->selectJobs({ failed });
        QAction *retry = view->actions()->action(gui::JobActions::Retry);
        QTRY_VERIFY(retry->isEnabled());
        retry->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(desk.queue->find(failed)->state, jobs::JobState::Completed,
                                  20000);
        QVERIFY(QFileInfo::exists(desk.queue->find(failed)->finalPath));
        QCOMPARE(fileSha256(desk.queue->find(failed)->finalPath),
                 desk.server.exportSha256(desk.queue->find(failed)->exportId));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_main_window.moc"
