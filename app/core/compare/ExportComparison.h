// What changed between two exports of a knowledge base: the articles added,
// removed, moved or renamed and edited, and the images and attachments
// added, removed and changed.
//
// Articles are matched by the id their files carry where both sides carry
// one, so an article whose title and file name changed is one article
// renamed, not one removed and another added. An article without an id is
// matched by its path, and failing that by its title when exactly one
// article on each side has it; two articles with different ids are never
// paired, even at one path. What is left over is added or removed. An
// article's content is its body (the text without front matter and without
// the heading that repeats its title), so a new title alone is a rename, not
// an edit. Other files are matched by path and
// compared by hash. Everything is sorted by path (the new one where there
// is one), so the text, JSON and HTML reports list changes in one stable
// order. An edited article carries the diff of its page (TextDiff: the
// lines as git diffs them, the words added and removed). Pure data in, data
// out: no files are read here.
#pragma once

#include "core/compare/ExportSnapshot.h"
#include "core/compare/TextDiff.h"

#include <QList>

#include <optional>

namespace d360::compare {

struct ArticleChange
{
    // Both set for an article that is in both exports.
    std::optional<SnapshotArticle> before;
    std::optional<SnapshotArticle> after;
    bool moved = false; // another path
    bool renamed = false; // another title
    bool edited = false; // another body
    // For an edited article: its page's diff (TextDiff), words counted.
    TextDiffResult diff;

    bool isAdded() const { return !before && after; }
    bool isRemoved() const { return before && !after; }
    // The path it is listed under: the new one, or the old for a removal.
    QString path() const { return after ? after->path : before->path; }
};

struct FileChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    std::optional<SnapshotFile> before;
    std::optional<SnapshotFile> after;

    QString path() const { return after ? after->path : before->path; }
};

class ExportComparison
{
public:
    static ExportComparison compare(const ExportSnapshot &before, const ExportSnapshot &after);

    // Every article that is not the same on both sides, by path.
    const QList<ArticleChange> &articles() const { return m_articles; }
    const QList<FileChange> &files() const { return m_files; }
    // Articles in both exports, alike in path, title and text.
    int unchangedArticles() const { return m_unchangedArticles; }
    // How the articles were matched, for the report: true when every
    // article on both sides carried an id.
    bool matchedByIdOnly() const { return m_matchedByIdOnly; }

    bool isSame() const { return m_articles.isEmpty() && m_files.isEmpty(); }

    int addedCount() const;
    int removedCount() const;
    int editedCount() const;
    // Moved or renamed (an article may also be edited).
    int movedCount() const;
    // Images and attachments added, removed or changed.
    int fileCount(FileChange::Kind kind) const;
    // Over the edited articles.
    int wordsAdded() const;
    int wordsRemoved() const;

private:
    QList<ArticleChange> m_articles;
    QList<FileChange> m_files;
    int m_unchangedArticles = 0;
    bool m_matchedByIdOnly = true;
};

} // namespace d360::compare
