// `d360-exporter compare OLD NEW`, run as the real executable the way a
// writer runs it: two exports of a release (an earlier one as the ZIP that
// was downloaded, a later one as its extracted folder), a report grouped by
// kind, exit 1; an export against itself, exit 0; what cannot be compared,
// exit 2 with the reason on stderr; and --json, whose keys and values do not
// change with the language.
#include "support/ExportFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray page(const char *id, const char *title, const char *text)
{
    return QByteArray("---\nid: ") + id + "\ntitle: \"" + title + "\"\n---\n# " + title + "\n\n"
        + text + "\n";
}

using Files = d360::test::ExportFileList;

const Files releaseOne = {
    { "01-intro.md", page("a1", "Intro", "Welcome.") },
    { "02-backup.md", page("a2", "Backup", "Export nightly.") },
    { "03-setup.md", page("a3", "Setup", "Install it.") },
    { "04-legacy.md", page("a4", "Legacy", "Old ways.") },
    { "images/flow.png", "flow-1" },
};

const Files releaseTwo = {
    { "01-intro.md", page("a1", "Intro", "Welcome.") },
    { "02-backup.md", page("a2", "Backup", "Export nightly, and keep seven runs.") },
    { "03-installation.md", page("a3", "Installation", "Install it.") },
    { "05-release-notes.md", page("a5", "Release notes", "Version 4.2.") },
    { "images/flow.png", "flow-2" },
};

