// Presets and history as the state database keeps them: a preset survives
// the round trip (and the JSON shared with colleagues carries no timestamps
// and no secret), names are unique whatever their case, and every batch of a
// queue becomes a run in history, recorded before it is announced, with each
// planned file's outcome, and recorded again, not twice, when it finishes
// again after a retry.
#include "core/jobs/JobQueue.h"
#include "core/jobs/QueueStore.h"
#include "core/routines/HistoryStore.h"
#include "core/routines/PresetStore.h"
#include "core/routines/RunRecorder.h"
#include "core/state/StateDatabase.h"
#include "support/JobSamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace d360;
using namespace d360::routines;
using d360::test::sampleJob;

namespace {

Preset nightly()
{
    Preset preset;
    preset.name = QStringLiteral("Nightly backup");
    preset.accountName = QStringLiteral("Acme");
    preset.projectId = QStringLiteral("p-1");
    preset.versions = { QStringLiteral("default"), QStringLiteral("v-2") };
    preset.languages = { QStringLiteral("all") };
    preset.formats = { QStringLiteral("pdf"), QStringLiteral("markdown") };
    preset.outputFolder = QStringLiteral("/srv/backups");
    preset.fileNamePattern = QStringLiteral("{project}-{lang}.{ext}");
    preset.extract = true;
    preset.parallel = 2;
    preset.keepRuns = 7;
    return preset;
}

} // namespace

class PresetsHistoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        QString problem;
        m_database = state::StateDatabase::open(m_folder->filePath(QStringLiteral("state.sqlite")),
                                                &problem);
        QVERIFY2(m_database, qPrintable(problem));
    }

    void cleanup()
    {
        m_database.reset();
        m_folder.reset();
    }

    void aPresetSurvivesTheRoundTrip()
    {
        const Preset preset = nightly();
        QString problem;
        const std::optional<Preset> back = Preset::fromJson(preset.toJson(), &problem);
        QVERIFY2(back, qPrintable(problem));
        QCOMPARE(back->toJson(), preset.toJson());
        const jobs::BatchSelection selection = back->selection();
        QVERIFY(selection.includeDefaultVersion);
        QCOMPARE(selection.versionIds, QStringList { QStringLiteral("v-2") });
        QVERIFY(selection.allLanguages);
        QCOMPARE(
            selection.formats,
            (QList<api::ExportFormat> { api::ExportFormat::Pdf, api::ExportFormat::Markdown }));
        QVERIFY(selection.extract);

        // Shared with a colleague: the same preset, without its timestamps.
        Preset saved = preset;
        saved.createdAt = QDateTime::currentDateTimeUtc();
        const QByteArray shared = saved.toSharedJson();
        QVERIFY(!shared.contains("created"));
        const std::optional<Preset> imported = Preset::fromSharedJson(shared, &problem);
        QVERIFY2(imported, qPrintable(problem));
        QCOMPARE(imported->toJson(), preset.toJson());
    }

    // A writer reads a preset by the names the window knew when it was
    // saved; ids stand in only for what was never named (the command line
    // saves without asking the server).
    void aPresetIsDescribedByItsNamesWhereItKnowsThem()
    {
        Preset preset = nightly();
        QCOMPARE(preset.summary(),
                 QStringLiteral("p-1 / default, v-2 / all languages / PDF, Markdown"));
        preset.projectName = QStringLiteral("Acme Cloud Handbook");
        preset.versionNames.insert(QStringLiteral("v-2"), QStringLiteral("v2.0"));
        QCOMPARE(preset.summary(),
                 QStringLiteral("Acme Cloud Handbook / default, v2.0 / all languages / PDF, "
                                "Markdown"));
        QString problem;
        const std::optional<Preset> back = Preset::fromSharedJson(preset.toSharedJson(), &problem);
        QVERIFY2(back, qPrintable(problem));
        QCOMPARE(back->projectName, preset.projectName);
        QCOMPARE(back->versionNames, preset.versionNames);
        QCOMPARE(back->summary(), preset.summary());
        QVERIFY(!Preset::fromJson(QJsonObject { { "name", "x" },
                                                { "project", "p" },
                                                { "versions", QJsonArray { "v" } },
                                                { "version_names", QJsonObject { { "v", 2 } } },
                                                { "out", "/o" } },
                                  &problem));
        QVERIFY2(problem.contains(QLatin1String("version_names")), qPrintable(problem));
    }

    void aBrokenPresetSaysWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("{") << "not JSON";
        QTest::newRow("another file") << QByteArray("{\"format\":\"x\"}") << "not a preset file";
        QTest::newRow("newer") << QByteArray("{\"format\":\"d360-exporter.preset\",\"version\":9}")
                               << "newer version";
        QTest::newRow("wrong type")
            << QByteArray("{\"format\":\"d360-exporter.preset\",\"version\":1,\"preset\":"
                          "{\"name\":\"x\",\"versions\":\"default\"}}")
            << "\"versions\"";
        QTest::newRow("no project")
            << QByteArray("{\"format\":\"d360-exporter.preset\",\"version\":1,\"preset\":"
                          "{\"name\":\"x\",\"versions\":[\"default\"],\"out\":\"/o\"}}")
            << "no project";
        QTest::newRow("bad format")
            << QByteArray("{\"format\":\"d360-exporter.preset\",\"version\":1,\"preset\":"
                          "{\"name\":\"x\",\"project\":\"p\",\"versions\":[\"default\"],"
                          "\"formats\":[\"docx\"],\"out\":\"/o\"}}")
            << "docx";
    }

    void aBrokenPresetSaysWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QString problem;
        QVERIFY(!Preset::fromSharedJson(json, &problem));
        QVERIFY2(problem.contains(reason), qPrintable(problem));
    }

    void presetsAreNamedOnceWhateverTheCase()
    {
        PresetStore store(m_database);
        QString error;
        QVERIFY2(store.add(nightly(), &error), qPrintable(error));
        Preset other = nightly();
        other.name = QStringLiteral("NIGHTLY BACKUP");
        QVERIFY(!store.add(other, &error));
        QVERIFY2(error.contains(QLatin1String("already")), qPrintable(error));
        QVERIFY(store.find(QStringLiteral("nightly backup")));
        QCOMPARE(store.find(QStringLiteral("nightly backup"))->keepRuns, 7);

        Preset release = nightly();
        release.name = QStringLiteral("Release");
        release.keepRuns = 0;
        QVERIFY2(store.save(release, &error), qPrintable(error));
        QCOMPARE(store.all().size(), 2);
        QCOMPARE(store.all().first().name, QStringLiteral("Nightly backup"));

        QVERIFY(!store.rename(QStringLiteral("Release"), QStringLiteral("nightly BACKUP"), &error));
        QVERIFY2(store.rename(QStringLiteral("Release"), QStringLiteral("Release 4.2"), &error),
                 qPrintable(error));
        QVERIFY(!store.contains(QStringLiteral("Release")));
        QCOMPARE(store.find(QStringLiteral("Release 4.2"))->name, QStringLiteral("Release 4.2"));
        QVERIFY(store.find(QStringLiteral("Release 4.2"))->createdAt.isValid());
        QVERIFY(store.remove(QStringLiteral("release 4.2"), &error));
        QVERIFY(!store.remove(QStringLiteral("release 4.2"), &error));
        QVERIFY2(error.contains(QLatin1String("no preset")), qPrintable(error));
        QCOMPARE(store.all().size(), 1);
        // A name that would be trouble in a file name or a terminal.
        Preset bad = nightly();
        bad.name = QStringLiteral("a/b");
        QVERIFY(!store.save(bad, &error));
        QVERIFY2(error.contains(QLatin1String("slash")), qPrintable(error));
    }

    void everyBatchBecomesARunWithItsOutcome()
    {
        jobs::JobSettings settings;
        settings.maxConcurrentJobs = 0;
        jobs::JobQueue queue(nullptr, settings);
        QVERIFY(queue.restore(m_database, jobs::QueueStore::windowQueueName()).isEmpty());
        auto history = std::make_shared<HistoryStore>(m_database);
        RunRecorder recorder(&queue, history, RunOrigin::Window,
                             [](const QString &id) { return QStringLiteral("name of ") + id; });

        const QUuid batch = QUuid::createUuid();
        QList<jobs::ExportJob> jobs;
        for (const char *language : { "en", "de" }) {
            jobs::ExportJob job = sampleJob(m_folder->path(), jobs::JobState::Queued);
            job.batchId = batch;
            job.languageCode = QString::fromLatin1(language);
            job.fileName = QStringLiteral("guide-%1.pdf").arg(job.languageCode);
            jobs.append(job);
        }
        recorder.describeBatch(
            batch,
            { QStringLiteral("Nightly"), QStringLiteral("/runs/1"), 3, RunOrigin::Schedule, {} });
        queue.enqueue(jobs);

        std::optional<RunRecord> run = history->run(batch);
        QVERIFY(run);
        QVERIFY(!run->isFinished());
        QCOMPARE(run->origin, RunOrigin::Schedule);
        QCOMPARE(run->presetName, QStringLiteral("Nightly"));
        QCOMPARE(run->accountName, QStringLiteral("name of ") + jobs.first().accountId);
        QCOMPARE(run->planned, 2);
        QCOMPARE(run->runFolder, QStringLiteral("/runs/1"));
        QVERIFY2(run->description.contains(QLatin1String("en, de")), qPrintable(run->description));

        // Announced only once history has the outcome.
        std::optional<RunRecord> whenAnnounced;
        connect(&recorder, &RunRecorder::runRecorded, this,
                [&](const QUuid &id) { whenAnnounced = history->run(id); });
        queue.cancelAll();
        QVERIFY(whenAnnounced);
        QVERIFY(whenAnnounced->isFinished());
        QCOMPARE(whenAnnounced->failed, 2);
        QVERIFY(!whenAnnounced->isComplete());
        QList<RunItem> items = history->items(batch);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).state, QStringLiteral("cancelled"));
        QCOMPARE(items.at(1).languageCode, QStringLiteral("de"));

        // Finished again after a retry: the same run, its items replaced.
        whenAnnounced.reset();
        QVERIFY(queue.retry(queue.at(0).id));
        QVERIFY(queue.cancel(queue.at(0).id));
        QVERIFY(whenAnnounced);
        QCOMPARE(history->runs({}).size(), 1);
        QCOMPARE(history->items(batch).size(), 2);

        // A second, plain batch, and the filters.
        jobs::ExportJob plain = sampleJob(m_folder->path(), jobs::JobState::Queued);
        queue.enqueue({ plain });
        QCOMPARE(history->runs({}).size(), 2);
        QCOMPARE(history->runs({ QStringLiteral("nightly"), 0, {}, {} }).size(), 1);
        QCOMPARE(history->runs({ {}, 1, {}, {} }).size(), 1);
        QCOMPARE(history->runs({ {}, 0, {}, RunOrigin::Window }).size(), 1);
        QCOMPARE(history->runs({ {}, 0, {}, RunOrigin::Window }).first().id, plain.batchId);
    }

    // Jobs that say little (no names: an older queue, an odd server) are
    // still recorded, not refused for a missing name.
    void aRunWithoutNamesIsRecorded()
    {
        jobs::JobSettings settings;
        settings.maxConcurrentJobs = 0;
        jobs::JobQueue queue(nullptr, settings);
        QVERIFY(queue.restore(m_database, jobs::QueueStore::windowQueueName()).isEmpty());
        auto history = std::make_shared<HistoryStore>(m_database);
        RunRecorder recorder(&queue, history, RunOrigin::CommandLine, {});
        jobs::ExportJob job = sampleJob(m_folder->path(), jobs::JobState::Queued);
        job.projectName = QString();
        job.versionName = QString();
        job.accountId = QString();
        queue.enqueue({ job });
        QVERIFY(history->run(job.batchId));
        QSignalSpy recorded(&recorder, &RunRecorder::runRecorded);
        queue.cancelAll();
        QCOMPARE(recorded.count(), 1);
        QCOMPARE(history->items(job.batchId).size(), 1);
    }

    // A restart finds a run history began; it stays as it was begun.
    void aRestoredBatchKeepsItsRun()
    {
        auto history = std::make_shared<HistoryStore>(m_database);
        const QUuid batch = QUuid::createUuid();
        {
            jobs::JobSettings settings;
            settings.maxConcurrentJobs = 0;
            jobs::JobQueue queue(nullptr, settings);
            QVERIFY(queue.restore(m_database, jobs::QueueStore::windowQueueName()).isEmpty());
            RunRecorder recorder(&queue, history, RunOrigin::CommandLine, {});
            jobs::ExportJob job = sampleJob(m_folder->path(), jobs::JobState::Queued);
            job.batchId = batch;
            recorder.describeBatch(batch, { QStringLiteral("Release"), {}, 0, {}, {} });
            queue.enqueue({ job });
        }
        jobs::JobSettings settings;
        settings.maxConcurrentJobs = 0;
        jobs::JobQueue queue(nullptr, settings);
        RunRecorder recorder(&queue, history, RunOrigin::Window, {});
        QVERIFY(queue.restore(m_database, jobs::QueueStore::windowQueueName()).isEmpty());
        QCOMPARE(queue.count(), 1);
        std::optional<RunRecord> run = history->run(batch);
        QVERIFY(run);
        QCOMPARE(run->origin, RunOrigin::CommandLine);
        QCOMPARE(run->presetName, QStringLiteral("Release"));
        QSignalSpy recorded(&recorder, &RunRecorder::runRecorded);
        queue.cancelAll();
        QCOMPARE(recorded.count(), 1);
        QVERIFY(history->run(batch)->isFinished());
    }

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    std::shared_ptr<state::StateDatabase> m_database;
};

QTEST_GUILESS_MAIN(PresetsHistoryTest)
#include "tst_presets_history.moc"
