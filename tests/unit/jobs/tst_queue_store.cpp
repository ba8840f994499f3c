// The saved queue: a job survives the round trip field by field, it is in
// the state database before a change is announced, a restart turns what was
// running into what can be resumed, and a damaged database or job is kept
// aside with a message instead of crashing or being lost, even on a full
// disk (a real tmpfs).
#include "core/jobs/ExportJob.h"
#include "core/jobs/JobQueue.h"
#include "core/jobs/QueueStore.h"
#include "core/state/StateDatabase.h"
#include "support/JobSamples.h"
#include "support/SavedQueue.h"
#include "support/SmallDisk.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace d360;
using namespace d360::jobs;
using d360::test::sampleJob;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class QueueStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyFieldSurvivesTheRoundTrip()
    {
        ExportJob job = sampleJob(QStringLiteral("/tmp/out"), JobState::Failed);
        job.exportId = QStringLiteral("exp-42");
        job.downloadUrl = QUrl(QStringLiteral("https://storage.example/x?sig=secret"));
        job.bytesDone = 5'000'000'000;
        job.bytesTotal = 6'000'000'000;
        job.etag = "\"0x8DB\"";
        job.sha256Hex = QByteArray(64, 'a');
        job.requestId = QStringLiteral("req-1");
        job.traceId = QStringLiteral("trace-1");
        job.errorMessage = QStringLiteral("Document360 could not build the export: out of paper.");
        job.errorKind = api::ApiError::Kind::ExportFailed;
        job.warnings = QStringList { QStringLiteral("W1: careful") };
        job.extractedPath = QStringLiteral("/tmp/out/Acme-v1-zh-CN");
        job.extractionError = QStringLiteral("no room");
        job.startedAt = job.createdAt.addSecs(3);
        job.finishedAt = job.createdAt.addSecs(60);

        QString problem;
        const std::optional<ExportJob> back = ExportJob::fromJson(job.toJson(), &problem);
        QVERIFY2(back, qPrintable(problem));
        QCOMPARE(back->id, job.id);
        QCOMPARE(back->batchId, job.batchId);
        QCOMPARE(back->accountId, job.accountId);
        QCOMPARE(back->projectName, job.projectName);
        QCOMPARE(back->versionId, job.versionId);
        QCOMPARE(back->languageCode, job.languageCode);
        QCOMPARE(back->languageName, job.languageName);
        QCOMPARE(back->format, job.format);
        QCOMPARE(back->finalPath, job.finalPath);
        QCOMPARE(back->partPath, job.partPath);
        QCOMPARE(back->fileName, job.fileName);
        QCOMPARE(back->extract, true);
        QCOMPARE(back->extractedPath, job.extractedPath);
        QCOMPARE(back->extractionError, job.extractionError);
        QCOMPARE(back->state, JobState::Failed);
        QCOMPARE(back->exportId, job.exportId);
        QCOMPARE(back->bytesDone, job.bytesDone);
        QCOMPARE(back->bytesTotal, job.bytesTotal);
        QCOMPARE(back->etag, job.etag);
        QCOMPARE(back->sha256Hex, job.sha256Hex);
        QCOMPARE(back->requestId, job.requestId);
        QCOMPARE(back->traceId, job.traceId);
        QCOMPARE(back->errorMessage, job.errorMessage);
        QCOMPARE(back->errorKind, api::ApiError::Kind::ExportFailed);
        QCOMPARE(back->warnings, job.warnings);
        QCOMPARE(back->createdAt, job.createdAt);
        QCOMPARE(back->startedAt, job.startedAt);
        QCOMPARE(back->finishedAt, job.finishedAt);
    }

    void impossibleByteCountsAreReadAsUnknown()
    {
        // A queue file is data on disk anyone with the user's rights can
        // edit; 1e300 bytes was cast to qint64, which is undefined (the same
        // cast fuzz_rate_headers caught in RetryPolicy).
        ExportJob saved = ExportJob::create();
        saved.projectId = QStringLiteral("p1");
        saved.versionId = QStringLiteral("v1");
        saved.finalPath = QStringLiteral("/tmp/out/Guide.pdf");
        QJsonObject object = saved.toJson();
        object.insert(QStringLiteral("bytes"), 1e300);
        object.insert(QStringLiteral("total"), -1e300);
        QString problem;
        const std::optional<ExportJob> job = ExportJob::fromJson(object, &problem);
        QVERIFY2(job, qPrintable(problem));
        QCOMPARE(job->bytesDone, qint64(0));
        QCOMPARE(job->bytesTotal, qint64(-1));
    }

    void theSignedLinkIsNeverWritten()
    {
        ExportJob job = sampleJob(QStringLiteral("/tmp/out"), JobState::Downloading);
        job.downloadUrl = QUrl(QStringLiteral("https://storage.example/x?se=1&sig=0123abcd"));
        const QByteArray json = QJsonDocument(job.toJson()).toJson();
        QVERIFY(!json.contains("0123abcd"));
        QVERIFY(!json.contains("storage.example"));
    }

    void storeWritesAndLoadsInOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deep/folder/state.sqlite"));
        QList<ExportJob> jobs;
        for (int i = 0; i < 5; ++i) {
            ExportJob job = sampleJob(dir.path(), JobState::Queued);
            job.fileName = QStringLiteral("file-%1.pdf").arg(i);
            jobs.append(job);
        }
        QString error;
        QVERIFY2(test::saveQueue(path, jobs, &error), qPrintable(error));
        // A change to the first job keeps its place.
        jobs[0].state = JobState::Cancelled;
        QVERIFY2(test::saveQueue(path, { jobs.at(0) }, &error), qPrintable(error));

        const QList<ExportJob> loaded = test::savedQueue(path);
        QCOMPARE(loaded.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(loaded.at(i).id, jobs.at(i).id);
        QCOMPARE(loaded.at(0).state, JobState::Cancelled);
        // The other queues of the database are other queues.
        QVERIFY(test::savedQueue(path, QStringLiteral("cli/0123")).isEmpty());
        QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).permissions()
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }

    void aNewDatabaseIsAnEmptyQueue()
    {
        QTemporaryDir dir;
        JobQueue queue(nullptr);
        QVERIFY(queue
                    .restore(dir.filePath(QStringLiteral("state.sqlite")),
                             QueueStore::windowQueueName())
                    .isEmpty());
        QCOMPARE(queue.count(), 0);
        QVERIFY(queue.hasStore());
    }

    void aDamagedDatabaseIsMovedAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n garbage").repeated(200);
        QTest::newRow("a JSON queue of an earlier version under the new name")
            << QByteArray("{\"format\":\"d360-exporter.jobs\",\"version\":1,\"jobs\":[]}");
        QByteArray header("SQLite format 3");
        header.append('\0');
        QTest::newRow("a database cut short") << header + QByteArray(84, '\xff');
    }

    void aDamagedDatabaseIsMovedAside()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.sqlite"));
        writeFile(path, content);

        JobQueue queue(nullptr);
        QSignalSpy problems(&queue, &JobQueue::storageProblem);
        const QString problem = queue.restore(path, QueueStore::windowQueueName());
        QVERIFY2(problem.contains(QLatin1String("moved aside")), qPrintable(problem));
        QCOMPARE(problems.count(), 1);
        QCOMPARE(queue.count(), 0);
        QStringList aside = filesIn(dir.path()).filter(QStringLiteral(".unreadable-"));
        QCOMPARE(aside.size(), 1);
        QVERIFY2(problem.contains(aside.first()), qPrintable(problem));
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), content);

        // The queue goes on working, in a fresh database.
        queue.enqueue({ sampleJob(dir.path(), JobState::Queued) });
        QCOMPARE(test::savedQueue(path).size(), 1);
    }

    void aDatabaseOfANewerVersionIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.sqlite"));
        {
            QString problem;
            auto database = state::StateDatabase::open(path, &problem);
            QVERIFY2(database, qPrintable(problem));
            QVERIFY(database->run(QStringLiteral("PRAGMA user_version = 99"), &problem));
        }
        const QByteArray before = readFile(path);
        JobQueue queue(nullptr);
        const QString problem = queue.restore(path, QueueStore::windowQueueName());
        QVERIFY2(problem.contains(QLatin1String("newer version")), qPrintable(problem));
        QVERIFY(!queue.hasStore());
        QCOMPARE(readFile(path), before);
        QCOMPARE(filesIn(dir.path()).filter(QStringLiteral(".unreadable-")), QStringList());
    }

    void anUnreadableJobIsLeftOutAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.sqlite"));
        const ExportJob good = sampleJob(dir.path(), JobState::Completed);
        QString problem;
        QVERIFY2(test::saveQueue(path, { good }, &problem), qPrintable(problem));
        {
            auto database = state::StateDatabase::open(path, &problem);
            QVERIFY2(database, qPrintable(problem));
            QVERIFY2(
                database->run(QStringLiteral("INSERT INTO queue_jobs VALUES ('window', 'bad-1', 7, "
                                             "'b', 'queued', '{\"id\":\"not-a-uuid\"}'), "
                                             "('window', 'bad-2', 8, 'b', 'queued', 'not json')"),
                              &problem),
                qPrintable(problem));
        }
        {
            JobQueue queue(nullptr);
            problem = queue.restore(path, QueueStore::windowQueueName());
            QCOMPARE(queue.count(), 1);
            QCOMPARE(queue.at(0).id, good.id);
            QVERIFY2(problem.contains(QLatin1String("2 saved export job")), qPrintable(problem));
            QVERIFY2(problem.contains(QLatin1String("unreadable_jobs")), qPrintable(problem));
        }

        auto database = state::StateDatabase::open(path, &problem);
        QSqlQuery kept(database->connection());
        QVERIFY(kept.exec(QStringLiteral("SELECT id, job FROM unreadable_jobs ORDER BY id")));
        QVERIFY(kept.next());
        QCOMPARE(kept.value(0).toString(), QStringLiteral("bad-1"));
        QCOMPARE(kept.value(1).toString(), QStringLiteral("{\"id\":\"not-a-uuid\"}"));
        QVERIFY(kept.next());
        QCOMPARE(kept.value(1).toString(), QStringLiteral("not json"));
        // Reported once: the next start finds a clean queue, good job kept.
        JobQueue again(nullptr);
        QVERIFY(again.restore(path, QueueStore::windowQueueName()).isEmpty());
        QCOMPARE(again.count(), 1);
    }

    // On a full disk the unreadable jobs cannot be moved (that is a write);
    // they stay where they are, the message says so, and nothing is lost.
    void unreadableJobsStayWhenTheDiskIsFull()
    {
        D360_REQUIRE_SMALL_DISK(disk, 512 * 1024)
        const QString path = disk.filePath(QStringLiteral("state.sqlite"));
        const ExportJob good = sampleJob(disk.path(), JobState::Completed);
        QString problem;
        QVERIFY2(test::saveQueue(path, { good }, &problem), qPrintable(problem));
        const QString bad = QStringLiteral("{\"id\":\"not-a-uuid\",\"note\":\"%1\"}")
                                .arg(QString(20000, QLatin1Char('x')));
        {
            auto database = state::StateDatabase::open(path, &problem);
            QVERIFY2(database, qPrintable(problem));
            QSqlQuery insert(database->connection());
            insert.prepare(QStringLiteral(
                "INSERT INTO queue_jobs VALUES ('window', 'bad', 7, 'b', 'queued', ?)"));
            insert.addBindValue(bad);
            QVERIFY(insert.exec());
        }
        // Opened on a full disk, SQLite cannot even make its index file;
        // the user hears why.
        QVERIFY(disk.fillLeaving(0));
        QVERIFY(!state::StateDatabase::open(path, &problem));
        QVERIFY2(problem.contains(QLatin1String("disk")) && problem.contains(QLatin1String("full")),
                 qPrintable(problem));
        // Open, as the program is when the disk fills up.
        QVERIFY(disk.resize(4 * 1024 * 1024));
        auto database = state::StateDatabase::open(path, &problem);
        QVERIFY2(database, qPrintable(problem));
        QVERIFY(disk.fillLeaving(0));
        QueueStore store(database, QueueStore::windowQueueName());
        const QueueStore::Loaded loaded = store.load();
        QCOMPARE(loaded.jobs.size(), 1);
        QVERIFY2(loaded.problem.contains(
                     QLatin1String("1 saved export job could not be read and was left out"))
                     && loaded.problem.contains(QLatin1String("It stays in")),
                 qPrintable(loaded.problem));
        QVERIFY2(loaded.problem.contains(QLatin1String("full")), qPrintable(loaded.problem));
        QSqlQuery still(database->connection());
        QVERIFY(still.exec(QStringLiteral("SELECT job FROM queue_jobs WHERE id = 'bad'")));
        QVERIFY(still.next());
        QCOMPARE(still.value(0).toString(), bad);
    }

    void restoreResumesWhatCanBeResumedAndNeverResendsAStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.sqlite"));
        const ExportJob completed = sampleJob(dir.path(), JobState::Completed);
        const ExportJob queued = sampleJob(dir.path(), JobState::Queued);
        ExportJob starting = sampleJob(dir.path(), JobState::Starting);
        ExportJob polling = sampleJob(dir.path(), JobState::InProgress);
        polling.exportId = QStringLiteral("exp-7");
        ExportJob downloading = sampleJob(dir.path(), JobState::Downloading);
        downloading.exportId = QStringLiteral("exp-8");
        downloading.etag = "\"e\"";
        QString error;
        QVERIFY2(
            test::saveQueue(path, { completed, queued, starting, polling, downloading }, &error),
            qPrintable(error));

        JobQueue queue(nullptr);
        QSignalSpy added(&queue, &JobQueue::jobsAdded);
        QVERIFY(queue.restore(path, QueueStore::windowQueueName()).isEmpty());
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().at(0).toInt(), 0);
        QCOMPARE(added.first().at(1).toInt(), 4);
        // Looked at before the event loop runs anything.
        QCOMPARE(queue.at(0).state, JobState::Completed);
        QCOMPARE(queue.at(1).state, JobState::Queued);
        QCOMPARE(queue.at(2).state, JobState::Failed);
        QCOMPARE(queue.at(2).errorKind, api::ApiError::Kind::ExportMayHaveStarted);
        QVERIFY2(queue.at(2).errorMessage.contains(QLatin1String("may have started")),
                 qPrintable(queue.at(2).errorMessage));
        QCOMPARE(queue.at(3).state, JobState::InProgress);
        QCOMPARE(queue.at(3).exportId, QStringLiteral("exp-7"));
        QCOMPARE(queue.at(4).state, JobState::Downloading);
        QCOMPARE(queue.at(4).etag, QByteArray("\"e\""));
        // And the conversion was saved at once.
        QCOMPARE(test::savedQueue(path).at(2).state, JobState::Failed);
    }

    void aChangeIsSavedBeforeItIsAnnounced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.sqlite"));
        JobQueue queue(nullptr);
        queue.restore(path, QueueStore::windowQueueName());
        JobSettings settings;
        settings.maxConcurrentJobs = 0; // nothing runs: only the queue's own moves
        queue.setSettings(settings);
        const QList<QUuid> ids = queue.enqueue(
            { sampleJob(dir.path(), JobState::Queued), sampleJob(dir.path(), JobState::Queued) });
        QCOMPARE(ids.size(), 2);
        // Two jobs with the same name get distinct files.
        QVERIFY(queue.at(0).finalPath != queue.at(1).finalPath);
        QCOMPARE(QFileInfo(queue.at(1).finalPath).fileName(),
                 QStringLiteral("Acme-v1-zh-CN (2).zip"));

        QList<JobState> statesOnDiskWhenAnnounced;
        connect(&queue, &JobQueue::jobChanged, this, [&](const QUuid &id) {
            for (const ExportJob &job : test::savedQueue(path)) {
                if (job.id == id)
                    statesOnDiskWhenAnnounced.append(job.state);
            }
        });
        QSignalSpy batchDone(&queue, &JobQueue::batchFinished);
        QVERIFY(queue.cancel(ids.at(0)));
        QCOMPARE(statesOnDiskWhenAnnounced, QList<JobState> { JobState::Cancelled });
        QVERIFY(!queue.cancel(ids.at(0)));
        const QString pathBefore = queue.find(ids.at(0))->finalPath;
        QVERIFY(queue.retry(ids.at(0)));
        QCOMPARE(statesOnDiskWhenAnnounced.last(), JobState::Queued);
        // A retried job keeps its name: it does not compete with itself.
        QCOMPARE(queue.find(ids.at(0))->finalPath, pathBefore);
        batchDone.clear();
        queue.cancelAll();
        QCOMPARE(queue.at(0).state, JobState::Cancelled);
        QCOMPARE(queue.at(1).state, JobState::Cancelled);
        QCOMPARE(batchDone.count(), 2); // each sample job is its own batch

        QSignalSpy removed(&queue, &JobQueue::jobRemoved);
        QVERIFY(queue.remove(ids.at(0)));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(queue.count(), 1);
        QCOMPARE(queue.rowOf(ids.at(1)), 0);
        QCOMPARE(test::savedQueue(path).size(), 1);
    }

    void oneProcessAtATimeOwnsTheQueue()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.sqlite"));
        JobSettings settings;
        settings.maxConcurrentJobs = 0;
        JobQueue first(nullptr, settings);
        QVERIFY(first.restore(path, QueueStore::windowQueueName()).isEmpty());
        QVERIFY(first.hasStore());
        first.enqueue({ sampleJob(dir.path(), JobState::Queued) });

        JobQueue second(nullptr, settings);
        const QString problem = second.restore(path, QueueStore::windowQueueName());
        QVERIFY2(problem.contains(QLatin1String("in use by another D360 Exporter")),
                 qPrintable(problem));
        QVERIFY(problem.contains(QString::number(QCoreApplication::applicationPid())));
        QVERIFY(!second.hasStore());
        QCOMPARE(second.count(), 0);
        second.enqueue({ sampleJob(dir.path(), JobState::Queued) });
        QCOMPARE(test::savedQueue(path).size(), 1); // the second queue wrote nothing
    }

    // What a big queue costs in time is measured by tests/bench/jobs/
    // bench_queue_store; this holds what a writer relies on at that size:
    // one announcement for the whole batch, and every change saved.
    void tenThousandJobsAreAnnouncedOnceAndSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.sqlite"));
        JobSettings settings;
        settings.maxConcurrentJobs = 0;
        JobQueue queue(nullptr, settings);
        queue.restore(path, QueueStore::windowQueueName());
        QList<ExportJob> jobs;
        for (int i = 0; i < 10000; ++i) {
            ExportJob job = sampleJob(dir.path(), JobState::Queued);
            job.fileName = QStringLiteral("file-%1.pdf").arg(i);
            jobs.append(job);
        }
        QSignalSpy added(&queue, &JobQueue::jobsAdded);
        QSignalSpy changed(&queue, &JobQueue::jobChanged);
        queue.enqueue(jobs);
        QCOMPARE(added.count(), 1); // one announcement for the model, not 10,000
        queue.cancelAll();
        QCOMPARE(changed.count(), 10000);
        QVERIFY(queue.retry(queue.at(5000).id));
        const QList<ExportJob> saved = test::savedQueue(path);
        QCOMPARE(saved.size(), 10000);
        QCOMPARE(saved.last().state, JobState::Cancelled);
        QCOMPARE(saved.at(5000).state, JobState::Queued);
    }
};

QTEST_GUILESS_MAIN(QueueStoreTest)
#include "tst_queue_store.moc"
