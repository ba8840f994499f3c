// See RunComparisonSources.h.
#include "core/compare/RunComparisonSources.h"

#include "core/routines/HistoryStore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <tuple>

namespace d360::compare {

using routines::HistoryStore;
using routines::RunItem;
using routines::RunRecord;

namespace {

QString formatDisplayName(const QString &format)
{
    if (format == QLatin1String("markdown"))
        return RunComparisonSources::tr("Markdown");
    if (format == QLatin1String("html"))
        return RunComparisonSources::tr("HTML");
    return format;
}

QString pairKey(const RunItem &item)
{
    return item.versionId + QLatin1Char('\n') + item.languageCode.toLower() + QLatin1Char('\n')
        + item.format;
}

bool isSameRoutine(const RunRecord &candidate, const RunRecord &run)
{
    if (!run.presetName.isEmpty())
        return candidate.presetName.compare(run.presetName, Qt::CaseInsensitive) == 0;
    return candidate.presetName.isEmpty() && candidate.projectId == run.projectId
        && candidate.description == run.description;
}

} // namespace

QString ExportPair::label() const
{
    return RunComparisonSources::tr("%1 / %2 / %3")
        .arg(versionName.isEmpty() ? versionId : versionName, languageCode,
             formatDisplayName(format));
}

bool RunComparisonSources::isComparableFormat(const QString &format)
{
    return format == QLatin1String("markdown") || format == QLatin1String("html");
}

QString RunComparisonSources::readablePath(const RunItem &item)
{
    if (!item.isCompleted() || item.path.isEmpty())
        return {};
    const QFileInfo info(item.path);
    if (info.exists())
        return item.path;
    if (info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0) {
        const QString folder = QDir(info.absolutePath()).filePath(info.completeBaseName());
        if (QFileInfo(folder).isDir())
            return folder;
    }
    return {};
}

std::optional<RunRecord> RunComparisonSources::previousRun(const HistoryStore &history,
                                                           const RunRecord &run)
{
    HistoryStore::Filter filter;
    filter.presetName = run.presetName;
    for (const RunRecord &candidate : history.runs(filter)) {
        if (candidate.id == run.id || !candidate.isFinished())
            continue;
        // Newest first: the first earlier one of the same routine is it.
        if (candidate.startedAt < run.startedAt && isSameRoutine(candidate, run))
            return candidate;
    }
    return std::nullopt;
}

QList<ExportPair> RunComparisonSources::pairs(const HistoryStore &history, const RunRecord &before,
                                              const RunRecord &after)
{
    QHash<QString, QString> beforePaths;
    for (const RunItem &item : history.items(before.id)) {
        if (!isComparableFormat(item.format))
            continue;
        const QString path = readablePath(item);
        if (!path.isEmpty())
            beforePaths.insert(pairKey(item), path);
    }
    QList<ExportPair> found;
    for (const RunItem &item : history.items(after.id)) {
        if (!isComparableFormat(item.format))
            continue;
        const QString path = readablePath(item);
        const auto earlier = beforePaths.constFind(pairKey(item));
        if (path.isEmpty() || earlier == beforePaths.cend())
            continue;
        found.append({ item.versionId, item.versionName, item.languageCode, item.format,
                       earlier.value(), path });
    }
    std::sort(found.begin(), found.end(), [](const ExportPair &left, const ExportPair &right) {
        return std::tie(left.versionName, left.versionId, left.languageCode, left.format)
            < std::tie(right.versionName, right.versionId, right.languageCode, right.format);
    });
    return found;
}

RunComparisonSources::Previous
RunComparisonSources::previousOf(const HistoryStore &history, const RunRecord &run, QString *whyNot)
{
    Previous previous;
    if (!run.isFinished()) {
        *whyNot = tr("This run has not finished.");
        return previous;
    }
    const bool hasOwnExports = [&] {
        for (const RunItem &item : history.items(run.id)) {
            if (isComparableFormat(item.format) && !readablePath(item).isEmpty())
                return true;
        }
        return false;
    }();
    if (!hasOwnExports) {
        *whyNot = tr("This run has no Markdown or HTML export on disk to compare.");
        return previous;
    }
    previous.run = previousRun(history, run);
    if (!previous.run) {
        *whyNot = run.presetName.isEmpty()
            ? tr("No earlier run exported the same selection of this project.")
            : tr("No earlier run of the preset \"%1\" has finished.").arg(run.presetName);
        return previous;
    }
    previous.pairs = pairs(history, *previous.run, run);
    if (previous.pairs.isEmpty())
        *whyNot = tr("The previous run has no Markdown or HTML export on disk of the same "
                     "version, language and format.");
    return previous;
}

} // namespace d360::compare
