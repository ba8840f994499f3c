// See GitMirror.h.
#include "core/mirror/GitMirror.h"

#include "core/compare/ExportComparison.h"
#include "core/compare/ExportSnapshot.h"
#include "core/git/GitHandles.h"
#include "core/git/LibGit2Library.h"
#include "core/jobs/ZipExtractor.h"
#include "core/mirror/MirrorCommitMessage.h"

#include <QByteArrayList>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <optional>
#include <vector>

namespace d360::mirror {

namespace {

constexpr int maximumNamedPaths = 5;

// Pathspecs for libgit2: the mirrored folders, kept alive as long as the
// strarray that points into them.
class Pathspec
{
public:
    explicit Pathspec(const QList<MirrorSource> &sources)
    {
        for (const MirrorSource &source : sources)
            m_bytes.append(source.folder.toUtf8());
        for (const QByteArray &bytes : std::as_const(m_bytes))
            m_pointers.push_back(const_cast<char *>(bytes.constData()));
        m_array.strings = m_pointers.data();
        m_array.count = m_pointers.size();
    }

    git_strarray *array() { return &m_array; }

private:
    QByteArrayList m_bytes;
    std::vector<char *> m_pointers;
    git_strarray m_array {};
};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The paths that `status` lists, at most a few, for a message.
QString namedPaths(const QStringList &paths)
{
    QStringList named = paths.mid(0, maximumNamedPaths);
    if (paths.size() > maximumNamedPaths)
        named.append(GitMirror::tr("and %n more", nullptr, int(paths.size() - maximumNamedPaths)));
    return named.join(QStringLiteral(", "));
}

QStringList statusPaths(git_repository *repository, git_status_options &options, bool *ok)
{
    git_status_list *rawList = nullptr;
    *ok = git_status_list_new(&rawList, repository, &options) == 0;
    const git::StatusListHandle list(rawList);
    QStringList paths;
    if (!*ok)
        return paths;
    const size_t count = git_status_list_entrycount(list.get());
    for (size_t index = 0; index < count; ++index) {
        const git_status_entry *entry = git_status_byindex(list.get(), index);
        if (!entry || entry->status == GIT_STATUS_CURRENT)
            continue;
        const git_diff_delta *delta
            = entry->head_to_index ? entry->head_to_index : entry->index_to_workdir;
        if (delta)
            paths.append(QString::fromUtf8(delta->new_file.path ? delta->new_file.path
                                                                : delta->old_file.path));
    }
    return paths;
}

// "refs/heads/main" for a HEAD on a branch; empty for a detached HEAD.
QString headBranchReference(git_repository *repository, QString *problem)
{
    git_reference *rawHead = nullptr;
    if (git_reference_lookup(&rawHead, repository, "HEAD") != 0) {
        *problem = git::lastError();
        return {};
    }
    const git::ReferenceHandle head(rawHead);
    if (git_reference_type(head.get()) != GIT_REFERENCE_SYMBOLIC)
        return {};
    return QString::fromUtf8(git_reference_symbolic_target(head.get()));
}

QString branchOf(const QString &reference)
{
    static const QString prefix = QStringLiteral("refs/heads/");
    return reference.startsWith(prefix) ? reference.mid(prefix.size()) : QString();
}

bool isValidBranchName(const QString &branch)
{
    int valid = 0;
    const QByteArray reference = QByteArrayLiteral("refs/heads/") + branch.toUtf8();
    return !branch.isEmpty() && git_reference_name_is_valid(&valid, reference.constData()) == 0
        && valid != 0;
}

// Every file below `root`, as paths relative to it with '/'.
QSet<QString> filesBelow(const QString &root)
{
    QSet<QString> files;
    const QDir base(root);
    QDirIterator iterator(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                          QDirIterator::Subdirectories);
    while (iterator.hasNext())
        files.insert(base.relativeFilePath(iterator.next()));
    return files;
}

// Tracked files under `folder` ("v2.0/en"), from the index.
QSet<QString> trackedFilesUnder(git_index *index, const QString &folder)
{
    QSet<QString> files;
    const QString prefix = folder + QLatin1Char('/');
    const size_t count = git_index_entrycount(index);
    for (size_t position = 0; position < count; ++position) {
        const git_index_entry *entry = git_index_get_byindex(index, position);
        const QString path = QString::fromUtf8(entry->path);
        if (path.startsWith(prefix))
            files.insert(path.mid(prefix.size()));
    }
    return files;
}

void removeEmptyFoldersBelow(const QString &root)
{
    QDirIterator iterator(root, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                          QDirIterator::Subdirectories);
    QStringList folders;
    while (iterator.hasNext())
        folders.append(iterator.next());
    // Deepest first, so a parent is empty once its children are gone.
    std::sort(folders.begin(), folders.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &folder : std::as_const(folders))
        QDir().rmdir(folder); // fails, harmlessly, where something is left
}

QString articleLine(const compare::ArticleChange &change)
{
    if (change.isAdded())
        return QStringLiteral("added:   %1").arg(change.after->path);
    if (change.isRemoved())
        return QStringLiteral("removed: %1").arg(change.before->path);
    QString line;
    if (change.moved || change.renamed) {
        line = change.before->path == change.after->path
            ? QStringLiteral("renamed: %1 (\"%2\" -> \"%3\")")
                  .arg(change.after->path, change.before->title, change.after->title)
            : QStringLiteral("renamed: %1 -> %2").arg(change.before->path, change.after->path);
        if (change.edited)
            line += QStringLiteral(", edited");
    } else {
        line = QStringLiteral("edited:  %1").arg(change.after->path);
    }
    if (change.edited)
        line += QStringLiteral(" (+%1 -%2 words)")
                    .arg(change.diff.wordsAdded)
                    .arg(change.diff.wordsRemoved);
    return line;
}

MirroredFolder countChanges(const MirrorSource &source, const QString &workingTreeFolder,
                            const compare::ExportSnapshot &after)
{
    MirroredFolder counted;
    counted.folder = source.folder;
    counted.label = source.label;
    QString ignored;
    const std::optional<compare::ExportSnapshot> before = QFileInfo(workingTreeFolder).isDir()
        ? compare::ExportSnapshot::read(workingTreeFolder, &ignored)
        : std::nullopt;
    if (!before) {
        // A first mirror (or a folder without articles): all of it is new,
        // which the commit's own list of files says well enough.
        counted.articlesAdded = int(after.articles().size());
        counted.otherFilesAdded = int(after.otherFiles().size());
        return counted;
    }
    const compare::ExportComparison comparison = compare::ExportComparison::compare(*before, after);
    counted.articlesAdded = comparison.addedCount();
    counted.articlesRemoved = comparison.removedCount();
    counted.articlesChanged
        = int(comparison.articles().size()) - counted.articlesAdded - counted.articlesRemoved;
    for (const compare::ArticleChange &change : comparison.articles())
        counted.changeLines.append(articleLine(change));
    counted.otherFilesAdded = comparison.fileCount(compare::FileChange::Kind::Added);
    counted.otherFilesRemoved = comparison.fileCount(compare::FileChange::Kind::Removed);
    counted.otherFilesChanged = comparison.fileCount(compare::FileChange::Kind::Changed);
    for (const compare::FileChange &file : comparison.files()) {
        const char *what = file.kind == compare::FileChange::Kind::Added ? "added:  "
            : file.kind == compare::FileChange::Kind::Removed            ? "removed:"
                                                                         : "changed:";
        counted.changeLines.append(QStringLiteral("%1 %2").arg(QLatin1String(what), file.path()));
    }
    return counted;
}

git::SignatureHandle commitSignature(git_repository *repository)
{
    git_signature *raw = nullptr;
    // The user's user.name and user.email, as git would take them; a
    // machine where none is set (a server's schedule) commits as the program.
    if (git_signature_default(&raw, repository) != 0)
        git_signature_now(&raw, "D360 Exporter", "d360-exporter@localhost");
    return git::SignatureHandle(raw);
}

} // namespace

// Why the mirror must not write into the repository now, or empty: nothing
// of anyone's may be lost or committed by surprise.
QString GitMirror::refusal(git_repository *repository, const MirrorRequest &request,
                           git_strarray *folders)
{
    const QString where = nativePath(request.repository);
    if (git_repository_is_bare(repository))
        return tr("The Git mirror %1 is a bare repository; it needs a working tree.").arg(where);
    if (git_repository_state(repository) != GIT_REPOSITORY_STATE_NONE)
        return tr("A merge, rebase or similar is under way in %1; finish it first.").arg(where);
    QString problem;
    const QString headReference = headBranchReference(repository, &problem);
    if (!problem.isEmpty())
        return tr("The Git mirror %1 cannot be read: %2.").arg(where, problem);
    if (branchOf(headReference) != request.branch) {
        return headReference.isEmpty()
            ? tr("The Git mirror %1 is on no branch (a detached HEAD); the preset commits to "
                 "\"%2\". Switch to it first (git switch %2).")
                  .arg(where, request.branch)
            : tr("The Git mirror %1 is on the branch \"%2\"; the preset commits only to \"%3\". "
                 "Switch to it first (git switch %3).")
                  .arg(where, branchOf(headReference), request.branch);
    }
    git_status_options folderStatus;
    git_status_options_init(&folderStatus, GIT_STATUS_OPTIONS_VERSION);
    folderStatus.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    folderStatus.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
    folderStatus.pathspec = *folders;
    bool ok = false;
    const QStringList uncommitted = statusPaths(repository, folderStatus, &ok);
    if (ok && !uncommitted.isEmpty())
        return tr("The Git mirror %1 has changes that are not committed in the folders it "
                  "mirrors into: %2. Commit or discard them first; the mirror would overwrite "
                  "them.")
            .arg(where, namedPaths(uncommitted));
    git_status_options stagedStatus;
    git_status_options_init(&stagedStatus, GIT_STATUS_OPTIONS_VERSION);
    stagedStatus.show = GIT_STATUS_SHOW_INDEX_ONLY;
    const QStringList staged = ok ? statusPaths(repository, stagedStatus, &ok) : QStringList();
    if (!ok)
        return tr("The Git mirror %1 cannot be read: %2.").arg(where, git::lastError());
    if (!staged.isEmpty())
        return tr("The Git mirror %1 has staged changes (%2), which a commit would take along. "
                  "Commit or unstage them first.")
            .arg(where, namedPaths(staged));
    return {};
}

// The folder's tracked files become the extracted export's: what the export
// no longer has goes (only what Git tracks there is ours to remove), the
// rest is moved in whole, file by file.
QString GitMirror::replaceFolder(git_index *index, const QString &workingTree,
                                 const QString &folder, const QString &extracted)
{
    const QString targetRoot = workingTree + folder;
    const QSet<QString> incoming = filesBelow(extracted);
    for (const QString &tracked : trackedFilesUnder(index, folder)) {
        if (!incoming.contains(tracked))
            QFile::remove(targetRoot + QLatin1Char('/') + tracked);
    }
    for (const QString &relative : incoming) {
        const QString from = extracted + QLatin1Char('/') + relative;
        const QString to = targetRoot + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::remove(to);
        if (!QFile::rename(from, to) && !QFile::copy(from, to))
            return tr("Cannot write %1 in the Git mirror; what the folder held is still in its "
                      "last commit (git restore %2).")
                .arg(nativePath(to), folder);
    }
    removeEmptyFoldersBelow(targetRoot);
    return {};
}

MirrorResult GitMirror::update(const MirrorRequest &request)
{
    git::LibGit2Library::ensureInitialised();
    MirrorResult result;
    const QString where = nativePath(request.repository);
    if (request.sources.isEmpty()) {
        result.problem = tr("The run made no Markdown export to mirror into %1.").arg(where);
        return result;
    }
    git_repository *rawRepository = nullptr;
    if (git_repository_open_ext(&rawRepository, request.repository.toUtf8().constData(),
                                GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr)
        != 0) {
        result.problem = tr("The Git mirror %1 cannot be opened: %2.")
                             .arg(where, git::lastError(tr("it is not a Git repository")));
        return result;
    }
    const git::RepositoryHandle repository(rawRepository);
    Pathspec pathspec(request.sources);
    result.problem = refusal(repository.get(), request, pathspec.array());
    if (!result.problem.isEmpty())
        return result;

    // Every archive whole in .git first: a damaged one changes nothing.
    const QString gitFolder = QString::fromUtf8(git_repository_path(repository.get()));
    const QTemporaryDir staging(gitFolder + QStringLiteral("d360-mirror-XXXXXX"));
    if (!staging.isValid()) {
        result.problem = tr("Cannot make a folder in %1: %2.")
                             .arg(nativePath(gitFolder), staging.errorString());
        return result;
    }
    const QString workingTree = QString::fromUtf8(git_repository_workdir(repository.get()));
    QStringList extracted;
    for (int position = 0; position < request.sources.size(); ++position) {
        const MirrorSource &source = request.sources.at(position);
        QString why;
        const std::optional<compare::ExportSnapshot> after
            = compare::ExportSnapshot::read(source.archivePath, &why);
        if (!after) {
            result.problem = tr("%1 cannot be mirrored: %2").arg(source.label, why);
            return result;
        }
        const QString target = staging.filePath(QString::number(position));
        const jobs::ZipExtractor::Result unpacked
            = jobs::ZipExtractor::extract(source.archivePath, target);
        if (!unpacked.ok) {
            result.problem = tr("%1 cannot be mirrored: %2").arg(source.label, unpacked.error);
            return result;
        }
        extracted.append(target);
        result.folders.append(countChanges(source, workingTree + source.folder, *after));
    }

    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repository.get()) != 0) {
        result.problem = tr("The Git mirror %1 cannot be read: %2.").arg(where, git::lastError());
        return result;
    }
    const git::IndexHandle index(rawIndex);
    for (int position = 0; position < request.sources.size(); ++position) {
        result.problem = replaceFolder(index.get(), workingTree,
                                       request.sources.at(position).folder, extracted.at(position));
        if (!result.problem.isEmpty())
            return result;
    }
    if (git_index_add_all(index.get(), pathspec.array(), GIT_INDEX_ADD_DEFAULT, nullptr, nullptr)
            != 0
        || git_index_update_all(index.get(), pathspec.array(), nullptr, nullptr) != 0
        || git_index_write(index.get()) != 0) {
        result.problem
            = tr("Cannot stage the mirrored files in %1: %2.").arg(where, git::lastError());
        return result;
    }
    commit(repository.get(), index.get(), request, &result);
    return result;
}

