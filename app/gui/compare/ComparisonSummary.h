// The one line atop the comparison window that says what changed, in
// counts: "2 edited, 1 added, 1 removed, 1 renamed; 1 image changed".
//
// Every count is its own %n message, so each language gets its plural forms
// right; the counts of articles come first, those of images and attachments
// after a semicolon, and a kind that did not happen is left out. Images are
// told from attachments by their file name's suffix, as a writer tells them.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace d360::compare {
class ExportComparison;
}

namespace d360::gui {

class ComparisonSummary
{
    Q_DECLARE_TR_FUNCTIONS(d360::gui::ComparisonSummary)

public:
    static QString text(const compare::ExportComparison &comparison);
    static bool isImage(const QString &path);
};

} // namespace d360::gui
