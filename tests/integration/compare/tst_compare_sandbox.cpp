// The knowledge base changes, as the sandbox's revisions change it, and
// `compare` says exactly what changed: two Markdown exports made by the real
// command, at revision 1 and at revision 2, compared as a writer would (the
// ZIPs, then the ZIP against its own extracted folder). The report names the
// documented set of changes (DemoData.h), in text and in JSON; each edited
// article's diff and word counts agree with the real `git diff --no-index`
// on the same two article files; and an export against itself is the same.
#include "../jobs/ExporterProcess.h"
#include "../jobs/JobTestSupport.h"
#include "core/compare/ExportSnapshot.h"
#include "sandbox/SandboxServer.h"
#include "support/SandboxFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace d360;
using test::ExporterProcess;

namespace {

// The one file of a plain export in out, or empty.
QString onlyFileIn(const QString &out, const QString &suffix)
{
    const QStringList files = QDir(out).entryList({ QStringLiteral("*") + suffix }, QDir::Files);
    return files.size() == 1 ? QDir(out).filePath(files.first()) : QString();
}

struct GitDiff
{
    QString hunks; // from the first "@@" on
    int wordsAdded = 0;
    int wordsRemoved = 0;
};

// The real git on two files, as the issue says the diffs must agree with.
GitDiff gitDiff(const QString &git, const QString &oldFile, const QString &newFile)
{
    GitDiff result;
    QProcess lines;
    lines.start(git, { "diff", "--no-index", "--no-color", "--patience", oldFile, newFile });
    lines.waitForFinished(30000);
    const QString text = QString::fromUtf8(lines.readAllStandardOutput());
    result.hunks = text.mid(text.indexOf(QLatin1String("\n@@")) + 1);
    QProcess words;
    words.start(git,
                { "diff", "--no-index", "--no-color", "--patience", "--word-diff=porcelain",
                  oldFile, newFile });
    words.waitForFinished(30000);
    static const QRegularExpression space(QStringLiteral("[ \\t\\r\\n]+"));
    bool inHunks = false;
    for (const QString &line : QString::fromUtf8(words.readAllStandardOutput()).split('\n')) {
        if (line.startsWith(QLatin1String("@@")))
            inHunks = true;
        if (!inHunks || line.isEmpty())
            continue;
        const int count = int(line.mid(1).split(space, Qt::SkipEmptyParts).size());
        if (line.startsWith('+'))
            result.wordsAdded += count;
        else if (line.startsWith('-'))
            result.wordsRemoved += count;
    }
    return result;
}

} // namespace

class CompareSandboxTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { D360_REQUIRE_EXPORTER_EXECUTABLE(); }

    void revisionTwoIsExactlyTheDocumentedChanges()
    {
        const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
        QVERIFY2(!git.isEmpty(), "git is needed to check the diffs against (install git)");
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QVERIFY(server.start());
        QTemporaryDir home, first, second;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);
        const QStringList markdown { QStringLiteral("--lang"), QStringLiteral("en"),
                                     QStringLiteral("--format"), QStringLiteral("markdown") };
        ExporterProcess::Result exported
            = exporter.run(test::exportArguments(acme, first.path(), markdown));
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        server.setRevision(2);
        exported = exporter.run(
            test::exportArguments(acme, second.path(), markdown + QStringList { "--extract" }));
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const QString before = onlyFileIn(first.path(), QStringLiteral(".zip"));
        const QString after = onlyFileIn(second.path(), QStringLiteral(".zip"));
        QVERIFY(!before.isEmpty() && !after.isEmpty());
        const QStringList folders
            = QDir(second.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(folders.size(), 1);
        const QString extracted = QDir(second.path()).filePath(folders.first());

        // Text.
        ExporterProcess::Result compared = exporter.run({ "compare", before, after });
        QCOMPARE(compared.exitCode, 1);
        const QString text = QString::fromUtf8(compared.out);
        QVERIFY2(text.contains(QRegularExpression(
                     "Added \\(1\\):\\n  04-whats-new-in-revision-2\\.md  \"[^\"]+\"\\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(
                     "Removed \\(1\\):\\n  01-getting-started\\.md  \"[^\"]+\"\\n")),
                 qPrintable(text));
        QVERIFY2(
            text.contains(QRegularExpression(
                "Moved or renamed \\(1\\):\\n  03-troubleshooting-sign-in\\.md -> "
                "03-troubleshooting-sign-in-r2\\.md  \"([^\"]+)\" -> \"\\1 \\(revised\\)\"\\n")),
            qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression("Edited \\(2\\):\\n  02-backup-and-export\\.md .*"
                                                  "\\n  03-troubleshooting-sign-in-r2\\.md ")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(
                     "Images and attachments (1):\n  changed  images/access-denied.png\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Unchanged: 0 articles.")), qPrintable(text));

        // HTML: the same set, on one page.
        QTemporaryDir reports;
        const QString reportFile = reports.filePath(QStringLiteral("changes.html"));
        QCOMPARE(exporter.run({ "compare", before, after, "--html", reportFile }).exitCode, 1);
        QFile htmlReport(reportFile);
        QVERIFY(htmlReport.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(htmlReport.readAll());
        for (const char *expected :
             { "<h2>Added (1)</h2>", "<code>04-whats-new-in-revision-2.md</code>",
               "<h2>Removed (1)</h2>", "<code>01-getting-started.md</code>",
               "<h2>Moved or renamed (1)</h2>",
               "<code>03-troubleshooting-sign-in.md</code> → "
               "<code>03-troubleshooting-sign-in-r2.md</code>",
               "<h2>Images and attachments (1)</h2>", "<code>images/access-denied.png</code>",
               "<h2>Edited (2)</h2>" })
            QVERIFY2(page.contains(QString::fromUtf8(expected)), expected);

        // The ZIP against its own extracted folder, and each export against
        // itself: nothing.
        QCOMPARE(exporter.run({ "compare", after, extracted }).exitCode, 0);
        QCOMPARE(exporter.run({ "compare", before, before }).exitCode, 0);

        // JSON: the same set, and every edit's diff as git makes it.
        compared = exporter.run({ "compare", before, extracted, "--json" });
        QCOMPARE(compared.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(compared.out).object();
        const QJsonObject summary = report.value("summary").toObject();
        QCOMPARE(summary.value("added").toInt(), 1);
        QCOMPARE(summary.value("removed").toInt(), 1);
        QCOMPARE(summary.value("moved_or_renamed").toInt(), 1);
        QCOMPARE(summary.value("edited").toInt(), 2);
        QCOMPARE(summary.value("unchanged").toInt(), 0);
        QCOMPARE(summary.value("files_changed").toInt(), 1);
        QCOMPARE(summary.value("files_added").toInt(), 0);
        QCOMPARE(summary.value("files_removed").toInt(), 0);

        QString problem;
        const std::optional<compare::ExportSnapshot> oldSnapshot
            = compare::ExportSnapshot::read(before, &problem);
        QVERIFY2(oldSnapshot, qPrintable(problem));
        QTemporaryDir scratch;
        int edits = 0;
        for (const QJsonValue &value : report.value("articles").toArray()) {
            const QJsonObject article = value.toObject();
            if (!article.value("edited").toBool())
                continue;
            ++edits;
            const QString oldPath = article.value("old_path").toString();
            const QString newPath = article.value("path").toString();
            // The two article files as they are in the exports.
            const QString oldFile = scratch.filePath(QStringLiteral("old-%1").arg(edits));
            QFile oldOut(oldFile);
            QVERIFY(oldOut.open(QIODevice::WriteOnly));
            for (const compare::SnapshotArticle &old : oldSnapshot->articles()) {
                if (old.path == oldPath)
                    oldOut.write(old.page.toUtf8());
            }
            oldOut.close();
            const QString newFile = QDir(extracted).filePath(newPath);
            QVERIFY2(QFile::exists(newFile), qPrintable(newFile));
            const GitDiff expected = gitDiff(git, oldFile, newFile);
            const QString diff = article.value("diff").toString();
            QCOMPARE(diff.mid(diff.indexOf(QLatin1String("\n@@")) + 1), expected.hunks);
            QCOMPARE(article.value("words_added").toInt(), expected.wordsAdded);
            QCOMPARE(article.value("words_removed").toInt(), expected.wordsRemoved);
            QVERIFY(expected.wordsAdded > 0);
        }
        QCOMPARE(edits, 2);
    }
};

QTEST_MAIN(CompareSandboxTest)
#include "tst_compare_sandbox.moc"