// A commit of the index on the branch HEAD is on (checked by refusal()),
// unless its tree is the one HEAD already has.
void GitMirror::commit(git_repository *repository, git_index *index, const MirrorRequest &request,
                       MirrorResult *result)
{
    const QString where = nativePath(request.repository);
    git_oid treeId;
    git_tree *rawTree = nullptr;
    if (git_index_write_tree(&treeId, index) != 0
        || git_tree_lookup(&rawTree, repository, &treeId) != 0) {
        result->problem
            = tr("Cannot write the commit's tree in %1: %2.").arg(where, git::lastError());
        return;
    }
    const git::TreeHandle tree(rawTree);
    git_commit *rawParent = nullptr;
    git_oid parentId;
    const bool hasParent = git_reference_name_to_id(&parentId, repository, "HEAD") == 0;
    if (hasParent && git_commit_lookup(&rawParent, repository, &parentId) != 0) {
        result->problem = tr("The Git mirror %1 cannot be read: %2.").arg(where, git::lastError());
        return;
    }
    const git::CommitHandle parent(rawParent);
    if (parent && git_oid_equal(&treeId, git_commit_tree_id(parent.get())))
        return; // the exports are what is committed already

    result->message
        = MirrorCommitMessage::compose(request.projectName, result->folders, request.exportedAt);
    const git::SignatureHandle signature = commitSignature(repository);
    const git_commit *parents[] = { parent.get() };
    git_oid commitId;
    if (git_commit_create(&commitId, repository, "HEAD", signature.get(), signature.get(), "UTF-8",
                          result->message.toUtf8().constData(), tree.get(), parent ? 1 : 0, parents)
        != 0) {
        result->problem
            = tr("Cannot commit in the Git mirror %1: %2.").arg(where, git::lastError());
        return;
    }
    result->committed = true;
    result->commitId = git::oidText(commitId);
}

