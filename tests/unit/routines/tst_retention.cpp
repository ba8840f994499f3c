// Retention of a backup preset: which run folders go (RetentionPlan) and
// what going means (RunFolderRemover), on real run folders with manifests
// and files, a file of the user's beside them and one inside the oldest.
#include "core/routines/RetentionPlan.h"
#include "core/routines/RunFolder.h"
#include "core/routines/RunFolderRemover.h"
#include "support/RunFolderSamples.h"

#include <QTemporaryDir>
#include <QTest>

using namespace d360;
using routines::RetainedRun;
using routines::RetentionPlan;
using routines::RunFolder;
using routines::RunFolderRemover;

namespace {

const QString preset = QStringLiteral("Nightly");

QDateTime day(int number)
{
    return QDateTime(QDate(2026, 11, number), QTime(2, 30, 0), Qt::LocalTime);
}

RetainedRun historyRow(const test::SampleRun &run, bool complete = true)
{
    RetainedRun row;
    row.runId = run.manifest.run.runId.toString(QUuid::WithoutBraces);
    row.folderPath = run.folder;
    row.startedAt = run.manifest.run.startedAt;
    row.complete = complete;
    row.createdByUs = true;
    return row;
}

QStringList folderNames(const QList<RetainedRun> &runs)
{
    QStringList names;
    for (const RetainedRun &run : runs)
        names.append(QFileInfo(run.folderPath).fileName());
    return names;
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

RetainedRun plainRow(const QString &folder, const QDateTime &started, bool complete)
{
    return RetainedRun { QUuid::createUuid().toString(QUuid::WithoutBraces), folder, started,
                         complete, true };
}

} // namespace

class RetentionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fourRunsWithRetentionThreeKeepTheThreeNewestAndTheUsersFiles()
    {
        QTemporaryDir output;
        QList<test::SampleRun> runs;
        QList<RetainedRun> history;
        for (int number = 1; number <= 4; ++number) {
            runs.append(test::writeSampleRun(output.path(), preset, day(number)));
            QVERIFY(!runs.last().folder.isEmpty());
            history.append(historyRow(runs.last()));
        }
        const QString presetFolder = RunFolder::presetFolder(output.path(), preset);
        QVERIFY(test::writeSampleFile(QDir(presetFolder).filePath(QStringLiteral("README.txt")),
                                      "the team's notes about these backups"));
        QVERIFY(test::writeSampleFile(
            QDir(runs.first().folder).filePath(QStringLiteral("my notes.txt")),
            "a note of the user's inside the oldest run"));

        const RetentionPlan plan = RetentionPlan::decide(presetFolder, history, 3);
        QCOMPARE(folderNames(plan.remove), QStringList { QStringLiteral("2026-11-01_023000") });
        QCOMPARE(plan.keep.size(), 3);
        QVERIFY(plan.untouchable.isEmpty());

        const routines::RunFolderRemoval removal
            = RunFolderRemover::remove(plan.remove.first().folderPath);
        QVERIFY(!removal.folderRemoved);
        QCOMPARE(removal.leftBehind, QStringList { QStringLiteral("my notes.txt") });
        QVERIFY2(removal.problem.contains(QStringLiteral("was kept")), qPrintable(removal.problem));
        QCOMPARE(removal.removedFiles.size(), 5); // PDF, ZIP, two extracted files, the manifest

        QCOMPARE(
            entriesOf(presetFolder),
            (QStringList { QStringLiteral("2026-11-01_023000"), QStringLiteral("2026-11-02_023000"),
                           QStringLiteral("2026-11-03_023000"), QStringLiteral("2026-11-04_023000"),
                           QStringLiteral("README.txt") }));
        QCOMPARE(entriesOf(runs.first().folder), QStringList { QStringLiteral("my notes.txt") });
        for (int index = 1; index < 4; ++index)
            QCOMPARE(
                entriesOf(runs.at(index).folder),
                (QStringList { QStringLiteral("Guide-de"), QStringLiteral("Guide-de.zip"),
                               QStringLiteral("Guide-en.pdf"), QStringLiteral("manifest.json") }));
        QFile readme(QDir(presetFolder).filePath(QStringLiteral("README.txt")));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        QCOMPARE(readme.readAll(), QByteArray("the team's notes about these backups"));

