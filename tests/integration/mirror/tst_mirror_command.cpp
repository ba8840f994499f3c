// The Git mirror as a writer runs it: the real executable, with no git on
// its PATH (the mirror is libgit2's), against the sandbox at revision 1,
// then 2, then 2 again. Exactly two commits come of it, the second naming the
// documented changes of revision 2 (app/sandbox/DemoData.h), and the real
// git, run by the test, sees them article by article. `mirror` refuses a
// preset without Markdown and a folder that cannot be a repository, and
// `export --preset` refuses a repository with the writer's own edits under
// the mirrored folder, with exit 1 and without touching it.
#include "../jobs/ExporterProcess.h"
#include "../jobs/JobTestSupport.h"
#include "support/GitProcess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace d360;
using test::ExporterProcess;
using test::GitProcess;

class MirrorCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        D360_REQUIRE_EXPORTER_EXECUTABLE();
        const QString missing = GitProcess::missingReason();
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
    }

    void revisionsOneTwoAndTwoMakeExactlyTwoCommits()
    {
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QVERIFY(server.start());
        QTemporaryDir home, out, repositories, noTools;
        ExporterProcess exporter(server, home.path());
        exporter.environment().insert(QStringLiteral("PATH"), noTools.path());
        const test::DemoTarget acme = test::acmeProject(server);
        ExporterProcess::Result result = exporter.run(
            { "presets", "save", "Handbook", "--project", acme.projectId, "--version", "default",
              "--lang", "en", "--format", "markdown", "--out", out.path() });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QString repository = repositories.filePath(QStringLiteral("handbook"));
        result = exporter.run({ "mirror", "--preset", "Handbook", "--repo", repository });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("Made a new Git repository"), result.out.constData());
        const GitProcess git(repository, home.path());
        QCOMPARE(git.output({ "symbolic-ref", "--short", "HEAD" }).trimmed(),
                 QStringLiteral("main"));
        result = exporter.run({ "mirror", "--preset", "Handbook" });
        QVERIFY2(result.out.contains("mirrors its Markdown exports into"), result.out.constData());

        // Revision 1: the first commit holds the whole export.
        result = exporter.run({ "export", "--preset", "Handbook" });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.err.contains("Committed "), result.err.constData());
        QCOMPARE(git.commitCount(), 1);
        QCOMPARE(git.output({ "ls-files" }),
                 QStringLiteral("v2.0/en/01-getting-started.md\nv2.0/en/02-backup-and-export.md\n"
                                "v2.0/en/03-troubleshooting-sign-in.md\n"
                                "v2.0/en/images/access-denied.png\nv2.0/en/images/dashboard.png\n"
                                "v2.0/en/images/export-settings.png\n"));

        // Revision 2: exactly the documented changes, in one commit.
        server.setRevision(2);
        result = exporter.run({ "export", "--preset", "Handbook" });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(git.commitCount(), 2);
        const QString subject = git.output({ "log", "-1", "--format=%s" }).trimmed();
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^Acme Cloud Handbook v2\\.0 en: 2 articles changed, 1 "
                                    "added, 1 removed, 1 other file changed; exported "
                                    "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC$"))
                     .match(subject)
                     .hasMatch(),
                 qPrintable(subject));
        const QString stat = git.output({ "log", "-1", "--stat=200", "--format=%b" });
        for (const char *expected :
             { "v2.0/en/01-getting-started.md            |  12 ------------",
               "v2.0/en/02-backup-and-export.md          |   4 +++-",
               "v2.0/en/03-troubleshooting-sign-in-r2.md |  14 ++++++++++++++",
               "v2.0/en/03-troubleshooting-sign-in.md    |  12 ------------",
               "v2.0/en/04-whats-new-in-revision-2.md    |   8 ++++++++",
               "v2.0/en/images/access-denied.png         | Bin 202 -> 226 bytes", "6 files changed",
               // What git cannot see: the renamed file is the same article.
               "  renamed: 03-troubleshooting-sign-in.md -> 03-troubleshooting-sign-in-r2.md, "
               "edited",
               "  removed: 01-getting-started.md", "  added:   04-whats-new-in-revision-2.md",
               "  changed: images/access-denied.png" })
            QVERIFY2(stat.contains(QLatin1String(expected)),
                     qPrintable(QStringLiteral("%1\nnot in:\n%2").arg(expected, stat)));

        // Revision 2 again: nothing to commit.
        result = exporter.run({ "export", "--preset", "Handbook" });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.err.contains("is up to date"), result.err.constData());
        QCOMPARE(git.commitCount(), 2);
        QCOMPARE(git.output({ "status", "--porcelain" }), QString());

        // Saving the preset again over itself keeps its mirror.
        result = exporter.run({ "presets", "save", "Handbook", "--project", acme.projectId,
                                "--version", "default", "--lang", "en", "--format", "markdown",
                                "--out", out.path(), "--replace" });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        result = exporter.run({ "presets", "show", "Handbook" });
        QVERIFY2(result.out.contains(
                     QStringLiteral("Git mirror  %1 (branch main)").arg(repository).toUtf8()),
                 result.out.constData());

        // The writer's own edit under the mirrored folder is never overwritten.
        const QString edited = repository + QStringLiteral("/v2.0/en/02-backup-and-export.md");
        QFile file(edited);
        QVERIFY(file.open(QIODevice::Append));
        file.write("A line of my own.\n");
        file.close();
        server.setRevision(1);
        result = exporter.run({ "export", "--preset", "Handbook" });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("the Git mirror was not updated")
                     && result.err.contains("v2.0/en/02-backup-and-export.md"),
                 result.err.constData());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().endsWith("A line of my own.\n"));
        QCOMPARE(git.commitCount(), 2);

        result = exporter.run({ "mirror", "--preset", "Handbook", "--off" });
        QVERIFY2(result.exitCode == 0 && result.out.contains("the repository is left as it is"),
                 (result.out + result.err).constData());
        result = exporter.run({ "export", "--preset", "Handbook" });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(git.commitCount(), 2);
    }

    void aMirrorNeedsMarkdownAndAFolderThatCanBeARepository()
    {
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QVERIFY(server.start());
        QTemporaryDir home, out, folders;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);
        ExporterProcess::Result result
            = exporter.run({ "presets", "save", "Print", "--project", acme.projectId, "--version",
                             "default", "--format", "pdf", "--out", out.path() });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QString repository = folders.filePath(QStringLiteral("print"));
        result = exporter.run({ "mirror", "--preset", "Print", "--repo", repository });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("does not export Markdown"), result.err.constData());
        QVERIFY(!QFileInfo::exists(repository));

        result = exporter.run({ "presets", "save", "Docs", "--project", acme.projectId, "--version",
                                "default", "--format", "markdown", "--out", out.path() });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QFile letter(folders.filePath(QStringLiteral("papers/letter.txt")));
        QVERIFY(QDir().mkpath(folders.filePath(QStringLiteral("papers"))));
        QVERIFY(letter.open(QIODevice::WriteOnly));
        letter.close();
        result = exporter.run(
            { "mirror", "--preset", "Docs", "--repo", folders.filePath(QStringLiteral("papers")) });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("neither a Git repository nor an empty folder"),
                 result.err.constData());

        result = exporter.run({ "mirror", "--preset", "Nonesuch", "--repo", repository });
        QCOMPARE(result.exitCode, 4);
        result = exporter.run({ "mirror", "--preset", "Docs", "--off", "--repo", repository });
        QCOMPARE(result.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(MirrorCommandTest)
#include "tst_mirror_command.moc"
