// Which of a run's files a Git mirror takes, and where each goes: every
// completed Markdown export, into "<version>/<language>" of the repository.
//
// The folder is named after the version's name, the way a writer knows the
// version ("v4.2/en"), made safe as a file name on every system and free of
// the characters a Git pathspec reads as a pattern ('[', ']', '*', '?', a
// leading '!'), so the folder is matched as itself. Two versions whose names
// come out alike both land in one folder, the later one winning, the same
// way a second export of one version and language replaces the first.
#pragma once

#include "core/jobs/ExportJob.h"
#include "core/mirror/GitMirror.h"

#include <QDateTime>
#include <QList>

namespace d360::routines {
struct Preset;
}

namespace d360::mirror {

class MirrorSources
{
public:
    static QList<MirrorSource> fromJobs(const QList<jobs::ExportJob> &jobs);
    // The whole request for a preset with a mirror, for its run's jobs.
    static MirrorRequest requestFor(const routines::Preset &preset,
                                    const QList<jobs::ExportJob> &jobs,
                                    const QDateTime &exportedAt);
    // "v4.2" and "en" -> "v4.2/en".
    static QString folderFor(const QString &versionName, const QString &languageCode);
};

} // namespace d360::mirror