        // A fifth run: the second oldest goes, whole, with nothing left.
        runs.append(test::writeSampleRun(output.path(), preset, day(5)));
        history.append(historyRow(runs.last()));
        const RetentionPlan next = RetentionPlan::decide(presetFolder, history, 3);
        QCOMPARE(folderNames(next.remove),
                 (QStringList { QStringLiteral("2026-11-02_023000"),
                                QStringLiteral("2026-11-01_023000") }));
        const routines::RunFolderRemoval whole
            = RunFolderRemover::remove(next.remove.first().folderPath);
        QVERIFY2(whole.folderRemoved, qPrintable(whole.problem));
        QVERIFY(whole.leftBehind.isEmpty());
        QVERIFY(!QFileInfo::exists(runs.at(1).folder));
    }

    void theNewestCompleteRunSurvivesNewerIncompleteOnes()
    {
        const QString presetFolder = QStringLiteral("/backups/Nightly");
        QList<RetainedRun> history;
        for (int number = 1; number <= 6; ++number)
            history.append(
                plainRow(QDir(presetFolder).filePath(RunFolder::baseNameFor(day(number))),
                         day(number), number <= 2));
        const RetentionPlan plan = RetentionPlan::decide(presetFolder, history, 3);
        QCOMPARE(folderNames(plan.keep),
                 (QStringList {
                     QStringLiteral("2026-11-06_023000"), QStringLiteral("2026-11-05_023000"),
                     QStringLiteral("2026-11-04_023000"), QStringLiteral("2026-11-02_023000") }));
        QCOMPARE(folderNames(plan.remove),
                 (QStringList { QStringLiteral("2026-11-03_023000"),
                                QStringLiteral("2026-11-01_023000") }));

        // A count below one keeps the newest run and the newest complete one.
        const RetentionPlan none = RetentionPlan::decide(presetFolder, history, 0);
        QCOMPARE(folderNames(none.keep),
                 (QStringList { QStringLiteral("2026-11-06_023000"),
                                QStringLiteral("2026-11-02_023000") }));
    }

    void foldersHistoryDoesNotVouchForAreNeverTouched()
    {
        const QString presetFolder = QStringLiteral("/backups/Nightly");
        QList<RetainedRun> history;
        for (int number = 10; number <= 13; ++number)
            history.append(
                plainRow(QDir(presetFolder).filePath(RunFolder::baseNameFor(day(number))),
                         day(number), true));
        RetainedRun notOurs
            = plainRow(QDir(presetFolder).filePath(RunFolder::baseNameFor(day(1))), day(1), true);
        notOurs.createdByUs = false;
        const RetainedRun userNamed
            = plainRow(QDir(presetFolder).filePath(QStringLiteral("old backups")), day(2), true);
        const RetainedRun otherPreset = plainRow(
            QStringLiteral("/backups/Weekly/") + RunFolder::baseNameFor(day(3)), day(3), true);
        const RetainedRun nested = plainRow(
            QDir(presetFolder).filePath(QStringLiteral("x/") + RunFolder::baseNameFor(day(4))),
            day(4), true);
        const RetainedRun climbing = plainRow(presetFolder + QStringLiteral("/../Weekly/")
                                                  + RunFolder::baseNameFor(day(5)),
                                              day(5), true);
        history << notOurs << userNamed << otherPreset << nested << climbing;
        const RetentionPlan plan = RetentionPlan::decide(presetFolder, history, 3);
        QCOMPARE(folderNames(plan.remove), QStringList { QStringLiteral("2026-11-10_023000") });
        QCOMPARE(plan.untouchable.size(), 5);
    }

