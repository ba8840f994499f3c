// One Markdown or HTML export as a comparison reads it: its articles (id,
// path, title, text) and its other files (images, attachments), from the ZIP
// that was downloaded or from the folder it was extracted into.
//
// Both forms are read into the same shape, with paths relative to the
// export's root and every file hashed, so "the ZIP of the last release" and
// "this morning's extracted folder" compare alike. A ZIP is read, never
// extracted: its entry names are judged as ZipExtractor judges them (one
// unsafe name refuses the archive), and its entries and bytes are counted
// against limits as they are inflated, so a hostile archive cannot exhaust
// memory. Only article pages are kept in memory (their text is compared);
// images and attachments are hashed as they stream. An article is known by the id its file carries
// when it carries one (Markdown front matter `id:`, HTML
// `<meta name="d360-article-id">`), else only by its path and title; which
// of those a comparison then goes by is the comparison's business. Reading
// is synchronous and touches no widget: the command line calls it directly,
// the window on a worker thread.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace d360::compare {

struct SnapshotArticle
{
    QString id; // empty: the file names none
    QString path; // inside the export, with '/'
    QString title;
    QString slug; // from the front matter, when there is one
    // What a writer reads and a diff compares: the Markdown after its front
    // matter; for HTML, the page's text (HtmlText), a line per block.
    QString text;
    // The text without a first "# title" heading that repeats the title, so
    // that a new title alone is a rename, not an edit.
    QString body;
    // What a diff of the article shows: a Markdown file whole, front matter
    // included, as `git diff` shows it; an HTML page's text.
    QString page;
    QByteArray sha256; // of the file's bytes, hex
};

struct SnapshotFile
{
    QString path;
    qint64 bytes = 0;
    QByteArray sha256; // hex
};

struct SnapshotLimits
{
    qint64 maximumTotalBytes = qint64(2) * 1024 * 1024 * 1024;
    qint64 maximumFileBytes = qint64(512) * 1024 * 1024;
    int maximumEntries = 100000;
};

class ExportSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(d360::compare::ExportSnapshot)

public:
    enum class Kind { Markdown, Html };

    // path: a .zip file or a folder. nullopt with *problem (for the user,
    // naming the file) when it cannot be read or holds no article.
    static std::optional<ExportSnapshot> read(const QString &path, QString *problem,
                                              const SnapshotLimits &limits = {});

    QString source() const { return m_source; }
    Kind kind() const { return m_kind; }
    const QList<SnapshotArticle> &articles() const { return m_articles; }
    // Everything that is not an article page: images, attachments, styles.
    const QList<SnapshotFile> &otherFiles() const { return m_otherFiles; }

    // The parts of one Markdown page: front matter fields and the text
    // after it; the title falls back to the first "# " heading.
    static SnapshotArticle parseMarkdown(const QString &path, const QByteArray &bytes);
    static SnapshotArticle parseHtml(const QString &path, const QByteArray &bytes);

private:
    // Sorts, decides the kind; false with *problem when no article is there.
    bool finish(QString *problem);

    QString m_source;
    Kind m_kind = Kind::Markdown;
    QList<SnapshotArticle> m_articles;
    QList<SnapshotFile> m_otherFiles;
};

} // namespace d360::compare
