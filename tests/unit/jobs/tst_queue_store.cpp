// The saved queue: a job survives the round trip field by field, the file is
// written before a change is announced, a restart turns what was running
// into what can be resumed, and a damaged file is moved aside with a message
// instead of crashing or being lost, even on a full disk (a real tmpfs).
#include "core/jobs/ExportJob.h"
#include "core/jobs/JobQueue.h"
#include "core/jobs/QueueStore.h"
#include "support/JobSamples.h"
#include "support/SmallDisk.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
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
        const QString path = dir.filePath(QStringLiteral("deep/folder/queue.json"));
        QueueStore store(path);
        QList<QUuid> order;
        for (int i = 0; i < 5; ++i) {
            ExportJob job = sampleJob(dir.path(), JobState::Queued);
            job.fileName = QStringLiteral("file-%1.pdf").arg(i);
            store.remember(job);
            order.append(job.id);
        }
        std::reverse(order.begin(), order.end());
        QString error;
        QVERIFY2(store.write(order, &error), qPrintable(error));

        QueueStore again(path);
        const QueueStore::Loaded loaded = again.load();
        QVERIFY2(loaded.problem.isEmpty(), qPrintable(loaded.problem));
        QCOMPARE(loaded.jobs.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(loaded.jobs.at(i).id, order.at(i));
        QCOMPARE(filesIn(QFileInfo(path).absolutePath()),
                 QStringList { QStringLiteral("queue.json") });
    }

    void aMissingFileIsAnEmptyQueue()
    {
        QTemporaryDir dir;
        QueueStore store(dir.filePath(QStringLiteral("none.json")));
        const QueueStore::Loaded loaded = store.load();
        QVERIFY(loaded.jobs.isEmpty());
        QVERIFY(loaded.problem.isEmpty());
    }

    void aDamagedFileIsMovedAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n garbage") << "not JSON";
        QTest::newRow("cut short")
            << QByteArray("{\"format\":\"d360-exporter.jobs\",\"version\":1,\"jobs\":[{\"id\":")
            << "not JSON";
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("another program's JSON")
            << QByteArray("{\"hello\":1}") << "not an export queue";
        QTest::newRow("a list") << QByteArray("[1,2,3]") << "not an export queue";
        QTest::newRow("a newer version")
            << QByteArray("{\"format\":\"d360-exporter.jobs\",\"version\":99,\"jobs\":[]}")
            << "newer version";
    }

    void aDamagedFileIsMovedAside()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.json"));
        writeFile(path, content);

        JobQueue queue(nullptr);
        QSignalSpy problems(&queue, &JobQueue::storageProblem);
        const QString problem = queue.restore(path);
        QVERIFY2(problem.contains(reason), qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1String("moved aside")), qPrintable(problem));
        QCOMPARE(problems.count(), 1);
        QCOMPARE(queue.count(), 0);
        QVERIFY(!QFile::exists(path));
        QStringList files = filesIn(dir.path());
        files.removeAll(QStringLiteral("queue.json.lock")); // this queue's, while it lives
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().startsWith(QLatin1String("queue.json.unreadable-")));
        QVERIFY(problem.contains(files.first()));
        QFile aside(dir.filePath(files.first()));
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), content);

        // The queue goes on working, and saves a fresh file.
        queue.enqueue({ sampleJob(dir.path(), JobState::Queued) });
        QueueStore check(path);
        QCOMPARE(check.load().jobs.size(), 1);
    }

    void anUnreadableJobIsLeftOutAndTheFileCopied()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.json"));
        const ExportJob good = sampleJob(dir.path(), JobState::Completed);
        const QByteArray content = "{\"format\":\"d360-exporter.jobs\",\"version\":1,\"jobs\":["
            + QJsonDocument(good.toJson()).toJson(QJsonDocument::Compact)
            + ",{\"id\":\"not-a-uuid\"},{\"id\":\"" + QUuid::createUuid().toByteArray()
            + "\",\"state\":\"exploded\",\"project_id\":\"p\",\"version_id\":\"v\","
              "\"final_path\":\"/x\",\"format\":\"pdf\"}]}";
        writeFile(path, content);
        QueueStore store(path);
        const QueueStore::Loaded loaded = store.load();
        QCOMPARE(loaded.jobs.size(), 1);
        QCOMPARE(loaded.jobs.first().id, good.id);
        QVERIFY2(loaded.problem.contains(QLatin1String("2 saved export job")),
                 qPrintable(loaded.problem));
        QVERIFY(QFile::exists(loaded.setAsidePath));
        QVERIFY(QFile::exists(path));
    }

    // The copy of a file with unreadable jobs cannot be made on a full
    // disk. Before, the message named a copy that did not exist and the next
    // save dropped the jobs for good; now the file itself is moved aside
    // (a rename needs no free block) and the message says why.
    void unreadableJobsAreKeptWhenTheDiskIsFull()
    {
        D360_REQUIRE_SMALL_DISK(disk, 256 * 1024)
        const QString path = disk.filePath(QStringLiteral("queue.json"));
        const ExportJob good = sampleJob(disk.path(), JobState::Completed);
        const QByteArray content = "{\"format\":\"d360-exporter.jobs\",\"version\":1,\"jobs\":["
            + QJsonDocument(good.toJson()).toJson(QJsonDocument::Compact)
            + ",{\"id\":\"not-a-uuid\",\"note\":\"" + QByteArray(20000, 'x') + "\"}]}";
        writeFile(path, content);
        QVERIFY(disk.fillLeaving(0));

        QueueStore store(path);
        const QueueStore::Loaded loaded = store.load();
        QCOMPARE(loaded.jobs.size(), 1);
        // Qt's words for it, with the operating system's.
        QVERIFY2(loaded.problem.contains(QLatin1String("No space left on device")),
                 qPrintable(loaded.problem));
        QVERIFY2(!loaded.setAsidePath.isEmpty(), qPrintable(loaded.problem));
        QVERIFY2(loaded.problem.contains(QFileInfo(loaded.setAsidePath).fileName()),
                 qPrintable(loaded.problem));
        QFile aside(loaded.setAsidePath);
        QVERIFY2(aside.open(QIODevice::ReadOnly), qPrintable(loaded.setAsidePath));
        QCOMPARE(aside.readAll(), content);
    }

    void restoreResumesWhatCanBeResumedAndNeverResendsAStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.json"));
        const ExportJob completed = sampleJob(dir.path(), JobState::Completed);
        const ExportJob queued = sampleJob(dir.path(), JobState::Queued);
        ExportJob starting = sampleJob(dir.path(), JobState::Starting);
        ExportJob polling = sampleJob(dir.path(), JobState::InProgress);
        polling.exportId = QStringLiteral("exp-7");
        ExportJob downloading = sampleJob(dir.path(), JobState::Downloading);
        downloading.exportId = QStringLiteral("exp-8");
        downloading.etag = "\"e\"";
        {
            QueueStore store(path);
            for (const ExportJob &job : { completed, queued, starting, polling, downloading })
                store.remember(job);
            QString error;
            QVERIFY(store.write(
                { completed.id, queued.id, starting.id, polling.id, downloading.id }, &error));
        }

        JobQueue queue(nullptr);
        QSignalSpy added(&queue, &JobQueue::jobsAdded);
        QVERIFY(queue.restore(path).isEmpty());
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
        QueueStore check(path);
        QCOMPARE(check.load().jobs.at(2).state, JobState::Failed);
    }

    void aChangeIsSavedBeforeItIsAnnounced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.json"));
        JobQueue queue(nullptr);
        queue.restore(path);
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
            QueueStore store(path);
            for (const ExportJob &job : store.load().jobs) {
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
        QueueStore store(path);
        QCOMPARE(store.load().jobs.size(), 1);
    }

    void oneProcessAtATimeOwnsTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.json"));
        JobSettings settings;
        settings.maxConcurrentJobs = 0;
        JobQueue first(nullptr, settings);
        QVERIFY(first.restore(path).isEmpty());
        QVERIFY(first.hasStore());
        first.enqueue({ sampleJob(dir.path(), JobState::Queued) });

        JobQueue second(nullptr, settings);
        const QString problem = second.restore(path);
        QVERIFY2(problem.contains(QLatin1String("in use by another D360 Exporter")),
                 qPrintable(problem));
        QVERIFY(problem.contains(QString::number(QCoreApplication::applicationPid())));
        QVERIFY(!second.hasStore());
        QCOMPARE(second.count(), 0);
        second.enqueue({ sampleJob(dir.path(), JobState::Queued) });
        QueueStore check(path);
        QCOMPARE(check.load().jobs.size(), 1); // the second queue wrote nothing
    }

    // What a big queue costs in time is measured by tests/bench/jobs/
    // bench_queue_store; this holds what a writer relies on at that size:
    // one announcement for the whole batch, and every change saved.
    void tenThousandJobsAreAnnouncedOnceAndSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("queue.json"));
        JobSettings settings;
        settings.maxConcurrentJobs = 0;
        JobQueue queue(nullptr, settings);
        queue.restore(path);
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
        QueueStore check(path);
        const QList<ExportJob> saved = check.load().jobs;
        QCOMPARE(saved.size(), 10000);
        QCOMPARE(saved.last().state, JobState::Cancelled);
        QCOMPARE(saved.at(5000).state, JobState::Queued);
    }
};

QTEST_GUILESS_MAIN(QueueStoreTest)
#include "tst_queue_store.moc"
