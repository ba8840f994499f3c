// The message of a Git mirror's commit: what the run changed, counted in
// articles, in words a writer scanning `git log --oneline` understands:
//
//   Acme v4.2 en: 3 articles changed, 1 added; exported 2026-12-02 04:10 UTC
//
// The first line names the project and the exports that changed (when more
// than three changed, their number) and sums their counts; the body has,
// for each changed folder, its counts and a line per changed article or
// file (at most a hundred), so that an article renamed and rewritten, which
// Git shows as one file deleted and another added, reads as the one article
// it is. The message is English on purpose and never
// follows the program's language: it is data in a repository that a team and
// its tools share, like `--json` output, and one commit must not read
// differently from the next because another writer ran it. Unchanged folders
// are not named.
#pragma once

#include "core/mirror/GitMirror.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace d360::mirror {

class MirrorCommitMessage
{
public:
    static QString compose(const QString &projectName, const QList<MirroredFolder> &folders,
                           const QDateTime &exportedAt);

    // "3 articles changed, 1 added, 1 removed, 2 other files changed"
    static QString counts(const MirroredFolder &folder);
};

} // namespace d360::mirror
