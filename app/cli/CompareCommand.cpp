// See CompareCommand.h. The report goes to stdout; a reason the exports
// could not be compared goes to stderr.
#include "cli/CompareCommand.h"

#include "core/compare/ComparisonHtml.h"
#include "core/compare/ComparisonJson.h"
#include "core/compare/ExportComparison.h"
#include "core/compare/RunComparisonSources.h"
#include "core/routines/HistoryStore.h"
#include "core/state/ApplicationState.h"
#include "core/state/StateDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
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

// The id without braces and dashes, lower case, for prefix matching.
QString bareId(const QString &text)
{
    QString bare = text.toLower();
    for (const QChar dropped : { QLatin1Char('{'), QLatin1Char('}'), QLatin1Char('-') })
        bare.remove(dropped);
    return bare;
}

// A run id as `history` prints it: a whole UUID, or its first 8 hex digits
// or more (dashes where the UUID has them, braces allowed).
bool looksLikeRunId(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\{?[0-9a-fA-F][0-9a-fA-F-]*\\}?$"));
    const qsizetype digits = bareId(text).size();
    return shape.match(text).hasMatch() && digits >= 8 && digits <= 32;
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
        tr("Compare two Markdown or HTML exports (each a ZIP or its extracted folder), or the "
           "exports of two runs from history (their ids as history prints them): "
           "articles added, removed, moved or renamed and edited, and images and attachments "
           "added, removed and changed. Exit status 0 when they are the same, 1 when they "
           "differ, 2 when they cannot be compared."));
    m_parser.addOption(helpOption());
    m_parser.addPositionalArgument(QStringLiteral("old"), tr("The earlier export or run."));
    m_parser.addPositionalArgument(QStringLiteral("new"), tr("The later export or run."));
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("json"), tr("Print the comparison as one JSON object.")));
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("diff"), tr("Also print the unified diff of each edited article.")));
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("html"),
        tr("Also write the comparison as one self-contained HTML page, each edited article "
           "side by side, to mail to a reviewer."),
        tr("FILE")));
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("version"),
        tr("With two runs: only their exports of the version ID (its id or name)."), tr("ID")));
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("language"), tr("With two runs: only their exports in the language CODE."),
        tr("CODE")));
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("format"),
        tr("With two runs: only their exports in FORMAT (markdown or html)."), tr("FORMAT")));
    m_parser.addOption(verboseOption());
    if (!parseArguments(m_parser, arguments, PositionalArguments::Accepted))
        return;
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 2) {
        fail(tr("Name two exports or two runs to compare: compare OLD NEW."), UsageError);
        return;
    }
    // A path that is there is a path; anything else shaped like a run id is
    // looked up in history.
    const auto isRun = [](const QString &argument) {
        return !QFileInfo::exists(argument) && looksLikeRunId(argument);
    };
    const bool oldIsRun = isRun(positional.at(0));
    const bool newIsRun = isRun(positional.at(1));
    if (oldIsRun != newIsRun) {
        fail(tr("Compare two exports or two runs, not one of each: %1 is neither an export on "
                "disk nor a run.")
                 .arg(oldIsRun ? positional.at(1) : positional.at(0)),
             UsageError);
        return;
    }
    if (oldIsRun) {
        compareRuns(positional.at(0), positional.at(1));
        return;
    }
    for (const char *narrowing : { "version", "language", "format" }) {
        if (m_parser.isSet(QString::fromLatin1(narrowing))) {
            fail(tr("--%1 picks among the exports of two runs; two exports on disk need none.")
                     .arg(QString::fromLatin1(narrowing)),
                 UsageError);
            return;
        }
    }
    compareExports(positional.at(0), positional.at(1));
}

bool CompareCommand::writeHtml(const ExportSnapshot &before, const ExportSnapshot &after,
                               const ExportComparison &comparison)
{
    // Whole or not at all: a report cut short never lies under its name.
    const QString file = m_parser.value(QStringLiteral("html"));
    const QByteArray page = compare::ComparisonHtml::render(before, after, comparison).toUtf8();
    QSaveFile saved(file);
    if (!saved.open(QIODevice::WriteOnly) || saved.write(page) != page.size() || !saved.commit()) {
        fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), saved.errorString()),
             UsageError);
        return false;
    }
    err() << tr("The HTML report is %1.").arg(QDir::toNativeSeparators(file)) << '\n';
    return true;
}

