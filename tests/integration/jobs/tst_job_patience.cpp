// How long a job rides out trouble, and who resumes a cut download: the job
// alone (JobRunner), with one patience clock that the API client's own
// quick retries count against, and one backoff. Checked on what the job
// reports and on what the sandbox received (how many requests, which byte
// ranges), never on how long something took: a shared machine may be slow,
// and a lower bound is all a clock can honestly say.
#include "JobTestSupport.h"
#include "core/api/ApiClient.h"
#include "core/jobs/ExportJob.h"
#include "core/jobs/JobQueue.h"
#include "core/jobs/QueueStore.h"
#include "sandbox/SandboxServer.h"
#include "support/SavedQueue.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace d360;
using namespace d360::jobs;

namespace {

// A sandbox, a client and a queue whose one job is past its start, with an
// export the server knows: the job begins by asking for the export's status
// (a fresh link), as after a restart.
struct Rig
{
    Rig(const sandbox::SandboxOptions &options, const api::ApiSettings &clientSettings,
        const JobSettings &jobSettings)
        : server(options)
        , settings(jobSettings)
    {
        started = server.start();
        QString problem;
        client = std::make_unique<api::ApiClient>(
            *api::ServerAddress::custom(server.baseUrl(), &problem),
            api::Credential(server.apiKey()), clientSettings);
    }

    // Starts the export through the API, then runs it as a saved job of a
    // fresh queue to the end of its batch. False when anything failed first.
    bool runSavedJob(int timeoutMs = 30000)
    {
        const test::DemoTarget acme = test::acmeProject(server);
        const auto exported
            = D360_AWAIT(client->startExport({ acme.projectId, acme.versionIds.at(0),
                                               QStringLiteral("en"), api::ExportFormat::Pdf }));
        if (!exported.error.isNull())
            return false;
        ExportJob job = ExportJob::create();
        job.batchId = QUuid::createUuid();
        job.projectId = acme.projectId;
        job.versionId = acme.versionIds.at(0);
        job.languageCode = QStringLiteral("en");
        job.format = api::ExportFormat::Pdf;
        job.outputFolder = out.path();
        job.fileName = QStringLiteral("export.pdf");
        job.finalPath = out.filePath(job.fileName);
        job.partPath = job.finalPath + QStringLiteral(".part");
        job.exportId = exported.result.id;
        job.state = JobState::Downloading;
        const QString stateFile = data.filePath(QStringLiteral("state.sqlite"));
        QString problem;
        if (!test::saveQueue(stateFile, { job }, &problem))
            return false;
        // Only now the trouble: the export itself was started cleanly.
        server.setFaults(faults);
        before = server.statistics();
        api::ApiClient *raw = client.get();
        queue = std::make_unique<JobQueue>([raw](const QString &) { return raw; }, settings);
        QSignalSpy finished(queue.get(), &JobQueue::batchFinished);
        clock.start();
        queue->restore(stateFile, QueueStore::windowQueueName());
        if (!finished.wait(timeoutMs))
            return false;
        result = *queue->find(job.id);
        return true;
    }

    // Destroyed in this order: the queue's runners hold calls of the client.
    sandbox::SandboxServer server;
    bool started = false;
    JobSettings settings;
    sandbox::SandboxFaults faults;
    QTemporaryDir out;
    QTemporaryDir data;
    std::unique_ptr<api::ApiClient> client;
    std::unique_ptr<JobQueue> queue;
    sandbox::SandboxStatistics before;
    QElapsedTimer clock;
    ExportJob result;
};

} // namespace

class JobPatienceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theClientsOwnRetriesCountAgainstThePatience()
    {
        // One status request retried three times waits at least
        // 300 + 600 + 1200 ms (400 ms doubling, minus the jitter's 25 %):
        // longer than the job's whole patience.
        api::ApiSettings clientSettings = test::fastClientSettings();
        clientSettings.retry.maxRetries = 3;
        clientSettings.retry.baseDelay = std::chrono::milliseconds(400);
        clientSettings.retry.maxDelay = std::chrono::milliseconds(4000);
        JobSettings jobSettings = test::fastJobSettings();
        jobSettings.networkPatience = std::chrono::milliseconds(1000);
        Rig rig(test::quickSandboxOptions(), clientSettings, jobSettings);
        QVERIFY(rig.started);
        rig.faults.serverErrorBurst = 1000; // every API request answers 503

        QVERIFY(rig.runSavedJob());
        QCOMPARE(rig.result.state, JobState::Failed);
        QCOMPARE(rig.result.errorKind, api::ApiError::Kind::ServerError);
        // The job gave up when that one request did: its patience was spent
        // within the client's retries. A clock that started only after them
        // would have tried again (8 requests or more).
        const int requests = rig.server.statistics().apiRequests - rig.before.apiRequests;
        QCOMPARE(requests, clientSettings.retry.maxRetries + 1);
        QCOMPARE(rig.server.statistics().storageRequests, rig.before.storageRequests);
    }

    void aJobTriesAgainUntilItsPatienceIsSpent()
    {
        // No retries in the client: the waiting is all the job's.
        api::ApiSettings clientSettings = test::fastClientSettings();
        clientSettings.retry.maxRetries = 0;
        JobSettings jobSettings = test::fastJobSettings();
        jobSettings.networkPatience = std::chrono::milliseconds(800);
        jobSettings.retryFirst = std::chrono::milliseconds(40);
        jobSettings.retryCap = std::chrono::milliseconds(160);
        Rig rig(test::quickSandboxOptions(), clientSettings, jobSettings);
        QVERIFY(rig.started);
        rig.faults.serverErrorBurst = 1000;

        QVERIFY(rig.runSavedJob());
        QCOMPARE(rig.result.state, JobState::Failed);
        QCOMPARE(rig.result.errorKind, api::ApiError::Kind::ServerError);
        QVERIFY2(rig.result.errorMessage.contains(QLatin1String("503")),
                 qPrintable(rig.result.errorMessage));
        // Not before its patience was spent, and not for want of trying.
        QVERIFY(rig.clock.elapsed() >= jobSettings.networkPatience.count());
        const int requests = rig.server.statistics().apiRequests - rig.before.apiRequests;
        QVERIFY2(requests >= 3, qPrintable(QString::number(requests)));
    }

    void theJobResumesACutDownloadFromWhereItStood()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.exportPaddingBytes = 1024 * 1024;
        Rig rig(options, test::fastClientSettings(), test::fastJobSettings());
        QVERIFY(rig.started);
        const qint64 cutAfter = 300 * 1024;
        rig.faults.cutDownloadAfterBytes = cutAfter;
        rig.faults.cutDownloads = 3;

        QVERIFY(rig.runSavedJob());
        QVERIFY2(rig.result.state == JobState::Completed, qPrintable(rig.result.errorMessage));
        QCOMPARE(rig.result.sha256Hex, rig.server.exportSha256(rig.result.exportId));
        QCOMPARE(test::sha256OfFile(rig.result.finalPath), rig.result.sha256Hex);
        // Each resume asked for the rest, from the bytes on disk, never from
        // further back. (A request may show up twice: after a cut, Qt's HTTP
        // stack may send the last request again on its own.)
        const QList<qint64> asked
            = rig.server.statistics().rangeOffsetsAsked.mid(rig.before.rangeOffsetsAsked.size());
        QList<qint64> resumedFrom;
        for (qint64 offset : asked) {
            if (offset > 0)
                resumedFrom.append(offset);
        }
        QVERIFY2(!resumedFrom.isEmpty(), "the cut download was never resumed");
        for (qsizetype i = 0; i < resumedFrom.size(); ++i) {
            QCOMPARE(resumedFrom.at(i) % cutAfter, 0);
            if (i > 0)
                QVERIFY(resumedFrom.at(i) >= resumedFrom.at(i - 1)); // never back
        }
        // No body went to its end twice: the whole file was never sent again.
        QTRY_COMPARE(rig.server.statistics().downloadsCompleted, rig.before.downloadsCompleted + 1);
    }

    void aDownloadThatGetsNowhereGivesUpAfterThePatience()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.exportPaddingBytes = 256 * 1024;
        JobSettings jobSettings = test::fastJobSettings();
        jobSettings.networkPatience = std::chrono::milliseconds(600);
        Rig rig(options, test::fastClientSettings(), jobSettings);
        QVERIFY(rig.started);
        rig.faults.cutDownloadAfterBytes = 0; // every body breaks off at once
        rig.faults.cutDownloads = 100000;

        QVERIFY(rig.runSavedJob());
        QCOMPARE(rig.result.state, JobState::Failed);
        QCOMPARE(rig.result.errorKind, api::ApiError::Kind::ConnectionLost);
        QVERIFY(rig.clock.elapsed() >= jobSettings.networkPatience.count());
        // Each try asked from byte 0: nothing ever arrived.
        const QList<qint64> asked
            = rig.server.statistics().rangeOffsetsAsked.mid(rig.before.rangeOffsetsAsked.size());
        QVERIFY2(asked.size() >= 2, qPrintable(QString::number(asked.size())));
        QCOMPARE(asked.count(0), asked.size());
        QVERIFY(test::partFilesIn(rig.out.path()).isEmpty());
    }
};

QTEST_MAIN(JobPatienceTest)
#include "tst_job_patience.moc"
