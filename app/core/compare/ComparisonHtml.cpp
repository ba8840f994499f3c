// See ComparisonHtml.h.
#include "core/compare/ComparisonHtml.h"

#include "core/compare/ExportComparison.h"

#include <QDir>
#include <QLocale>

namespace d360::compare {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Light colours first; the dark scheme's are as far from their text.
const char styleSheet[] = R"(
:root { color-scheme: light dark; --add: #d7f5dd; --del: #fbdcdc; --hunk: #e8eef7; --rule: #c8c8c8; }
@media (prefers-color-scheme: dark) {
  :root { --add: #113a1f; --del: #4b1a1a; --hunk: #1f2a3a; --rule: #555555; }
}
body { font-family: system-ui, sans-serif; margin: 2em; line-height: 1.4; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 1.6em; } h3 { font-size: 1.05em; }
table.diff { border-collapse: collapse; width: 100%; table-layout: fixed; margin-bottom: 1.5em; }
table.diff td { vertical-align: top; padding: 0 0.4em; font-family: ui-monospace, monospace;
  font-size: 0.9em; white-space: pre-wrap; overflow-wrap: anywhere; border-left: 1px solid var(--rule); }
table.diff td.number { width: 3.5em; text-align: right; opacity: 0.7; border-left: none; }
table.diff tr.hunk td { background: var(--hunk); }
td.removed { background: var(--del); } td.added { background: var(--add); }
.words { font-weight: normal; opacity: 0.8; }
)";

QString listItem(const QString &path, const QString &title)
{
    return title.isEmpty()
        ? QStringLiteral("<li><code>%1</code></li>\n").arg(escaped(path))
        : QStringLiteral("<li><code>%1</code> — %2</li>\n").arg(escaped(path), escaped(title));
}

QString cell(const char *kind, const DiffLine *line, bool oldSide)
{
    if (!line)
        return QStringLiteral("<td class=\"number\"></td><td></td>");
    const int number = oldSide ? line->oldNumber : line->newNumber;
    return QStringLiteral("<td class=\"number\">%1</td><td class=\"%2\">%3</td>")
        .arg(number)
        .arg(QLatin1String(kind), escaped(line->text));
}

// One hunk as rows of old | new: context on both sides, a run of removed
// lines beside the run of added lines that follows it.
QString hunkRows(const DiffHunk &hunk)
{
    QString rows = QStringLiteral("<tr class=\"hunk\"><td colspan=\"4\">%1</td></tr>\n")
                       .arg(escaped(hunk.header.trimmed()));
    const QList<DiffLine> &lines = hunk.lines;
    for (qsizetype at = 0; at < lines.size();) {
        if (lines.at(at).origin == DiffLine::Origin::Context) {
            rows += QStringLiteral("<tr>%1%2</tr>\n")
                        .arg(cell("context", &lines.at(at), true),
                             cell("context", &lines.at(at), false));
            ++at;
            continue;
        }
        QList<const DiffLine *> removed, added;
        while (at < lines.size() && lines.at(at).origin == DiffLine::Origin::Removed)
            removed.append(&lines.at(at++));
        while (at < lines.size() && lines.at(at).origin == DiffLine::Origin::Added)
            added.append(&lines.at(at++));
        for (qsizetype row = 0; row < qMax(removed.size(), added.size()); ++row)
            rows += QStringLiteral("<tr>%1%2</tr>\n")
                        .arg(cell("removed", removed.value(row), true),
                             cell("added", added.value(row), false));
    }
    return rows;
}

} // namespace

QString ComparisonHtml::render(const ExportSnapshot &before, const ExportSnapshot &after,
                               const ExportComparison &comparison)
{
    const QString from = QDir::toNativeSeparators(before.source());
    const QString to = QDir::toNativeSeparators(after.source());
    QString added, removed, moved, files, edited;
    for (const ArticleChange &change : comparison.articles()) {
        if (change.isAdded()) {
            added += listItem(change.after->path, change.after->title);
            continue;
        }
        if (change.isRemoved()) {
            removed += listItem(change.before->path, change.before->title);
            continue;
        }
        if (change.moved || change.renamed) {
            const QString titles = change.renamed
                ? tr("“%1” → “%2”").arg(change.before->title, change.after->title)
                : QString();
            moved
                += QStringLiteral("<li><code>%1</code> → <code>%2</code>%3</li>\n")
                       .arg(escaped(change.before->path), escaped(change.after->path),
                            titles.isEmpty() ? QString() : QStringLiteral(": ") + escaped(titles));
        }
        if (!change.edited)
            continue;
        edited
            += QStringLiteral("<section>\n<h3><code>%1</code> — %2 <span class=\"words\">%3</span>"
                              "</h3>\n")
                   .arg(escaped(change.after->path), escaped(change.after->title),
                        tr("(+%1 −%2 words)")
                            .arg(change.diff.wordsAdded)
                            .arg(change.diff.wordsRemoved));
        if (!change.diff.failure.isEmpty()) {
            edited += QStringLiteral("<p>%1</p>\n</section>\n")
                          .arg(escaped(tr("No diff: %1").arg(change.diff.failure)));
            continue;
        }
        edited += QStringLiteral("<table class=\"diff\"><colgroup><col style=\"width:3.5em\"><col>"
                                 "<col style=\"width:3.5em\"><col></colgroup>\n");
        for (const DiffHunk &hunk : change.diff.hunks)
            edited += hunkRows(hunk);
        edited += QStringLiteral("</table>\n</section>\n");
    }
    for (const FileChange &change : comparison.files()) {
        const QString kind = change.kind == FileChange::Kind::Added ? tr("added")
            : change.kind == FileChange::Kind::Removed              ? tr("removed")
                                                                    : tr("changed");
        files += QStringLiteral("<li>%1: <code>%2</code></li>\n")
                     .arg(escaped(kind), escaped(change.path()));
    }

    QString page = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta "
                                  "charset=\"utf-8\">\n<title>%2</title>\n<style>%3</style>\n"
                                  "</head>\n<body>\n<h1>%4</h1>\n<p><code>%5</code> → "
                                  "<code>%6</code></p>\n")
                       .arg(QLocale().bcp47Name(), escaped(tr("What changed")),
                            QString::fromUtf8(styleSheet), escaped(tr("What changed")),
                            escaped(from), escaped(to));
    if (comparison.isSame()) {
        page += QStringLiteral("<p>%1</p>\n")
                    .arg(escaped(tr("The two exports are the same: %n article(s) alike.", nullptr,
                                    comparison.unchangedArticles())));
    } else {
        const auto section = [&page](const QString &heading, int count, const QString &items) {
            if (count > 0)
                page += QStringLiteral("<h2>%1</h2>\n<ul>\n%2</ul>\n")
                            .arg(escaped(heading.arg(count)), items);
        };
        section(tr("Added (%1)"), comparison.addedCount(), added);
        section(tr("Removed (%1)"), comparison.removedCount(), removed);
        section(tr("Moved or renamed (%1)"), comparison.movedCount(), moved);
        section(tr("Images and attachments (%1)"), int(comparison.files().size()), files);
        page += QStringLiteral("<p>%1</p>\n")
                    .arg(escaped(
                        tr("Unchanged: %n article(s).", nullptr, comparison.unchangedArticles())));
        if (comparison.editedCount() > 0)
            page += QStringLiteral("<h2>%1</h2>\n%2")
                        .arg(escaped(tr("Edited (%1)").arg(comparison.editedCount())), edited);
    }
    page += QStringLiteral("</body>\n</html>\n");
    return page;
}

} // namespace d360::compare