Result compare(const QStringList &arguments, const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANGUAGE"), locale.left(2));
    process.setProcessEnvironment(environment);
    process.setProgram(qEnvironmentVariable("D360_EXECUTABLE"));
    process.setArguments(QStringList { QStringLiteral("compare") } + arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    Result result;
    result.finished = finished.wait(30000);
    if (!result.finished)
        process.kill();
    result.exitCode = result.finished ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class CompareCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("D360_EXECUTABLE")).isExecutable(),
                 "D360_EXECUTABLE must name the built d360-exporter (ctest sets it)");
        QVERIFY(m_scratch.isValid());
        m_old = m_scratch.filePath(QStringLiteral("Guide-v4.1-en.zip"));
        m_new = m_scratch.filePath(QStringLiteral("Guide-v4.2-en"));
        QVERIFY(d360::test::writeExportZip(m_old, releaseOne));
        QVERIFY(d360::test::writeExportFolder(m_new, releaseTwo));
    }

    void aReleaseIsReportedByKindAndExitsOne()
    {
        const Result result = compare({ m_old, m_new });
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, 1);
        const QString text = QString::fromUtf8(result.out);
        QVERIFY2(
            text.contains(QStringLiteral("Added (1):\n  05-release-notes.md  \"Release notes\"\n")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Removed (1):\n  04-legacy.md  \"Legacy\"\n")),
                 qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("Moved or renamed (1):\n  03-setup.md -> "
                                         "03-installation.md  \"Setup\" -> \"Installation\"\n")),
            qPrintable(text));
        QVERIFY2(text.contains(
                     QStringLiteral("Edited (1):\n  02-backup.md  \"Backup\"  (+5 -1 words)\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(
                     QStringLiteral("Images and attachments (1):\n  changed  images/flow.png\n")),
                 qPrintable(text));
        // The English singular, not "1 articles".
        QVERIFY2(text.contains(QStringLiteral("Unchanged: 1 article.\n")), qPrintable(text));
        QVERIFY2(result.err.isEmpty(), result.err.constData());

        // --diff adds each edit's unified diff, as git prints it.
        const Result withDiff = compare({ m_old, m_new, QStringLiteral("--diff") });
        QCOMPARE(withDiff.exitCode, 1);
        QVERIFY2(withDiff.out.contains(
                     "--- a/02-backup.md\n+++ b/02-backup.md\n@@ -4,4 +4,4 @@ title: \"Backup\"\n"),
                 withDiff.out.constData());
        QVERIFY2(
            withDiff.out.contains("\n-Export nightly.\n+Export nightly, and keep seven runs.\n"),
            withDiff.out.constData());
    }

    // --html: one page that opens anywhere, loads nothing and needs no
    // script, with the edit side by side; the text report still prints.
    void theHtmlReportIsOneSelfContainedPage()
    {
        QTemporaryDir reports;
        const QString file = reports.filePath(QStringLiteral("changes.html"));
        const Result result = compare({ m_old, m_new, QStringLiteral("--html"), file });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("The HTML report is"), result.err.constData());
        QVERIFY(result.out.contains("Edited (1):"));
        QFile report(file);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(report.readAll());
        QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY2(!page.contains(QLatin1String("<script")), "needs no script");
        QVERIFY2(!page.contains(QLatin1String("http:")) && !page.contains(QLatin1String("https:"))
                     && !page.contains(QLatin1String(" src=")),
                 "loads nothing");
        QVERIFY(page.contains(QStringLiteral("<code>05-release-notes.md</code> — Release notes")));
        QVERIFY(page.contains(
            QStringLiteral("<code>03-setup.md</code> → <code>03-installation.md</code>: “Setup” → "
                           "“Installation”")));
        // The edit, old beside new.
        QVERIFY2(page.contains(QLatin1String(
                     "<td class=\"removed\">Export nightly.</td><td class=\"number\">7</td>"
                     "<td class=\"added\">Export nightly, and keep seven runs.</td>")),
                 qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("(+5 −1 words)")));
        QVERIFY(page.contains(QLatin1String("prefers-color-scheme: dark")));
        // Nothing but the report in its folder: no temporary file left.
        QCOMPARE(QDir(reports.path()).entryList(QDir::Files), QStringList { "changes.html" });

        // A report that cannot be written says so, and exits 2.
        const Result refused = compare(
            { m_old, m_new, QStringLiteral("--html"), reports.filePath("no/such/x.html") });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("Cannot write"), refused.err.constData());
    }

    void anExportAgainstItselfExitsZero()
    {
        for (const QString &path : { m_old, m_new }) {
            const Result result = compare({ path, path });
            QCOMPARE(result.exitCode, 0);
            QVERIFY2(result.out.contains("are the same: 4 articles alike."),
                     result.out.constData());
        }
        // The ZIP and the same files as a folder are the same export.
        QTemporaryDir extracted;
        QVERIFY(d360::test::writeExportFolder(extracted.path(), releaseOne));
        QCOMPARE(compare({ m_old, extracted.path() }).exitCode, 0);
    }

    void whatCannotBeComparedExitsTwo()
    {
        Result result = compare({ m_old });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("Name two exports"), result.err.constData());
        result = compare({ m_old, m_scratch.filePath(QStringLiteral("missing")) });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("compare: ") && result.err.contains("missing does not exist"),
                 result.err.constData());
        const QString pdf = m_scratch.filePath(QStringLiteral("Guide.pdf"));
        QVERIFY(d360::test::writeExportFolder(m_scratch.path(), { { "Guide.pdf", "%PDF-1.4\n" } }));
        result = compare({ pdf, m_new });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("neither a folder nor a ZIP"), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void jsonIsTheSameInEveryLanguage()
    {
        const Result english = compare({ m_old, m_new, QStringLiteral("--json") });
        QCOMPARE(english.exitCode, 1);
        const Result german
            = compare({ m_old, m_new, QStringLiteral("--json") }, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(german.exitCode, 1);
        QCOMPARE(german.out, english.out);
        const QJsonObject report = QJsonDocument::fromJson(english.out).object();
        QCOMPARE(report.value("same").toBool(), false);
        QCOMPARE(report.value("old_kind").toString(), QStringLiteral("markdown"));
        const QJsonObject summary = report.value("summary").toObject();
        QCOMPARE(summary.value("added").toInt(), 1);
        QCOMPARE(summary.value("removed").toInt(), 1);
        QCOMPARE(summary.value("moved_or_renamed").toInt(), 1);
        QCOMPARE(summary.value("edited").toInt(), 1);
        QCOMPARE(summary.value("unchanged").toInt(), 1);
        QCOMPARE(summary.value("files_changed").toInt(), 1);
        const QJsonArray articles = report.value("articles").toArray();
        QCOMPARE(articles.size(), 4);
        const QJsonObject renamed = articles.at(1).toObject();
        QCOMPARE(renamed.value("path").toString(), QStringLiteral("03-installation.md"));
        QCOMPARE(renamed.value("old_path").toString(), QStringLiteral("03-setup.md"));
        QCOMPARE(renamed.value("id").toString(), QStringLiteral("a3"));
        QCOMPARE(renamed.value("renamed").toBool(), true);
        QCOMPARE(renamed.value("edited").toBool(), false);
        const QJsonObject image = report.value("files").toArray().first().toObject();
        QCOMPARE(image.value("change").toString(), QStringLiteral("changed"));
        QCOMPARE(image.value("bytes").toInt(), 6);
        QCOMPARE(image.value("sha256").toString().size(), 64);
    }

private:
    QTemporaryDir m_scratch;
    QString m_old;
    QString m_new;
};

QTEST_GUILESS_MAIN(CompareCommandTest)
#include "tst_compare_command.moc"
