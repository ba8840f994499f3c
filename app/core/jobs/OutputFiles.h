// Where a job's file lands in the output folder, without ever replacing a
// file silently.
//
// A file is written as "<final name>.part" and renamed into place only when
// it is complete and checked, so a name the user can see always holds a
// whole file. If the name is taken (by an earlier export, or by another job
// of the queue), the next free numbered name is used: "Guide-v1-en (2).pdf",
// as browsers do. Replacing an existing file happens only when the user chose
// to overwrite, and then by an atomic rename, so a reader sees the old file
// or the new one, never half of either.
#pragma once

#include <QString>

#include <functional>

namespace d360::jobs {

// Leaves room for ".part" and a " (NNNN)" suffix within 255 bytes.
constexpr int maxPlannedFileNameBytes = 255 - 5;

QString partPathFor(const QString &finalPath);

// "name.ext" for n <= 1, "name (n).ext" otherwise, still within maxBytes.
QString numberedFileName(const QString &fileName, int n, int maxBytes = maxPlannedFileNameBytes);

// The first of folder/fileName, folder/"fileName (2)", ... for which isTaken
// is false; isTaken defaults to "the file or its .part exists". Empty when
// ten thousand names are taken.
using PathTaken = std::function<bool(const QString &path)>;
QString firstFreePath(const QString &folder, const QString &fileName, const PathTaken &isTaken = {});
bool pathOrPartExists(const QString &path);

// Renames from into to. Without overwrite it fails when to exists (checked
// atomically by the file system where it can be); with overwrite it replaces
// to in one step.
bool moveIntoPlace(const QString &from, const QString &to, bool overwrite, QString *error);

} // namespace d360::jobs
