// Sharing presets in the real window, through the Presets menu's own
// actions and the dialogs they open, as a writer would: export a preset to
// a file (which holds no credential: the sandbox's token is not in it),
// import it back under another name, import a colleague's preset whose
// account is not set up here (the dialog asks, preselects nothing, and the
// stored preset names the account picked), a taken name (refused until
// "Replace" is ticked; a name taken meanwhile by another process is refused
// with the reason and the dialog stays), a bad file (a message naming the
// file and the reason, nothing stored), and a window without accounts. The
// accounts are in the test session's real keychain, the presets in a real
// state database; it runs on the test session's X server (Xvfb) and leaves
// a picture of the import dialog's question in the build folder.
#include "core/auth/AccountManager.h"
#include "core/auth/AccountTask.h"
#include "core/routines/PresetFile.h"
#include "core/routines/PresetStore.h"
#include "core/state/StateDatabase.h"
#include "gui/MainWindow.h"
#include "gui/presets/PresetImportDialog.h"
#include "gui/presets/PresetsMenu.h"
#include "sandbox/SandboxServer.h"
#include "session/WindowSession.h"
#include "support/ApiTestSupport.h"
#include "support/SandboxFixture.h"
#include "support/SessionTestSupport.h"
#include "support/TestSession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace d360;

namespace {

// The program's own start-up (WindowSession) with the test's files: its
// accounts in the keychain under a service of the test's own, its presets
// in a state database in a temporary folder.
struct SharingDesk
{
    SharingDesk()
        : server(test::quickSandboxOptions())
    {
        WindowSessionOptions options;
        options.accounts.settingsFile = home.filePath(QStringLiteral("accounts.ini"));
        options.accounts.keychainService = QStringLiteral("d360-exporter-sharing-test-%1")
                                               .arg(QUuid::createUuid().toString(QUuid::Id128));
        options.accounts.apiSettings = test::fastApiSettings();
        options.stateFile = home.filePath(QStringLiteral("state.sqlite"));
        session = std::make_unique<WindowSession>(options);
        QString problem;
        if (!session->openAccounts(&problem))
            qFatal("the session did not open: %s", qPrintable(problem));
    }

    ~SharingDesk()
    {
        // The keychain outlives the test's folders: leave nothing in it.
        auth::AccountManager *accounts = session->accounts();
        for (const auth::Account &account : accounts->accounts())
            test::succeeds(accounts->remove(account.id));
    }

    bool addAccount(const QString &label)
    {
        if (!serverStarted && !server.start())
            return false;
        serverStarted = true;
        auth::Account draft;
        draft.label = label;
        QString problem;
        draft.address = *api::ServerAddress::custom(server.baseUrl(), &problem);
        return test::succeeds(
            session->accounts()->add(draft, auth::AccountSecret::apiToken(server.apiKey()),
                                     auth::AccountManager::SecretStorage::Keychain));
    }

    bool openWindow()
    {
        QString problem;
        if (!session->start(&problem))
            qFatal("the window did not start: %s", qPrintable(problem));
        window = session->window();
        window->resize(1200, 800);
        return QTest::qWaitForWindowExposed(window) && store();
    }

    routines::PresetStore *store() const { return window->presetsMenu()->store(); }

    // A second connection to the window's database, as the command line has.
    std::shared_ptr<state::StateDatabase> otherProcess() const
    {
        QString problem;
        auto database
            = state::StateDatabase::open(home.filePath(QStringLiteral("state.sqlite")), &problem);
        if (!database)
            qWarning("second connection: %s", qPrintable(problem));
        return database;
    }

    QString statusText() const { return window->statusBar()->currentMessage(); }

