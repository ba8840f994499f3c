// Looking, hashing and removing inside a run folder through open
// descriptors, never following a symbolic link.
//
// A run folder sits in the user's output folder, which may be shared, and
// its manifest lists paths that verify re-reads and retention deletes. A
// path resolved by name could meet a link planted at any of its parts and
// reach a file outside the folder, so every part is opened relative to the
// one before with O_NOFOLLOW, and listings use fstatat without following:
// a link is reported as a link, never read, hashed or deleted through.
// Shared by RunManifest (the files of an extracted archive), ManifestVerifier
// and RunFolderRemover, so the three agree on what is inside a folder.
#pragma once

#include "core/jobs/FileSystemSafety.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace d360::routines {

struct FolderEntry
{
    enum class Type { File, Folder, Link, Other };
    QString path; // relative to the listed folder, '/' separated
    Type type = Type::Other;
    qint64 bytes = 0; // of a file
};

class RunFolderFiles
{
    Q_DECLARE_TR_FUNCTIONS(d360::routines::RunFolderFiles)

public:
    // Opens a folder the user named (a link there is the user's choice and
    // is followed); an invalid descriptor, with *error, when it cannot.
    static jobs::FileDescriptor openFolder(const QString &path, QString *error);

    // Everything inside folder, depth first, folders before their contents;
    // links are listed, never entered.
    static QList<FolderEntry> list(int folder);

    // Opens relativePath inside root, each part without following a link.
    // flags: O_RDONLY for a file, O_RDONLY | O_DIRECTORY for a folder.
    // *errorNumber gets errno on failure (ELOOP or ENOTDIR when a part is a
    // link or not a folder, ENOENT when something is missing).
    static jobs::FileDescriptor openInside(int root, const QString &relativePath, int flags,
                                           int *errorNumber);

    // Called with the bytes hashed so far, after every chunk.
    using Progress = std::function<void(qint64 bytes)>;
    // SHA-256 (lower-case hex) of the open file from its start, and its
    // length in *bytes; an empty array with *error when reading fails, or
    // when *cancelled becomes true (*error is then empty).
    static QByteArray hashOpenFile(int fd, qint64 *bytes, QString *error,
                                   const std::atomic_bool *cancelled = nullptr,
                                   const Progress &progress = {});
};

} // namespace d360::routines
