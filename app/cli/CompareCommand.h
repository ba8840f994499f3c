// `d360-exporter compare OLD NEW [--json] [--diff] [--html FILE]`: what
// changed between two Markdown or HTML exports (each a ZIP or its extracted
// folder).
//
// The answer a writer needs for release notes, a review, or a translation
// hand-off: the articles added, removed, moved or renamed and edited, and
// the images and attachments added, removed and changed. The text report is
// short and grouped by kind; --json prints one object (ComparisonJson)
// whose keys scripts may rely on, in every language; --html writes the
// self-contained page (ComparisonHtml) a writer mails to a reviewer. Exit 0 when the two
// are the same, 1 when they differ, 2 on bad input (an unreadable or
// unsafe archive, a PDF, a missing path), the convention of diff(1). Both
// exports are read directly on this thread: the command has nothing else to
// do meanwhile.
#pragma once

#include "cli/Command.h"

#include <QCommandLineParser>

namespace d360::compare {
class ExportComparison;
class ExportSnapshot;
} // namespace d360::compare

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

    QCommandLineParser m_parser;
};

} // namespace d360::cli
