// Which exports of two history runs compare with each other, and which run
// came before a run: what "Compare with Previous" in the History tab and
// `compare RUN RUN` on the command line both need.
//
// A run's previous run is the newest earlier finished run of the same preset;
// for a run without a preset, of the same project asking for the same thing
// (its description, which names the versions, languages and formats). Two
// runs' exports pair by version, language and format, and only Markdown and
// HTML exports that completed and are still on disk take part: a PDF has no
// articles to compare, and a file deleted since cannot be read. An item's
// path is the ZIP it downloaded; when that is gone but the folder it was
// extracted into (ZipExtractor's name, the ZIP's base name) is still beside
// it, the folder stands in, since a snapshot reads both alike. Reading
// history only, no export is opened here: the reading and comparing is
// ExportComparisonTask's, off the GUI thread.
#pragma once

#include "core/routines/RunRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace d360::routines {
class HistoryStore;
}

namespace d360::compare {

// One export made by both runs: the same version, language and format.
struct ExportPair
{
    QString versionId;
    QString versionName;
    QString languageCode;
    QString format; // "markdown" or "html", as history stores it
    QString beforePath; // a ZIP or an extracted folder
    QString afterPath;

    // "v2.0 / en / Markdown", for a combo box or a section heading.
    QString label() const;
};

class RunComparisonSources
{
    Q_DECLARE_TR_FUNCTIONS(d360::compare::RunComparisonSources)

public:
    // The run before run, or nullopt.
    static std::optional<routines::RunRecord> previousRun(const routines::HistoryStore &history,
                                                          const routines::RunRecord &run);

    // The exports of before and after that compare, sorted by version name,
    // language and format.
    static QList<ExportPair> pairs(const routines::HistoryStore &history,
                                   const routines::RunRecord &before,
                                   const routines::RunRecord &after);

    // What "Compare with Previous" compares: the previous run and the pairs;
    // with no pair, *whyNot says why, for a tooltip.
    struct Previous
    {
        std::optional<routines::RunRecord> run;
        QList<ExportPair> pairs;
    };
    static Previous previousOf(const routines::HistoryStore &history,
                               const routines::RunRecord &run, QString *whyNot);

    // Where a completed item's export can be read now: its path, or the
    // folder it was extracted into; empty when neither is there.
    static QString readablePath(const routines::RunItem &item);
    static bool isComparableFormat(const QString &format);
};

} // namespace d360::compare
