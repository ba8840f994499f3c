// `compare RUN RUN`: two runs from history as the real command compares
// them, on the real sandbox and real history. The command exports Markdown
// in two languages at revision 1 and again at revision 2; `history` shows
// each run's short id and `history --json` its full one; `compare` with the
// two ids reports each language's pair under its own heading, exit 1; with
// --language one pair is left and the report is exactly the one for the two
// ZIPs named as paths; --json gives one object per pair under
// "comparisons"; an id that names no run, an id that names two, a run beside
// a path, and --html for several pairs each exit 2 saying why.
#include "../jobs/ExporterProcess.h"
#include "../jobs/JobTestSupport.h"
#include "core/jobs/ExportJob.h"
#include "core/routines/HistoryStore.h"
#include "core/state/StateDatabase.h"
#include "sandbox/SandboxServer.h"
#include "support/SandboxFixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace d360;
using test::ExporterProcess;

class CompareRunsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { D360_REQUIRE_EXPORTER_EXECUTABLE(); }

    void twoRunsCompareByTheirIds()
    {
        sandbox::SandboxServer server(test::quickSandboxOptions());
        QVERIFY(server.start());
        QTemporaryDir home, first, second;
        ExporterProcess exporter(server, home.path());
        const test::DemoTarget acme = test::acmeProject(server);
        const QStringList markdown { QStringLiteral("--lang"),   QStringLiteral("en"),
                                     QStringLiteral("--lang"),   QStringLiteral("de"),
                                     QStringLiteral("--format"), QStringLiteral("markdown") };
        ExporterProcess::Result run
            = exporter.run(test::exportArguments(acme, first.path(), markdown));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        server.setRevision(2);
        run = exporter.run(test::exportArguments(acme, second.path(), markdown));
        QVERIFY2(run.exitCode == 0, run.err.constData());

        const ExporterProcess::Result listed = exporter.run({ "history", "--json" });
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray runs = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(runs.size(), 2);
        const QString newer = runs.at(0)[QStringLiteral("id")].toString();
        const QString older = runs.at(1)[QStringLiteral("id")].toString();
        QCOMPARE(newer.size(), 36);
        // The text listing names each run by its first 8 hex digits.
        const ExporterProcess::Result text = exporter.run({ "history" });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith("ID "), text.out.constData());
        QVERIFY2(text.out.contains(newer.left(8).toUtf8() + "  ")
                     && text.out.contains(older.left(8).toUtf8() + "  "),
                 text.out.constData());

        // Two pairs (en, de): a section each, both differ.
        ExporterProcess::Result compared = exporter.run({ "compare", older.left(8), newer });
        QCOMPARE(compared.exitCode, 1);
        const QString report = QString::fromUtf8(compared.out);
        QVERIFY2(report.contains(QRegularExpression(QStringLiteral("^== .+ / de / Markdown ==\\n"),
                                                    QRegularExpression::MultilineOption)),
                 qPrintable(report));
        QVERIFY2(report.contains(QRegularExpression(QStringLiteral("^== .+ / en / Markdown ==\\n"),
                                                    QRegularExpression::MultilineOption)),
                 qPrintable(report));
        QCOMPARE(report.count(QStringLiteral("Added (1):\n  04-whats-new-in-revision-2.md")), 2);
        QCOMPARE(report.count(QStringLiteral("Removed (1):\n  01-getting-started.md")), 2);

        // One pair left: exactly the report for the two ZIPs.
        const QJsonArray newFiles = runs.at(0)[QStringLiteral("files")].toArray();
        const QJsonArray oldFiles = runs.at(1)[QStringLiteral("files")].toArray();
        const auto english = [](const QJsonArray &files) {
            for (const QJsonValue &file : files) {
                if (file[QStringLiteral("language")].toString() == QLatin1String("en"))
                    return file[QStringLiteral("path")].toString();
            }
            return QString();
        };
        QVERIFY(!english(oldFiles).isEmpty() && !english(newFiles).isEmpty());
        const ExporterProcess::Result byPath
            = exporter.run({ "compare", english(oldFiles), english(newFiles) });
        compared = exporter.run({ "compare", older, newer, "--language", "EN" });
        QCOMPARE(compared.exitCode, 1);
        QCOMPARE(compared.out, byPath.out);
        compared = exporter.run({ "compare", older, newer, "--language", "en", "--json" });
        QCOMPARE(compared.exitCode, 1);
        QCOMPARE(compared.out,
                 exporter.run({ "compare", english(oldFiles), english(newFiles), "--json" }).out);
        // A run against itself: the same.
        QCOMPARE(exporter.run({ "compare", newer, newer }).exitCode, 0);

        // --json with two pairs: one object each.
        compared = exporter.run({ "compare", older, newer, "--json", "--format", "markdown" });
        QCOMPARE(compared.exitCode, 1);
        const QJsonArray comparisons = QJsonDocument::fromJson(compared.out)
                                           .object()[QStringLiteral("comparisons")]
                                           .toArray();
        QCOMPARE(comparisons.size(), 2);
        QStringList languages;
        for (const QJsonValue &one : comparisons) {
            languages.append(one[QStringLiteral("language")].toString());
            QCOMPARE(one[QStringLiteral("format")].toString(), QStringLiteral("markdown"));
            QVERIFY(!one[QStringLiteral("version")].toString().isEmpty());
            QCOMPARE(one[QStringLiteral("version_id")].toString(), acme.versionIds.at(0));
            const QJsonObject summary = one[QStringLiteral("summary")].toObject();
            QCOMPARE(summary[QStringLiteral("added")].toInt(), 1);
            QCOMPARE(summary[QStringLiteral("removed")].toInt(), 1);
            QCOMPARE(summary[QStringLiteral("edited")].toInt(), 2);
            QCOMPARE(summary[QStringLiteral("files_changed")].toInt(), 1);
        }
        languages.sort();
        QCOMPARE(languages, (QStringList { QStringLiteral("de"), QStringLiteral("en") }));

        // What cannot be compared says why, exit 2.
        compared = exporter.run({ "compare", older, newer, "--format", "html" });
        QCOMPARE(compared.exitCode, 2);
        QVERIFY2(compared.err.contains("none is left by --version, --language and --format"),
                 compared.err.constData());
        compared = exporter.run({ "compare", "00000000", newer });
        QCOMPARE(compared.exitCode, 2);
        QVERIFY2(compared.err.contains("No run in history has the id 00000000"),
                 compared.err.constData());
        compared = exporter.run({ "compare", older, english(newFiles) });
        QCOMPARE(compared.exitCode, 2);
        QVERIFY2(compared.err.contains("not one of each"), compared.err.constData());
        QTemporaryDir reports;
        compared = exporter.run(
            { "compare", older, newer, "--html", reports.filePath(QStringLiteral("x.html")) });
        QCOMPARE(compared.exitCode, 2);
        QVERIFY2(compared.err.contains("--html writes one page"), compared.err.constData());
        QVERIFY(!QFile::exists(reports.filePath(QStringLiteral("x.html"))));
        compared
            = exporter.run({ "compare", english(oldFiles), english(newFiles), "--language", "en" });
        QCOMPARE(compared.exitCode, 2);

        // Two runs whose ids share their first 8 digits: that prefix is
        // ambiguous, more of it is not.
        {
            QString problem;
            auto database = state::StateDatabase::open(exporter.stateFile(), &problem);
            QVERIFY2(database, qPrintable(problem));
            routines::HistoryStore history(database);
            for (const char *id : { "{abcdef12-0000-4000-8000-000000000001}",
                                    "{abcdef12-0000-4000-8000-000000000002}" }) {
                routines::RunRecord twin;
                twin.id = QUuid(QLatin1String(id));
                twin.origin = routines::RunOrigin::CommandLine;
                twin.description = QStringLiteral("twin");
                twin.startedAt = QDateTime::currentDateTimeUtc().addDays(-1);
                QVERIFY2(history.begin(twin, &problem), qPrintable(problem));
                QVERIFY2(history.finish(twin.id, {}, twin.startedAt, &problem),
                         qPrintable(problem));
            }
        }
        compared = exporter.run({ "compare", "abcdef12", newer });
        QCOMPARE(compared.exitCode, 2);
        QVERIFY2(compared.err.contains("The id abcdef12 is ambiguous: 2 runs start with it"),
                 compared.err.constData());
        compared = exporter.run({ "compare", "abcdef12-0000-4000-8000-000000000001", newer });
        QCOMPARE(compared.exitCode, 2);
        QVERIFY2(compared.err.contains("have no Markdown or HTML export"),
                 compared.err.constData());
    }
};

QTEST_MAIN(CompareRunsTest)
#include "tst_compare_runs.moc"