bool GitMirror::prepare(const QString &folder, QString *branch, bool *created, QString *problem)
{
    git::LibGit2Library::ensureInitialised();
    *created = false;
    const QString where = nativePath(folder);
    if (!branch->isEmpty() && !isValidBranchName(*branch)) {
        *problem = tr("\"%1\" is not a branch name Git accepts.").arg(*branch);
        return false;
    }
    const QFileInfo info(folder);
    const bool isEmptyFolder = info.isDir()
        && QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    if (!info.exists() || isEmptyFolder) {
        if (branch->isEmpty())
            *branch = QStringLiteral("main");
        const QByteArray initialHead = branch->toUtf8();
        git_repository_init_options options;
        git_repository_init_options_init(&options, GIT_REPOSITORY_INIT_OPTIONS_VERSION);
        options.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
        options.initial_head = initialHead.constData();
        git_repository *raw = nullptr;
        const int made = git_repository_init_ext(&raw, folder.toUtf8().constData(), &options);
        const git::RepositoryHandle repository(raw);
        if (made != 0) {
            *problem = tr("Cannot make a Git repository in %1: %2.").arg(where, git::lastError());
            return false;
        }
        *created = true;
        return true;
    }
    git_repository *raw = nullptr;
    if (git_repository_open_ext(&raw, folder.toUtf8().constData(), GIT_REPOSITORY_OPEN_NO_SEARCH,
                                nullptr)
        != 0) {
        *problem = tr("%1 is neither a Git repository nor an empty folder.").arg(where);
        return false;
    }
    const git::RepositoryHandle repository(raw);
    if (git_repository_is_bare(repository.get())) {
        *problem
            = tr("%1 is a bare repository; the mirror needs one with a working tree.").arg(where);
        return false;
    }
    QString why;
    const QString current = branchOf(headBranchReference(repository.get(), &why));
    if (current.isEmpty()) {
        *problem = why.isEmpty()
            ? tr("%1 is on no branch (a detached HEAD). Switch to the branch the mirror should "
                 "commit to first.")
                  .arg(where)
            : tr("%1 cannot be read: %2.").arg(where, why);
        return false;
    }
    if (branch->isEmpty()) {
        *branch = current;
        return true;
    }
    if (*branch != current) {
        *problem = tr("%1 is on the branch \"%2\"; the mirror commits only to the branch the "
                      "working tree is on. Switch to \"%3\" first (git switch %3).")
                       .arg(where, current, *branch);
        return false;
    }
    return true;
}

} // namespace d360::mirror
