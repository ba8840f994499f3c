// The Git mirror of a knowledge base: each run's Markdown exports extracted
// into a Git repository's working tree, one folder per version and
// language, and one commit that says what changed, so that `git log` and any
// Git host show the knowledge base's history article by article.
//
// Through libgit2, never a shelled-out git, so it works where Git is not
// installed. It is careful with a repository that is also someone's:
//   - it never pushes, and commits only to the branch the preset names,
//     which must be the branch the working tree is on (it never switches);
//   - it refuses, saying why and naming the paths, when anything under the
//     mirrored folders is not committed, when changes are staged anywhere
//     (a commit takes the whole index along), or when a merge or rebase is
//     under way;
//   - every archive is extracted into a folder inside the repository's .git
//     before the working tree is touched, so a damaged archive changes
//     nothing; then only files the repository tracks under the mirrored
//     folders are replaced or removed (ignored files of one's own stay);
//   - when the new tree is the one already committed there is no commit.
// The commit message's words are counted from the exports themselves
// (ExportComparison of the folder as committed and the new archive).
//
// Synchronous and widget-free: MirrorStep runs it on a worker thread.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

struct git_index;
struct git_repository;
struct git_strarray;

namespace d360::mirror {

struct MirrorSource
{
    QString folder; // inside the repository, with '/': "v2.0/en"
    QString label; // for the commit message: "v2.0 en"
    QString archivePath; // the Markdown export's ZIP
};

struct MirrorRequest
{
    QString repository; // the working tree's folder
    QString branch;
    QString projectName; // the commit message's first words
    QDateTime exportedAt;
    QList<MirrorSource> sources;
};

// What one folder's new export changed, in articles and other files.
struct MirroredFolder
{
    QString folder;
    QString label;
    int articlesChanged = 0; // edited, moved or renamed
    int articlesAdded = 0;
    int articlesRemoved = 0;
    // Images and attachments.
    int otherFilesAdded = 0;
    int otherFilesRemoved = 0;
    int otherFilesChanged = 0;
    // One line per change, for the commit's body: what Git alone cannot
    // tell, such as a renamed and rewritten article being one article.
    QStringList changeLines;

    int otherFiles() const { return otherFilesAdded + otherFilesRemoved + otherFilesChanged; }
    bool hasChanges() const
    {
        return articlesChanged + articlesAdded + articlesRemoved + otherFiles() > 0;
    }
};

struct MirrorResult
{
    QString problem; // for the user; empty when the mirror is up to date
    bool committed = false; // false without a problem: nothing had changed
    QString commitId; // 40 hex digits
    QString message; // the commit's
    QList<MirroredFolder> folders;

    bool ok() const { return problem.isEmpty(); }
    // The message's first line, for a status bar or a note.
    QString subject() const { return message.section(QLatin1Char('\n'), 0, 0); }
};

class GitMirror
{
    Q_DECLARE_TR_FUNCTIONS(d360::mirror::GitMirror)

public:
    static MirrorResult update(const MirrorRequest &request);

    // For setting a mirror up: `folder` is a Git repository with a working
    // tree, or a folder that is missing or empty, which becomes one whose
    // first branch is *branch (or "main" when *branch is empty). An existing
    // repository must be on *branch; with *branch empty, its branch is
    // taken and returned in *branch. false with *problem for the user.
    static bool prepare(const QString &folder, QString *branch, bool *created, QString *problem);

private:
    static QString refusal(git_repository *repository, const MirrorRequest &request,
                           git_strarray *folders);
    static QString replaceFolder(git_index *index, const QString &workingTree,
                                 const QString &folder, const QString &extracted);
    static void commit(git_repository *repository, git_index *index, const MirrorRequest &request,
                       MirrorResult *result);
};

} // namespace d360::mirror
