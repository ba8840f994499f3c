// The exit codes and messages of `d360-exporter export` that scripts rely on,
// in the situations that used to get them wrong: the real executable as a
// child process against an in-process sandbox, judged by its exit code, its
// streams and what it left on disk.
#include "ExporterProcess.h"
#include "JobTestSupport.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace d360;
using test::ExporterProcess;

namespace {

// A folder that exists and that this process cannot create files in: one it
// made read-only, or for root (whom permissions do not stop) a sysfs folder.
QString unwritableFolder(const QTemporaryDir &scratch)
{
    if (::geteuid() == 0)
        return QStringLiteral("/sys/kernel");
    const QString folder = scratch.filePath(QStringLiteral("read-only"));
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    return folder;
}

} // namespace

class ExitCodesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { D360_REQUIRE_EXPORTER_EXECUTABLE(); }

    void anUnsafeDownloadLinkIsTheServersFault()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.faults.insecureDownloadLinks = true;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        QTemporaryDir home, out;
        ExporterProcess exporter(server, home.path());
        const ExporterProcess::Result result
            = exporter.run(exportArguments(test::acmeProject(server), out.path()));
        QVERIFY2(result.exitCode == 1, result.err.constData());
        QVERIFY2(result.out.contains("storage.example.com"), result.out.constData());
    }

    void aQueueThatCannotBeLockedExitsSix()
    {
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QVERIFY(server.start());
        QTemporaryDir home, out;
        ExporterProcess exporter(server, home.path());
        // A file where the folder of the queues' locks belongs.
        const QString data = exporter.dataFolder();
        QVERIFY(QDir().mkpath(data));
        QFile blocker(QDir(data).filePath(QStringLiteral("locks")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const ExporterProcess::Result result
            = exporter.run(exportArguments(test::acmeProject(server), out.path()));
        QVERIFY2(result.exitCode == 6, result.err.constData());
        QVERIFY2(result.err.contains("cannot be locked"), result.err.constData());
        QCOMPARE(server.statistics().exportsStarted, 0);
    }

    void anUnwritableOutIsRefusedBeforeAnyExportStarts()
    {
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QVERIFY(server.start());
        QTemporaryDir home, scratch;
        ExporterProcess exporter(server, home.path());
        const QString folder = unwritableFolder(scratch);
        const ExporterProcess::Result result
            = exporter.run(exportArguments(test::acmeProject(server), folder));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(result.exitCode == 2, result.err.constData());
        QVERIFY2(result.err.contains("Cannot write into the folder"), result.err.constData());
        QVERIFY2(result.err.contains("denied"), result.err.constData()); // the OS's reason
        QCOMPARE(server.statistics().exportsStarted, 0);
    }

    void outIsNotCreatedWhenTheCredentialIsMissing()
    {
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QVERIFY(server.start());
        QTemporaryDir home, scratch;
        ExporterProcess exporter(server, home.path());
        exporter.environment().remove(QStringLiteral("D360_API_KEY"));
        const QString out = scratch.filePath(QStringLiteral("new/exports"));
        const ExporterProcess::Result result
            = exporter.run(exportArguments(test::acmeProject(server), out));
        QCOMPARE(result.exitCode, 6);
        QVERIFY(!QFileInfo::exists(scratch.filePath(QStringLiteral("new"))));
    }

    void aFolderThatCannotBeCreatedSaysWhy()
    {
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QVERIFY(server.start());
        QTemporaryDir home, scratch;
        ExporterProcess exporter(server, home.path());
        QFile file(scratch.filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString out = scratch.filePath(QStringLiteral("a-file/exports"));
        const ExporterProcess::Result result
            = exporter.run(exportArguments(test::acmeProject(server), out));
        QVERIFY2(result.exitCode == 2, result.err.constData());
        QVERIFY2(result.err.contains("Cannot create the folder"), result.err.constData());
        QVERIFY2(result.err.contains("Not a directory"), result.err.constData());
        QCOMPARE(server.statistics().exportsStarted, 0);
    }

    void messagesEndWithOneFullStop_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::newRow("unknown version") << "bad-version";
        QTest::newRow("unknown project") << "bad-project";
        QTest::newRow("failed export") << "failed-export";
    }

    void messagesEndWithOneFullStop()
    {
        QFETCH(QString, situation);
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.faults.failExports = situation == QLatin1String("failed-export") ? 1 : 0;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        QTemporaryDir home, out;
        ExporterProcess exporter(server, home.path());
        QStringList arguments = exportArguments(test::acmeProject(server), out.path());
        if (situation == QLatin1String("bad-version"))
            arguments[4] = QStringLiteral("no-such-version");
        else if (situation == QLatin1String("bad-project"))
            arguments[2] = QStringLiteral("no-such-project");
        const ExporterProcess::Result result = exporter.run(arguments);
        QVERIFY(result.exitCode != 0);
        QVERIFY2(!result.err.contains("..") && !result.out.contains(".."),
                 (result.out + result.err).constData());
    }

    void infoLinesOnlyWithVerbose()
    {
        sandbox::SandboxOptions options = test::quickSandboxOptions();
        options.faults.failExports = 2;
        sandbox::SandboxServer server(options);
        QVERIFY(server.start());
        QTemporaryDir home, out;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);
        // The job runner logs a failed job at info level.
        const ExporterProcess::Result quiet = exporter.run(exportArguments(acme, out.path()));
        QCOMPARE(quiet.exitCode, 1);
        QVERIFY2(!quiet.err.contains("failed:"), quiet.err.constData());
        const ExporterProcess::Result verbose
            = exporter.run(exportArguments(acme, out.path(), { QStringLiteral("--verbose") }));
        QCOMPARE(verbose.exitCode, 1);
        QVERIFY2(verbose.err.contains("failed:"), verbose.err.constData());
    }

    void helpNamesTheVerb_data()
    {
        QTest::addColumn<QString>("verb");
        for (const char *verb : { "export", "projects", "versions", "languages", "accounts" })
            QTest::newRow(verb) << QString::fromLatin1(verb);
    }

    void helpNamesTheVerb()
    {
        QFETCH(QString, verb);
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QTemporaryDir home;
        ExporterProcess exporter(server, home.path());
        const ExporterProcess::Result help = exporter.run({ verb, QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        const QByteArray usage = "Usage: d360-exporter " + verb.toUtf8() + " [options]";
        QVERIFY2(help.out.startsWith(usage), help.out.constData());
        QVERIFY2(help.out.contains("--verbose"), help.out.constData());
    }

    // Qt's --help-all (its own options) was offered by every verb and
    // honoured by none: `export --help-all` was a usage error, `sandbox
    // --help-all` started the server. Now no verb offers it, and asking for
    // it is the usage error it always was.
    void noVerbOffersHelpAll_data()
    {
        QTest::addColumn<QString>("verb");
        for (const char *verb :
             { "export", "projects", "versions", "languages", "accounts", "sandbox" })
            QTest::newRow(verb) << QString::fromLatin1(verb);
    }

    void noVerbOffersHelpAll()
    {
        QFETCH(QString, verb);
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QTemporaryDir home;
        ExporterProcess exporter(server, home.path());
        const ExporterProcess::Result help = exporter.run({ verb, QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("--help"), help.out.constData());
        QVERIFY2(!help.out.contains("--help-all"), help.out.constData());
        const ExporterProcess::Result helpAll
            = exporter.run({ verb, QStringLiteral("--help-all") }, 15000);
        QVERIFY2(helpAll.finished, "the verb did not end: it took --help-all for a command");
        QCOMPARE(helpAll.exitCode, 2);
        QVERIFY2(helpAll.err.contains("help-all"), helpAll.err.constData());
    }
};

QTEST_MAIN(ExitCodesTest)
#include "tst_exit_codes.moc"
