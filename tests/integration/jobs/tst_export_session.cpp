// The window's wiring of accounts, clients and the job queue (ExportSession)
// against the sandbox and the real keychain, for what only the wiring
// decides: a saved queue is taken up only once the account's client is open,
// so a restart resumes its jobs instead of failing them; and removing an
// account under a running job fails that job, saying so, instead of leaving
// it to a client that sends nobody's credential. A preset's run gets its
// backup's manifest and its Git mirror's commit, as the window's Presets menu
// runs it. (That a refused token holds the account's jobs is
// tst_export_jobs's, on the same wiring.)
#include "JobTestSupport.h"
#include "core/jobs/BatchPlanner.h"
#include "core/jobs/JobQueue.h"
#include "core/jobs/QueueStore.h"
#include "core/mirror/GitMirror.h"
#include "core/routines/HistoryStore.h"
#include "core/routines/PresetPlanner.h"
#include "core/routines/PresetStore.h"
#include "core/routines/RunFolder.h"
#include "core/routines/RunRecorder.h"
#include "sandbox/SandboxServer.h"
#include "support/GitProcess.h"
#include "support/SavedQueue.h"
#include "support/SessionTestSupport.h"
#include "support/TestSession.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace d360;
using namespace d360::jobs;

namespace {

// The Markdown export of the demo project's first version, in English, for
// the account.
QList<ExportJob> planFor(api::ApiClient *client, const QString &accountId,
                         const sandbox::SandboxServer &server, const QString &folder)
{
    const test::DemoTarget acme = test::acmeProject(server);
    BatchSelection selection;
    selection.accountId = accountId;
    selection.projectId = acme.projectId;
    selection.versionIds = { acme.versionIds.at(0) };
    selection.languageCodes = { QStringLiteral("en") };
    selection.formats = { api::ExportFormat::Markdown };
    selection.outputFolder = folder;
    BatchPlanner planner(client, selection);
    QSignalSpy done(&planner, &BatchPlanner::finished);
    planner.start();
    if (!done.wait(20000))
        return {};
    return planner.jobs();
}

// A session with a state database and one account on the sandbox, as the
// window has it once a writer added an account, for running presets through
// it as the Presets menu does.
struct PresetRig
{
    sandbox::SandboxServer server { test::quickSandboxOptions() };
    QTemporaryDir home;
    QTemporaryDir out;
    std::unique_ptr<ExportSession> session;
    QString accountId;
    QString failure;

    bool start()
    {
        if (!server.start()) {
            failure = QStringLiteral("the sandbox did not start");
            return false;
        }
        ExportSessionOptions options
            = test::exportSessionOptions(home, test::fastClientSettings(), test::fastJobSettings());
        options.stateFile = home.filePath(QStringLiteral("state.sqlite"));
        session = std::make_unique<ExportSession>(options);
        accountId = test::addSessionOnlyAccount(*session, server.baseUrl(), server.apiKey());
        failure = !session->recorder() ? QStringLiteral("the session keeps no history")
            : accountId.isEmpty()      ? QStringLiteral("the account could not be added")
                                       : QString();
        return failure.isEmpty();
    }

    routines::Preset preset(const QString &name) const
    {
        routines::Preset made;
        made.name = name;
        made.projectId = test::acmeProject(server).projectId;
        made.versions = { QStringLiteral("default") };
        made.outputFolder = out.path();
        return made;
    }

    // Plans the preset and queues its batch; the batch's id, or a null one
    // with the failure said.
    QUuid run(const routines::Preset &preset, routines::RunRecorder::BatchContext *context)
    {
        routines::PresetPlanner planner(preset, session->clients()->client(accountId), accountId,
                                        QString());
        QSignalSpy planned(&planner, &routines::PresetPlanner::finished);
        planner.start();
        if ((planned.count() == 0 && !planned.wait(20000)) || !planner.error().isEmpty()) {
            failure = QStringLiteral("planning failed: %1").arg(planner.error());
            return {};
        }
        *context = planner.context();
        const QUuid batch = planner.jobs().first().batchId;
        session->recorder()->describeBatch(batch, planner.context());
        session->queue()->enqueue(planner.jobs());
        return batch;
    }
};

} // namespace

class ExportSessionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { D360_REQUIRE_PRIVATE_SESSION(); }

    void aSavedQueueResumesOnTheAccountsClient()
    {
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QVERIFY(server.start());
        QTemporaryDir home;
        QTemporaryDir out;
        ExportSessionOptions options
            = test::exportSessionOptions(home, test::fastClientSettings(), test::fastJobSettings());
        options.stateFile = home.filePath(QStringLiteral("state.sqlite"));

        // A first run adds an account to the keychain and leaves a job in
        // the queue file without running it, as if it ended right then.
        QString accountId;
        QList<ExportJob> planned;
        {
            ExportSession first(options);
            auth::Account draft;
            draft.label = QStringLiteral("Kept");
            QString problem;
            draft.address = *api::ServerAddress::custom(server.baseUrl(), &problem);
            auth::AccountTask *added
                = first.accounts()->add(draft, auth::AccountSecret::apiToken(server.apiKey()));
            connect(added, &auth::AccountTask::finished, this,
                    [&accountId, added] { accountId = added->account().id; });
            QVERIFY(test::succeeds(added));
            QVERIFY(test::succeeds(first.clients()->open(accountId)));
            planned = planFor(first.clients()->client(accountId), accountId, server, out.path());
            QCOMPARE(planned.size(), 1);
            QString writeProblem;
            QVERIFY2(test::saveQueue(options.stateFile, { planned.first() }, &writeProblem),
                     qPrintable(writeProblem));
        }

        // The next run: no client is open when the session starts; the job
        // must not start before the account's is.
        ExportSession next(options);
        QVERIFY(!next.clients()->client(accountId));
        QSignalSpy restored(&next, &ExportSession::queueRestored);
        QSignalSpy batchDone(next.queue(), &JobQueue::batchFinished);
        next.start();
        QVERIFY(restored.wait(15000));
        QVERIFY2(restored.first().first().toString().isEmpty(),
                 qPrintable(restored.first().first().toString()));
        QCOMPARE(next.queue()->count(), 1);
        QVERIFY(batchDone.wait(30000));
        const ExportJob &job = next.queue()->at(0);
        QVERIFY2(job.state == JobState::Completed, qPrintable(job.errorMessage));
        QCOMPARE(test::sha256OfFile(job.finalPath), server.exportSha256(job.exportId));

        QVERIFY(test::succeeds(next.accounts()->remove(accountId)));
    }

    void removingTheAccountFailsItsRunningJobSayingSo()
    {
        sandbox::SandboxOptions sandboxOptions = test::quickSandboxOptions();
        // The export is never ready: the job is still waiting for it when
        // the account goes, however slow the machine.
        sandboxOptions.pendingMs = 10 * 60 * 1000;
        sandbox::SandboxServer server(sandboxOptions);
        QVERIFY(server.start());
        QTemporaryDir home;
        QTemporaryDir out;
        ExportSession session(
            test::exportSessionOptions(home, test::fastClientSettings(), test::fastJobSettings()));
        const QString accountId
            = test::addSessionOnlyAccount(session, server.baseUrl(), server.apiKey());
        QVERIFY(!accountId.isEmpty());
        const QList<ExportJob> planned
            = planFor(session.clients()->client(accountId), accountId, server, out.path());
        QCOMPARE(planned.size(), 1);

        QSignalSpy batchDone(session.queue(), &JobQueue::batchFinished);
        const QUuid id = session.queue()->enqueue(planned).first();
        QTRY_COMPARE_WITH_TIMEOUT(session.queue()->find(id)->state, JobState::Pending, 10000);
        QVERIFY(test::succeeds(session.accounts()->remove(accountId)));
        QVERIFY(!session.clients()->client(accountId));
        QVERIFY(batchDone.wait(10000));
        const ExportJob *job = session.queue()->find(id);
        QCOMPARE(job->state, JobState::Failed);
        QVERIFY2(job->errorMessage.contains(QLatin1String("account is not available")),
                 qPrintable(job->errorMessage));
        QVERIFY(test::partFilesIn(out.path()).isEmpty());
    }

    // A backup preset run through the session, as the window's Presets menu
    // runs it: a dated run folder, and once history has the outcome, its
    // manifest, recorded in history.
    void aBackupPresetGetsItsRunFolderAndManifest()
    {
        PresetRig rig;
        QVERIFY2(rig.start(), qPrintable(rig.failure));
        routines::Preset preset = rig.preset(QStringLiteral("Nightly"));
        preset.keepRuns = 2;
        QSignalSpy checked(rig.session.get(), &ExportSession::backupChecked);
        routines::RunRecorder::BatchContext context;
        const QUuid batch = rig.run(preset, &context);
        QVERIFY2(!batch.isNull(), qPrintable(rig.failure));
        const QString runFolder = context.runFolder;
        QCOMPARE(QFileInfo(runFolder).absolutePath(), rig.out.filePath(QStringLiteral("Nightly")));
        QVERIFY(routines::RunFolder::isRunFolderName(QFileInfo(runFolder).fileName()));

        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.first().at(0).toUuid(), batch);
        const QString manifest = QDir(runFolder).filePath(QStringLiteral("manifest.json"));
        QVERIFY(QFile::exists(manifest));
        const std::optional<routines::RunRecord> run = rig.session->history()->run(batch);
        QVERIFY(run);
        QCOMPARE(run->presetName, QStringLiteral("Nightly"));
        QCOMPARE(run->manifestPath, manifest);
        QVERIFY(run->isComplete());
    }

    // A preset with a Git mirror, run through the session as the window runs
    // it: once history has the outcome, its Markdown is committed, and the
    // session says so for the status bar.
    void aPresetWithAGitMirrorIsCommittedAfterItsRun()
    {
        const QString gitMissing = test::GitProcess::missingReason();
        if (!gitMissing.isEmpty())
            QFAIL(qPrintable(gitMissing));
        PresetRig rig;
        QVERIFY2(rig.start(), qPrintable(rig.failure));
        routines::Preset preset = rig.preset(QStringLiteral("Handbook"));
        preset.languages = { QStringLiteral("en") };
        preset.formats = { QStringLiteral("markdown") };
        preset.mirrorRepository = rig.home.filePath(QStringLiteral("handbook"));
        bool created = false;
        QString problem;
        QVERIFY2(mirror::GitMirror::prepare(preset.mirrorRepository, &preset.mirrorBranch, &created,
                                            &problem),
                 qPrintable(problem));
        QVERIFY2(rig.session->presets()->save(preset, &problem), qPrintable(problem));

        QSignalSpy mirrored(rig.session.get(), &ExportSession::mirrorUpdated);
        routines::RunRecorder::BatchContext context;
        const QUuid batch = rig.run(preset, &context);
        QVERIFY2(!batch.isNull(), qPrintable(rig.failure));
        QVERIFY(mirrored.wait(30000));
        QCOMPARE(mirrored.first().at(0).toUuid(), batch);
        QVERIFY2(!mirrored.first().at(2).toBool(), qPrintable(mirrored.first().at(1).toString()));
        QVERIFY2(mirrored.first().at(1).toString().startsWith(QStringLiteral("Committed")),
                 qPrintable(mirrored.first().at(1).toString()));
        const test::GitProcess git(preset.mirrorRepository, rig.home.path());
        QCOMPARE(git.commitCount(), 1);
        QVERIFY(git.output({ "log", "-1", "--format=%s" })
                    .startsWith(QStringLiteral("Acme Cloud Handbook v2.0 en: 3 articles added")));
    }
};

QTEST_MAIN(ExportSessionTest)
#include "tst_export_session.moc"
