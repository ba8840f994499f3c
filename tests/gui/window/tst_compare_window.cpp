// "Compare with Previous" in the real window, against the sandbox, as a
// writer uses it after a release: export Markdown in two languages, the
// knowledge base changes (the sandbox's revision 2, DemoData.h), export the
// same again, select the newer run in History and compare it with the one
// before. The comparison window must list exactly the documented changes,
// show an edited article's diff with its added and removed lines, tint those
// lines so that they stand out from the base and their text still reads in
// a light and in a dark palette (measured on the rendered pixels), switch
// between the two languages' exports, and save an HTML page that names the
// changed articles. "Compare…" picks the same two runs from a dialog, and
// two exports on disk, one of them no ZIP, which the window says it cannot
// compare, and why. It runs on the test session's X server (Xvfb) and saves
// the comparison window into resources/screenshots/.
#include "core/auth/AccountManager.h"
#include "core/auth/AccountTask.h"
#include "core/jobs/JobQueue.h"
#include "gui/MainWindow.h"
#include "gui/PaletteColors.h"
#include "gui/compare/ChangeListModel.h"
#include "gui/compare/CompareDialog.h"
#include "gui/compare/ComparisonWindow.h"
#include "gui/compare/DiffLineModel.h"
#include "gui/export/LanguageListModel.h"
#include "gui/history/HistoryTableModel.h"
#include "gui/history/HistoryView.h"
#include "sandbox/SandboxServer.h"
#include "session/WindowSession.h"
#include "support/ApiTestSupport.h"
#include "support/SandboxFixture.h"
#include "support/SessionTestSupport.h"
#include "support/TestSession.h"
#include "support/WindowTestSupport.h"

#include <QAbstractItemModelTester>
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
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace d360;
using gui::ChangeListModel;
using gui::DiffLineModel;

namespace {

// The program's own start-up (WindowSession) with the test's files and fast
// job settings, on a sandbox account that lives in memory only.
struct Desk
{
    Desk()
        : server(test::quickSandboxOptions())
    {
        auth::AccountManagerOptions accountOptions;
        accountOptions.settingsFile = home.filePath(QStringLiteral("accounts.ini"));
        accountOptions.keychainService
            = QStringLiteral("d360-exporter-gui-test-%1").arg(QUuid::createUuid().toString());
        accountOptions.apiSettings = test::fastApiSettings();
        WindowSessionOptions options;
        options.accounts = accountOptions;
        options.stateFile = home.filePath(QStringLiteral("state.sqlite"));
        options.jobs = test::quickWindowJobSettings();
        session = std::make_unique<WindowSession>(options);
        QString problem;
        if (!session->openAccounts(&problem))
            qFatal("the session did not open: %s", qPrintable(problem));
        queue = session->queue();
    }

    bool startWithAccount()
    {
        if (!server.start())
            return false;
        return !test::addAccount(*session->accounts(), server.baseUrl(),
                                 auth::AccountSecret::apiToken(server.apiKey()),
                                 auth::AccountManager::SecretStorage::SessionOnly)
                    .isEmpty();
    }

    QTemporaryDir home;
    QTemporaryDir output;
    sandbox::SandboxServer server;
    std::unique_ptr<WindowSession> session;
    jobs::JobQueue *queue = nullptr;
    gui::MainWindow *window = nullptr;
};

bool allCompleted(const jobs::JobQueue &queue, int count)
{
    if (queue.count() != count)
        return false;
    for (int row = 0; row < queue.count(); ++row) {
        if (queue.at(row).state != jobs::JobState::Completed)
            return false;
    }
    return true;
}

// Export pressed, as a writer does; true once every job of the queue is done.
bool exportAndWait(Desk &desk, int expectedJobs)
{
    auto *exportButton = desk.window->findChild<QPushButton *>(QStringLiteral("exportButton"));
    if (!QTest::qWaitFor([exportButton] { return exportButton->isEnabled(); }, 5000))
        return false;
    QTest::mouseClick(exportButton, Qt::LeftButton);
    return QTest::qWaitFor([&] { return allCompleted(*desk.queue, expectedJobs); }, 45000);
}

QPalette lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    return palette;
}

