// Owning handles for the libgit2 objects this program uses, and the text of
// libgit2's last error, so that every object libgit2 hands out is freed on
// every path out of a function (std::unique_ptr with libgit2's own free
// function) and every failure reaches the user with libgit2's reason.
//
// Only the handful of types the diff and the mirror need are here; a new
// one is one line. libgit2's error text is thread-local, so lastError()
// must be asked on the thread that made the failing call, straight after it.
// Only .cpp files of the core include this, so libgit2's headers stay out of
// every public header.
#pragma once

#include <QString>

#include <git2.h>
#include <memory>

namespace d360::git {

template<typename Object, void (*Free)(Object *)> struct LibGit2Deleter
{
    void operator()(Object *object) const { Free(object); }
};

using RepositoryHandle
    = std::unique_ptr<git_repository, LibGit2Deleter<git_repository, git_repository_free>>;
using IndexHandle = std::unique_ptr<git_index, LibGit2Deleter<git_index, git_index_free>>;
using TreeHandle = std::unique_ptr<git_tree, LibGit2Deleter<git_tree, git_tree_free>>;
using CommitHandle = std::unique_ptr<git_commit, LibGit2Deleter<git_commit, git_commit_free>>;
using ReferenceHandle
    = std::unique_ptr<git_reference, LibGit2Deleter<git_reference, git_reference_free>>;
using SignatureHandle
    = std::unique_ptr<git_signature, LibGit2Deleter<git_signature, git_signature_free>>;
using StatusListHandle
    = std::unique_ptr<git_status_list, LibGit2Deleter<git_status_list, git_status_list_free>>;

// libgit2's message for the last failure on this thread, or `fallback`
// when it left none.
QString lastError(const QString &fallback = QString());

// A git_oid as 40 hex digits.
QString oidText(const git_oid &oid);

} // namespace d360::git
