// `d360-exporter export` in a hostile place: a folder shared with another
// run of the program and with someone who plants symlinks, a storage host
// that ends a file early without saying how long it was or announces the
// wrong digest, and a disk that fills up. The real executable runs as a
// child process against an in-process sandbox; the folders, symlinks and the
// small file system (a tmpfs mounted in a user namespace) are real.
#include "ExporterProcess.h"
#include "JobTestSupport.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace d360;
using test::ExporterProcess;

namespace {

// The export, with --json so each result can be read.
QStringList jsonExportArguments(const test::DemoTarget &target, const QString &out,
                                const QStringList &extra)
{
    return test::exportArguments(target, out, QStringList { QStringLiteral("--json") } + extra);
}

// Every "completed" line names a file whose bytes are the ones the server
// built for that export, and which the line's SHA-256 describes.
void verifyCompletedLines(const ExporterProcess::Result &result,
                          const sandbox::SandboxServer &server, QStringList *files)
{
    for (const QJsonObject &line : result.jsonLines()) {
        const QString status = line.value(QLatin1String("status")).toString();
        if (status != QLatin1String("completed")) {
            QCOMPARE(status, QStringLiteral("failed"));
            QVERIFY2(!line.value(QLatin1String("error")).toString().isEmpty(),
                     result.out.constData());
            continue;
        }
        const QString file = line.value(QLatin1String("file")).toString();
        const QByteArray reported = line.value(QLatin1String("sha256")).toString().toLatin1();
        QVERIFY2(QFileInfo(file).isFile(), qPrintable(file));
        QCOMPARE(test::sha256OfFile(file), reported);
        QCOMPARE(reported, server.exportSha256(line.value(QLatin1String("export_id")).toString()));
        files->append(file);
    }
}

// Exports held until both commands have planned their files (runTwoCommands
// releases them), and downloads slow enough to overlap.
sandbox::SandboxOptions overlappingDownloads()
{
    sandbox::SandboxOptions options = test::quickSandboxOptions();
    options.faults.holdExports = true;
    options.exportPaddingBytes = 1024 * 1024;
    options.faults.downloadBytesPerSecond = 1024 * 1024; // per download
    return options;
}

struct Pair
{
    bool bothPlannedFirst = false;
    ExporterProcess::Result english;
    ExporterProcess::Result englishAndGerman;
};

// `export --lang en` and `export --lang en,de` into one folder at once. The
// exports stay held until both commands have started theirs (three in all),
// so both have planned their file names before either downloads a byte.
Pair runTwoCommands(sandbox::SandboxServer &server, const QString &home, const QString &out,
                    const QStringList &extra)
{
    ExporterProcess english(server, home);
    ExporterProcess englishAndGerman(server, home);
    const test::DemoTarget acme = test::acmeProject(server);
    english.start(jsonExportArguments(
        acme, out, QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + extra));
    englishAndGerman.start(jsonExportArguments(
        acme, out, QStringList { QStringLiteral("--lang"), QStringLiteral("en,de") } + extra));
    Pair pair;
    pair.bothPlannedFirst
        = QTest::qWaitFor([&server] { return server.statistics().exportsStarted == 3; }, 30000);
    sandbox::SandboxFaults released = server.faults();
    released.holdExports = false;
    server.setFaults(released);
    pair.english = english.wait(60000);
    pair.englishAndGerman = englishAndGerman.wait(60000);
    return pair;
}

QStringList statusesOf(const ExporterProcess::Result &result)
{
    QStringList statuses;
    for (const QJsonObject &line : result.jsonLines())
        statuses.append(line.value(QLatin1String("status")).toString());
    return statuses;
}

} // namespace

class ExportHostileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { D360_REQUIRE_EXPORTER_EXECUTABLE(); }

    void twoCommandsIntoOneFolderEachKeepTheFileTheyReport()
    {
        sandbox::SandboxServer server(overlappingDownloads());
        QVERIFY(server.start());
        QTemporaryDir home, out;
        const Pair pair = runTwoCommands(server, home.path(), out.path(), {});
        QVERIFY2(pair.bothPlannedFirst, "the two commands did not both start their exports");
        QVERIFY(pair.english.finished && pair.englishAndGerman.finished);

        // Both planned "...-en.pdf" before either had written a byte: one
        // gets the name, the other the next free one.
        QStringList files;
        verifyCompletedLines(pair.english, server, &files);
        verifyCompletedLines(pair.englishAndGerman, server, &files);
        QCOMPARE(statusesOf(pair.english), QStringList { QStringLiteral("completed") });
        QCOMPARE(statusesOf(pair.englishAndGerman), QStringList(2, QStringLiteral("completed")));
        QVERIFY2(pair.english.exitCode == 0, pair.english.err.constData());
        QVERIFY2(pair.englishAndGerman.exitCode == 0, pair.englishAndGerman.err.constData());
        QCOMPARE(QSet<QString>(files.cbegin(), files.cend()).size(), 3);
        QCOMPARE(test::everythingIn(out.path()).size(), 3);
    }

    void twoCommandsReplacingOneFileNeverReportAFileThatIsNotThere()
    {
        sandbox::SandboxServer server(overlappingDownloads());
        QVERIFY(server.start());
        QTemporaryDir home, out;
        const Pair pair
            = runTwoCommands(server, home.path(), out.path(), { QStringLiteral("--overwrite") });
        QVERIFY2(pair.bothPlannedFirst, "the two commands did not both start their exports");
        QVERIFY(pair.english.finished && pair.englishAndGerman.finished);

        QStringList files;
        verifyCompletedLines(pair.english, server, &files);
        verifyCompletedLines(pair.englishAndGerman, server, &files);
        for (const ExporterProcess::Result *result : { &pair.english, &pair.englishAndGerman }) {
            const bool failed = statusesOf(*result).contains(QStringLiteral("failed"));
            QCOMPARE(result->exitCode, failed ? 1 : 0);
            for (const QJsonObject &line : result->jsonLines()) {
                const QString error = line.value(QLatin1String("error")).toString();
                QVERIFY2(error.isEmpty()
                             || error.contains(QLatin1String("another export is writing")),
                         qPrintable(error));
            }
        }
        QVERIFY2(test::partFilesIn(out.path()).isEmpty(),
                 qPrintable(test::everythingIn(out.path()).join(QLatin1Char(' '))));
        QCOMPARE(test::everythingIn(out.path()).size(),
                 QSet<QString>(files.cbegin(), files.cend()).size());
    }

    void plantedSymlinksAreNeitherFollowedNorReplaced()
    {
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QVERIFY(server.start());
        QTemporaryDir home, out, elsewhere;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);
        const QString finalPath
            = QDir(out.path()).filePath(QStringLiteral("Acme Cloud Handbook-v1.0-en.pdf"));
        const QString partTarget
            = elsewhere.filePath(QStringLiteral("written-through-the-part.pdf"));
        const QString finalTarget
            = elsewhere.filePath(QStringLiteral("written-through-the-final-name.pdf"));
        // Dangling, so "does the file exist?" says no.
        QVERIFY(QFile::link(partTarget, finalPath + QStringLiteral(".part")));
        QVERIFY(QFile::link(finalTarget, finalPath));

        const ExporterProcess::Result result = exporter.run(jsonExportArguments(
            acme, out.path(), { QStringLiteral("--lang"), QStringLiteral("en") }));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(QDir(elsewhere.path()).isEmpty(),
                 qPrintable(QDir(elsewhere.path()).entryList().join(QLatin1Char(' '))));
        QCOMPARE(QFileInfo(finalPath).symLinkTarget(), finalTarget);
        QCOMPARE(QFileInfo(finalPath + QStringLiteral(".part")).symLinkTarget(), partTarget);
        QStringList files;
        verifyCompletedLines(result, server, &files);
        QCOMPARE(files.size(), 1);
        QVERIFY(!QFileInfo(files.first()).isSymLink());
        QCOMPARE(QFileInfo(files.first()).fileName(),
                 QStringLiteral("Acme Cloud Handbook-v1.0-en (2).pdf"));
    }

    void aFileWithoutLengthThatEndsHalfwayIsNotAccepted()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.exportPaddingBytes = 256 * 1024;
        options.faults.omitContentLength = true;
        options.faults.cutDownloadAfterBytes = 100 * 1024;
        options.faults.cutDownloads = 1000;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        QTemporaryDir home, out;
        ExporterProcess exporter(server, home.path());
        exporter.setNetworkPatience(1500);

        const ExporterProcess::Result result
            = exporter.run(jsonExportArguments(test::acmeProject(server), out.path(),
                                               { QStringLiteral("--lang"), QStringLiteral("en") }));
        QVERIFY(result.finished);
        QCOMPARE(statusesOf(result), QStringList { QStringLiteral("failed") });
        QCOMPARE(result.exitCode, 1);
        const QString error = result.jsonLines().first().value(QLatin1String("error")).toString();
        QVERIFY2(error.contains(QLatin1String("without a length")), qPrintable(error));
        QVERIFY2(test::everythingIn(out.path()).isEmpty(),
                 qPrintable(test::everythingIn(out.path()).join(QLatin1Char(' '))));
    }

    void theDigestsTheStorageAnnouncesAreChecked()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.faults.announceDigests = true;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        QTemporaryDir home, out;
        ExporterProcess exporter(server, home.path());
        exporter.setNetworkPatience(1500);
        const test::DemoTarget acme = test::acmeProject(server);
        const QStringList arguments
            = jsonExportArguments(acme, out.path(),
                                  { QStringLiteral("--lang"), QStringLiteral("en"),
                                    QStringLiteral("--format"), QStringLiteral("pdf,markdown") });

        const ExporterProcess::Result right = exporter.run(arguments);
        QVERIFY2(right.exitCode == 0, right.err.constData());
        QStringList files;
        verifyCompletedLines(right, server, &files);
        QCOMPARE(files.size(), 2);

        sandbox::SandboxFaults wrong = options.faults;
        wrong.wrongDigests = true;
        server.setFaults(wrong);
        QTemporaryDir otherOut;
        const ExporterProcess::Result refused = exporter.run(jsonExportArguments(
            acme, otherOut.path(), { QStringLiteral("--lang"), QStringLiteral("en") }));
        QCOMPARE(statusesOf(refused), QStringList { QStringLiteral("failed") });
        QCOMPARE(refused.exitCode, 1);
        const QString error = refused.jsonLines().first().value(QLatin1String("error")).toString();
        QVERIFY2(error.contains(QLatin1String("SHA-256"))
                     && error.contains(QLatin1String("announced")),
                 qPrintable(error));
        QVERIFY2(test::everythingIn(otherOut.path()).isEmpty(),
                 qPrintable(test::everythingIn(otherOut.path()).join(QLatin1Char(' '))));
    }

    void aFullDiskFailsSayingSoAndKeepsThePart()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.exportPaddingBytes = 4 * 1024 * 1024;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        QTemporaryDir home, out, report;
        ExporterProcess exporter(server, home.path());
        // A 2 MiB file system over the output folder, in a mount namespace of
        // the child's own (no root needed); what is in it at the end is
        // listed into a file outside it, since it goes away with the child.
        const QString listing = report.filePath(QStringLiteral("listing"));
        exporter.environment().insert(QStringLiteral("OUT"), out.path());
        exporter.environment().insert(QStringLiteral("LISTING"), listing);
        const QStringList smallDisk {
            QStringLiteral("unshare"), QStringLiteral("-Urm"), QStringLiteral("sh"),
            QStringLiteral("-c"),
            QStringLiteral(
                "mount -t tmpfs -o size=2m tmpfs \"$OUT\" || exit 99; \"$0\" \"$@\"; code=$?; "
                "find \"$OUT\" -mindepth 1 -printf '%f %s\\n' > \"$LISTING\"; exit $code")
        };

        const ExporterProcess::Result result
            = exporter.run(jsonExportArguments(test::acmeProject(server), out.path(),
                                               { QStringLiteral("--lang"), QStringLiteral("en") }),
                           60000, smallDisk);
        QVERIFY(result.finished);
        QVERIFY2(result.exitCode != 99, "unshare -Urm and mount -t tmpfs must work for this test");
        QVERIFY2(result.exitCode != 0, result.err.constData());
        QCOMPARE(statusesOf(result), QStringList { QStringLiteral("failed") });
        const QString error = result.jsonLines().first().value(QLatin1String("error")).toString();
        QVERIFY2(error.contains(QLatin1String("the disk is full")), qPrintable(error));

        QFile file(listing);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList entries
            = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(entries.size(), 1);
        const QRegularExpressionMatch part
            = QRegularExpression(
                  QStringLiteral("^Acme Cloud Handbook-v1.0-en\\.pdf\\.[0-9a-f]{8}\\.part (\\d+)$"))
                  .match(entries.first());
        QVERIFY2(part.hasMatch(), qPrintable(entries.first()));
        QVERIFY(part.captured(1).toLongLong() > 1024 * 1024);
    }
};

QTEST_MAIN(ExportHostileTest)
#include "tst_export_hostile.moc"
