// The fault matrix: one batch (two languages x PDF and Markdown, extracted)
// run by the real `d360-exporter export` against a sandbox that injects one
// fault at a time, judged the way a writer would judge it.
//
// Each fault gets a fresh sandbox, a fresh data folder and a fresh output
// folder. A cell passes when the command ends in time with an exit code a
// script can rely on, every job either completed with the SHA-256 the server
// built or failed with a message that names the fault, nothing partial or
// unreported sits under a final name, no secret reached an output stream,
// nothing outside the output folder changed, and the credential went to the
// API host only (the storage host counts what it was sent). The other export
// tests each look at one fault closely; this one looks at all of them the same way, so
// a fault that no single test thought of combining with extraction, parallel
// jobs or the CLI's exit codes still gets caught. It prints the matrix as a
// table at the end (the README's reliability section shows it).
//
// The full-disk cell exports into a small tmpfs, which needs root to mount
// (CI runs as root); elsewhere that cell says why it did not run.
#include "ExporterProcess.h"
#include "JobTestSupport.h"
#include "support/SmallDisk.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace d360;
using test::ExporterProcess;

namespace {

enum class Fault {
    None,
    Latency,
    ServerErrors,
    RateLimitBurst,
    RateLimitBeyondRetries,
    CutDownloads,
    TruncatedBodies,
    MalformedBodies,
    SlowLink,
    RevokedToken,
    FailedExport,
    ExpiredLink,
    FullDisk,
    PlantedSymlinks,
    RedirectedLinks,
};

struct Expectation
{
    // A job may fail only with a message matching this; empty: no job may fail.
    QString allowedFailure;
    int minimumFailures = 0;
    QList<int> exitCodes { 0 };
    // Set when the command must stop before any job starts, saying this.
    QString refusedBeforeJobs;
};

struct CellResult
{
    QString fault;
    int completed = 0;
    int failed = 0;
    int exitCode = -1;
    qint64 milliseconds = 0;
    QString verdict;
};

QList<CellResult> &matrix()
{
    static QList<CellResult> cells;
    return cells;
}

constexpr qint64 kibibyte = 1024;

sandbox::SandboxOptions optionsFor(Fault fault)
{
    sandbox::SandboxOptions options = test::quickSandboxOptions();
    sandbox::SandboxFaults &faults = options.faults;
    switch (fault) {
    case Fault::None:
        break;
    case Fault::Latency:
        faults.latencyMs = 150;
        break;
    case Fault::ServerErrors:
        faults.serverErrorShare = 0.3;
        // The same errors every run. Drawn afresh, one run in a few dozen
        // met four 5xx in a row on a request that plans the batch (the
        // retries are three), and the command rightly stopped before any
        // job with exit 1, which is not what this cell is about. This seed
        // has the planning ride out its 5xx and two jobs' POSTs meet one.
        faults.serverErrorSeed = 2026;
        faults.retryAfterSeconds = 0;
        break;
    case Fault::RateLimitBurst:
        // As many 429s in a row as a request retries (the official CLI's 3).
        faults.rateLimitBurst = 3;
        faults.retryAfterSeconds = 1;
        break;
    case Fault::RateLimitBeyondRetries:
        faults.rateLimitBurst = 6;
        faults.retryAfterSeconds = 1;
        break;
    case Fault::CutDownloads:
        options.exportPaddingBytes = 96 * kibibyte;
        faults.cutDownloadAfterBytes = 40 * kibibyte;
        faults.cutDownloads = 4;
        break;
    case Fault::TruncatedBodies:
        faults.truncatedBodies = 3;
        break;
    case Fault::MalformedBodies:
        faults.malformedBodies = 3;
        break;
    case Fault::SlowLink:
        options.exportPaddingBytes = 256 * kibibyte;
        faults.downloadBytesPerSecond = 512 * kibibyte;
        break;
    case Fault::RevokedToken:
        faults.tokenRevoked = true;
        break;
    case Fault::FailedExport:
        faults.failExports = 1;
        break;
    case Fault::ExpiredLink:
        // Links carry whole seconds and live 1 to 2 s; each file takes about
        // 3 s and is cut at 2.25 s, by when its link has expired.
        options.downloadLinkLifetimeSeconds = 1;
        options.exportPaddingBytes = 700 * kibibyte;
        faults.downloadBytesPerSecond = 240 * kibibyte;
        faults.cutDownloadAfterBytes = 540 * kibibyte;
        faults.cutDownloads = 4;
        break;
    case Fault::FullDisk:
        // Four files of a little over 300 KiB into a 640 KiB file system.
        options.exportPaddingBytes = 300 * kibibyte;
        break;
    case Fault::PlantedSymlinks:
        break;
    case Fault::RedirectedLinks:
        options.redirectHops = 3;
        break;
    }
    return options;
}

Expectation expectationFor(Fault fault)
{
    switch (fault) {
    case Fault::ServerErrors:
        // 500, 502 and 504 may come after the server acted on the request
        // that starts an export: that request is not repeated blindly, the
        // job fails saying so, and running the command again finishes it.
        return { QStringLiteral("server error \\(50[0-4]\\).*trace id"), 0, { 0, 1 }, {} };
    case Fault::RateLimitBeyondRetries:
        return { {}, 0, { 7 }, QStringLiteral("Rate limit reached \\(429\\).*Try again in") };
    case Fault::RevokedToken:
        return { {}, 0, { 3 }, QStringLiteral("(?i)token|API key|credential") };
    case Fault::FailedExport:
        return { QStringLiteral("rendering stopped"), 1, { 1 }, {} };
    case Fault::FullDisk:
        return { QStringLiteral("(?i)disk is full|no space left|of the free space"), 1, { 1 }, {} };
    default:
        return {};
    }
}

// Somewhere outside the output folder that symlinks planted in it point to.
struct Victim
{
    QTemporaryDir folder;
    QByteArray precious = "a file the exporter did not create and must never touch\n";

