// `d360-exporter compare OLD NEW [--json] [--diff] [--html FILE]`: what
// changed between two Markdown or HTML exports (each a ZIP or its extracted
// folder), or between the exports of two runs from history.
//
// The answer a writer needs for release notes, a review, or a translation
// hand-off: the articles added, removed, moved or renamed and edited, and
// the images and attachments added, removed and changed. The text report is
// short and grouped by kind; --json prints one object (ComparisonJson)
// whose keys scripts may rely on, in every language; --html writes the
// self-contained page (ComparisonHtml) a writer mails to a reviewer. Exit 0 when the two
// are the same, 1 when they differ, 2 on bad input (an unreadable or
// unsafe archive, a PDF, a missing path, a run id that names no run or
// several), the convention of diff(1). Both exports are read directly on
// this thread: the command has nothing else to do meanwhile.
//
// OLD and NEW may be run ids as `history --json` prints them (or a unique
// prefix of at least 8 hex digits, as `history` shows them). The runs'
// exports pair as the window's Compare with Previous pairs them
// (RunComparisonSources); one pair is reported exactly as two paths are;
// --version, --language and --format narrow several, and what still remains
// is reported pair by pair (with --json, one object per pair under
// "comparisons"), exit 1 when any pair differs. A path that exists is
// always a path, so a folder named like a run id stays a folder.
#pragma once

#include "cli/Command.h"
#include "core/routines/RunRecord.h"

#include <QCommandLineParser>

#include <optional>

namespace d360::compare {
class ExportComparison;
class ExportSnapshot;
struct ExportPair;
} // namespace d360::compare

namespace d360::routines {
class HistoryStore;
} // namespace d360::routines

namespace d360::cli {

class CompareCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void start(const QStringList &arguments) override;

private:
    QString failureText(const QString &message) const override;
    void printText(const compare::ExportSnapshot &before, const compare::ExportSnapshot &after,
                   const compare::ExportComparison &comparison);
    // Two exports on disk: the report, and finish().
    void compareExports(const QString &before, const QString &after);
    void compareRuns(const QString &before, const QString &after);
    std::optional<routines::RunRecord> findRun(const routines::HistoryStore &history,
                                               const QString &id, QString *problem) const;
    bool writeHtml(const compare::ExportSnapshot &before, const compare::ExportSnapshot &after,
                   const compare::ExportComparison &comparison);

    QCommandLineParser m_parser;
};

} // namespace d360::cli
