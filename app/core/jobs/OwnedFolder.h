// A fresh folder that this process made, worked in through its open
// descriptor, and removed or moved into place without ever touching anything
// else.
//
// Work that must appear all at once (an extracted archive) is built in a
// hidden folder beside its final place and renamed there at the end. In a
// shared output folder that hidden name is an attack surface: a fixed name
// can be a planted symbolic link, and a path looked up again later can have
// been swapped for one. So the folder gets a random name, is created
// exclusively with mode 0700 (QTemporaryDir), and is opened once with
// O_NOFOLLOW; everything inside is created and removed relative to that
// descriptor (openat/mkdirat/unlinkat, O_NOFOLLOW, O_EXCL), so no path is
// resolved twice. It is removed only while lstat still shows the very folder
// that was created, and moved into place with renameWithoutReplacing().
//
// A process that is killed leaves its folder behind. While a folder is in
// use, its process holds an advisory lock on it (flock), so a later run can
// tell what was abandoned: a real folder (not a link) with the same prefix,
// owned by this user, private (0700, which nobody else can give a folder of
// ours) and not locked. Only such folders are cleared.
#pragma once

#include "core/jobs/FileSystemSafety.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace d360::jobs {

class OwnedFolder
{
    Q_DECLARE_TR_FUNCTIONS(d360::jobs::OwnedFolder)

public:
    // "<parentFolder>/<namePrefix>XXXXXX" (X random); null, with the reason in
    // error, when it cannot be made.
    static std::unique_ptr<OwnedFolder> create(const QString &parentFolder,
                                               const QString &namePrefix, QString *error);
    // Removes what killed runs left in parentFolder under namePrefix (see
    // above); returns how many folders.
    static int removeAbandoned(const QString &parentFolder, const QString &namePrefix);
    // Removes the folder and everything in it, unless it was moved into place.
    ~OwnedFolder();
    OwnedFolder(const OwnedFolder &) = delete;
    OwnedFolder &operator=(const OwnedFolder &) = delete;

    QString path() const;

    // Creates relativePath (and its missing parents) inside; an existing
    // folder is fine, a link or a file in the way is an error.
    bool makeFolders(const QString &relativePath, QString *error);
    // Creates a new file at relativePath inside (its parents too), refusing
    // one that exists; the caller writes and closes it.
    FileDescriptor createFile(const QString &relativePath, QString *error);

    // Renames the folder to targetName in the same parent, never replacing
    // what is there, and gives it the permissions a new folder would have.
    // Afterwards the folder is no longer this object's to remove.
    bool moveInPlaceOf(const QString &targetName, QString *error);

private:
    OwnedFolder(FileDescriptor parent, FileDescriptor folder, QString parentPath, QString name,
                quint64 device, quint64 inode);
    // The descriptor of the folder at relativeFolder inside, made if missing.
    FileDescriptor openFolder(const QString &relativeFolder, bool create, QString *error) const;
    bool isStillTheCreatedFolder() const;
    void removeEverything();

    FileDescriptor m_parent;
    FileDescriptor m_folder;
    QString m_parentPath;
    QString m_name;
    // Who the folder is, so a folder swapped in under its name is left alone.
    quint64 m_device;
    quint64 m_inode;
    bool m_movedAway = false;
};

} // namespace d360::jobs
