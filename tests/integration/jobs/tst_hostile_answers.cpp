// A hostile or broken server, as the headless command meets it: the real
// executable as a child process against an in-process sandbox whose faults
// play the part. A server that echoes the token in an error must not get it
// into any file the program writes nor onto either output stream; names full
// of terminal escapes and bidi overrides must reach neither the terminal nor
// a file name; an answer far too big must be refused before it is read.
#include "AuthTestSupport.h"
#include "ExporterProcess.h"
#include "JobTestSupport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace d360;
using test::ExporterProcess;

namespace {

int modeOf(const QString &path)
{
    struct stat status
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 07777)
                                                                      : -1;
}

// The first character a terminal would act on rather than show: C0 (but
// line feed and tab), DEL, C1, and the bidi controls; -1 when there is none.
int unsafeCharacterIn(const QByteArray &utf8)
{
    for (const QChar c : QString::fromUtf8(utf8)) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\n' && u != '\t') || (u >= 0x7f && u <= 0x9f) || u == 0x061c
            || u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069))
            return u;
    }
    return -1;
}

} // namespace

class HostileAnswersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { D360_REQUIRE_EXPORTER_EXECUTABLE(); }

    void anEchoedTokenReachesNoFileAndNoStream()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.faults.failExports = 1;
        options.faults.echoCredential = true;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        const QByteArray token = server.apiKey().toUtf8();
        QTemporaryDir home, out;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);
        const QStringList arguments = test::exportArguments(acme, out.path());

        // The export fails with the token in the server's reason; the reason
        // is shown and stored, the token is not.
        const ExporterProcess::Result failed = exporter.run(arguments);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.out.contains("rendering stopped"), failed.out.constData());
        QVERIFY2(!failed.out.contains(token), failed.out.constData());
        QVERIFY2(!failed.err.contains(token), failed.err.constData());
        const QStringList batches = exporter.savedBatches();
        QCOMPARE(batches.size(), 1);
        const QString data = exporter.dataFolder();
        // The queue is the user's alone, in a folder that is the user's alone.
        QCOMPARE(modeOf(exporter.stateFile()), 0600);
        QCOMPARE(modeOf(data), 0700);
        QCOMPARE(modeOf(QDir(data).filePath(QStringLiteral("locks"))), 0700);

        // A saved job the program cannot read is kept aside in the database:
        // that copy holds no token either.
        {
            QString problem;
            const std::shared_ptr<state::StateDatabase> database
                = state::StateDatabase::open(exporter.stateFile(), &problem);
            QVERIFY2(database, qPrintable(problem));
            QSqlQuery insert(database->connection());
            insert.prepare(QStringLiteral(
                "INSERT INTO queue_jobs (queue, id, position, batch_id, state, job) "
                "VALUES (?, 'not-a-job', 1000, 'x', 'queued', '{\"id\":\"not-a-job\"}')"));
            insert.addBindValue(batches.first());
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        // Verbose, so the log lines go through the redacting handler too.
        const ExporterProcess::Result resumed
            = exporter.run(arguments + QStringList { QStringLiteral("--verbose") });
        QVERIFY2(resumed.err.contains("could not be read"), resumed.err.constData());
        QVERIFY2(!resumed.out.contains(token) && !resumed.err.contains(token),
                 resumed.err.constData());

        // Errors printed by the listings, from a problem+json detail.
        const ExporterProcess::Result missing
            = exporter.run({ QStringLiteral("versions"), QStringLiteral("--project"),
                             QStringLiteral("no-such-project") });
        QCOMPARE(missing.exitCode, 4);
        QVERIFY2(missing.err.contains("Credential presented"), missing.err.constData());
        QVERIFY2(!missing.err.contains(token), missing.err.constData());

        QCOMPARE(test::filesContaining({ home.path(), out.path() }, token), QStringList());

        // Every file of the program's state is the user's alone, and the
        // unreadable job is still there to be looked at; the batch finished
        // on the second run, which removed its queue.
        QDirIterator it(data, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(
                modeOf(path) == 0600,
                qPrintable(QStringLiteral("%1 has mode %2").arg(path).arg(modeOf(path), 0, 8)));
            files.append(QFileInfo(path).fileName());
        }
        QVERIFY2(files.contains(QStringLiteral("state.sqlite")), qPrintable(files.join(u',')));
        QVERIFY(exporter.savedBatches().isEmpty());
        QString problem;
        const std::shared_ptr<state::StateDatabase> database
            = state::StateDatabase::open(exporter.stateFile(), &problem);
        QVERIFY2(database, qPrintable(problem));
        QSqlQuery kept(database->connection());
        QVERIFY(kept.exec(QStringLiteral("SELECT id, reason FROM unreadable_jobs")));
        QVERIFY(kept.next());
        QCOMPARE(kept.value(0).toString(), QStringLiteral("not-a-job"));
        QVERIFY(!kept.next());
    }

    void hostileNamesArePrintedClean()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.faults.hostileNames = true;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        QTemporaryDir home, out;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);
        exporter.environment().insert(QStringLiteral("D360_PROJECT_ID"), acme.projectId);

        const QList<QStringList> listings {
            { QStringLiteral("projects") },
            { QStringLiteral("projects"), QStringLiteral("--json") },
            { QStringLiteral("versions") },
            { QStringLiteral("languages"), QStringLiteral("--version"), QStringLiteral("default") },
        };
        for (const QStringList &arguments : listings) {
            const ExporterProcess::Result listed = exporter.run(arguments);
            QCOMPARE(listed.exitCode, 0);
            QVERIFY2(listed.out.contains("gnp.exe"), listed.out.constData()); // the text stays, ...
            QCOMPARE(unsafeCharacterIn(listed.out), -1); // ... what a terminal would obey goes
            QCOMPARE(unsafeCharacterIn(listed.err), -1);
        }
        const ExporterProcess::Result projects = exporter.run({ QStringLiteral("projects") });
        QVERIFY2(projects.out.contains("Acme Cloud Handbook"), projects.out.constData());

        const ExporterProcess::Result exported
            = exporter.run({ QStringLiteral("export"), QStringLiteral("--version"),
                             acme.versionIds.at(0), QStringLiteral("--out"), out.path() });
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(unsafeCharacterIn(exported.out), -1);
        const QStringList files = test::everythingIn(out.path());
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().contains(QLatin1String("gnp.exe")), qPrintable(files.first()));
        QCOMPARE(unsafeCharacterIn(files.first().toUtf8()), -1);
    }

    void anOversizedAnswerIsRefusedBeforeItIsRead_data()
    {
        QTest::addColumn<bool>("sized");
        QTest::newRow("Content-Length") << true;
        QTest::newRow("no Content-Length") << false;
    }

    void anOversizedAnswerIsRefusedBeforeItIsRead()
    {
        QFETCH(bool, sized);
        constexpr qint64 padding = 80 * 1024 * 1024;
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.faults.padAnswersToBytes = padding;
        options.faults.unsizedAnswers = !sized;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        QTemporaryDir home;
        ExporterProcess exporter(server, home.path());

        const ExporterProcess::Result result = exporter.run({ QStringLiteral("projects") }, 120000);
        QVERIFY(result.finished);
        QVERIFY2(result.exitCode == 1,
                 qPrintable(QStringLiteral("exit code %1, %2 bytes on stdout: %3")
                                .arg(result.exitCode)
                                .arg(result.out.size())
                                .arg(QString::fromUtf8(result.err))));
        QVERIFY2(result.err.contains("16 MiB"), result.err.constData());
        QVERIFY2(result.err.contains("Trace id: "), result.err.constData());
        QVERIFY(result.out.isEmpty());
        // The client hung up long before the body was through: what left the
        // server is the limit at most, plus what the loopback's socket
        // buffers took.
        QTRY_VERIFY(server.statistics().paddedAnswerBytesSent > 0);
        qInfo("%lld of %lld bytes left the server", server.statistics().paddedAnswerBytesSent,
              padding);
        QVERIFY2(server.statistics().paddedAnswerBytesSent < padding / 2,
                 qPrintable(QString::number(server.statistics().paddedAnswerBytesSent)));
    }
};

QTEST_MAIN(HostileAnswersTest)
#include "tst_hostile_answers.moc"
