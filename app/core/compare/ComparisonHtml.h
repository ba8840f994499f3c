// The comparison of two exports as one self-contained HTML page, for
// `compare --html` and the window's "Save as HTML": the page a writer mails
// to a reviewer.
//
// Self-contained means it opens anywhere and stays whole: its style is
// inside it, it loads nothing over the network and needs no script to be
// read. It lists the changes as the text report does and shows each edited
// article side by side, old left and new right, hunk by hunk as the diff
// made them, removed and added lines in colours that keep their contrast
// in light and dark colour schemes (prefers-color-scheme). Every text from
// the exports is escaped; the page's own words are translated and its
// language is the program's.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace d360::compare {

class ExportComparison;
class ExportSnapshot;

class ComparisonHtml
{
    Q_DECLARE_TR_FUNCTIONS(d360::compare::ComparisonHtml)

public:
    static QString render(const ExportSnapshot &before, const ExportSnapshot &after,
                          const ExportComparison &comparison);
};

} // namespace d360::compare