    void onRealFoldersOnlyTheListedRunsGo()
    {
        QTemporaryDir output;
        QList<RetainedRun> history;
        QList<test::SampleRun> runs;
        for (int number = 1; number <= 4; ++number) {
            runs.append(test::writeSampleRun(output.path(), preset, day(number)));
            QVERIFY(!runs.last().folder.isEmpty());
        }
        // History lists only the three newest; the oldest folder looks like
        // ours but history does not vouch for it.
        for (int index = 1; index < 4; ++index)
            history.append(historyRow(runs.at(index)));
        const QString presetFolder = RunFolder::presetFolder(output.path(), preset);
        // A folder of the user's with a name that is not ours, recorded as if it were a run.
        const QString userFolder = QDir(presetFolder).filePath(QStringLiteral("kept by hand"));
        QVERIFY(test::writeSampleFile(QDir(userFolder).filePath(QStringLiteral("Guide-en.pdf")),
                                      "mine"));
        history.append(plainRow(userFolder, day(1).addDays(-5), true));

        const RetentionPlan plan = RetentionPlan::decide(presetFolder, history, 1);
        QCOMPARE(folderNames(plan.remove),
                 (QStringList { QStringLiteral("2026-11-03_023000"),
                                QStringLiteral("2026-11-02_023000") }));
        for (const RetainedRun &run : plan.remove)
            QVERIFY(RunFolderRemover::remove(run.folderPath).folderRemoved);
        QCOMPARE(
            entriesOf(presetFolder),
            (QStringList { QStringLiteral("2026-11-01_023000"), QStringLiteral("2026-11-04_023000"),
                           QStringLiteral("kept by hand") }));
        QCOMPARE(entriesOf(runs.first().folder).size(), 4);
        QCOMPARE(entriesOf(userFolder), QStringList { QStringLiteral("Guide-en.pdf") });

        // And the remover on its own refuses a name that is not ours.
        const routines::RunFolderRemoval refused = RunFolderRemover::remove(userFolder);
        QVERIFY(!refused.folderRemoved);
        QVERIFY(refused.removedFiles.isEmpty());
        QCOMPARE(entriesOf(userFolder), QStringList { QStringLiteral("Guide-en.pdf") });
    }

    void theRemoverNeverReachesOutThroughALink()
    {
        QTemporaryDir output, outside;
        const test::SampleRun run = test::writeSampleRun(output.path(), preset, day(7));
        QVERIFY(!run.folder.isEmpty());
        // The listed PDF replaced by a link to a file elsewhere with the same
        // size, and the extracted folder by a link to a folder elsewhere.
        const QString pdf = QDir(run.folder).filePath(QStringLiteral("Guide-en.pdf"));
        QVERIFY(QFile::rename(pdf, outside.filePath(QStringLiteral("Guide-en.pdf"))));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("Guide-en.pdf")), pdf));
        const QString extracted = QDir(run.folder).filePath(QStringLiteral("Guide-de"));
        QVERIFY(QDir().rename(extracted, outside.filePath(QStringLiteral("Guide-de"))));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("Guide-de")), extracted));

        const routines::RunFolderRemoval removal = RunFolderRemover::remove(run.folder);
        QVERIFY(!removal.folderRemoved);
        QCOMPARE(removal.removedFiles,
                 (QStringList { QStringLiteral("Guide-de.zip"), QStringLiteral("manifest.json") }));
        QCOMPARE(removal.leftBehind,
                 (QStringList { QStringLiteral("Guide-de"), QStringLiteral("Guide-en.pdf") }));
        QCOMPARE(entriesOf(outside.path()),
                 (QStringList { QStringLiteral("Guide-de"), QStringLiteral("Guide-en.pdf") }));
        QCOMPARE(entriesOf(outside.filePath(QStringLiteral("Guide-de"))),
                 (QStringList { QStringLiteral("articles"), QStringLiteral("index.html") }));

        // A folder without a readable manifest is left whole.
        const routines::RunFolderRemoval again = RunFolderRemover::remove(run.folder);
        QVERIFY(!again.folderRemoved);
        QVERIFY(again.removedFiles.isEmpty());
        QVERIFY2(again.problem.contains(QStringLiteral("manifest.json")),
                 qPrintable(again.problem));
    }
};

QTEST_GUILESS_MAIN(RetentionTest)
#include "tst_retention.moc"
