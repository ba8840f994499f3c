// See ComparisonJson.h.
#include "core/compare/ComparisonJson.h"

#include "core/compare/ExportComparison.h"

#include <QJsonArray>

namespace d360::compare {

namespace {

QString kindName(ExportSnapshot::Kind kind)
{
    return kind == ExportSnapshot::Kind::Markdown ? QStringLiteral("markdown")
                                                  : QStringLiteral("html");
}

QString changeName(const ArticleChange &change)
{
    if (change.isAdded())
        return QStringLiteral("added");
    if (change.isRemoved())
        return QStringLiteral("removed");
    return QStringLiteral("changed");
}

QString fileChangeName(FileChange::Kind kind)
{
    switch (kind) {
    case FileChange::Kind::Added:
        return QStringLiteral("added");
    case FileChange::Kind::Removed:
        return QStringLiteral("removed");
    case FileChange::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

} // namespace

QJsonObject ComparisonJson::toJson(const ExportSnapshot &before, const ExportSnapshot &after,
                                   const ExportComparison &comparison)
{
    QJsonArray articles;
    for (const ArticleChange &change : comparison.articles()) {
        const SnapshotArticle &now = change.after ? *change.after : *change.before;
        QJsonObject article {
            { QStringLiteral("change"), changeName(change) },
            { QStringLiteral("id"), now.id },
            { QStringLiteral("path"), now.path },
            { QStringLiteral("title"), now.title },
        };
        if (change.before && change.after) {
            article.insert(QStringLiteral("old_path"), change.before->path);
            article.insert(QStringLiteral("old_title"), change.before->title);
            article.insert(QStringLiteral("moved"), change.moved);
            article.insert(QStringLiteral("renamed"), change.renamed);
            article.insert(QStringLiteral("edited"), change.edited);
            if (change.edited) {
                article.insert(QStringLiteral("words_added"), change.diff.wordsAdded);
                article.insert(QStringLiteral("words_removed"), change.diff.wordsRemoved);
                article.insert(QStringLiteral("diff"), change.diff.unifiedDiff);
                if (!change.diff.failure.isEmpty())
                    article.insert(QStringLiteral("diff_failure"), change.diff.failure);
            }
        }
        articles.append(article);
    }
    QJsonArray files;
    for (const FileChange &change : comparison.files()) {
        QJsonObject file {
            { QStringLiteral("change"), fileChangeName(change.kind) },
            { QStringLiteral("path"), change.path() },
        };
        if (change.before) {
            file.insert(QStringLiteral("old_bytes"), change.before->bytes);
            file.insert(QStringLiteral("old_sha256"), QString::fromLatin1(change.before->sha256));
        }
        if (change.after) {
            file.insert(QStringLiteral("bytes"), change.after->bytes);
            file.insert(QStringLiteral("sha256"), QString::fromLatin1(change.after->sha256));
        }
        files.append(file);
    }
    const QJsonObject summary {
        { QStringLiteral("added"), comparison.addedCount() },
        { QStringLiteral("removed"), comparison.removedCount() },
        { QStringLiteral("moved_or_renamed"), comparison.movedCount() },
        { QStringLiteral("edited"), comparison.editedCount() },
        { QStringLiteral("unchanged"), comparison.unchangedArticles() },
        { QStringLiteral("words_added"), comparison.wordsAdded() },
        { QStringLiteral("words_removed"), comparison.wordsRemoved() },
        { QStringLiteral("files_added"), comparison.fileCount(FileChange::Kind::Added) },
        { QStringLiteral("files_removed"), comparison.fileCount(FileChange::Kind::Removed) },
        { QStringLiteral("files_changed"), comparison.fileCount(FileChange::Kind::Changed) },
    };
    return {
        { QStringLiteral("old"), before.source() },
        { QStringLiteral("new"), after.source() },
        { QStringLiteral("old_kind"), kindName(before.kind()) },
        { QStringLiteral("new_kind"), kindName(after.kind()) },
        { QStringLiteral("same"), comparison.isSame() },
        { QStringLiteral("matched_by_id_only"), comparison.matchedByIdOnly() },
        { QStringLiteral("summary"), summary },
        { QStringLiteral("articles"), articles },
        { QStringLiteral("files"), files },
    };
}

} // namespace d360::compare
