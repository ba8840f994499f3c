// The export queue against the sandbox, faults on: what a technical writer
// would find in the output folder after a batch (every file, each with the
// SHA-256 the server built), and what a job says when something went wrong.
// The sandbox runs in-process (it builds PDFs, hence QTEST_MAIN and a
// QGuiApplication); every wait is on a signal or a condition, never a sleep.
#include "JobTestSupport.h"
#include "core/api/ApiClient.h"
#include "core/jobs/BatchPlanner.h"
#include "core/jobs/JobQueue.h"
#include "core/jobs/QueueStore.h"
#include "core/jobs/ZipExtractor.h"
#include "sandbox/SandboxServer.h"
#include "support/SavedQueue.h"
#include "support/SessionTestSupport.h"
#include "support/SmallDisk.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace d360;
using namespace d360::jobs;
using test::fastClientSettings;
using test::fastJobSettings;

namespace {

// The window's wiring (ExportSession) on an account of the sandbox that
// lives in memory only: the jobs ask the account's client from the pool,
// and a refused token holds them, as in the program.
struct Rig
{
    explicit Rig(const sandbox::SandboxOptions &options = test::quickSandboxOptions(),
                 JobSettings settings = fastJobSettings())
        : server(options)
        , session(test::exportSessionOptions(home, fastClientSettings(), settings))
        , queue(session.queue())
    {
        if (!server.start())
            return;
        accountId = test::addSessionOnlyAccount(session, server.baseUrl(), server.apiKey());
        client = session.clients()->client(accountId);
        started = client != nullptr;
    }

    QList<ExportJob> plan(BatchSelection selection)
    {
        selection.accountId = accountId;
        BatchPlanner planner(client, std::move(selection));
        QSignalSpy done(&planner, &BatchPlanner::finished);
        planner.start();
        if (!done.wait(20000))
            return {};
        planError = planner.error();
        return planner.jobs();
    }

    // Runs the jobs to the end of their batch.
    bool runToEnd(const QList<ExportJob> &jobs, int timeoutMs = 60000)
    {
        if (jobs.isEmpty())
            return false;
        QSignalSpy finished(queue, &JobQueue::batchFinished);
        queue->enqueue(jobs);
        return finished.wait(timeoutMs);
    }

    // A second queue that takes job up as a queue file saved it, run to the
    // end of its batch; null when it did not end in time.
    std::unique_ptr<JobQueue> resumeSaved(const ExportJob &job, const QString &stateFile,
                                          int timeoutMs = 20000)
    {
        QString problem;
        if (!test::saveQueue(stateFile, { job }, &problem))
            return {};
        auth::ClientPool *clients = session.clients();
        auto resumed = std::make_unique<JobQueue>(
            [clients](const QString &id) { return clients->client(id); }, fastJobSettings());
        QSignalSpy finished(resumed.get(), &JobQueue::batchFinished);
        resumed->restore(stateFile, QueueStore::windowQueueName());
        if (!finished.wait(timeoutMs))
            return {};
        return resumed;
    }

    QTemporaryDir home;
    // Destroyed in this order: the session's queue holds calls of the
    // account's client, which talks to the server.
    sandbox::SandboxServer server;
    ExportSession session;
    JobQueue *queue;
    QString accountId;
    api::ApiClient *client = nullptr;
    bool started = false;
    api::ApiError planError;
};

BatchSelection selectionFor(const test::DemoTarget &target, const QString &folder)
{
    BatchSelection selection;
    selection.projectId = target.projectId;
    selection.versionIds = { target.versionIds.at(0) };
    selection.languageCodes = { QStringLiteral("en") };
    selection.outputFolder = folder;
    return selection;
}

} // namespace

class ExportJobsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aBatchOf24CompletesUnderFaults()
    {
        Rig rig;
        QVERIFY(rig.started);
        QTemporaryDir out;
        const test::DemoTarget acme = test::acmeProject(rig.server);

        // v1.0 has 3 languages and v2.0 has 5: 8 x 3 formats = 24 exports.
        BatchSelection selection = selectionFor(acme, out.path());
        selection.versionIds = { acme.versionIds.at(0) };
        selection.includeDefaultVersion = true; // v2.0
        selection.languageCodes.clear();
        selection.allLanguages = true;
        selection.formats
            = { api::ExportFormat::Pdf, api::ExportFormat::Html, api::ExportFormat::Markdown };
        const QList<ExportJob> planned = rig.plan(selection);
        QVERIFY2(rig.planError.isNull(), qPrintable(rig.planError.displayText()));
        QCOMPARE(planned.size(), 24);

        // Now the storm, once the batch is planned (planning is one request
        // a person repeats; the jobs are what must ride it out).
        sandbox::SandboxFaults faults;
        faults.rateLimitBurst = 3; // 429s, Retry-After 1 s
        faults.retryAfterSeconds = 1;
        faults.serverErrorBurst = 4; // 503s, before the API runs
        faults.serverErrorShare = 0.15; // and then 500/502/503/504 at random
        faults.cutDownloadAfterBytes = 3000;
        faults.cutDownloads = 6; // six downloads break off and resume
        rig.server.setFaults(faults);

        QVERIFY(rig.runToEnd(planned, 90000));
        QSet<QString> files;
        for (int row = 0; row < rig.queue->count(); ++row) {
            const ExportJob &job = rig.queue->at(row);
            if (job.state == JobState::Failed) {
                // A start answered 500, 502 or 504 may have reached the
                // server: the job stops with the server's word and trace id,
                // and the user retries it. Anything else is a bug.
                QCOMPARE(job.errorKind, api::ApiError::Kind::ServerError);
                QVERIFY(job.exportId.isEmpty());
                QVERIFY(!job.traceId.isEmpty());
                QVERIFY(job.errorMessage.contains(QLatin1String("server error")));
            }
        }
        // Retry what failed, with the storm over, as the user would.
        rig.server.setFaults({});
        QSignalSpy finished(rig.queue, &JobQueue::batchFinished);
        bool retried = false;
        for (int row = 0; row < rig.queue->count(); ++row) {
            if (rig.queue->at(row).state == JobState::Failed)
                retried = rig.queue->retry(rig.queue->at(row).id) || retried;
        }
        if (retried)
            QVERIFY(finished.wait(60000));

        for (int row = 0; row < rig.queue->count(); ++row) {
            const ExportJob &job = rig.queue->at(row);
            QCOMPARE(job.state, JobState::Completed);
            QVERIFY(QFileInfo::exists(job.finalPath));
            QCOMPARE(QFileInfo(job.finalPath).size(), job.bytesDone);
            const QByteArray expected = rig.server.exportSha256(job.exportId);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(job.sha256Hex, expected);
            QCOMPARE(test::sha256OfFile(job.finalPath), expected);
            QVERIFY(!job.requestId.isEmpty());
            files.insert(job.finalPath);
        }
        QCOMPARE(files.size(), 24);
        QVERIFY2(test::everythingIn(out.path()).size() == 24,
                 qPrintable(test::everythingIn(out.path()).join(QLatin1Char('\n'))));
        QVERIFY(test::partFilesIn(out.path()).isEmpty());
        // HTML and Markdown are both ZIPs: the names say which is which.
        const QStringList names = test::everythingIn(out.path());
        QVERIFY2(names.contains(QStringLiteral("Acme Cloud Handbook-v2.0-ja-markdown.zip")),
                 qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(names.contains(QStringLiteral("Acme Cloud Handbook-v2.0-ja-html.zip")));
        QVERIFY(names.contains(QStringLiteral("Acme Cloud Handbook-v1.0-de.pdf")));
        const sandbox::SandboxStatistics statistics = rig.server.statistics();
        QCOMPARE(statistics.storageRequestsWithCredential, 0);
        QVERIFY(statistics.tooManyRequestsSent >= 3);
        // One export per job; a start that failed is retried only by the user.
        QVERIFY2(statistics.exportsStarted >= 24,
                 qPrintable(QString::number(statistics.exportsStarted)));
    }

    void aConnectionCutAt40PercentResumes()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.exportPaddingBytes = 2 * 1024 * 1024;
        Rig rig(options);
        QVERIFY(rig.started);
        QTemporaryDir out;
        const test::DemoTarget acme = test::acmeProject(rig.server);

        // First learn the file's size, then cut the same export at 40 %.
        QList<ExportJob> first = rig.plan(selectionFor(acme, out.path()));
        QVERIFY(rig.runToEnd(first));
        const ExportJob &measured = rig.queue->at(0);
        QCOMPARE(measured.state, JobState::Completed);
        const qint64 size = measured.bytesDone;
        QVERIFY(size > 2 * 1024 * 1024);

        // The server counts a body as complete when its stream ends, which
        // can be a moment after the client has it all.
        QTRY_COMPARE(rig.server.statistics().downloadsCompleted, 1);

        sandbox::SandboxFaults faults;
        const qint64 cutAt = size * 40 / 100;
        faults.cutDownloadAfterBytes = cutAt;
        faults.cutDownloads = 1;
        rig.server.setFaults(faults);
        const qsizetype askedBefore = rig.server.statistics().rangeOffsetsAsked.size();
        QVERIFY(rig.runToEnd(rig.plan(selectionFor(acme, out.path()))));
        const ExportJob &job = rig.queue->at(1);
        QCOMPARE(job.state, JobState::Completed);
        QCOMPARE(job.sha256Hex, rig.server.exportSha256(job.exportId));
        QCOMPARE(test::sha256OfFile(job.finalPath), job.sha256Hex);
        // Never silently over the first file: a numbered name.
        QCOMPARE(QFileInfo(job.finalPath).fileName(),
                 QStringLiteral("Acme Cloud Handbook-v1.0-en (2).pdf"));
        // Resumed from the cut: the client asked for the rest with a Range,
        // and no body went to its end twice (one whole file before, one
        // remainder now). Bytes the server put into its socket are no
        // measure: after a cut, Qt's HTTP stack may send the first request
        // again on its own, and the abort that follows reaches the server
        // only after it has filled its socket buffer.
        const QList<qint64> asked = rig.server.statistics().rangeOffsetsAsked.mid(askedBefore);
        QVERIFY2(asked.contains(cutAt), qPrintable(QString::number(asked.size())));
        QTRY_COMPARE(rig.server.statistics().downloadsCompleted, 2);
        QVERIFY(test::partFilesIn(out.path()).isEmpty());
    }

    void anExportTheServerFailsEndsFailedWithItsMessage()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.faults.failExports = 1;
        Rig rig(options);
        QVERIFY(rig.started);
        QTemporaryDir out;
        QVERIFY(rig.runToEnd(rig.plan(selectionFor(test::acmeProject(rig.server), out.path()))));
        const ExportJob &job = rig.queue->at(0);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.errorKind, api::ApiError::Kind::ExportFailed);
        QVERIFY2(job.errorMessage.contains(QLatin1String("rendering stopped at article 2")),
                 qPrintable(job.errorMessage));
        QVERIFY(!job.traceId.isEmpty());
        QVERIFY(!job.exportId.isEmpty());
        QVERIFY(job.finishedAt.isValid());
        QVERIFY(test::everythingIn(out.path()).isEmpty());
    }

    void anExpiredLinkIsRefreshed()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        // Signed links carry whole seconds: this one lives 1 to 2 s.
        options.downloadLinkLifetimeSeconds = 1;
        options.exportPaddingBytes = 800 * 1024;
        // About 3.5 s for the file; cut at 2.25 s, by when the link has expired.
        options.faults.downloadBytesPerSecond = 240 * 1024;
        Rig rig(options);
        QVERIFY(rig.started);
        QTemporaryDir out;
        const test::DemoTarget acme = test::acmeProject(rig.server);
        sandbox::SandboxFaults faults = options.faults;
        faults.cutDownloadAfterBytes = 540 * 1024;
        faults.cutDownloads = 1;
        rig.server.setFaults(faults);

        QVERIFY(rig.runToEnd(rig.plan(selectionFor(acme, out.path())), 30000));
        const ExportJob &job = rig.queue->at(0);
        QVERIFY2(job.state == JobState::Completed, qPrintable(job.errorMessage));
        QCOMPARE(job.sha256Hex, rig.server.exportSha256(job.exportId));
        QCOMPARE(test::sha256OfFile(job.finalPath), job.sha256Hex);
        // Storage refused the link once it had expired; the job asked for a
        // fresh one and went on.
        QVERIFY(rig.server.statistics().expiredLinksRefused >= 1);
        QCOMPARE(test::everythingIn(out.path()),
                 QStringList { QFileInfo(job.finalPath).fileName() });
    }

    void aFullDiskKeepsThePartAndARetryContinuesIt()
    {
        D360_REQUIRE_SMALL_DISK(disk, 1536 * 1024);
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.exportPaddingBytes = 2 * 1024 * 1024;
        Rig rig(options);
        QVERIFY(rig.started);
        const test::DemoTarget acme = test::acmeProject(rig.server);

        QVERIFY(rig.runToEnd(rig.plan(selectionFor(acme, disk.path())), 30000));
        const ExportJob failed = rig.queue->at(0);
        QCOMPARE(failed.state, JobState::Failed);
        QVERIFY2(failed.errorMessage.contains(QLatin1String("the disk is full")),
                 qPrintable(failed.errorMessage));
        const qint64 kept = QFileInfo(failed.partPath).size();
        QVERIFY2(kept > 1024 * 1024, qPrintable(QString::number(kept)));
        QVERIFY(!QFileInfo::exists(failed.finalPath));
        // The body the full disk cut short is counted when the server sees
        // the client gone, which may be after the job failed.
        QTRY_COMPARE_WITH_TIMEOUT(rig.server.statistics().downloadsInFlight, 0, 10000);
        const sandbox::SandboxStatistics before = rig.server.statistics();

        // The writer makes room; the retry asks only for what is missing,
        // from the export the server already built.
        QVERIFY(disk.resize(8 * 1024 * 1024));
        QSignalSpy finished(rig.queue, &JobQueue::batchFinished);
        QVERIFY(rig.queue->retry(failed.id));
        QVERIFY(finished.wait(30000));
        const ExportJob done = rig.queue->at(0);
        QVERIFY2(done.state == JobState::Completed, qPrintable(done.errorMessage));
        QCOMPARE(done.exportId, failed.exportId);
        QCOMPARE(done.sha256Hex, rig.server.exportSha256(done.exportId));
        QCOMPARE(test::sha256OfFile(done.finalPath), done.sha256Hex);
        const sandbox::SandboxStatistics after = rig.server.statistics();
        QCOMPARE(after.exportsStarted, before.exportsStarted);
        QVERIFY2(after.bytesServed - before.bytesServed <= done.bytesTotal - kept,
                 qPrintable(QStringLiteral("%1 bytes sent again for %2 missing")
                                .arg(after.bytesServed - before.bytesServed)
                                .arg(done.bytesTotal - kept)));
        QVERIFY(!QFileInfo::exists(failed.partPath));
    }

    void cancelDeletesThePartFileAndRetryStartsOver()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.exportPaddingBytes = 1024 * 1024;
        options.faults.downloadBytesPerSecond = 256 * 1024;
        Rig rig(options);
        QVERIFY(rig.started);
        QTemporaryDir out;
        QList<ExportJob> planned
            = rig.plan(selectionFor(test::acmeProject(rig.server), out.path()));
        QCOMPARE(planned.size(), 1);
        QSignalSpy finished(rig.queue, &JobQueue::batchFinished);
        const QUuid id = rig.queue->enqueue(planned).first();
        QTRY_VERIFY_WITH_TIMEOUT(rig.queue->find(id)->bytesDone > 100 * 1024, 20000);
        const QString part = rig.queue->find(id)->partPath;
        QVERIFY(QFileInfo::exists(part));

        QVERIFY(rig.queue->cancel(id));
        QCOMPARE(rig.queue->find(id)->state, JobState::Cancelled);
        QVERIFY(!QFileInfo::exists(part));
        QVERIFY(test::everythingIn(out.path()).isEmpty());
        QCOMPARE(finished.count(), 1);
        QVERIFY(!rig.queue->cancel(id));

        rig.server.setFaults({});
        QVERIFY(rig.queue->retry(id));
        QCOMPARE(rig.queue->find(id)->state, JobState::Queued);
        QVERIFY(finished.wait(20000));
        const ExportJob &job = *rig.queue->find(id);
        QCOMPARE(job.state, JobState::Completed);
        QCOMPARE(test::sha256OfFile(job.finalPath), rig.server.exportSha256(job.exportId));
        QCOMPARE(test::everythingIn(out.path()),
                 QStringList { QFileInfo(job.finalPath).fileName() });

        // Removing a finished job forgets it and keeps its file.
        QVERIFY(rig.queue->remove(id));
        QCOMPARE(rig.queue->count(), 0);
        QVERIFY(QFileInfo::exists(job.finalPath));
    }

    void aRestartResumesThePartFileAndThePolling()
    {
        QTemporaryDir out;
        QTemporaryDir data;
        const QString stateFile = data.filePath(QStringLiteral("state.sqlite"));
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.exportPaddingBytes = 1024 * 1024;
        options.faults.downloadBytesPerSecond = 512 * 1024;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        QString problem;
        api::ApiClient client(*api::ServerAddress::custom(server.baseUrl(), &problem),
                              api::Credential(server.apiKey()), fastClientSettings());
        const test::DemoTarget acme = test::acmeProject(server);
        const auto provider = [&client](const QString &) {
            return &client;
        };

        BatchSelection selection = selectionFor(acme, out.path());
        selection.languageCodes = { QStringLiteral("en"), QStringLiteral("de") };
        QList<ExportJob> planned;
        {
            BatchPlanner planner(&client, selection);
            QSignalSpy done(&planner, &BatchPlanner::finished);
            planner.start();
            QVERIFY(done.wait(20000));
            planned = planner.jobs();
        }
        QCOMPARE(planned.size(), 2);
        QUuid downloading;
        {
            JobSettings settings = fastJobSettings();
            settings.maxConcurrentJobs = 1; // the second job waits in the queue
            JobQueue first(provider, settings);
            first.restore(stateFile, QueueStore::windowQueueName());
            downloading = first.enqueue(planned).first();
            QTRY_VERIFY_WITH_TIMEOUT(first.find(downloading)->bytesDone > 300 * 1024, 20000);
            // The queue goes away as at a shutdown: nothing is cancelled.
        }
        const QList<ExportJob> saved = test::savedQueue(stateFile);
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).state, JobState::Downloading);
        QVERIFY(!saved.at(0).etag.isEmpty());
        QCOMPARE(saved.at(1).state, JobState::Queued);
        const qint64 keptBytes = QFileInfo(saved.at(0).partPath).size();
        QVERIFY(keptBytes > 300 * 1024);
        const qsizetype askedBefore = server.statistics().rangeOffsetsAsked.size();

        // Storage now ignores ranges: the resumed download starts over from
        // byte 0, and so must its checksum.
        sandbox::SandboxFaults faults;
        faults.ignoreRange = true;
        server.setFaults(faults);
        JobQueue second(provider, fastJobSettings());
        QSignalSpy finished(&second, &JobQueue::batchFinished);
        QVERIFY(second.restore(stateFile, QueueStore::windowQueueName()).isEmpty());
        QVERIFY(finished.wait(20000));
        for (int row = 0; row < second.count(); ++row) {
            const ExportJob &job = second.at(row);
            QCOMPARE(job.state, JobState::Completed);
            QCOMPARE(test::sha256OfFile(job.finalPath), server.exportSha256(job.exportId));
        }
        // The download asked to go on from the bytes on disk (a Range request
        // from there), and the waiting job started its export once.
        const QList<qint64> asked = server.statistics().rangeOffsetsAsked.mid(askedBefore);
        QVERIFY(asked.contains(keptBytes));
        QCOMPARE(server.statistics().exportsStarted, 2);
        QVERIFY(test::partFilesIn(out.path()).isEmpty());
    }

    void aCheckedPartIsPutInPlaceWithoutDownloadingAgain()
    {
        Rig rig;
        QVERIFY(rig.started);
        QTemporaryDir out, data;
        QVERIFY(rig.runToEnd(rig.plan(selectionFor(test::acmeProject(rig.server), out.path()))));
        // As if killed between checking the download and renaming it: the
        // saved job has its hash, the file is still the .part.
        ExportJob job = rig.queue->at(0);
        QCOMPARE(job.state, JobState::Completed);
        QVERIFY(QFile::rename(job.finalPath, job.partPath));
        job.state = JobState::Downloading;
        const int storageBefore = rig.server.statistics().storageRequests;
        const std::unique_ptr<JobQueue> resumed
            = rig.resumeSaved(job, data.filePath(QStringLiteral("state.sqlite")), 10000);
        QVERIFY(resumed);
        QCOMPARE(resumed->at(0).state, JobState::Completed);
        QCOMPARE(resumed->at(0).finalPath, job.finalPath);
        QCOMPARE(test::sha256OfFile(job.finalPath), job.sha256Hex);
        QVERIFY(!QFileInfo::exists(job.partPath));
        QCOMPARE(rig.server.statistics().storageRequests, storageBefore);
    }

    void aSymlinkPlantedAtTheExtractionFolderIsNotTakenForIt()
    {
        Rig rig;
        QVERIFY(rig.started);
        QTemporaryDir out, data, elsewhere;
        BatchSelection selection = selectionFor(test::acmeProject(rig.server), out.path());
        selection.formats = { api::ExportFormat::Markdown };
        QVERIFY(rig.runToEnd(rig.plan(selection)));
        // As if killed after the archive was placed, before it was extracted,
        // and somebody then put a link where the folder was to go.
        ExportJob job = rig.queue->at(0);
        QCOMPARE(job.state, JobState::Completed);
        job.state = JobState::Downloading;
        job.extract = true;
        job.extractedPath = ZipExtractor::folderFor(job.finalPath);
        QVERIFY(QFile::link(elsewhere.path(), job.extractedPath));

        const std::unique_ptr<JobQueue> resumed
            = rig.resumeSaved(job, data.filePath(QStringLiteral("state.sqlite")));
        QVERIFY(resumed);
        const ExportJob done = resumed->at(0);
        QVERIFY2(done.state == JobState::Completed, qPrintable(done.errorMessage));
        QVERIFY2(done.extractedPath != job.extractedPath, qPrintable(done.extractedPath));
        QVERIFY(QFileInfo(done.extractedPath).isDir()
                && !QFileInfo(done.extractedPath).isSymLink());
        QVERIFY(
            !QDir(done.extractedPath).entryList({ QStringLiteral("*.md") }, QDir::Files).isEmpty());
        QVERIFY(QFileInfo(job.extractedPath).isSymLink());
        QVERIFY(QDir(elsewhere.path()).isEmpty());
    }

    void aQueueFileWithTheOldPartNameStillResumes()
    {
        Rig rig;
        QVERIFY(rig.started);
        QTemporaryDir out, data;
        QVERIFY(rig.runToEnd(rig.plan(selectionFor(test::acmeProject(rig.server), out.path()))));
        ExportJob job = rig.queue->at(0);
        QCOMPARE(job.state, JobState::Completed);
        QVERIFY(job.partPath.endsWith(
            QStringLiteral(".%1.part").arg(job.id.toString(QUuid::Id128).left(8))));
        // As a version that named parts "<final>.part" left it: half of the
        // file downloaded, the rest to come.
        QFile whole(job.finalPath);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray firstHalf = whole.read(whole.size() / 2);
        whole.close();
        QVERIFY(whole.remove());
        job.partPath = job.finalPath + QStringLiteral(".part");
        QFile part(job.partPath);
        QVERIFY(part.open(QIODevice::WriteOnly));
        QCOMPARE(part.write(firstHalf), firstHalf.size());
        part.close();
        job.state = JobState::Downloading;
        job.sha256Hex.clear();
        job.bytesDone = firstHalf.size();
        QVERIFY(!job.etag.isEmpty());
        const qint64 servedBefore = rig.server.statistics().bytesServed;
        const std::unique_ptr<JobQueue> resumed
            = rig.resumeSaved(job, data.filePath(QStringLiteral("state.sqlite")));
        QVERIFY(resumed);
        QCOMPARE(resumed->at(0).state, JobState::Completed);
        QCOMPARE(resumed->at(0).finalPath, job.finalPath);
        QCOMPARE(test::sha256OfFile(job.finalPath), rig.server.exportSha256(job.exportId));
        // Only the second half came over the wire.
        QTRY_COMPARE(rig.server.statistics().bytesServed - servedBefore,
                     QFileInfo(job.finalPath).size() - firstHalf.size());
        QVERIFY(test::partFilesIn(out.path()).isEmpty());
    }

    void aJobWhoseClientGoesAwayFailsSayingSo()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.faults.holdExports = true; // Pending until the client is gone
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        QTemporaryDir out;
        QString problem;
        auto client = std::make_unique<api::ApiClient>(
            *api::ServerAddress::custom(server.baseUrl(), &problem),
            api::Credential(server.apiKey()), fastClientSettings());
        QPointer<api::ApiClient> current = client.get();
        JobQueue queue([&current](const QString &) { return current.data(); }, fastJobSettings());
        QList<ExportJob> planned;
        {
            BatchPlanner planner(client.get(), selectionFor(test::acmeProject(server), out.path()));
            QSignalSpy done(&planner, &BatchPlanner::finished);
            planner.start();
            QVERIFY(done.wait(10000));
            planned = planner.jobs();
        }
        QSignalSpy finished(&queue, &JobQueue::batchFinished);
        const QUuid id = queue.enqueue(planned).first();
        QTRY_COMPARE_WITH_TIMEOUT(queue.find(id)->state, JobState::Pending, 10000);
        client.reset(); // the account was removed
        QVERIFY(finished.wait(10000));
        QCOMPARE(queue.find(id)->state, JobState::Failed);
        QVERIFY2(queue.find(id)->errorMessage.contains(QLatin1String("account is not available")),
                 qPrintable(queue.find(id)->errorMessage));
    }

    void unknownIdsAreRefusedBeforeAnythingStarts()
    {
        Rig rig;
        QVERIFY(rig.started);
        QTemporaryDir out;
        BatchSelection selection = selectionFor(test::acmeProject(rig.server), out.path());
        selection.languageCodes = { QStringLiteral("en"), QStringLiteral("xx") };
        QVERIFY(rig.plan(selection).isEmpty());
        QCOMPARE(rig.planError.kind(), api::ApiError::Kind::NotFound);
        QVERIFY2(rig.planError.message().contains(QLatin1String("\"xx\"")),
                 qPrintable(rig.planError.message()));
        QVERIFY2(rig.planError.message().contains(QLatin1String("en, de, fr")),
                 qPrintable(rig.planError.message()));

        selection.languageCodes = { QStringLiteral("en") };
        selection.versionIds = { QStringLiteral("no-such-version") };
        QVERIFY(rig.plan(selection).isEmpty());
        QCOMPARE(rig.planError.kind(), api::ApiError::Kind::NotFound);
        QCOMPARE(rig.server.statistics().exportsStarted, 0);
    }

    void aRefusedTokenHoldsTheAccountsJobsInsteadOfFailingThem()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.pendingMs = 300;
        JobSettings settings = fastJobSettings();
        settings.maxConcurrentJobs = 1;
        Rig rig(options, settings);
        QVERIFY(rig.started);
        QTemporaryDir out;
        BatchSelection selection = selectionFor(test::acmeProject(rig.server), out.path());
        selection.formats = api::allExportFormats();
        const QList<ExportJob> planned = rig.plan(selection);
        QCOMPARE(planned.size(), 3);

        rig.queue->enqueue(planned);
        QTRY_VERIFY_WITH_TIMEOUT(isActiveState(rig.queue->at(0).state), 10000);
        sandbox::SandboxFaults revoked;
        revoked.tokenRevoked = true;
        rig.server.setFaults(revoked);
        // The session's own wiring: the refusal marks the account, which
        // holds its jobs.
        QTRY_VERIFY_WITH_TIMEOUT(rig.queue->isAccountHeld(rig.accountId), 10000);
        QVERIFY(rig.session.accounts()->needsAttention(rig.accountId));
        // Every job waits; none failed one by one.
        QTRY_VERIFY_WITH_TIMEOUT(rig.queue->runningCount() == 0, 10000);
        for (int row = 0; row < rig.queue->count(); ++row)
            QCOMPARE(rig.queue->at(row).state, JobState::Queued);

        // A new token (here: the old one accepted again) releases them, and
        // they run to the end.
        rig.server.setFaults({});
        QVERIFY(test::succeeds(rig.session.accounts()->replaceSecret(
            rig.accountId, auth::AccountSecret::apiToken(rig.server.apiKey()))));
        QVERIFY(!rig.queue->isAccountHeld(rig.accountId));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < rig.queue->count(); ++row) {
                    if (rig.queue->at(row).state != JobState::Completed)
                        return false;
                }
                return true;
            }(),
            30000);
        for (int row = 0; row < rig.queue->count(); ++row)
            QCOMPARE(test::sha256OfFile(rig.queue->at(row).finalPath),
                     rig.server.exportSha256(rig.queue->at(row).exportId));
    }
};

QTEST_MAIN(ExportJobsTest)
#include "tst_export_jobs.moc"