QPalette darkPalette()
{
    QPalette palette(QColor(0x35, 0x35, 0x35), QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    return palette;
}

// The first diff row of a kind, or -1.
int firstRowOf(const DiffLineModel &model, DiffLineModel::Kind kind)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(DiffLineModel::KindRole).toInt() == int(kind))
            return row;
    }
    return -1;
}

// The colour the table drew behind a line: the middle of its empty number
// cell (an added line has no old number, a removed one no new number).
QColor drawnBackground(QTableView *table, int row, int emptyColumn)
{
    table->scrollTo(table->model()->index(row, DiffLineModel::Text));
    QCoreApplication::sendPostedEvents();
    const QRect cell = table->visualRect(table->model()->index(row, emptyColumn));
    const QImage drawn = table->viewport()->grab().toImage();
    return drawn.pixelColor(cell.center());
}

} // namespace

class CompareWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
                 "this test draws on the test session's Xvfb display");
    }

    void compareWithPreviousShowsWhatRevisionTwoChanged()
    {
        Desk desk;
        QVERIFY(desk.startWithAccount());
        QString problem;
        QVERIFY2(desk.session->start(&problem), qPrintable(problem));
        desk.window = desk.session->window();
        desk.window->resize(1400, 860);
        QVERIFY(QTest::qWaitForWindowExposed(desk.window));
        const sandbox::DemoProject *project = test::smallActiveProject(desk.server);
        QVERIFY(project);
        QVERIFY(test::pickDefaultVersion(*desk.window, *project));
        auto *folder = desk.window->findChild<QLineEdit *>(QStringLiteral("outputFolderEdit"));
        folder->clear();
        QTest::keyClicks(folder, desk.output.path());
        auto *languages = desk.window->findChild<gui::LanguageListModel *>();
        QTRY_VERIFY_WITH_TIMEOUT(languages->rowCount() >= 2, 15000);
        QVERIFY(languages->setData(languages->index(1), Qt::Checked, Qt::CheckStateRole));
        auto *pdf = desk.window->findChild<QCheckBox *>(QStringLiteral("pdfCheck"));
        auto *markdown = desk.window->findChild<QCheckBox *>(QStringLiteral("markdownCheck"));
        for (QCheckBox *format : { pdf, markdown }) {
            if (format->isChecked() == (format == markdown))
                continue;
            format->setFocus();
            QTest::keyClick(format, Qt::Key_Space);
        }
        QVERIFY(!pdf->isChecked() && markdown->isChecked());

        // Revision 1, then the knowledge base changes, then the same again.
        QVERIFY(exportAndWait(desk, 2));
        gui::HistoryView *history = desk.window->historyView();
        desk.window->showHistory();
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 1, 5000);
        history->selectRun(history->model()->runAt(0)->id);
        QVERIFY(!history->compareWithPreviousAction()->isEnabled());
        QVERIFY2(history->compareWithPreviousAction()->toolTip().contains(
                     QLatin1String("No earlier run")),
                 qPrintable(history->compareWithPreviousAction()->toolTip()));
        desk.server.setRevision(2);
        QVERIFY(exportAndWait(desk, 4));
        desk.window->showHistory();
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 2, 5000);

        // The newer run, compared with the one before it.
        history->selectRun(history->model()->runAt(0)->id);
        QAction *compareWithPrevious = history->compareWithPreviousAction();
        QTRY_VERIFY(compareWithPrevious->isEnabled());
        compareWithPrevious->trigger();
        auto *comparison = desk.window->findChild<gui::ComparisonWindow *>();
        QVERIFY(comparison);
        QVERIFY(comparison->isComparing());
        QCOMPARE(comparison->summaryLabel()->text(), QStringLiteral("Comparing…"));
        QSignalSpy shown(comparison, &gui::ComparisonWindow::comparisonShown);
        QVERIFY(QTest::qWaitForWindowExposed(comparison));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30000);
        QCOMPARE(shown.first().first().toBool(), true);
        QAbstractItemModelTester changeTester(
            comparison->changeModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester diffTester(comparison->diffModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);

        // Two languages' exports, one picked at a time.
        QComboBox *pairs = comparison->pairCombo();
        QVERIFY(pairs->isVisible());
        QCOMPARE(pairs->count(), 2);
        // English first, for the checks of words and for the screenshot.
        const int english = pairs->findText(QStringLiteral(" / en / Markdown"), Qt::MatchEndsWith);
        QVERIFY2(english >= 0, qPrintable(pairs->itemText(0)));
        const int otherLanguage = 1 - english;
        pairs->setCurrentIndex(english);
        QTRY_VERIFY_WITH_TIMEOUT(comparison->changeModel()->rowCount() > 0, 30000);
        QCOMPARE(comparison->summaryLabel()->text(),
                 QStringLiteral("2 edited, 1 added, 1 removed, 1 renamed; 1 image changed"));

        // Exactly the documented changes of round 2.
        ChangeListModel *changes = comparison->changeModel();
        QStringList listed;
        for (int row = 0; row < changes->rowCount(); ++row) {
            const QModelIndex index = changes->index(row);
            listed.append(QStringLiteral("%1 %2")
                              .arg(index.data(ChangeListModel::KindRole).toInt())
                              .arg(index.data(ChangeListModel::PathRole).toString()));
        }
        const auto kind = [](ChangeListModel::Kind value) {
            return QString::number(int(value));
        };
        QCOMPARE(
            listed,
            (QStringList {
                kind(ChangeListModel::Kind::Added)
                    + QStringLiteral(" 04-whats-new-in-revision-2.md"),
                kind(ChangeListModel::Kind::Removed) + QStringLiteral(" 01-getting-started.md"),
                kind(ChangeListModel::Kind::Renamed)
                    + QStringLiteral(" 03-troubleshooting-sign-in-r2.md"),
                kind(ChangeListModel::Kind::Edited) + QStringLiteral(" 02-backup-and-export.md"),
                kind(ChangeListModel::Kind::FileChanged)
                    + QStringLiteral(" images/access-denied.png") }));
        // What the list says to a reader.
        QVERIFY(changes->index(0).data().toString().startsWith(QLatin1String("Added: ")));
        QVERIFY(changes->index(1).data().toString().startsWith(QLatin1String("Removed: ")));
        QVERIFY(
            changes->index(2).data().toString().startsWith(QLatin1String("Renamed and edited: ")));
        QVERIFY2(changes->index(3).data().toString().contains(QRegularExpression(
                     QStringLiteral("^Edited: .+ \\(\\+[1-9][0-9]* \u2212[0-9]+ words\\)$"))),
                 qPrintable(changes->index(3).data().toString()));
        QCOMPARE(changes->index(4).data().toString(),
                 QStringLiteral("File changed: images/access-denied.png"));

        // The edited article, clicked: its diff, with lines added and removed.
        QListView *list = comparison->changeList();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(changes->index(3)).center());
        QCOMPARE(list->currentIndex().row(), 3);
        const compare::ArticleChange *edited = changes->articleAt(changes->index(3));
        QVERIFY(edited && edited->edited);
        QVERIFY(comparison->articleHeading()->text().contains(edited->after->title));
        DiffLineModel *diff = comparison->diffModel();
        const int addedRow = firstRowOf(*diff, DiffLineModel::Kind::Added);
        const int removedRow = firstRowOf(*diff, DiffLineModel::Kind::Removed);
        QVERIFY(addedRow >= 0 && removedRow >= 0);
        QVERIFY(firstRowOf(*diff, DiffLineModel::Kind::HunkHeader) == 0);
        QString addedText;
        for (int row = 0; row < diff->rowCount(); ++row) {
            if (diff->index(row, 0).data(DiffLineModel::KindRole).toInt()
                == int(DiffLineModel::Kind::Added))
                addedText += diff->index(row, DiffLineModel::Text).data().toString();
        }
        QVERIFY2(addedText.contains(QLatin1String("Updated in revision 2.")),
                 qPrintable(addedText));
        QVERIFY(diff->index(addedRow, DiffLineModel::Text).data().toString().startsWith('+'));
        QVERIFY(diff->index(removedRow, DiffLineModel::Text)
                    .data()
                    .toString()
                    .startsWith(QChar(0x2212)));

        // What a person would see: saved for the README.
        comparison->resize(1200, 640);
        QCoreApplication::sendPostedEvents();
        const QImage shot = comparison->grab().toImage();
        QVERIFY(shot.save(QDir::current().absoluteFilePath(QStringLiteral("compare-window.png"))));
        const QString screenshots = QStringLiteral(QT_TESTCASE_SOURCEDIR)
            + QStringLiteral("/../../../resources/screenshots");
        QVERIFY(
            shot.save(QDir(screenshots).absoluteFilePath(QStringLiteral("compare-window.png"))));

        // Added and removed lines stand out from the base, and their text
        // reads, in a light palette and in a dark one, as drawn.
        QTableView *table = comparison->diffTable();
        for (const QPalette &palette : { lightPalette(), darkPalette() }) {
            comparison->setPalette(palette);
            QCoreApplication::sendPostedEvents();
            const QColor base = table->palette().color(QPalette::Base);
            const QColor text = table->palette().color(QPalette::Text);
            const QColor added = drawnBackground(table, addedRow, DiffLineModel::OldNumber);
            const QColor removed = drawnBackground(table, removedRow, DiffLineModel::NewNumber);
            for (const QColor &tint : { added, removed }) {
                const QString measured = QStringLiteral("%1 on base %2, text %3")
                                             .arg(tint.name(), base.name(), text.name());
                QVERIFY2(gui::contrastRatio(tint, base) >= 1.3, qPrintable(measured));
                QVERIFY2(gui::contrastRatio(tint, text) >= 4.5, qPrintable(measured));
            }
            QVERIFY2(added != removed, qPrintable(added.name()));
            // What was drawn is what the model says, for this palette.
            QCOMPARE(added.name(), diff->backgroundOf(DiffLineModel::Kind::Added).name());
            QCOMPARE(
                diff->index(addedRow, DiffLineModel::Text).data(Qt::ForegroundRole).value<QColor>(),
                text);
        }
        comparison->setPalette(QPalette());

        // The other language: the same round of changes.
        pairs->setCurrentIndex(otherLanguage);
        QTRY_COMPARE_WITH_TIMEOUT(comparison->summaryLabel()->text(),
                                  QStringLiteral("2 edited, 1 added, 1 removed, 1 renamed; 1 "
                                                 "image changed"),
                                  30000);
        QCOMPARE(changes->rowCount(), 5);
        pairs->setCurrentIndex(english);
        QTRY_COMPARE(changes->rowCount(), 5);

        // Save as HTML: the page names the changed articles.
        QSignalSpy saved(comparison, &gui::ComparisonWindow::htmlSaved);
        QTest::mouseClick(comparison->saveHtmlButton(), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = comparison->findChild<QFileDialog *>(
                         QStringLiteral("comparisonHtmlFileDialog")))
                    && dialog->isVisible());
        QVERIFY2(comparison->isVisible(), "the file dialog must not replace the window");
        const QString page = desk.home.filePath(QStringLiteral("changes.html"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY2(name, "the file dialog is not Qt's own: no file name field to type into");
        name->setText(page);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        for (QAbstractButton *button : buttons->buttons()) {
            if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
                QTest::mouseClick(button, Qt::LeftButton);
        }
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.first().at(1).toBool(), true);
        QCOMPARE(comparison->statusLabel()->text(),
                 QStringLiteral("Saved the comparison to %1.").arg(QDir::toNativeSeparators(page)));
        QFile html(page);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(html.readAll());
        for (int row = 0; row < 4; ++row) {
            const compare::ArticleChange *change = changes->articleAt(changes->index(row));
            const QString title = (change->after ? change->after : change->before)->title;
            QVERIFY2(written.contains(title.toHtmlEscaped()), qPrintable(title));
        }

        // A file that cannot be written: said in the window.
        saved.clear();
        QTest::mouseClick(comparison->saveHtmlButton(), Qt::LeftButton);
        QTRY_VERIFY((dialog = comparison->findChild<QFileDialog *>(
                         QStringLiteral("comparisonHtmlFileDialog")))
                    && dialog->isVisible());
        // As the dialog answers when a writer picks a path that cannot be.
        Q_EMIT dialog->fileSelected(desk.home.filePath(QStringLiteral("no-such-folder/x.html")));
        dialog->close();
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.first().at(1).toBool(), false);
        QVERIFY2(comparison->statusLabel()->text().startsWith(QLatin1String("Cannot save ")),
                 qPrintable(comparison->statusLabel()->text()));

        // "Compare…": the same two runs picked in the dialog.
        history->compareAction()->trigger();
        auto *picker = history->findChild<gui::CompareDialog *>();
        QVERIFY(picker);
        QVERIFY(picker->isVisible() && !picker->isModal());
        QCOMPARE(picker->laterRunCombo()->currentIndex(), 0);
        QCOMPARE(picker->earlierRunCombo()->currentIndex(), 1);
        QVERIFY(picker->runsChoice()->isChecked());
        comparison->close();
        QTRY_VERIFY(!desk.window->findChild<gui::ComparisonWindow *>());
        QTest::mouseClick(
            picker->findChild<QPushButton *>(QStringLiteral("compareDialogCompareButton")),
            Qt::LeftButton);
        QTRY_VERIFY(!history->findChild<gui::CompareDialog *>());
        auto *picked = desk.window->findChild<gui::ComparisonWindow *>();
        QVERIFY(picked);
        QTRY_COMPARE_WITH_TIMEOUT(picked->changeModel()->rowCount(), 5, 30000);
        QCOMPARE(picked->pairCombo()->count(), 2);
        picked->close();
    }

    // Compare… without history: two exports on disk, one of them no ZIP at
    // all. The dialog asks for what is missing, and the window says why it
    // cannot compare, where the comparison would have been.
    void anUnreadableExportIsSaidInTheWindow()
    {
        QTemporaryDir files;
        const QString folder = files.filePath(QStringLiteral("Guide-en"));
        QVERIFY(QDir().mkpath(folder));
        QFile article(QDir(folder).filePath(QStringLiteral("01-start.md")));
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write("---\nid: a1\ntitle: Start\n---\n# Start\n\nText.\n");
        article.close();
        const QString notAZip = files.filePath(QStringLiteral("notes.zip"));
        QFile notes(notAZip);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("these are notes, not an archive");
        notes.close();

        // It deletes itself once closed, as it does in the window.
        QPointer<gui::CompareDialog> dialog = new gui::CompareDialog(nullptr, {});
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->runsChoice()->isEnabled());
        QVERIFY(dialog->filesChoice()->isChecked());
        QSignalSpy requested(dialog, &gui::CompareDialog::compareRequested);
        auto *compareButton
            = dialog->findChild<QPushButton *>(QStringLiteral("compareDialogCompareButton"));
        QTest::mouseClick(compareButton, Qt::LeftButton);
        QCOMPARE(requested.size(), 0);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->problemLabel()->text(),
                 QStringLiteral("Name two exports: a ZIP file or an extracted folder each."));
        QTest::keyClicks(dialog->earlierPathEdit(), folder);
        QTest::keyClicks(dialog->laterPathEdit(), notAZip);
        QTest::mouseClick(compareButton, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QTRY_VERIFY(!dialog);
        const auto pairs = requested.first().at(1).value<QList<compare::ExportPair>>();
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.first().beforePath, folder);
        QCOMPARE(pairs.first().afterPath, notAZip);

        auto *window = new gui::ComparisonWindow(requested.first().at(0).toString(), pairs);
        QPointer<gui::ComparisonWindow> guard = window;
        QSignalSpy shown(window, &gui::ComparisonWindow::comparisonShown);
        window->show();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 20000);
        QCOMPARE(shown.first().first().toBool(), false);
        QVERIFY2(window->summaryLabel()->text().startsWith(QLatin1String("Cannot compare: ")),
                 qPrintable(window->summaryLabel()->text()));
        QVERIFY2(window->summaryLabel()->text().contains(QLatin1String("notes.zip")),
                 qPrintable(window->summaryLabel()->text()));
        QVERIFY(!window->pairCombo()->isVisible());
        QVERIFY(!window->saveHtmlButton()->isEnabled());
        QCOMPARE(window->changeModel()->rowCount(), 0);
        window->close();
        QTRY_VERIFY(!guard);
    }
};

QTEST_MAIN(CompareWindowTest)
#include "tst_compare_window.moc"
