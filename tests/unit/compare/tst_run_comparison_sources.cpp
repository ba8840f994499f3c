// Which runs and exports "Compare with Previous" and `compare RUN RUN` pair,
// on a real state database and real files: the previous run is the newest
// earlier finished run of the same preset (a run still going, another
// preset's run and a later run do not count), or of the same project and
// selection for runs without a preset; exports pair by version, language and
// format, Markdown and HTML only, only when both files are still there, and
// a ZIP deleted after extraction is read from its folder. When nothing
// pairs, the reason is said.
#include "core/compare/RunComparisonSources.h"
#include "core/jobs/ExportJob.h"
#include "core/routines/HistoryStore.h"
#include "core/state/StateDatabase.h"
#include "support/ExportFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace d360;
using compare::ExportPair;
using compare::RunComparisonSources;

namespace {

struct Item
{
    const char *version;
    const char *language;
    api::ExportFormat format;
    QString path;
};

const QDateTime dayOne = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

class Runs
{
public:
    Runs()
    {
        QString problem;
        m_database
            = state::StateDatabase::open(m_data.filePath(QStringLiteral("state.sqlite")), &problem);
        if (!m_database)
            qFatal("state database: %s", qPrintable(problem));
        history = std::make_unique<routines::HistoryStore>(m_database);
    }

    // A run started hours after day one, finished (or not) a minute later.
    routines::RunRecord record(const QString &preset, const QString &project,
                               const QString &description, int hours, const QList<Item> &items,
                               bool finished = true)
    {
        routines::RunRecord run;
        run.id = QUuid::createUuid();
        run.origin = routines::RunOrigin::CommandLine;
        run.accountName = QStringLiteral("Acme");
        run.presetName = preset;
        run.projectId = project;
        run.projectName = QStringLiteral("Acme Handbook");
        run.description = description;
        run.startedAt = dayOne.addSecs(hours * 3600);
        QString error;
        if (!history->begin(run, &error))
            qFatal("begin: %s", qPrintable(error));
        if (!finished)
            return run;
        QList<jobs::ExportJob> jobs;
        for (const Item &item : items) {
            jobs::ExportJob job = jobs::ExportJob::create();
            job.batchId = run.id;
            job.projectId = project;
            job.versionId = QString::fromLatin1(item.version);
            job.versionName = QStringLiteral("Name of ") + job.versionId;
            job.languageCode = QString::fromLatin1(item.language);
            job.format = item.format;
            job.finalPath = item.path;
            job.state = jobs::JobState::Completed;
            jobs.append(job);
        }
        if (!history->finish(run.id, jobs, run.startedAt.addSecs(60), &error))
            qFatal("finish: %s", qPrintable(error));
        return *history->run(run.id);
    }

    // A small Markdown export, as a folder or a ZIP.
    QString exportAt(const QString &name, bool zip = true)
    {
        const QString path = m_files.filePath(name);
        const test::ExportFileList files {
            { QStringLiteral("01-a.md"), QByteArray("---\nid: a\ntitle: A\n---\n# A\n\nText\n") }
        };
        const bool written
            = zip ? test::writeExportZip(path, files) : test::writeExportFolder(path, files);
        if (!written)
            qFatal("could not write %s", qPrintable(path));
        return path;
    }

    std::unique_ptr<routines::HistoryStore> history;

private:
    QTemporaryDir m_data;
    QTemporaryDir m_files;
    std::shared_ptr<state::StateDatabase> m_database;
};

QStringList labels(const QList<ExportPair> &pairs)
{
    QStringList found;
    for (const ExportPair &pair : pairs)
        found.append(pair.label());
    return found;
}

} // namespace

class RunComparisonSourcesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPresetRunPairsWithItsPreviousRun()
    {
        Runs runs;
        const QString gone = runs.exportAt(QStringLiteral("gone-en.zip"));
        const routines::RunRecord first = runs.record(
            QStringLiteral("Weekly"), QStringLiteral("p-1"), QStringLiteral("Handbook"), 0,
            { { "v-1", "en", api::ExportFormat::Markdown,
                runs.exportAt(QStringLiteral("1-en.zip")) },
              { "v-1", "en", api::ExportFormat::Pdf, runs.exportAt(QStringLiteral("1-en.pdf")) },
              { "v-1", "de", api::ExportFormat::Html,
                runs.exportAt(QStringLiteral("1-de"), false) },
              { "v-2", "en", api::ExportFormat::Markdown, gone } });
        QVERIFY(QFile::remove(gone));
        // Still running, another preset's: neither is "the previous run".
        runs.record(QStringLiteral("Weekly"), QStringLiteral("p-1"), QStringLiteral("Handbook"), 1,
                    {}, false);
        runs.record(QStringLiteral("Other"), QStringLiteral("p-1"), QStringLiteral("Handbook"), 2,
                    { { "v-1", "en", api::ExportFormat::Markdown,
                        runs.exportAt(QStringLiteral("other-en.zip")) } });
        // The ZIP is gone, the folder it was extracted into is there.
        const QString extractedZip = runs.exportAt(QStringLiteral("4-en.zip"));
        const QString extracted = runs.exportAt(QStringLiteral("4-en"), false);
        const routines::RunRecord fourth = runs.record(
            QStringLiteral("weekly"), QStringLiteral("p-1"), QStringLiteral("Handbook"), 4,
            { { "v-1", "en", api::ExportFormat::Markdown, extractedZip },
              { "v-1", "de", api::ExportFormat::Html, runs.exportAt(QStringLiteral("4-de.zip")) },
              { "v-1", "fr", api::ExportFormat::Markdown,
                runs.exportAt(QStringLiteral("4-fr.zip")) },
              { "v-2", "en", api::ExportFormat::Markdown,
                runs.exportAt(QStringLiteral("4-v2-en.zip")) },
              { "v-1", "en", api::ExportFormat::Pdf, runs.exportAt(QStringLiteral("4-en.pdf")) } });
        QVERIFY(QFile::remove(extractedZip));
        // A later run is not the fourth's previous one.
        runs.record(QStringLiteral("Weekly"), QStringLiteral("p-1"), QStringLiteral("Handbook"), 5,
                    { { "v-1", "en", api::ExportFormat::Markdown,
                        runs.exportAt(QStringLiteral("5-en.zip")) } });

        const std::optional<routines::RunRecord> previous
            = RunComparisonSources::previousRun(*runs.history, fourth);
        QVERIFY(previous);
        QCOMPARE(previous->id, first.id);

        QString whyNot;
        const RunComparisonSources::Previous found
            = RunComparisonSources::previousOf(*runs.history, fourth, &whyNot);
        QVERIFY2(whyNot.isEmpty(), qPrintable(whyNot));
        QCOMPARE(found.run->id, first.id);
        QCOMPARE(labels(found.pairs),
                 (QStringList { QStringLiteral("Name of v-1 / de / HTML"),
                                QStringLiteral("Name of v-1 / en / Markdown") }));
        QCOMPARE(found.pairs.at(1).afterPath, extracted);
        QVERIFY(found.pairs.at(1).beforePath.endsWith(QLatin1String("1-en.zip")));
        QVERIFY(found.pairs.at(0).beforePath.endsWith(QLatin1String("1-de")));

        // The first run has none before it.
        whyNot.clear();
        QVERIFY(RunComparisonSources::previousOf(*runs.history, first, &whyNot).pairs.isEmpty());
        QVERIFY2(whyNot.contains(QLatin1String("No earlier run of the preset \"Weekly\"")),
                 qPrintable(whyNot));
    }

    void runsWithoutPresetPairBySelection()
    {
        Runs runs;
        const routines::RunRecord first = runs.record(
            {}, QStringLiteral("p-1"), QStringLiteral("Handbook / v1 / en / Markdown"), 0,
            { { "v-1", "en", api::ExportFormat::Markdown,
                runs.exportAt(QStringLiteral("1.zip")) } });
        // Another project, another selection: not the same thing asked for.
        runs.record({}, QStringLiteral("p-2"), QStringLiteral("Handbook / v1 / en / Markdown"), 1,
                    { { "v-1", "en", api::ExportFormat::Markdown,
                        runs.exportAt(QStringLiteral("2.zip")) } });
        runs.record({}, QStringLiteral("p-1"), QStringLiteral("Handbook / v1 / de / Markdown"), 2,
                    { { "v-1", "en", api::ExportFormat::Markdown,
                        runs.exportAt(QStringLiteral("3.zip")) } });
        // A preset's run of the same selection is the preset's, not this.
        runs.record(QStringLiteral("Weekly"), QStringLiteral("p-1"),
                    QStringLiteral("Handbook / v1 / en / Markdown"), 3,
                    { { "v-1", "en", api::ExportFormat::Markdown,
                        runs.exportAt(QStringLiteral("4.zip")) } });
        const routines::RunRecord fifth = runs.record(
            {}, QStringLiteral("p-1"), QStringLiteral("Handbook / v1 / en / Markdown"), 5,
            { { "v-1", "EN", api::ExportFormat::Markdown,
                runs.exportAt(QStringLiteral("5.zip")) } });
        QString whyNot;
        const RunComparisonSources::Previous found
            = RunComparisonSources::previousOf(*runs.history, fifth, &whyNot);
        QVERIFY(found.run);
        QCOMPARE(found.run->id, first.id);
        QCOMPARE(found.pairs.size(), 1);
        QVERIFY(found.pairs.first().beforePath.endsWith(QLatin1String("1.zip")));
        QVERIFY(found.pairs.first().afterPath.endsWith(QLatin1String("5.zip")));
    }

    void nothingToCompareSaysWhy()
    {
        Runs runs;
        const QString firstZip = runs.exportAt(QStringLiteral("1.zip"));
        const routines::RunRecord first
            = runs.record(QStringLiteral("Weekly"), {}, {}, 0,
                          { { "v-1", "en", api::ExportFormat::Markdown, firstZip } });
        const routines::RunRecord pdfOnly = runs.record(
            QStringLiteral("Weekly"), {}, {}, 1,
            { { "v-1", "en", api::ExportFormat::Pdf, runs.exportAt(QStringLiteral("2.pdf")) } });
        QString whyNot;
        QVERIFY(RunComparisonSources::previousOf(*runs.history, pdfOnly, &whyNot).pairs.isEmpty());
        QVERIFY2(whyNot.contains(QLatin1String("no Markdown or HTML export")), qPrintable(whyNot));

        // The previous run's file deleted since.
        const routines::RunRecord third
            = runs.record(QStringLiteral("Weekly"), {}, {}, 2,
                          { { "v-1", "en", api::ExportFormat::Markdown,
                              runs.exportAt(QStringLiteral("3.zip")) } });
        whyNot.clear();
        QCOMPARE(RunComparisonSources::previousOf(*runs.history, third, &whyNot).pairs.size(), 0);
        QVERIFY2(whyNot.contains(QLatin1String("The previous run has no Markdown or HTML")),
                 qPrintable(whyNot));
        // The previous run is the PDF-only one; against the first, it pairs.
        QCOMPARE(RunComparisonSources::pairs(*runs.history, first, third).size(), 1);
    }
};

QTEST_GUILESS_MAIN(RunComparisonSourcesTest)
#include "tst_run_comparison_sources.moc"
