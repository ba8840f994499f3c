// `d360-exporter export` (and projects, versions, languages) as a script
// sees it: the real executable as a child process against an in-process
// sandbox, judged by its exit code, its --json lines on stdout and the files
// in the output folder. Secrets travel in the environment only.
#include "ExporterProcess.h"
#include "JobTestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace d360;
using test::ExporterProcess;

class ExportCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { D360_REQUIRE_EXPORTER_EXECUTABLE(); }

    void jsonLinesDescribeEveryFileAndARerunStartsAfresh()
    {
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QVERIFY(server.start());
        QTemporaryDir home, out;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);

        const ExporterProcess::Result result = exporter.run(
            exportArguments(acme, out.path(),
                            { QStringLiteral("--lang"), QStringLiteral("all"),
                              QStringLiteral("--format"), QStringLiteral("pdf,markdown"),
                              QStringLiteral("--extract"), QStringLiteral("--json") }));
        QVERIFY(result.finished);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QList<QJsonObject> lines = result.jsonLines();
        QCOMPARE(lines.size(), 6); // v1.0: en, de, fr x pdf, markdown
        QSet<QString> files;
        for (const QJsonObject &line : lines) {
            QCOMPARE(line.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
            const QString file = line.value(QLatin1String("file")).toString();
            QVERIFY(QFileInfo::exists(file));
            QCOMPARE(qint64(line.value(QLatin1String("bytes")).toDouble()), QFileInfo(file).size());
            const QByteArray sha256 = line.value(QLatin1String("sha256")).toString().toLatin1();
            QCOMPARE(sha256,
                     server.exportSha256(line.value(QLatin1String("export_id")).toString()));
            QCOMPARE(test::sha256OfFile(file), sha256);
            QVERIFY(!line.value(QLatin1String("request_id")).toString().isEmpty());
            QVERIFY(line.value(QLatin1String("error")).isNull());
            QCOMPARE(line.value(QLatin1String("project_id")).toString(), acme.projectId);
            if (line.value(QLatin1String("format")).toString() == QLatin1String("markdown")) {
                const QString folder = line.value(QLatin1String("extracted_to")).toString();
                QVERIFY2(QDir(folder).entryList({ QStringLiteral("*.md") }, QDir::Files).size()
                             >= 3,
                         qPrintable(folder));
            }
            files.insert(file);
        }
        QCOMPARE(files.size(), 6);
        QCOMPARE(test::everythingIn(out.path())
                     .filter(QRegularExpression(QStringLiteral("^[^/]*$")))
                     .size(),
                 9);
        QVERIFY(test::partFilesIn(out.path()).isEmpty());
        // Nothing was left to resume, and no secret reached the output.
        QVERIFY(exporter.savedBatches().isEmpty());
        QVERIFY(!result.out.contains(server.apiKey().toUtf8()));
        QVERIFY(!result.err.contains(server.apiKey().toUtf8()));

        // The same command again is a new batch: numbered names, never a
        // silent overwrite.
        const ExporterProcess::Result again = exporter.run(exportArguments(
            acme, out.path(),
            { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--json") }));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(
            QFileInfo(again.jsonLines().first().value(QLatin1String("file")).toString()).fileName(),
            QStringLiteral("Acme Cloud Handbook-v1.0-en (2).pdf"));
    }

    void aFailedExportExitsWithOneAndSaysWhy()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.faults.failExports = 1;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        QTemporaryDir home, out;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);
        const QStringList arguments = exportArguments(
            acme, out.path(),
            { QStringLiteral("--lang"), QStringLiteral("en,de"), QStringLiteral("--json"),
              QStringLiteral("--parallel"), QStringLiteral("1") });

        const ExporterProcess::Result result = exporter.run(arguments);
        QCOMPARE(result.exitCode, 1);
        const QList<QJsonObject> lines = result.jsonLines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QVERIFY(lines.at(0)
                    .value(QLatin1String("error"))
                    .toString()
                    .contains(QLatin1String("rendering stopped")));
        QVERIFY(!lines.at(0).value(QLatin1String("trace_id")).toString().isEmpty());
        QVERIFY(lines.at(0).value(QLatin1String("file")).isNull());
        QCOMPARE(lines.at(1).value(QLatin1String("status")).toString(),
                 QStringLiteral("completed"));
        QVERIFY(result.err.contains("1 of 2 exports done, 1 failed"));
        QCOMPARE(exporter.savedBatches().size(), 1); // kept, to resume

        // Running it again retries only what failed; the done file stays.
        const ExporterProcess::Result again = exporter.run(arguments);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.err.contains("Resuming"));
        QCOMPARE(again.jsonLines().size(), 2);
        QCOMPARE(test::everythingIn(out.path()).size(), 2);
        QCOMPARE(server.statistics().exportsStarted, 3);
        QVERIFY(exporter.savedBatches().isEmpty());
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --out") << "no-out" << 2 << "--out DIR";
        QTest::newRow("unknown format") << "bad-format" << 2 << "Unknown format \"docx\"";
        QTest::newRow("unknown option") << "bad-option" << 2 << "colour";
        QTest::newRow("no credential") << "no-key" << 6 << "D360_API_KEY";
        QTest::newRow("wrong credential") << "wrong-key" << 3 << "(401)";
        QTest::newRow("unknown version") << "bad-version" << 4 << "no version with the id";
        QTest::newRow("unknown language") << "bad-lang" << 4 << "no language \"tlh\"";
        QTest::newRow("nobody listening") << "no-server" << 5 << "refused the connection";
        QTest::newRow("rate limit exhausted") << "rate-limit" << 7 << "(429)";
        // Two languages, one name: said before anything starts.
        QTest::newRow("names that collide")
            << "same-names" << 2 << "gives two exports the same name";
        QTest::newRow("a subfolder in the pattern")
            << "slash-pattern" << 2 << "cannot name a subfolder";
    }

    void exitCodes()
    {
        QFETCH(QString, situation);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        if (situation == QLatin1String("rate-limit")) {
            options.faults.rateLimitBurst = 100;
            options.faults.retryAfterSeconds = 1;
        }
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        QTemporaryDir home, out;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);
        QStringList arguments = exportArguments(acme, out.path());
        if (situation == QLatin1String("no-out"))
            arguments = arguments.mid(0, arguments.size() - 2);
        else if (situation == QLatin1String("bad-format"))
            arguments << QStringLiteral("--format") << QStringLiteral("docx");
        else if (situation == QLatin1String("bad-option"))
            arguments << QStringLiteral("--colour");
        else if (situation == QLatin1String("no-key"))
            exporter.environment().remove(QStringLiteral("D360_API_KEY"));
        else if (situation == QLatin1String("wrong-key"))
            exporter.environment().insert(QStringLiteral("D360_API_KEY"),
                                          QStringLiteral("not-the-key-0123456789"));
        else if (situation == QLatin1String("bad-version"))
            arguments[4] = QStringLiteral("no-such-version");
        else if (situation == QLatin1String("bad-lang"))
            arguments << QStringLiteral("--lang") << QStringLiteral("tlh");
        else if (situation == QLatin1String("same-names"))
            arguments << QStringLiteral("--lang") << QStringLiteral("en")
                      << QStringLiteral("--lang") << QStringLiteral("de")
                      << QStringLiteral("--name-template") << QStringLiteral("{project}.{ext}");
        else if (situation == QLatin1String("slash-pattern"))
            arguments << QStringLiteral("--name-template")
                      << QStringLiteral("{project}/{lang}.{ext}");
        else if (situation == QLatin1String("no-server"))
            exporter.environment().insert(QStringLiteral("D360_BASE_URL"),
                                          QStringLiteral("http://127.0.0.1:1"));

        const ExporterProcess::Result result = exporter.run(arguments);
        QVERIFY(result.finished);
        QVERIFY2(result.exitCode == exitCode, result.err.constData());
        QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
        QVERIFY(result.out.isEmpty());
        QVERIFY(test::everythingIn(out.path()).isEmpty());
        QVERIFY(!result.err.contains(server.apiKey().toUtf8()));
    }

    void projectId_fromTheEnvironment_andTheListings()
    {
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QVERIFY(server.start());
        QTemporaryDir home;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);

        const ExporterProcess::Result projects
            = exporter.run({ QStringLiteral("projects"), QStringLiteral("--json") });
        QCOMPARE(projects.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(projects.out).array();
        QCOMPARE(list.size(), server.demoData().projects().size());

        exporter.environment().insert(QStringLiteral("D360_PROJECT_ID"), acme.projectId);
        const ExporterProcess::Result versions = exporter.run({ QStringLiteral("versions") });
        QCOMPARE(versions.exitCode, 0);
        QVERIFY(versions.out.startsWith("ID "));
        QVERIFY(versions.out.contains("v3.0 beta"));
        const ExporterProcess::Result languages
            = exporter.run({ QStringLiteral("languages"), QStringLiteral("--version"),
                             QStringLiteral("default"), QStringLiteral("--json") });
        QCOMPARE(languages.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(languages.out).array().size(), 5); // v2.0
        const ExporterProcess::Result missing = exporter.run(
            { QStringLiteral("languages"), QStringLiteral("--version"), QStringLiteral("nope") });
        QCOMPARE(missing.exitCode, 4);
    }

    void theSameBatchRunsOnceAtATime()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.exportPaddingBytes = 512 * 1024;
        options.faults.downloadBytesPerSecond = 512 * 1024;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        QTemporaryDir home, out;
        ExporterProcess first(server, home.path());
        ExporterProcess second(server, home.path());
        const QStringList arguments
            = exportArguments(test::acmeProject(server), out.path(), { QStringLiteral("--json") });
        first.start(arguments);
        QTRY_VERIFY_WITH_TIMEOUT(!test::partFilesIn(out.path()).isEmpty(), 20000);
        const ExporterProcess::Result refused = second.run(arguments);
        QCOMPARE(refused.exitCode, 6); // the queue cannot be locked
        QVERIFY2(refused.err.contains("in use by another D360 Exporter"), refused.err.constData());
        const ExporterProcess::Result done = first.wait(30000);
        QCOMPARE(done.exitCode, 0);
        QCOMPARE(test::everythingIn(out.path()).size(), 1);
        QCOMPARE(server.statistics().exportsStarted, 1);
    }

    void interruptedExportLeavesNoHalfFileAndResumes_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("Ctrl-C") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }

    void interruptedExportLeavesNoHalfFileAndResumes()
    {
        QFETCH(int, signalNumber);
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.exportPaddingBytes = 1024 * 1024;
        options.faults.downloadBytesPerSecond = 1024 * 1024;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        QTemporaryDir home, out;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);
        const QStringList arguments = exportArguments(
            acme, out.path(),
            { QStringLiteral("--lang"), QStringLiteral("all"), QStringLiteral("--json") });

        exporter.start(arguments);
        QTRY_VERIFY_WITH_TIMEOUT(test::partFilesIn(out.path()).size() >= 2, 20000);
        ::kill(pid_t(exporter.process()->processId()), signalNumber);
        const ExporterProcess::Result stopped = exporter.wait(20000);
        QVERIFY(stopped.finished);
        QCOMPARE(stopped.exitStatus, QProcess::NormalExit);
        QCOMPARE(stopped.exitCode, 128 + signalNumber);
        QVERIFY2(stopped.err.contains("Interrupted"), stopped.err.constData());
        QVERIFY(test::partFilesIn(out.path()).isEmpty());
        for (const QJsonObject &line : stopped.jsonLines()) {
            if (line.value(QLatin1String("status")).toString() != QLatin1String("completed"))
                QCOMPARE(line.value(QLatin1String("status")).toString(),
                         QStringLiteral("cancelled"));
        }

        server.setFaults({});
        const ExporterProcess::Result resumed = exporter.run(arguments);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        const QList<QJsonObject> lines = resumed.jsonLines();
        QCOMPARE(lines.size(), 3);
        for (const QJsonObject &line : lines) {
            const QString file = line.value(QLatin1String("file")).toString();
            QCOMPARE(test::sha256OfFile(file),
                     server.exportSha256(line.value(QLatin1String("export_id")).toString()));
        }
        QCOMPARE(test::everythingIn(out.path()).size(), 3);
    }
};

QTEST_MAIN(ExportCommandTest)
#include "tst_export_command.moc"