    QString file() const { return folder.filePath(QStringLiteral("precious.txt")); }
    bool create() const
    {
        QFile out(file());
        return out.open(QIODevice::WriteOnly) && out.write(precious) == precious.size();
    }
    // Empty when the folder holds exactly the precious file, unchanged.
    QString damage() const
    {
        const QStringList entries = test::everythingIn(folder.path());
        if (entries != QStringList { QStringLiteral("precious.txt") })
            return QStringLiteral("the folder a symlink points to now holds: ")
                + entries.join(QStringLiteral(", "));
        QFile in(file());
        if (!in.open(QIODevice::ReadOnly) || in.readAll() != precious)
            return QStringLiteral("the file a symlink points to was changed");
        return {};
    }
};

// Links planted where today's and earlier versions of the exporter put
// their files, temporary ones included: each points outside the output
// folder, dangling or at something that must survive.
bool plantSymlinks(const QString &out, const Victim &victim, const test::DemoTarget &acme)
{
    const QString stem = acme.projectName + QStringLiteral("-v1.0-");
    const QDir folder(out);
    const QList<QPair<QString, QString>> links {
        { stem + QStringLiteral("en.pdf"), victim.file() },
        { stem + QStringLiteral("de.pdf.part"),
          victim.folder.filePath(QStringLiteral("written-through.pdf")) },
        { stem + QStringLiteral("en.zip.part"),
          victim.folder.filePath(QStringLiteral("written-through.zip")) },
        { QLatin1Char('.') + stem + QStringLiteral("en.extracting"), victim.folder.path() },
        { QLatin1Char('.') + stem + QStringLiteral("de.extracting"), victim.folder.path() },
        { stem + QStringLiteral("de"), victim.folder.path() },
    };
    for (const auto &link : links) {
        if (!QFile::link(link.second, folder.filePath(link.first)))
            return false;
    }
    return true;
}

// What sits in the output folder that no completed job accounts for: a
// visible file or folder under a final name that is not a reported, checked
// result.
QStringList unaccountedEntries(const QString &out, const QSet<QString> &reported,
                               const QSet<QString> &planted)
{
    QStringList unaccounted;
    const QFileInfoList entries = QDir(out).entryInfoList(
        QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (planted.contains(entry.fileName()) && entry.isSymLink())
            continue;
        // Part files (kept for a resume) and hidden working folders are not
        // final names.
        if (entry.fileName().startsWith(QLatin1Char('.'))
            || entry.fileName().endsWith(QLatin1String(".part")))
            continue;
        if (!reported.contains(QDir::cleanPath(entry.absoluteFilePath())))
            unaccounted.append(entry.fileName());
    }
    return unaccounted;
}

} // namespace

class FaultMatrixTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { D360_REQUIRE_EXPORTER_EXECUTABLE(); }

    void everyJobCompletesCheckedOrFailsSayingWhy_data()
    {
        QTest::addColumn<int>("faultNumber");
        QTest::newRow("no fault") << int(Fault::None);
        QTest::newRow("latency 150 ms") << int(Fault::Latency);
        QTest::newRow("30% 5xx answers") << int(Fault::ServerErrors);
        QTest::newRow("429 burst of 3") << int(Fault::RateLimitBurst);
        QTest::newRow("429 burst of 6, beyond the retries") << int(Fault::RateLimitBeyondRetries);
        QTest::newRow("downloads cut at 40 KiB") << int(Fault::CutDownloads);
        QTest::newRow("truncated JSON bodies") << int(Fault::TruncatedBodies);
        QTest::newRow("malformed JSON bodies") << int(Fault::MalformedBodies);
        QTest::newRow("slow link 512 KiB/s") << int(Fault::SlowLink);
        QTest::newRow("revoked token") << int(Fault::RevokedToken);
        QTest::newRow("failed export") << int(Fault::FailedExport);
        QTest::newRow("expired download link") << int(Fault::ExpiredLink);
        QTest::newRow("full disk (640 KiB tmpfs)") << int(Fault::FullDisk);
        QTest::newRow("symlinks planted in the output folder") << int(Fault::PlantedSymlinks);
        QTest::newRow("download links redirected 3 times") << int(Fault::RedirectedLinks);
    }

    void everyJobCompletesCheckedOrFailsSayingWhy()
    {
        QFETCH(int, faultNumber);
        const Fault fault = Fault(faultNumber);
        CellResult cell;
        cell.fault = QString::fromLatin1(QTest::currentDataTag());
        cell.verdict = QStringLiteral("FAIL");
        matrix().append(cell);
        CellResult &recorded = matrix().last();

        // The output folder: a fresh temporary one, or for the full disk a
        // 640 KiB tmpfs (mounting needs root, as CI has).
        std::unique_ptr<testing::SmallDisk> smallDisk;
        std::unique_ptr<QTemporaryDir> temporaryOut;
        if (fault == Fault::FullDisk) {
            smallDisk = std::make_unique<testing::SmallDisk>(640 * kibibyte);
            if (!smallDisk->isMounted()) {
                recorded.verdict = QStringLiteral("not run: ") + smallDisk->whyNot();
                QSKIP(qPrintable(smallDisk->whyNot()));
            }
        } else {
            temporaryOut = std::make_unique<QTemporaryDir>();
            QVERIFY(temporaryOut->isValid());
        }
        const QString out = smallDisk ? smallDisk->path() : temporaryOut->path();

        const Expectation expected = expectationFor(fault);
        sandbox::SandboxServer server(optionsFor(fault));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const test::DemoTarget acme = test::acmeProject(server);
        QVERIFY(!acme.projectId.isEmpty());
        QTemporaryDir home;
        QVERIFY(home.isValid());
        Victim victim;
        QSet<QString> planted;
        if (fault == Fault::PlantedSymlinks) {
            QVERIFY(victim.folder.isValid() && victim.create());
            QVERIFY(plantSymlinks(out, victim, acme));
            for (const QString &name : QDir(out).entryList(QDir::AllEntries | QDir::System
                                                           | QDir::Hidden | QDir::NoDotAndDotDot))
                planted.insert(name);
        }

        ExporterProcess exporter(server, home.path());
        QElapsedTimer clock;
        clock.start();
        const ExporterProcess::Result result = exporter.run(
            { QStringLiteral("export"), QStringLiteral("--project"), acme.projectId,
              QStringLiteral("--version"), acme.versionIds.at(0), QStringLiteral("--lang"),
              QStringLiteral("en,de"), QStringLiteral("--format"), QStringLiteral("pdf,markdown"),
              QStringLiteral("--extract"), QStringLiteral("--json"), QStringLiteral("--out"), out },
            120000);
        recorded.milliseconds = clock.elapsed();
        recorded.exitCode = result.exitCode;
        QVERIFY2(result.finished, "the command did not end within two minutes");
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QVERIFY2(expected.exitCodes.contains(result.exitCode),
                 qPrintable(QStringLiteral("exit code %1; stderr:\n%2")
                                .arg(result.exitCode)
                                .arg(QString::fromUtf8(result.err))));

        const QByteArray secret = server.apiKey().toUtf8();
        QVERIFY2(!result.out.contains(secret) && !result.err.contains(secret),
                 "the token reached an output stream");
        QCOMPARE(server.statistics().storageRequestsWithCredential, 0);

        QSet<QString> reported;
        const QRegularExpression allowedFailure(expected.allowedFailure);
        for (const QJsonObject &line : result.jsonLines()) {
            const QString status = line.value(QLatin1String("status")).toString();
            const QString error = line.value(QLatin1String("error")).toString();
            if (status == QLatin1String("completed")) {
                ++recorded.completed;
                const QString file = QDir::cleanPath(line.value(QLatin1String("file")).toString());
                const QByteArray sha256 = line.value(QLatin1String("sha256")).toString().toLatin1();
                QCOMPARE(sha256,
                         server.exportSha256(line.value(QLatin1String("export_id")).toString()));
                QCOMPARE(test::sha256OfFile(file), sha256);
                QVERIFY2(!QFileInfo(file).isSymLink(), qPrintable(file));
                reported.insert(file);
                const QString extracted = line.value(QLatin1String("extracted_to")).toString();
                if (!extracted.isEmpty())
                    reported.insert(QDir::cleanPath(extracted));
                else if (line.value(QLatin1String("format")).toString()
                         == QLatin1String("markdown"))
                    QVERIFY2(
                        !expected.allowedFailure.isEmpty()
                            && allowedFailure
                                   .match(line.value(QLatin1String("extract_error")).toString())
                                   .hasMatch(),
                        qPrintable(QStringLiteral("not extracted: ")
                                   + line.value(QLatin1String("extract_error")).toString()));
            } else {
                ++recorded.failed;
                QCOMPARE(status, QStringLiteral("failed"));
                QVERIFY2(!expected.allowedFailure.isEmpty()
                             && allowedFailure.match(error).hasMatch(),
                         qPrintable(QStringLiteral("a job failed: ") + error));
                QVERIFY(line.value(QLatin1String("file")).isNull());
                if (fault == Fault::ServerErrors || fault == Fault::FailedExport)
                    QVERIFY2(!line.value(QLatin1String("trace_id")).toString().isEmpty(),
                             "no trace id for support");
            }
        }
        if (!expected.refusedBeforeJobs.isEmpty()) {
            // Refused before a job is worth starting: the whole command says so.
            QVERIFY2(QRegularExpression(expected.refusedBeforeJobs)
                         .match(QString::fromUtf8(result.err))
                         .hasMatch(),
                     result.err.constData());
            QCOMPARE(recorded.completed + recorded.failed, 0);
        } else {
            QCOMPARE(recorded.completed + recorded.failed, 4);
        }
        QVERIFY2(recorded.failed >= expected.minimumFailures,
                 qPrintable(QStringLiteral("%1 job(s) failed, expected at least %2")
                                .arg(recorded.failed)
                                .arg(expected.minimumFailures)));

        const QStringList unaccounted = unaccountedEntries(out, reported, planted);
        QVERIFY2(unaccounted.isEmpty(),
                 qPrintable(QStringLiteral("under a final name but not a checked result: ")
                            + unaccounted.join(QStringLiteral(", "))));
        if (fault == Fault::PlantedSymlinks) {
            const QString damage = victim.damage();
            QVERIFY2(damage.isEmpty(), qPrintable(damage));
        }
        recorded.verdict = QStringLiteral("pass");
    }

    void cleanupTestCase()
    {
        QString table = QStringLiteral(
            "\n| Fault | Completed | Failed (right message) | Exit code | Seconds | Cell |\n"
            "|---|---:|---:|---:|---:|---|\n");
        for (const CellResult &cell : std::as_const(matrix())) {
            table += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                         .arg(cell.fault)
                         .arg(cell.completed)
                         .arg(cell.failed)
                         .arg(cell.exitCode)
                         .arg(double(cell.milliseconds) / 1000.0, 0, 'f', 1)
                         .arg(cell.verdict);
        }
        qInfo().noquote() << table;
    }
};

QTEST_MAIN(FaultMatrixTest)
#include "tst_fault_matrix.moc"