    QTemporaryDir home;
    QTemporaryDir files;
    sandbox::SandboxServer server;
    bool serverStarted = false;
    std::unique_ptr<WindowSession> session;
    gui::MainWindow *window = nullptr;
};

routines::Preset samplePreset(const QString &name, const QString &account)
{
    routines::Preset preset;
    preset.name = name;
    preset.accountName = account;
    preset.projectId = QStringLiteral("p-1");
    preset.versions = { QStringLiteral("default") };
    preset.languages = { QStringLiteral("en"), QStringLiteral("de") };
    preset.formats = { QStringLiteral("pdf") };
    preset.outputFolder = QStringLiteral("/srv/exports");
    return preset;
}

// The file dialog a menu action opened, once it shows.
QFileDialog *fileDialog(gui::MainWindow &window, const char *objectName)
{
    QFileDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = window.findChild<QFileDialog *>(QLatin1String(objectName));
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

// The path typed into the dialog's file name and its Open or Save pressed,
// as a writer does it (Qt's own dialog: the test session has no desktop
// whose native one would stand in).
bool chooseFile(QFileDialog *dialog, const QString &path)
{
    if (!dialog)
        return false;
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    if (!name || !buttons) {
        qWarning("the file dialog is not Qt's own: no file name field to type into");
        return false;
    }
    name->setText(QDir::toNativeSeparators(path));
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            if (!button->isEnabled())
                return false;
            QTest::mouseClick(button, Qt::LeftButton);
        }
    }
    return QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 2000);
}

// "Import preset…" from the menu, the file chosen; the dialog it opened, if any.
gui::PresetImportDialog *importThroughMenu(SharingDesk &desk, const QString &path)
{
    QAction *import
        = desk.window->presetsMenu()->findChild<QAction *>(QStringLiteral("importPresetAction"));
    if (!import || !desk.window->presetsMenu()->actions().contains(import))
        return nullptr;
    import->trigger();
    if (!chooseFile(fileDialog(*desk.window, "importPresetFileDialog"), path))
        return nullptr;
    gui::PresetImportDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = desk.window->findChild<gui::PresetImportDialog *>();
            return dialog && dialog->isVisible();
        },
        2000);
    return shown ? dialog : nullptr;
}

bool clickImport(gui::PresetImportDialog *dialog)
{
    if (!dialog->importButton()->isEnabled())
        return false;
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    return true;
}

bool writePresetFile(const routines::Preset &preset, const QString &path)
{
    QString problem;
    if (!routines::PresetFile::write(preset, path, &problem)) {
        qWarning("%s", qPrintable(problem));
        return false;
    }
    return true;
}

} // namespace

class PresetSharingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
                 "this test draws on the test session's Xvfb display");
    }

    void init() { D360_REQUIRE_PRIVATE_SESSION(); }

    void anExportedPresetHoldsNoSecretAndImportsUnderANewName()
    {
        SharingDesk desk;
        QVERIFY(desk.addAccount(QStringLiteral("Sandbox")));
        QVERIFY(desk.addAccount(QStringLiteral("Docs team")));
        QVERIFY(desk.openWindow());
        QString error;
        QVERIFY2(desk.store()->add(
                     samplePreset(QStringLiteral("Release"), QStringLiteral("Sandbox")), &error),
                 qPrintable(error));

        // Export to file…, from the preset's submenu.
        gui::PresetsMenu *menu = desk.window->presetsMenu();
        menu->rebuild();
        QMenu *release = menu->presetMenu(QStringLiteral("Release"));
        QVERIFY(release);
        auto *exportAction = release->findChild<QAction *>(QStringLiteral("presetExportAction"));
        QVERIFY(exportAction);
        QVERIFY(release->actions().contains(exportAction));
        exportAction->trigger();
        QFileDialog *saveDialog = fileDialog(*desk.window, "exportPresetFileDialog");
        QVERIFY(saveDialog);
        QCOMPARE(saveDialog->acceptMode(), QFileDialog::AcceptSave);
        const QString path = desk.files.filePath(QStringLiteral("release.json"));
        QVERIFY(chooseFile(saveDialog, path));
        QTRY_COMPARE(desk.statusText(),
                     QStringLiteral("Wrote the preset \"Release\" to %1 (no credential is in it).")
                         .arg(QDir::toNativeSeparators(path)));
        QFile shared(path);
        QVERIFY(shared.open(QIODevice::ReadOnly));
        const QByteArray content = shared.readAll();
        QVERIFY(content.contains("\"account\": \"Sandbox\""));
        QVERIFY(!desk.server.apiKey().isEmpty());
        QVERIFY(!content.contains(desk.server.apiKey().toUtf8()));

        // Import preset…: the name is taken, so it says so; the account is
        // here, so it is chosen.
        gui::PresetImportDialog *dialog = importThroughMenu(desk, path);
        QVERIFY(dialog);
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Release"));
        QVERIFY(dialog->nameNote()->isVisible());
        QVERIFY2(dialog->nameNote()->text().contains(
                     QLatin1String("There is already a preset named \"Release\"")),
                 qPrintable(dialog->nameNote()->text()));
        QVERIFY(dialog->replaceCheck()->isVisible());
        QVERIFY(!dialog->replaceCheck()->isChecked());
        QVERIFY(!dialog->importButton()->isEnabled());
        QCOMPARE(dialog->accountCombo()->currentText(), QStringLiteral("Sandbox"));
        QVERIFY(!dialog->accountNote()->isVisible());

        dialog->nameEdit()->clear();
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Release (Anna)"));
        QVERIFY(!dialog->nameNote()->isVisible());
        QVERIFY(!dialog->replaceCheck()->isVisible());
        QVERIFY(clickImport(dialog));
        QTRY_VERIFY(!desk.window->findChild<gui::PresetImportDialog *>());
        QCOMPARE(desk.statusText(),
                 QStringLiteral("Imported the preset \"Release (Anna)\" from %1.")
                     .arg(QDir::toNativeSeparators(path)));
        QCOMPARE(desk.store()->all().size(), 2);
        const std::optional<routines::Preset> imported
            = desk.store()->find(QStringLiteral("Release (Anna)"));
        QVERIFY(imported);
        QCOMPARE(imported->accountName, QStringLiteral("Sandbox"));
        QCOMPARE(imported->languages, samplePreset({}, {}).languages);
        QCOMPARE(imported->outputFolder, QStringLiteral("/srv/exports"));
        // And the menu lists it.
        menu->rebuild();
        QVERIFY(menu->presetMenu(QStringLiteral("Release (Anna)")));
    }

    void aPresetOfAnAccountNotSetUpHereAsksWhichToUse()
    {
        SharingDesk desk;
        QVERIFY(desk.addAccount(QStringLiteral("Sandbox")));
        QVERIFY(desk.addAccount(QStringLiteral("Docs team")));
        QVERIFY(desk.openWindow());
        const QString path = desk.files.filePath(QStringLiteral("colleague.json"));
        QVERIFY(
            writePresetFile(samplePreset(QStringLiteral("Nightly"), QStringLiteral("Acme")), path));

        gui::PresetImportDialog *dialog = importThroughMenu(desk, path);
        QVERIFY(dialog);
        QVERIFY(dialog->accountNote()->isVisible());
        QCOMPARE(dialog->accountNote()->text(),
                 QStringLiteral("The preset \"Nightly\" runs on the account \"Acme\", which is "
                                "not set up here. Which account should it use?"));
        QComboBox *accounts = dialog->accountCombo();
        QCOMPARE(accounts->currentIndex(), -1);
        QCOMPARE(accounts->count(), 2);
        QVERIFY(accounts->findText(QStringLiteral("Docs team")) >= 0);
        QVERIFY(accounts->findText(QStringLiteral("Sandbox")) >= 0);
        // The name is free, yet nothing can be imported before an account
        // is picked.
        QVERIFY(!dialog->nameNote()->isVisible());
        QVERIFY(!dialog->importButton()->isEnabled());
        QVERIFY(!clickImport(dialog));
        QVERIFY(!desk.store()->contains(QStringLiteral("Nightly")));
        // Into the build folder, to see the question as a writer does.
        QVERIFY(dialog->grab().toImage().save(
            QDir::current().absoluteFilePath(QStringLiteral("preset-import-dialog.png"))));

        // The colleague's folder is not on this computer: said, and changed.
        QVERIFY(dialog->folderNote()->isVisible());
        QVERIFY2(dialog->folderNote()->text().contains(QLatin1String("no folder /srv/exports")),
                 qPrintable(dialog->folderNote()->text()));
        dialog->folderEdit()->clear();
        QVERIFY(dialog->folderNote()->isVisible());
        QTest::keyClicks(dialog->folderEdit(), desk.files.path());
        QVERIFY(!dialog->folderNote()->isVisible());

        accounts->setCurrentIndex(accounts->findText(QStringLiteral("Docs team")));
        QVERIFY(clickImport(dialog));
        QTRY_VERIFY(!desk.window->findChild<gui::PresetImportDialog *>());
        const std::optional<routines::Preset> stored
            = desk.store()->find(QStringLiteral("Nightly"));
        QVERIFY(stored);
        QCOMPARE(stored->accountName, QStringLiteral("Docs team"));
        QCOMPARE(stored->outputFolder, desk.files.path());
    }

    void aTakenNameIsReplacedOnlyWhenTicked()
    {
        SharingDesk desk;
        QVERIFY(desk.addAccount(QStringLiteral("Sandbox")));
        QVERIFY(desk.openWindow());
        QString error;
        QVERIFY2(desk.store()->add(
                     samplePreset(QStringLiteral("Weekly"), QStringLiteral("Sandbox")), &error),
                 qPrintable(error));
        routines::Preset html = samplePreset(QStringLiteral("Weekly"), QStringLiteral("Sandbox"));
        html.formats = { QStringLiteral("html") };
        const QString path = desk.files.filePath(QStringLiteral("weekly.json"));
        QVERIFY(writePresetFile(html, path));

        gui::PresetImportDialog *dialog = importThroughMenu(desk, path);
        QVERIFY(dialog);
        QVERIFY(dialog->replaceCheck()->isVisible());
        QVERIFY(!dialog->importButton()->isEnabled());
        QTest::mouseClick(dialog->replaceCheck(), Qt::LeftButton);
        QVERIFY(dialog->replaceCheck()->isChecked());
        QVERIFY(clickImport(dialog));
        QTRY_VERIFY(!desk.window->findChild<gui::PresetImportDialog *>());
        QCOMPARE(desk.statusText(),
                 QStringLiteral("Replaced the preset \"Weekly\" with the one from %1.")
                     .arg(QDir::toNativeSeparators(path)));
        QCOMPARE(desk.store()->all().size(), 1);
        QCOMPARE(desk.store()->find(QStringLiteral("Weekly"))->formats,
                 QStringList { QStringLiteral("html") });
    }

    void aNameTakenMeanwhileIsRefusedAndNothingTypedIsLost()
    {
        SharingDesk desk;
        QVERIFY(desk.addAccount(QStringLiteral("Sandbox")));
        QVERIFY(desk.openWindow());
        const QString path = desk.files.filePath(QStringLiteral("monthly.json"));
        QVERIFY(writePresetFile(samplePreset(QStringLiteral("Monthly"), QStringLiteral("Sandbox")),
                                path));
        gui::PresetImportDialog *dialog = importThroughMenu(desk, path);
        QVERIFY(dialog);
        dialog->nameEdit()->clear();
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Monthly PDFs"));
        QVERIFY(dialog->importButton()->isEnabled());

        // The command line saves a preset of that name while the dialog is up.
        auto other = desk.otherProcess();
        QVERIFY(other);
        routines::PresetStore cli(other);
        QString error;
        QVERIFY2(cli.add(samplePreset(QStringLiteral("Monthly PDFs"), QString()), &error),
                 qPrintable(error));

        QVERIFY(clickImport(dialog));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->refusalLabel()->isVisible());
        QCOMPARE(dialog->refusalLabel()->text(),
                 QStringLiteral("The preset could not be imported: There is already a preset "
                                "\"Monthly PDFs\"."));
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Monthly PDFs"));
        QVERIFY(dialog->replaceCheck()->isVisible());
        QVERIFY(!dialog->importButton()->isEnabled());
        QVERIFY(desk.store()->find(QStringLiteral("Monthly PDFs"))->accountName.isEmpty());

        // Another name, and it goes in beside.
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral(" (shared)"));
        QVERIFY(!dialog->refusalLabel()->isVisible());
        QVERIFY(clickImport(dialog));
        QTRY_VERIFY(!desk.window->findChild<gui::PresetImportDialog *>());
        QCOMPARE(desk.store()->find(QStringLiteral("Monthly PDFs (shared)"))->accountName,
                 QStringLiteral("Sandbox"));
    }

    void aBadFileSaysWhyAndStoresNothing()
    {
        SharingDesk desk;
        QVERIFY(desk.addAccount(QStringLiteral("Sandbox")));
        QVERIFY(desk.openWindow());
        const QString path = desk.files.filePath(QStringLiteral("notes.json"));
        QFile notes(path);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("{ \"format\": \"d360-exporter.preset\", \"version\": 1, \"preset\": ");
        notes.close();

        QVERIFY(!importThroughMenu(desk, path));
        QMessageBox *box = nullptr;
        QTRY_VERIFY(
            (box = desk.window->findChild<QMessageBox *>(QStringLiteral("presetFileProblem")))
            && box->isVisible());
        QCOMPARE(box->text(), QStringLiteral("This file cannot be imported as a preset."));
        const QString reason = box->informativeText();
        QVERIFY2(reason.startsWith(QStringLiteral("%1 is not a preset that can be used: not JSON")
                                       .arg(QDir::toNativeSeparators(path))),
                 qPrintable(reason));
        QVERIFY(!desk.window->findChild<gui::PresetImportDialog *>());
        QVERIFY(desk.store()->all().isEmpty());
        QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!desk.window->findChild<QMessageBox *>(QStringLiteral("presetFileProblem")));
    }

    void withoutAccountsItSaysToAddOneAndAnEnvironmentPresetGoesInAsItIs()
    {
        SharingDesk desk;
        QVERIFY(desk.openWindow());
        const QString acme = desk.files.filePath(QStringLiteral("acme.json"));
        QVERIFY(
            writePresetFile(samplePreset(QStringLiteral("Nightly"), QStringLiteral("Acme")), acme));
        gui::PresetImportDialog *dialog = importThroughMenu(desk, acme);
        QVERIFY(dialog);
        QVERIFY2(dialog->accountNote()->text().contains(
                     QLatin1String("no account is set up here yet. Add one first")),
                 qPrintable(dialog->accountNote()->text()));
        QVERIFY(!dialog->accountCombo()->isEnabled());
        QVERIFY(!dialog->importButton()->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!desk.window->findChild<gui::PresetImportDialog *>());
        QVERIFY(desk.store()->all().isEmpty());

        // A preset of the environment's credential needs no account here.
        const QString ci = desk.files.filePath(QStringLiteral("ci.json"));
        QVERIFY(writePresetFile(samplePreset(QStringLiteral("CI"), QString()), ci));
        dialog = importThroughMenu(desk, ci);
        QVERIFY(dialog);
        QCOMPARE(dialog->accountCombo()->currentIndex(), 0);
        QVERIFY2(dialog->accountCombo()->currentText().contains(QLatin1String("environment")),
                 qPrintable(dialog->accountCombo()->currentText()));
        QVERIFY(clickImport(dialog));
        QTRY_VERIFY(!desk.window->findChild<gui::PresetImportDialog *>());
        const std::optional<routines::Preset> stored = desk.store()->find(QStringLiteral("CI"));
        QVERIFY(stored);
        QVERIFY(stored->accountName.isEmpty());
    }
};

QTEST_MAIN(PresetSharingTest)
#include "tst_preset_sharing.moc"
