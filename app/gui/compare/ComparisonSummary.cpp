// See ComparisonSummary.h.
#include "gui/compare/ComparisonSummary.h"

#include "core/compare/ExportComparison.h"

#include <QFileInfo>
#include <QStringList>

namespace d360::gui {

using compare::ArticleChange;
using compare::FileChange;

bool ComparisonSummary::isImage(const QString &path)
{
    static const QStringList suffixes { QStringLiteral("png"),  QStringLiteral("jpg"),
                                        QStringLiteral("jpeg"), QStringLiteral("gif"),
                                        QStringLiteral("svg"),  QStringLiteral("webp"),
                                        QStringLiteral("bmp"),  QStringLiteral("tif"),
                                        QStringLiteral("tiff"), QStringLiteral("ico") };
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QString ComparisonSummary::text(const compare::ExportComparison &comparison)
{
    if (comparison.isSame())
        return tr("The two exports are the same: %n article(s) alike.", nullptr,
                  comparison.unchangedArticles());
    int renamed = 0, moved = 0;
    for (const ArticleChange &change : comparison.articles()) {
        if (change.renamed)
            ++renamed;
        else if (change.moved)
            ++moved;
    }
    int images[3] = {}, attachments[3] = {};
    for (const FileChange &change : comparison.files())
        ++(isImage(change.path()) ? images : attachments)[int(change.kind)];

    QStringList articles;
    const auto count = [](QStringList &parts, int n, const QString &message) {
        if (n > 0)
            parts.append(message);
    };
    count(articles, comparison.editedCount(), tr("%n edited", nullptr, comparison.editedCount()));
    count(articles, comparison.addedCount(), tr("%n added", nullptr, comparison.addedCount()));
    count(articles, comparison.removedCount(),
          tr("%n removed", nullptr, comparison.removedCount()));
    count(articles, renamed, tr("%n renamed", nullptr, renamed));
    count(articles, moved, tr("%n moved", nullptr, moved));

    const int added = int(FileChange::Kind::Added);
    const int removed = int(FileChange::Kind::Removed);
    const int changed = int(FileChange::Kind::Changed);
    QStringList files;
    count(files, images[changed], tr("%n image(s) changed", nullptr, images[changed]));
    count(files, images[added], tr("%n image(s) added", nullptr, images[added]));
    count(files, images[removed], tr("%n image(s) removed", nullptr, images[removed]));
    count(files, attachments[changed],
          tr("%n attachment(s) changed", nullptr, attachments[changed]));
    count(files, attachments[added], tr("%n attachment(s) added", nullptr, attachments[added]));
    count(files, attachments[removed],
          tr("%n attachment(s) removed", nullptr, attachments[removed]));

    // A list of counts, not a sentence: each language's separators.
    const QString listSeparator = tr(", ", "between the counts of one kind");
    const QString articlePart = articles.join(listSeparator);
    const QString filePart = files.join(listSeparator);
    if (articlePart.isEmpty())
        return filePart;
    if (filePart.isEmpty())
        return articlePart;
    return tr("%1; %2", "articles' counts; images' and attachments' counts")
        .arg(articlePart, filePart);
}

} // namespace d360::gui
