// See RetentionPlan.h.
#include "core/routines/RetentionPlan.h"

#include "core/routines/RunFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace d360::routines {

namespace {

QString cleanAbsolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

bool RetentionPlan::qualifies(const QString &presetFolder, const RetainedRun &run)
{
    if (!run.createdByUs || run.folderPath.isEmpty() || presetFolder.isEmpty())
        return false;
    const QFileInfo folder(cleanAbsolute(run.folderPath));
    return RunFolder::isRunFolderName(folder.fileName())
        && QDir::cleanPath(folder.absolutePath()) == cleanAbsolute(presetFolder);
}

RetentionPlan RetentionPlan::decide(const QString &presetFolder, const QList<RetainedRun> &runs,
                                    int keepCount)
{
    RetentionPlan plan;
    QList<RetainedRun> candidates;
    for (const RetainedRun &run : runs) {
        if (qualifies(presetFolder, run))
            candidates.append(run);
        else
            plan.untouchable.append(run);
    }
    // Newest first; the folder name breaks a tie (the "_2" run came later).
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const RetainedRun &left, const RetainedRun &right) {
                         if (left.startedAt != right.startedAt)
                             return left.startedAt > right.startedAt;
                         return QFileInfo(left.folderPath).fileName()
                             > QFileInfo(right.folderPath).fileName();
                     });
    const qsizetype kept = qMax(keepCount, 1);
    const auto newestComplete = std::find_if(candidates.cbegin(), candidates.cend(),
                                             [](const RetainedRun &run) { return run.complete; });
    QSet<QString> keptFolders;
    for (qsizetype index = 0; index < candidates.size(); ++index) {
        const RetainedRun &run = candidates.at(index);
        const bool isNewestComplete
            = newestComplete != candidates.cend() && index == newestComplete - candidates.cbegin();
        if (index < kept || isNewestComplete) {
            plan.keep.append(run);
            keptFolders.insert(cleanAbsolute(run.folderPath));
        }
    }
    for (qsizetype index = 0; index < candidates.size(); ++index) {
        const RetainedRun &run = candidates.at(index);
        const bool isNewestComplete
            = newestComplete != candidates.cend() && index == newestComplete - candidates.cbegin();
        if (index < kept || isNewestComplete)
            continue;
        // Two history rows for one folder: the kept one wins.
        if (keptFolders.contains(cleanAbsolute(run.folderPath)))
            plan.keep.append(run);
        else
            plan.remove.append(run);
    }
    return plan;
}

} // namespace d360::routines
