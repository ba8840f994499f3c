// See ExportComparison.h.
#include "core/compare/ExportComparison.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace d360::compare {

namespace {

using Key = std::function<QString(const SnapshotArticle &)>;

// Index by key of the articles not yet matched whose key is non-empty and
// unique on their side: a key two articles share says nothing about which
// is which.
QHash<QString, int> uniqueIndex(const QList<SnapshotArticle> &articles, const QList<bool> &matched,
                                const Key &key)
{
    QHash<QString, int> index;
    QHash<QString, int> seen;
    for (int row = 0; row < articles.size(); ++row) {
        if (matched.at(row))
            continue;
        const QString value = key(articles.at(row));
        if (value.isEmpty())
            continue;
        ++seen[value];
        index.insert(value, row);
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.value() > 1)
            index.remove(it.key());
    }
    return index;
}

} // namespace

ExportComparison ExportComparison::compare(const ExportSnapshot &before,
                                           const ExportSnapshot &after)
{
    ExportComparison result;
    const QList<SnapshotArticle> &old = before.articles();
    const QList<SnapshotArticle> &fresh = after.articles();
    QList<bool> oldMatched(old.size(), false);
    QList<bool> newMatched(fresh.size(), false);
    QList<std::pair<int, int>> pairs;

    // After the ids, a path or title pairs two articles only when one of
    // them has no id: two different ids are two different articles, even
    // at one path (one deleted, another written where it was).
    const auto matchBy = [&](const Key &key, bool byId) {
        const QHash<QString, int> oldIndex = uniqueIndex(old, oldMatched, key);
        const QHash<QString, int> newIndex = uniqueIndex(fresh, newMatched, key);
        for (auto it = newIndex.cbegin(); it != newIndex.cend(); ++it) {
            const auto found = oldIndex.constFind(it.key());
            if (found == oldIndex.cend())
                continue;
            if (!byId && !old.at(found.value()).id.isEmpty() && !fresh.at(it.value()).id.isEmpty())
                continue;
            oldMatched[found.value()] = true;
            newMatched[it.value()] = true;
            pairs.append({ found.value(), it.value() });
        }
    };
    matchBy([](const SnapshotArticle &article) { return article.id; }, true);
    matchBy([](const SnapshotArticle &article) { return article.path; }, false);
    matchBy([](const SnapshotArticle &article) { return article.title; }, false);

    const auto hasId = [](const SnapshotArticle &article) {
        return !article.id.isEmpty();
    };
    result.m_matchedByIdOnly = std::all_of(old.cbegin(), old.cend(), hasId)
        && std::all_of(fresh.cbegin(), fresh.cend(), hasId);

    for (const auto &[oldRow, newRow] : std::as_const(pairs)) {
        ArticleChange change;
        change.before = old.at(oldRow);
        change.after = fresh.at(newRow);
        change.moved = change.before->path != change.after->path;
        change.renamed = change.before->title != change.after->title;
        change.edited = change.before->body != change.after->body;
        if (change.edited)
            change.diff = TextDiff::compare(change.before->page.toUtf8(), change.before->path,
                                            change.after->page.toUtf8(), change.after->path);
        if (change.moved || change.renamed || change.edited)
            result.m_articles.append(change);
        else
            ++result.m_unchangedArticles;
    }
    for (int row = 0; row < old.size(); ++row) {
        if (oldMatched.at(row))
            continue;
        ArticleChange removed;
        removed.before = old.at(row);
        result.m_articles.append(removed);
    }
    for (int row = 0; row < fresh.size(); ++row) {
        if (newMatched.at(row))
            continue;
        ArticleChange added;
        added.after = fresh.at(row);
        result.m_articles.append(added);
    }
    std::sort(result.m_articles.begin(), result.m_articles.end(),
              [](const ArticleChange &left, const ArticleChange &right) {
                  return left.path() < right.path();
              });

    QHash<QString, SnapshotFile> oldFiles;
    for (const SnapshotFile &file : before.otherFiles())
        oldFiles.insert(file.path, file);
    for (const SnapshotFile &file : after.otherFiles()) {
        const auto found = oldFiles.constFind(file.path);
        if (found == oldFiles.cend()) {
            result.m_files.append({ FileChange::Kind::Added, std::nullopt, file });
            continue;
        }
        if (found->sha256 != file.sha256)
            result.m_files.append({ FileChange::Kind::Changed, *found, file });
        oldFiles.erase(found);
    }
    for (const SnapshotFile &file : std::as_const(oldFiles))
        result.m_files.append({ FileChange::Kind::Removed, file, std::nullopt });
    std::sort(
        result.m_files.begin(), result.m_files.end(),
        [](const FileChange &left, const FileChange &right) { return left.path() < right.path(); });
    return result;
}

int ExportComparison::addedCount() const
{
    return int(std::count_if(m_articles.cbegin(), m_articles.cend(),
                             [](const ArticleChange &change) { return change.isAdded(); }));
}

int ExportComparison::removedCount() const
{
    return int(std::count_if(m_articles.cbegin(), m_articles.cend(),
                             [](const ArticleChange &change) { return change.isRemoved(); }));
}

int ExportComparison::editedCount() const
{
    return int(std::count_if(m_articles.cbegin(), m_articles.cend(),
                             [](const ArticleChange &change) { return change.edited; }));
}

int ExportComparison::fileCount(FileChange::Kind kind) const
{
    return int(std::count_if(m_files.cbegin(), m_files.cend(),
                             [kind](const FileChange &change) { return change.kind == kind; }));
}

int ExportComparison::movedCount() const
{
    return int(
        std::count_if(m_articles.cbegin(), m_articles.cend(),
                      [](const ArticleChange &change) { return change.moved || change.renamed; }));
}

} // namespace d360::compare

namespace d360::compare {

int ExportComparison::wordsAdded() const
{
    int words = 0;
    for (const ArticleChange &change : m_articles)
        words += change.diff.wordsAdded;
    return words;
}

int ExportComparison::wordsRemoved() const
{
    int words = 0;
    for (const ArticleChange &change : m_articles)
        words += change.diff.wordsRemoved;
    return words;
}

} // namespace d360::compare
