// ExportComparisonTask as the comparison window uses it: two real exports
// (a ZIP and a folder) read and compared on a worker thread, one finished()
// with the comparison, and the task gone afterwards; a path that is no
// export gives one finished() with the reason, naming the file; a task
// whose owner goes away before it ends says nothing at all.
#include "core/compare/ExportComparisonTask.h"
#include "support/ExportFiles.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace d360;
using compare::ComparisonOutcome;
using compare::ExportComparisonTask;

namespace {

test::ExportFileList handbook(const char *text)
{
    return { { QStringLiteral("01-start.md"),
               QByteArray("---\nid: a1\ntitle: Start\n---\n# Start\n\n") + text + "\n" },
             { QStringLiteral("images/logo.png"), QByteArray("png") } };
}

} // namespace

class ExportComparisonTaskTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoExportsAreComparedOffTheCallingThread()
    {
        QTemporaryDir files;
        const QString before = files.filePath(QStringLiteral("before.zip"));
        const QString after = files.filePath(QStringLiteral("after"));
        QVERIFY(test::writeExportZip(before, handbook("One two three.")));
        QVERIFY(test::writeExportFolder(after, handbook("One two four five.")));

        QObject owner;
        QPointer<ExportComparisonTask> task = ExportComparisonTask::start(before, after, &owner);
        QSignalSpy finished(task.data(), &ExportComparisonTask::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        const auto outcome = finished.first().first().value<ComparisonOutcome>();
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.problem));
        QCOMPARE(outcome.comparison->editedCount(), 1);
        QCOMPARE(outcome.comparison->articles().first().diff.wordsAdded, 2);
        QCOMPARE(outcome.comparison->articles().first().diff.wordsRemoved, 1);
        QCOMPARE(outcome.before->source(), before);
        QTRY_VERIFY(!task);
        QCOMPARE(finished.size(), 1);
    }

    void somethingThatIsNoExportSaysWhy()
    {
        QTemporaryDir files;
        const QString before = files.filePath(QStringLiteral("before"));
        QVERIFY(test::writeExportFolder(before, handbook("Text.")));
        const QString notAZip = files.filePath(QStringLiteral("notes.zip"));
        QVERIFY(test::writeExportFolder(
            files.path(), { { QStringLiteral("notes.zip"), QByteArray("not a zip at all") } }));

        QObject owner;
        ExportComparisonTask *task = ExportComparisonTask::start(before, notAZip, &owner);
        QSignalSpy finished(task, &ExportComparisonTask::finished);
        QVERIFY(finished.wait(20000));
        const auto outcome = finished.first().first().value<ComparisonOutcome>();
        QVERIFY(!outcome.succeeded());
        QVERIFY(!outcome.comparison);
        QVERIFY2(outcome.problem.contains(QLatin1String("notes.zip")), qPrintable(outcome.problem));
    }

    void aTaskWhoseOwnerIsGoneSaysNothing()
    {
        QTemporaryDir files;
        const QString before = files.filePath(QStringLiteral("before"));
        QVERIFY(test::writeExportFolder(before, handbook("Text.")));
        int answers = 0;
        {
            QObject owner;
            ExportComparisonTask *task = ExportComparisonTask::start(before, before, &owner);
            connect(task, &ExportComparisonTask::finished, this, [&answers] { ++answers; });
        }
        QThreadPool::globalInstance()->waitForDone(20000);
        QCoreApplication::processEvents();
        QCOMPARE(answers, 0);
    }
};

QTEST_GUILESS_MAIN(ExportComparisonTaskTest)
#include "tst_export_comparison_task.moc"
