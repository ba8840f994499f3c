// See MirrorCommitMessage.h.
#include "core/mirror/MirrorCommitMessage.h"

#include <QStringList>

namespace d360::mirror {

namespace {

constexpr int maximumNamedExports = 3;
constexpr int maximumLinesPerFolder = 100;

QString counted(int count, const char *singular, const char *plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(QLatin1String(count == 1 ? singular : plural));
}

} // namespace

QString MirrorCommitMessage::counts(const MirroredFolder &folder)
{
    QStringList parts;
    // The first count names what it counts; the others lean on it.
    const auto articles = [&parts](int count, const char *verb) {
        if (count == 0)
            return;
        const QString what
            = parts.isEmpty() ? counted(count, "article", "articles") : QString::number(count);
        parts.append(QStringLiteral("%1 %2").arg(what, QLatin1String(verb)));
    };
    articles(folder.articlesChanged, "changed");
    articles(folder.articlesAdded, "added");
    articles(folder.articlesRemoved, "removed");
    const int otherFiles = folder.otherFiles();
    if (otherFiles > 0) {
        // Said by what happened to them when it was one thing.
        const char *verb = otherFiles == folder.otherFilesAdded ? "added"
            : otherFiles == folder.otherFilesRemoved            ? "removed"
                                                                : "changed";
        parts.append(QStringLiteral("%1 %2").arg(counted(otherFiles, "other file", "other files"),
                                                 QLatin1String(verb)));
    }
    return parts.isEmpty() ? QStringLiteral("no changes") : parts.join(QStringLiteral(", "));
}

QString MirrorCommitMessage::compose(const QString &projectName,
                                     const QList<MirroredFolder> &folders,
                                     const QDateTime &exportedAt)
{
    MirroredFolder total;
    QStringList labels;
    QStringList body;
    for (const MirroredFolder &folder : folders) {
        if (!folder.hasChanges())
            continue;
        total.articlesChanged += folder.articlesChanged;
        total.articlesAdded += folder.articlesAdded;
        total.articlesRemoved += folder.articlesRemoved;
        total.otherFilesAdded += folder.otherFilesAdded;
        total.otherFilesRemoved += folder.otherFilesRemoved;
        total.otherFilesChanged += folder.otherFilesChanged;
        labels.append(folder.label);
        body.append(QStringLiteral("%1: %2").arg(folder.folder, counts(folder)));
        const QStringList lines = folder.changeLines.mid(0, maximumLinesPerFolder);
        for (const QString &line : lines)
            body.append(QStringLiteral("  ") + line);
        if (folder.changeLines.size() > maximumLinesPerFolder)
            body.append(QStringLiteral("  and %1 more")
                            .arg(folder.changeLines.size() - maximumLinesPerFolder));
    }
    const QString which = labels.size() <= maximumNamedExports
        ? labels.join(QStringLiteral(", "))
        : counted(int(labels.size()), "export", "exports");
    const QString exported = exportedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return QStringLiteral("%1 %2: %3; exported %4\n\n%5\n")
        .arg(projectName, which, counts(total), exported, body.join(QLatin1Char('\n')));
}

} // namespace d360::mirror
