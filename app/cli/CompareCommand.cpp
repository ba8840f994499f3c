// See CompareCommand.h. The report goes to stdout; a reason the exports
// could not be compared goes to stderr.
#include "cli/CompareCommand.h"

#include "core/compare/ComparisonHtml.h"
#include "core/compare/ComparisonJson.h"
#include "core/compare/ExportComparison.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <optional>

namespace d360::cli {

using compare::ArticleChange;
using compare::ExportComparison;
using compare::ExportSnapshot;
using compare::FileChange;

namespace {

// One article of a list: its path, and its title when it has one.
QString articleLine(const QString &path, const QString &title)
{
    return title.isEmpty() ? CompareCommand::tr("  %1").arg(path)
                           : CompareCommand::tr("  %1  \"%2\"").arg(path, title);
}

// "+12 -3 words": the words an edit added and removed.
QString wordCounts(int added, int removed)
{
    return CompareCommand::tr("+%1 -%2 words").arg(added).arg(removed);
}

} // namespace

void CompareCommand::start(const QStringList &arguments)
{
    m_parser.setApplicationDescription(
        tr("Compare two Markdown or HTML exports (each a ZIP or its extracted folder): "
           "articles added, removed, moved or renamed and edited, and images and attachments "
           "added, removed and changed. Exit status 0 when they are the same, 1 when they "
           "differ, 2 when they cannot be compared."));
    m_parser.addOption(helpOption());
    m_parser.addPositionalArgument(QStringLiteral("old"), tr("The earlier export."));
    m_parser.addPositionalArgument(QStringLiteral("new"), tr("The later export."));
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("json"), tr("Print the comparison as one JSON object.")));
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("diff"), tr("Also print the unified diff of each edited article.")));
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("html"),
        tr("Also write the comparison as one self-contained HTML page, each edited article "
           "side by side, to mail to a reviewer."),
        tr("FILE")));
    m_parser.addOption(verboseOption());
    if (!parseArguments(m_parser, arguments, PositionalArguments::Accepted))
        return;
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 2) {
        fail(tr("Name two exports to compare: compare OLD NEW."), UsageError);
        return;
    }
    QString problem;
    const std::optional<ExportSnapshot> before = ExportSnapshot::read(positional.at(0), &problem);
    if (!before) {
        fail(problem, UsageError);
        return;
    }
    const std::optional<ExportSnapshot> after = ExportSnapshot::read(positional.at(1), &problem);
    if (!after) {
        fail(problem, UsageError);
        return;
    }
    const ExportComparison comparison = ExportComparison::compare(*before, *after);
    if (m_parser.isSet(QStringLiteral("html"))) {
        // Whole or not at all: a report cut short never lies under its name.
        const QString file = m_parser.value(QStringLiteral("html"));
        const QByteArray page
            = compare::ComparisonHtml::render(*before, *after, comparison).toUtf8();
        QSaveFile saved(file);
        if (!saved.open(QIODevice::WriteOnly) || saved.write(page) != page.size()
            || !saved.commit()) {
            fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), saved.errorString()),
                 UsageError);
            return;
        }
        err() << tr("The HTML report is %1.").arg(QDir::toNativeSeparators(file)) << '\n';
    }
    if (m_parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(compare::ComparisonJson::toJson(*before, *after, comparison))
                     .toJson(QJsonDocument::Indented);
    else
        printText(*before, *after, comparison);
    // 1 as diff(1) means it: they differ.
    finish(comparison.isSame() ? Success : 1);
}

void CompareCommand::printText(const ExportSnapshot &before, const ExportSnapshot &after,
                               const ExportComparison &comparison)
{
    QTextStream &stream = out();
    const QString from = QDir::toNativeSeparators(before.source());
    const QString to = QDir::toNativeSeparators(after.source());
    if (comparison.isSame()) {
        stream << tr("%1 and %2 are the same: %n article(s) alike.", nullptr,
                     comparison.unchangedArticles())
                      .arg(from, to)
               << '\n';
        return;
    }
    stream << tr("%1 -> %2").arg(from, to) << '\n';
    if (!comparison.matchedByIdOnly())
        stream << tr("Some articles carry no id: they were matched by path and title.") << '\n';

    QList<const ArticleChange *> added, removed, moved, edited;
    for (const ArticleChange &change : comparison.articles()) {
        if (change.isAdded())
            added.append(&change);
        else if (change.isRemoved())
            removed.append(&change);
        else {
            if (change.moved || change.renamed)
                moved.append(&change);
            if (change.edited)
                edited.append(&change);
        }
    }
    if (!added.isEmpty()) {
        stream << tr("Added (%1):").arg(added.size()) << '\n';
        for (const ArticleChange *change : std::as_const(added))
            stream << articleLine(change->after->path, change->after->title) << '\n';
    }
    if (!removed.isEmpty()) {
        stream << tr("Removed (%1):").arg(removed.size()) << '\n';
        for (const ArticleChange *change : std::as_const(removed))
            stream << articleLine(change->before->path, change->before->title) << '\n';
    }
    if (!moved.isEmpty()) {
        stream << tr("Moved or renamed (%1):").arg(moved.size()) << '\n';
        for (const ArticleChange *change : std::as_const(moved)) {
            if (change->renamed)
                stream << tr("  %1 -> %2  \"%3\" -> \"%4\"")
                              .arg(change->before->path, change->after->path, change->before->title,
                                   change->after->title)
                       << '\n';
            else
                stream << tr("  %1 -> %2").arg(change->before->path, change->after->path) << '\n';
        }
    }
    if (!edited.isEmpty()) {
        stream << tr("Edited (%1):").arg(edited.size()) << '\n';
        for (const ArticleChange *change : std::as_const(edited))
            stream << tr("%1  (%2)")
                          .arg(articleLine(change->after->path, change->after->title),
                               wordCounts(change->diff.wordsAdded, change->diff.wordsRemoved))
                   << '\n';
    }
    if (!comparison.files().isEmpty()) {
        stream << tr("Images and attachments (%1):").arg(comparison.files().size()) << '\n';
        for (const FileChange &change : comparison.files()) {
            const QString kind = change.kind == FileChange::Kind::Added ? tr("added")
                : change.kind == FileChange::Kind::Removed              ? tr("removed")
                                                                        : tr("changed");
            stream << tr("  %1  %2").arg(kind, change.path()) << '\n';
        }
    }
    stream << tr("Unchanged: %n article(s).", nullptr, comparison.unchangedArticles()) << '\n';
    if (!m_parser.isSet(QStringLiteral("diff")))
        return;
    for (const ArticleChange *change : std::as_const(edited)) {
        stream << '\n';
        if (!change->diff.failure.isEmpty())
            stream << tr("%1: no diff: %2").arg(change->after->path, change->diff.failure) << '\n';
        else
            stream << change->diff.unifiedDiff;
    }
}

QString CompareCommand::failureText(const QString &message) const
{
    return tr("compare: %1").arg(message);
}

} // namespace d360::cli
