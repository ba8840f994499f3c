// Folders and files of the program's own state (the saved queues, the copies
// set aside, their lock files) are the user's alone.
//
// They hold project names, server paths and the servers' error texts, and the
// data folder may sit on a machine other people log into: folders are made
// 0700 and files 0600 whatever the umask, because the umask of a desktop
// session is usually 022. Exported files are not made here: they go where
// the user asked, with the umask's permissions, to be shared.
#pragma once

#include <QString>

namespace d360 {

// Creates folderPath and every missing folder above it with mode 0700
// (owner only); folders that exist are left as they are. False, with the
// operating system's reason in *error when given, when it cannot.
bool makePrivateFolder(const QString &folderPath, QString *error = nullptr);

// Narrows an existing file to mode 0600 (owner read and write).
bool restrictToOwner(const QString &filePath);

} // namespace d360
