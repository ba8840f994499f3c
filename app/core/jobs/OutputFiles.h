// Where a job's file lands in the output folder, without ever replacing a
// file silently.
//
// A file is written as "<final name>.<job id prefix>.part" (a PartFile) and
// renamed into place only when it is complete and checked, so a name the
// user can see always holds a whole file, and two jobs, even of two
// programs, never write into one part file. If the name is taken (by an earlier export, or by
// another job of the queue), the next free numbered name is used: "Guide-v1-en (2).pdf", as
// browsers do. Replacing an existing file happens only when the user chose to overwrite, and then
// by an atomic rename, so a reader sees the old file or the new one, never half of either.
#pragma once

#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace d360::jobs {

// Leaves room for ".<8 hex digits>.part" and a " (NNNN)" suffix within 255 bytes.
constexpr int maxPlannedFileNameBytes = 255 - 14;

// "<finalPath>.<first 8 hex digits of jobId>.part".
QString partPathFor(const QString &finalPath, const QUuid &jobId);
// The part files in finalPath's folder named after it (any job's, and the
// "<finalPath>.part" of queue files from before per-job names).
QStringList partPathsOf(const QString &finalPath);

// Whether a name ends in an extension ("Guide.pdf") or is a folder's name,
// whose dots are part of the name ("Guide-v1.0-en").
enum class NameKind { File, Folder };

// "name.ext" for n <= 1, "name (n).ext" otherwise ("name (n)" for a folder),
// still within maxBytes.
QString numberedFileName(const QString &fileName, int n, int maxBytes = maxPlannedFileNameBytes,
                         NameKind kind = NameKind::File);

// The first of folder/fileName, folder/"fileName (2)", ... for which isTaken
// is false; isTaken defaults to "an entry (a symlink too) or a part file of
// it exists". Empty when ten thousand names are taken.
using PathTaken = std::function<bool(const QString &path)>;
QString firstFreePath(const QString &folder, const QString &fileName, const PathTaken &isTaken = {},
                      NameKind kind = NameKind::File);
bool pathOrPartExists(const QString &path);

// Another job (of any process) is writing a part file for finalPath, other
// than exceptPart: replacing finalPath now would hide one of the two files.
bool isBeingProduced(const QString &finalPath, const QString &exceptPart);

// Deletes a part file that no one writes, if it is a regular file: never a
// symlink or someone else's file planted under the name.
void removeUnusedPart(const QString &partPath);

} // namespace d360::jobs
