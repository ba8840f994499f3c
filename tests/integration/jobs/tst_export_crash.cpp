// The headless export killed with SIGKILL at random moments of a batch, and
// run again each time, as a crash, an OOM kill or a pulled plug would do it.
// At the end the folder must hold exactly one correct file per job (its
// SHA-256 the one the server built), no .part anywhere, no extraction left
// half-done, and the server must not have been asked for many more exports
// than there are jobs. The moments are random but seeded; the seed is
// printed, and D360_CRASH_SEED replays a run.
#include "ExporterProcess.h"
#include "JobTestSupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace d360;
using test::ExporterProcess;

class ExportCrashTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { D360_REQUIRE_EXPORTER_EXECUTABLE(); }

    void killedAtRandomMomentsThenResumed()
    {
        const quint32 seed = qEnvironmentVariableIsSet("D360_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("D360_CRASH_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("crash test seed: %u (replay with D360_CRASH_SEED=%u)", seed, seed);
        QRandomGenerator random(seed);

        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.pendingMs = 60;
        options.buildMs = 120;
        options.exportPaddingBytes = 1024 * 1024;
        options.faults.downloadBytesPerSecond = 1024 * 1024; // each file takes ~1 s
        sandbox::SandboxServer server(options);
        // What storage serves: each export's file, whose SHA-256 is its ETag.
        QSet<QByteArray> served;
        connect(&server, &sandbox::SandboxServer::exportFileBuilt, this,
                [&server, &served](const QString &exportId, bool ok) {
                    if (ok)
                        served.insert(server.exportSha256(exportId));
                });
        QVERIFY(server.start());
        QTemporaryDir home, out;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);
        // v1.0 (3 languages) and v2.0 (5) in PDF and Markdown: 16 jobs.
        const QStringList arguments { QStringLiteral("export"),
                                      QStringLiteral("--project"),
                                      acme.projectId,
                                      QStringLiteral("--version"),
                                      acme.versionIds.at(0),
                                      QStringLiteral("--version"),
                                      QStringLiteral("default"),
                                      QStringLiteral("--lang"),
                                      QStringLiteral("all"),
                                      QStringLiteral("--format"),
                                      QStringLiteral("pdf,markdown"),
                                      QStringLiteral("--extract"),
                                      QStringLiteral("--parallel"),
                                      QStringLiteral("4"),
                                      QStringLiteral("--out"),
                                      out.path(),
                                      QStringLiteral("--json") };
        constexpr int jobs = 16;
        constexpr int parallel = 4;

        QElapsedTimer clock;
        clock.start();
        int kills = 0;
        ExporterProcess::Result last;
        bool finishedOnItsOwn = false;
        for (int run = 0; run < 12 && !finishedOnItsOwn; ++run) {
            // From the very start (planning, the first requests) to deep into the downloads.
            const int delayMs = 20 + int(random.bounded(1200));
            exporter.start(arguments);
            QProcess *process = exporter.process();
            QTimer::singleShot(delayMs, process, [process] { process->kill(); });
            const ExporterProcess::Result result = exporter.wait(30000);
            QVERIFY2(result.finished, "the command hung");
            // A kill that lands after the batch finished (while the process
            // exits, which takes longer under the sanitizers) kills nothing
            // of the batch: its lines are all out, and it was the last run.
            const bool batchReported = result.jsonLines().size() == jobs;
            if (result.exitStatus == QProcess::CrashExit && !batchReported) {
                ++kills;
                // The moment of death may be any: only a final name must
                // never hold part of a file, nor anything but a file the
                // server sent whole.
                for (const QString &name : test::everythingIn(out.path())) {
                    if (name.endsWith(QLatin1String(".pdf"))
                        || name.endsWith(QLatin1String(".zip")))
                        QVERIFY2(served.contains(test::sha256OfFile(out.filePath(name))),
                                 qPrintable(name));
                }
                qInfo("run %d: killed after %d ms; %lld entries in the folder", run + 1, delayMs,
                      qlonglong(test::everythingIn(out.path()).size()));
            } else {
                // The batch ended before the kill: this run was the last.
                last = result;
                finishedOnItsOwn = true;
            }
        }
        QVERIFY2(kills >= 3, "too few runs were killed mid-batch to prove anything");

        // The last run, left alone, finishes the batch.
        if (!finishedOnItsOwn)
            last = exporter.run(arguments, 60000);
        QVERIFY2(last.exitStatus == QProcess::CrashExit || last.exitCode == 0,
                 last.err.constData());
        const QList<QJsonObject> lines = last.jsonLines();
        QCOMPARE(lines.size(), jobs);
        QSet<QString> jobIds, files;
        for (const QJsonObject &line : lines) {
            QCOMPARE(line.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
            jobIds.insert(line.value(QLatin1String("job_id")).toString());
            const QString file = line.value(QLatin1String("file")).toString();
            files.insert(file);
            const QByteArray expected
                = server.exportSha256(line.value(QLatin1String("export_id")).toString());
            QVERIFY(!expected.isEmpty());
            QCOMPARE(test::sha256OfFile(file), expected);
            QCOMPARE(line.value(QLatin1String("sha256")).toString().toLatin1(), expected);
            if (line.value(QLatin1String("format")).toString() == QLatin1String("markdown")) {
                const QDir extracted(line.value(QLatin1String("extracted_to")).toString());
                QVERIFY2(extracted.exists(), qPrintable(extracted.path()));
                QVERIFY(extracted.entryList({ QStringLiteral("*.md") }, QDir::Files).size() >= 3);
            }
        }
        QCOMPARE(jobIds.size(), jobs);
        QCOMPARE(files.size(), jobs);
        // Exactly the 16 files and the 8 extracted folders: no duplicate, no
        // numbered twin, no .part, no hidden half-extracted folder.
        QStringList topLevel
            = QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QCOMPARE(topLevel.size(), jobs + jobs / 2);
        QVERIFY(test::partFilesIn(out.path()).isEmpty());
        QVERIFY(topLevel.filter(QStringLiteral("(2)")).isEmpty());
        // Nothing left to resume after a clean end (a kill during the exit may
        // leave the finished batch's file; running again just ends it).
        if (last.exitStatus == QProcess::NormalExit)
            QVERIFY(exporter.savedBatches().isEmpty());
        // A kill between sending a start request and saving its answer may
        // cost one orphaned export on the server per running job; never more.
        const int started = server.statistics().exportsStarted;
        qInfo("%d kills, %d exports started for %d jobs, %lld ms", kills, started, jobs,
              clock.elapsed());
        QVERIFY(started >= jobs);
        QVERIFY2(started <= jobs + kills * parallel, qPrintable(QString::number(started)));
        QCOMPARE(server.statistics().storageRequestsWithCredential, 0);
    }
};

QTEST_MAIN(ExportCrashTest)
#include "tst_export_crash.moc"