void CompareCommand::compareExports(const QString &beforePath, const QString &afterPath)
{
    QString problem;
    const std::optional<ExportSnapshot> before = ExportSnapshot::read(beforePath, &problem);
    if (!before) {
        fail(problem, UsageError);
        return;
    }
    const std::optional<ExportSnapshot> after = ExportSnapshot::read(afterPath, &problem);
    if (!after) {
        fail(problem, UsageError);
        return;
    }
    const ExportComparison comparison = ExportComparison::compare(*before, *after);
    if (m_parser.isSet(QStringLiteral("html")) && !writeHtml(*before, *after, comparison))
        return;
    if (m_parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(compare::ComparisonJson::toJson(*before, *after, comparison))
                     .toJson(QJsonDocument::Indented);
    else
        printText(*before, *after, comparison);
    // 1 as diff(1) means it: they differ.
    finish(comparison.isSame() ? Success : 1);
}

std::optional<routines::RunRecord> CompareCommand::findRun(const routines::HistoryStore &history,
                                                           const QString &id,
                                                           QString *problem) const
{
    const QString wanted = bareId(id);
    QList<routines::RunRecord> found;
    routines::HistoryStore::Filter every;
    for (const routines::RunRecord &run : history.runs(every)) {
        if (bareId(run.id.toString(QUuid::WithoutBraces)).startsWith(wanted))
            found.append(run);
    }
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        *problem
            = tr("No run in history has the id %1 (d360-exporter history lists them).").arg(id);
    else
        *problem = tr("The id %1 is ambiguous: %n runs start with it. Give more of it.", nullptr,
                      int(found.size()))
                       .arg(id);
    return std::nullopt;
}

void CompareCommand::compareRuns(const QString &beforeId, const QString &afterId)
{
    QString problem;
    const std::shared_ptr<state::StateDatabase> database = state::openApplicationState(&problem);
    if (!database) {
        fail(tr("History cannot be read: %1").arg(problem), UsageError);
        return;
    }
    const routines::HistoryStore history(database);
    const std::optional<routines::RunRecord> before = findRun(history, beforeId, &problem);
    if (!before) {
        fail(problem, UsageError);
        return;
    }
    const std::optional<routines::RunRecord> after = findRun(history, afterId, &problem);
    if (!after) {
        fail(problem, UsageError);
        return;
    }
    const QString version = m_parser.value(QStringLiteral("version"));
    const QString language = m_parser.value(QStringLiteral("language"));
    const QString format = m_parser.value(QStringLiteral("format")).toLower();
    QList<compare::ExportPair> pairs;
    for (const compare::ExportPair &pair :
         compare::RunComparisonSources::pairs(history, *before, *after)) {
        if (!version.isEmpty() && pair.versionId.compare(version, Qt::CaseInsensitive) != 0
            && pair.versionName.compare(version, Qt::CaseInsensitive) != 0)
            continue;
        if (!language.isEmpty() && pair.languageCode.compare(language, Qt::CaseInsensitive) != 0)
            continue;
        if (!format.isEmpty() && pair.format != format)
            continue;
        pairs.append(pair);
    }
    const QString beforeShort = before->id.toString(QUuid::WithoutBraces).left(8);
    const QString afterShort = after->id.toString(QUuid::WithoutBraces).left(8);
    if (pairs.isEmpty()) {
        const bool narrowed = !version.isEmpty() || !language.isEmpty() || !format.isEmpty();
        fail(narrowed ? tr("Of the exports the runs %1 and %2 have in common on disk, none is "
                           "left by --version, --language and --format.")
                            .arg(beforeShort, afterShort)
                      : tr("The runs %1 and %2 have no Markdown or HTML export of the same "
                           "version, language and format on disk.")
                            .arg(beforeShort, afterShort),
             UsageError);
        return;
    }
    if (pairs.size() == 1) {
        compareExports(pairs.first().beforePath, pairs.first().afterPath);
        return;
    }
    if (m_parser.isSet(QStringLiteral("html"))) {
        fail(tr("--html writes one page, and these runs have %n exports in common: pick one "
                "with --version, --language or --format.",
                nullptr, int(pairs.size())),
             UsageError);
        return;
    }

    // Each pair read before anything is printed: a bad one fails the
    // command whole, not half way through its report.
    struct Compared
    {
        compare::ExportPair pair;
        ExportSnapshot before;
        ExportSnapshot after;
        ExportComparison comparison;
    };
    QList<Compared> compared;
    for (const compare::ExportPair &pair : std::as_const(pairs)) {
        std::optional<ExportSnapshot> old = ExportSnapshot::read(pair.beforePath, &problem);
        if (!old) {
            fail(problem, UsageError);
            return;
        }
        std::optional<ExportSnapshot> fresh = ExportSnapshot::read(pair.afterPath, &problem);
        if (!fresh) {
            fail(problem, UsageError);
            return;
        }
        const ExportComparison comparison = ExportComparison::compare(*old, *fresh);
        compared.append({ pair, std::move(*old), std::move(*fresh), comparison });
    }
    bool same = true;
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray comparisons;
        for (const Compared &one : std::as_const(compared)) {
            QJsonObject object
                = compare::ComparisonJson::toJson(one.before, one.after, one.comparison);
            object.insert(QStringLiteral("version"), one.pair.versionName);
            object.insert(QStringLiteral("version_id"), one.pair.versionId);
            object.insert(QStringLiteral("language"), one.pair.languageCode);
            object.insert(QStringLiteral("format"), one.pair.format);
            comparisons.append(object);
            same = same && one.comparison.isSame();
        }
        out() << QJsonDocument(QJsonObject { { QStringLiteral("comparisons"), comparisons } })
                     .toJson(QJsonDocument::Indented);
    } else {
        bool first = true;
        for (const Compared &one : std::as_const(compared)) {
            if (!first)
                out() << '\n';
            first = false;
            out() << tr("== %1 ==").arg(one.pair.label()) << '\n';
            printText(one.before, one.after, one.comparison);
            same = same && one.comparison.isSame();
        }
    }
    finish(same ? Success : 1);
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
