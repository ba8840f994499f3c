// Verify on a History row: a backup run's files read again against its
// manifest, off the GUI thread, and the answer in a dialog a writer reads.
// The run folder is real (RunFolderSamples), history a real state database;
// a byte flipped and a file removed must show in the dialog by name.
#include "core/routines/HistoryStore.h"
#include "core/state/StateDatabase.h"
#include "gui/history/HistoryView.h"
#include "support/RunFolderSamples.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace d360;

namespace {

// The dialog the last Verify opened, once it is there.
QMessageBox *verifyResult(QWidget *parent)
{
    return parent->findChild<QMessageBox *>(QStringLiteral("historyVerifyResult"));
}

} // namespace

class HistoryVerifyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void verifyShowsAWholeRunAndThenWhatChanged()
    {
        QTemporaryDir data, out;
        QString problem;
        auto database
            = state::StateDatabase::open(data.filePath(QStringLiteral("state.sqlite")), &problem);
        QVERIFY2(database, qPrintable(problem));
        routines::HistoryStore history(database);
        const test::SampleRun sample = test::writeSampleRun(out.path(), QStringLiteral("Nightly"),
                                                            QDateTime::currentDateTime());
        QVERIFY(!sample.folder.isEmpty());
        routines::RunRecord run;
        run.id = QUuid::createUuid();
        run.origin = routines::RunOrigin::Schedule;
        run.accountName = QStringLiteral("Acme");
        run.presetName = QStringLiteral("Nightly");
        run.projectId = QStringLiteral("p-1");
        run.projectName = QStringLiteral("Acme Cloud Handbook");
        run.description = QStringLiteral("Acme Cloud Handbook / v2.0 / en, de / PDF, HTML");
        run.runFolder = sample.folder;
        run.keepRuns = 3;
        QVERIFY2(history.begin(run, &problem), qPrintable(problem));
        QVERIFY2(history.finish(run.id, {}, QDateTime::currentDateTimeUtc(), &problem),
                 qPrintable(problem));

        gui::HistoryView view;
        view.setHistory(&history, nullptr);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectRun(run.id);
        QAction *verify = view.verifyAction();
        QVERIFY(verify->isEnabled());

        QSignalSpy verified(&view, &gui::HistoryView::verified);
        verify->trigger();
        QVERIFY(verified.wait(20000));
        QCOMPARE(verified.first().at(1).toBool(), true);
        QPointer<QMessageBox> box = verifyResult(&view);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QLatin1String("is whole")), qPrintable(box->text()));
        box->close();
        QTRY_VERIFY(!box);

        // A byte flipped in the PDF and a file of the extracted folder gone.
        QFile pdf(QDir(sample.folder).filePath(QStringLiteral("Guide-en.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadWrite));
        QByteArray bytes = pdf.readAll();
        bytes[3] = char(bytes.at(3) ^ 0x01);
        QVERIFY(pdf.seek(0));
        QCOMPARE(pdf.write(bytes), bytes.size());
        pdf.close();
        QStringList extracted;
        for (const routines::ManifestItem &item : sample.manifest.items) {
            for (const routines::ManifestFile &file : item.extractedFiles)
                extracted.append(file.path);
        }
        QVERIFY(!extracted.isEmpty());
        QVERIFY(QFile::remove(QDir(sample.folder).filePath(extracted.first())));

        verified.clear();
        verify->trigger();
        QVERIFY(verified.wait(20000));
        QCOMPARE(verified.first().at(1).toBool(), false);
        box = verifyResult(&view);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QLatin1String("is not whole")), qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(QLatin1String("Guide-en.pdf")),
                 qPrintable(box->informativeText()));
        QVERIFY2(box->informativeText().contains(extracted.first()),
                 qPrintable(box->informativeText()));
        box->close();
    }
};

QTEST_MAIN(HistoryVerifyTest)
#include "tst_history_verify.moc"
