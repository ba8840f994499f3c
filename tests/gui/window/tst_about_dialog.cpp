// Help > About D360 Exporter, opened from the real window's menu as a writer
// would: it names the program and the version that CMake's project() set
// (the same one the real executable's --version prints), the licence and the
// project's page, and the very files this window uses for its queue and
// settings; "Copy details" puts those facts on the clipboard for a support
// request. Offscreen; it leaves about-dialog.png in the working folder.
#include "core/ApplicationInfo.h"
#include "core/jobs/JobQueue.h"
#include "gui/AboutDialog.h"
#include "gui/MainWindow.h"
#include "session/WindowSession.h"
#include "support/ApiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace d360;

namespace {

QString expectedVersion()
{
    return QStringLiteral(D360_EXPECTED_VERSION);
}

QStringList labelTexts(const QWidget *widget)
{
    QStringList texts;
    for (const QLabel *label : widget->findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}

} // namespace

class AboutDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ApplicationInfo::apply();
        QVERIFY(home.isValid());
        // The window as the program starts it, on the test's files.
        WindowSessionOptions options;
        options.accounts.settingsFile = home.filePath(QStringLiteral("accounts.ini"));
        options.accounts.keychainService
            = QStringLiteral("d360-exporter-about-test-%1").arg(QUuid::createUuid().toString());
        stateFile = home.filePath(QStringLiteral("state.sqlite"));
        options.stateFile = stateFile;
        options.jobs = jobs::JobSettings {};
        session = std::make_unique<WindowSession>(options);
        QString problem;
        QVERIFY2(session->start(&problem), qPrintable(problem));
        window = session->window();
        window->resize(1000, 700);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // The session takes the queue up once the window has painted.
        QTRY_COMPARE(session->queue()->storeDatabasePath(), stateFile);
    }

    void theExecutableAndTheDialogShareProjectsVersion()
    {
        QCOMPARE(ApplicationInfo::version(), expectedVersion());
        const QString executable = qEnvironmentVariable("D360_EXECUTABLE");
        QVERIFY2(QFileInfo(executable).isExecutable(), "D360_EXECUTABLE names no executable");
        QProcess process;
        process.start(executable, { QStringLiteral("--version") });
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                 QStringLiteral("d360-exporter %1").arg(expectedVersion()));
    }

    void helpMenuOpensTheAboutDialog()
    {
        auto *helpMenu = window->findChild<QMenu *>(QStringLiteral("helpMenu"));
        QVERIFY(helpMenu);
        QVERIFY2(window->menuBar()->actions().contains(helpMenu->menuAction()),
                 "no Help menu in the menu bar");
        auto *about = window->findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        QVERIFY(helpMenu->actions().contains(about));
        about->trigger();
        QTRY_VERIFY(window->findChild<gui::AboutDialog *>()
                    && window->findChild<gui::AboutDialog *>()->isVisible());
        dialog = window->findChild<gui::AboutDialog *>();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->windowIcon().isNull());
    }

    void theDialogSaysWhatSupportAsksFor()
    {
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("About D360 Exporter"));
        auto *version = dialog->findChild<QLabel *>(QStringLiteral("versionLabel"));
        QVERIFY(version);
        QCOMPARE(version->text(), QStringLiteral("Version %1").arg(expectedVersion()));
        auto *licence = dialog->findChild<QLabel *>(QStringLiteral("licenceLabel"));
        QVERIFY(licence);
        QVERIFY2(licence->text().contains(QStringLiteral("MIT")), qPrintable(licence->text()));
        auto *homepage = dialog->findChild<QLabel *>(QStringLiteral("homepageLabel"));
        QVERIFY(homepage);
        QVERIFY2(homepage->text().contains(
                     QStringLiteral("href=\"%1\"").arg(QStringLiteral(D360_EXPECTED_HOMEPAGE))),
                 qPrintable(homepage->text()));
        QVERIFY(homepage->openExternalLinks());

        const QStringList texts = labelTexts(dialog);
        QVERIFY2(texts.contains(QDir::toNativeSeparators(stateFile)),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(QDir::toNativeSeparators(QSettings().fileName())),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.join(QLatin1Char('|')).contains(QString::fromLatin1(qVersion())),
                 "the Qt version is not shown");
        dialog->grab().save(QStringLiteral("about-dialog.png"));
    }

    void copyDetailsPutsThemOnTheClipboard()
    {
        QVERIFY(dialog);
        QApplication::clipboard()->clear();
        auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyDetailsButton"));
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("D360 Exporter %1\n").arg(expectedVersion())),
                 qPrintable(copied));
        QVERIFY2(
            copied.contains(
                QStringLiteral("State database: %1\n").arg(QDir::toNativeSeparators(stateFile))),
            qPrintable(copied));
        QVERIFY2(copied.contains(QStringLiteral("Settings: %1\n")
                                     .arg(QDir::toNativeSeparators(QSettings().fileName()))),
                 qPrintable(copied));
        QVERIFY2(
            copied.contains(
                QStringLiteral("Keychain service: %1\n").arg(ApplicationInfo::keychainService())),
            qPrintable(copied));
        auto *copiedLabel = dialog->findChild<QLabel *>(QStringLiteral("copiedLabel"));
        QVERIFY(copiedLabel);
        QCOMPARE(copiedLabel->text(), QStringLiteral("Copied."));
    }

    void cleanupTestCase()
    {
        window = nullptr;
        session.reset();
    }

private:
    QTemporaryDir home;
    QString stateFile;
    std::unique_ptr<WindowSession> session;
    gui::MainWindow *window = nullptr; // the session's
    QPointer<gui::AboutDialog> dialog;
};

QTEST_MAIN(AboutDialogTest)
#include "tst_about_dialog.moc"
