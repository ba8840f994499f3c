// Saved exports and history as a script sees them: `presets` and `history`
// and `export --preset`, the real executable against an in-process sandbox.
// A preset runs what was saved, a flag given beside --preset replaces that
// value, every run lands in history with its files' SHA-256 (the one on
// disk) and how it was started, and a preset shared as a file carries no
// credential and refuses an account this machine does not have.
#include "ExporterProcess.h"
#include "JobTestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace d360;
using test::ExporterProcess;

namespace {

QJsonArray jsonArray(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).array();
}

QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(file.fileName());
    }
    return found;
}

} // namespace

class PresetsCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { D360_REQUIRE_EXPORTER_EXECUTABLE(); }

    void aPresetRunsWhatWasSavedAndHistoryKeepsEveryRun()
    {
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QVERIFY(server.start());
        QTemporaryDir home, out;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);

        ExporterProcess::Result saved = exporter.run(
            { QStringLiteral("presets"), QStringLiteral("save"), QStringLiteral("Release docs"),
              QStringLiteral("--project"), acme.projectId, QStringLiteral("--version"),
              acme.versionIds.at(0), QStringLiteral("--lang"), QStringLiteral("en,de"),
              QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
              out.path() });
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        // Saving ran nothing.
        QCOMPARE(server.statistics().exportsStarted, 0);
        QVERIFY(QDir(out.path()).isEmpty());
        // A second save of the name is refused unless asked to replace.
        saved = exporter.run({ QStringLiteral("presets"), QStringLiteral("save"),
                               QStringLiteral("release DOCS"), QStringLiteral("--project"),
                               acme.projectId, QStringLiteral("--version"),
                               QStringLiteral("default"), QStringLiteral("--out"), out.path() });
        QCOMPARE(saved.exitCode, 2);
        QVERIFY2(saved.err.contains("--replace"), saved.err.constData());

        const ExporterProcess::Result listed = exporter.run(
            { QStringLiteral("presets"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray presets = jsonArray(listed.out);
        QCOMPARE(presets.size(), 1);
        QCOMPARE(presets.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Release docs"));
        QCOMPARE(presets.at(0)[QStringLiteral("languages")].toArray().size(), 2);

        // Run as saved: two PDFs.
        ExporterProcess::Result run
            = exporter.run({ QStringLiteral("export"), QStringLiteral("--preset"),
                             QStringLiteral("Release docs"), QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
        QCOMPARE(run.jsonLines().size(), 2);
        // A flag beside --preset replaces that value, the rest stays.
        run = exporter.run({ QStringLiteral("export"), QStringLiteral("--preset"),
                             QStringLiteral("Release docs"), QStringLiteral("--lang"),
                             QStringLiteral("fr"), QStringLiteral("--json"),
                             QStringLiteral("--scheduled") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QJsonObject> lines = run.jsonLines();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first()[QStringLiteral("language")].toString(), QStringLiteral("fr"));
        QCOMPARE(lines.first()[QStringLiteral("format")].toString(), QStringLiteral("pdf"));

        const ExporterProcess::Result history
            = exporter.run({ QStringLiteral("history"), QStringLiteral("--preset"),
                             QStringLiteral("release docs"), QStringLiteral("--json") });
        QVERIFY2(history.exitCode == 0, history.err.constData());
        const QJsonArray runs = jsonArray(history.out);
        QCOMPARE(runs.size(), 2);
        // Newest first: the scheduled one.
        QCOMPARE(runs.at(0)[QStringLiteral("origin")].toString(), QStringLiteral("schedule"));
        QCOMPARE(runs.at(1)[QStringLiteral("origin")].toString(), QStringLiteral("cli"));
        for (const QJsonValue &entry : runs) {
            QCOMPARE(entry[QStringLiteral("preset")].toString(), QStringLiteral("Release docs"));
            QVERIFY(entry[QStringLiteral("complete")].toBool());
            QCOMPARE(entry[QStringLiteral("failures")].toArray().size(), 0);
            for (const QJsonValue &file : entry[QStringLiteral("files")].toArray()) {
                const QString path = file[QStringLiteral("path")].toString();
                QCOMPARE(file[QStringLiteral("sha256")].toString().toLatin1(),
                         test::sha256OfFile(path));
                QCOMPARE(file[QStringLiteral("bytes")].toInteger(), QFileInfo(path).size());
                QVERIFY(!file[QStringLiteral("export_id")].toString().isEmpty());
            }
        }
        QCOMPARE(runs.at(1)[QStringLiteral("files")].toArray().size(), 2);

        // The text listing has both, and no secret is anywhere.
        const ExporterProcess::Result text = exporter.run({ QStringLiteral("history") });
        QVERIFY2(text.out.contains("Release docs") && text.out.contains("Schedule"),
                 text.out.constData());
        QCOMPARE(filesContaining(home.path(), server.apiKey().toUtf8()), QStringList());
    }

    void aFailedRunIsInHistoryWithItsReason()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.faults.failExports = 1;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        QTemporaryDir home, out;
        ExporterProcess exporter(server, home.path());
        const ExporterProcess::Result failed
            = exporter.run(test::exportArguments(test::acmeProject(server), out.path()));
        QCOMPARE(failed.exitCode, 1);
        const QJsonArray runs
            = jsonArray(exporter.run({ QStringLiteral("history"), QStringLiteral("--json") }).out);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0)[QStringLiteral("complete")].toBool(), false);
        QCOMPARE(runs.at(0)[QStringLiteral("failed")].toInt(), 1);
        const QJsonObject failure
            = runs.at(0)[QStringLiteral("failures")].toArray().at(0).toObject();
        QVERIFY(!failure[QStringLiteral("message")].toString().isEmpty());
        QCOMPARE(failure[QStringLiteral("state")].toString(), QStringLiteral("failed"));
    }

    void aSharedPresetCarriesNoCredentialAndNamesItsAccount()
    {
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QVERIFY(server.start());
        QTemporaryDir home, out, files;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);
        QCOMPARE(
            exporter
                .run({ QStringLiteral("presets"), QStringLiteral("save"), QStringLiteral("Nightly"),
                       QStringLiteral("--project"), acme.projectId, QStringLiteral("--version"),
                       QStringLiteral("default"), QStringLiteral("--out"), out.path(),
                       QStringLiteral("--keep"), QStringLiteral("3") })
                .exitCode,
            0);
        const QString file = files.filePath(QStringLiteral("nightly.json"));
        ExporterProcess::Result result
            = exporter.run({ QStringLiteral("presets"), QStringLiteral("export"),
                             QStringLiteral("Nightly"), QStringLiteral("--file"), file });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QFile shared(file);
        QVERIFY(shared.open(QIODevice::ReadOnly));
        const QByteArray content = shared.readAll();
        QVERIFY(!content.contains(server.apiKey().toUtf8()));
        QVERIFY(content.contains("\"keep\": 3"));

        // Imported under a new name beside it, then refused for an account
        // this machine does not have (exit 6, naming it).
        result = exporter.run({ QStringLiteral("presets"), QStringLiteral("import"), file });
        QCOMPARE(result.exitCode, 2); // the name is taken
        result = exporter.run({ QStringLiteral("presets"), QStringLiteral("import"), file,
                                QStringLiteral("--name"), QStringLiteral("Nightly 2") });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QByteArray withAccount = content;
        withAccount.replace("\"name\": \"Nightly\"",
                            "\"account\": \"Acme EU\", \"name\": \"Other\"");
        QVERIFY(withAccount.contains("Acme EU"));
        const QString foreign = files.filePath(QStringLiteral("foreign.json"));
        QFile written(foreign);
        QVERIFY(written.open(QIODevice::WriteOnly));
        written.write(withAccount);
        written.close();
        result = exporter.run({ QStringLiteral("presets"), QStringLiteral("import"), foreign });
        QCOMPARE(result.exitCode, 6);
        QVERIFY2(result.err.contains("Acme EU"), result.err.constData());
        // A file that is not a preset is a usage error with the reason.
        result = exporter.run({ QStringLiteral("presets"), QStringLiteral("import"),
                                files.filePath(QStringLiteral("none.json")) });
        QCOMPARE(result.exitCode, 2);

        // Rename, remove, and what is not there.
        QCOMPARE(exporter
                     .run({ QStringLiteral("presets"), QStringLiteral("rename"),
                            QStringLiteral("Nightly 2"), QStringLiteral("Weekly") })
                     .exitCode,
                 0);
        QCOMPARE(exporter
                     .run({ QStringLiteral("presets"), QStringLiteral("remove"),
                            QStringLiteral("weekly") })
                     .exitCode,
                 0);
        QCOMPARE(exporter
                     .run({ QStringLiteral("presets"), QStringLiteral("remove"),
                            QStringLiteral("Weekly") })
                     .exitCode,
                 4);
        result = exporter.run(
            { QStringLiteral("export"), QStringLiteral("--preset"), QStringLiteral("Weekly") });
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains("no preset"), result.err.constData());
        QCOMPARE(jsonArray(exporter
                               .run({ QStringLiteral("presets"), QStringLiteral("list"),
                                      QStringLiteral("--json") })
                               .out)
                     .size(),
                 1);
    }

    // Four commands starting at once on a home with no state database yet:
    // each opens it (the first makes it and switches it to WAL) and none is
    // told "database is locked", which two did before opening was taken in
    // turn.
    void commandsStartingTogetherAllOpenTheNewDatabase()
    {
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QVERIFY(server.start());
        QTemporaryDir home;
        std::vector<std::unique_ptr<ExporterProcess>> commands;
        for (int index = 0; index < 4; ++index) {
            commands.push_back(std::make_unique<ExporterProcess>(server, home.path()));
            commands.back()->start({ QStringLiteral("presets"), QStringLiteral("list") });
        }
        for (const std::unique_ptr<ExporterProcess> &command : commands) {
            const ExporterProcess::Result result = command->wait(30000);
            QVERIFY(result.finished);
            QVERIFY2(result.exitCode == 0, result.err.constData());
        }
    }
};

QTEST_MAIN(PresetsCommandTest)
#include "tst_presets_command.moc"
