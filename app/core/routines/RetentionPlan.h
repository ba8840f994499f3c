// Which run folders of a backup preset go, when it keeps its last N runs.
//
// Retention deletes, so it decides from what history recorded, never from
// what happens to lie in the folder: a run folder may go only when history
// says this program created it, its name is one RunFolder makes, and it
// lies directly inside {folder}/{preset}/ (compared as clean absolute paths,
// so "a/../b" or a run of another preset never qualifies). Among those, the
// N newest by start time stay, and so does the newest complete run, even
// when it is older than all of them: a backup must never be left with only
// failed runs because the last good one aged out. Runs that do not qualify
// are never removed and do not count towards N. A plain function on plain
// values; RunFolderRemover does the deleting.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace d360::routines {

// One run of the preset, as history knows it.
struct RetainedRun
{
    QString runId;
    QString folderPath;
    QDateTime startedAt;
    bool complete = false; // the manifest's verdict
    bool createdByUs = false; // history recorded that RunFolder made the folder
};

struct RetentionPlan
{
    QList<RetainedRun> keep; // qualifying runs that stay
    QList<RetainedRun> remove; // qualifying runs whose folders go
    QList<RetainedRun> untouchable; // runs that do not qualify: never removed

    // keepCount below 1 counts as 1: a backup preset always keeps its newest
    // run.
    static RetentionPlan decide(const QString &presetFolder, const QList<RetainedRun> &runs,
                                int keepCount);
    // Whether retention may ever remove this run's folder (see above).
    static bool qualifies(const QString &presetFolder, const RetainedRun &run);
};

} // namespace d360::routines
