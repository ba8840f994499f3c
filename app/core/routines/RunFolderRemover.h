// Deletes one old run folder of a backup preset, and nothing else.
//
// Only what the run's own manifest lists goes: the exported files, the files
// extracted from them, then manifest.json (last, so a removal cut short can
// be finished later by the same list), then the folders those files were in
// once they are empty, then the run folder if it is empty too. Anything else
// found inside (a user's notes, a file put where one of ours was, a link) is
// left where it is, and so is the folder around it, and the result says
// what was left. A listed file is deleted only while it is still a plain
// file of the size the manifest records (a cheap check that a backup's file
// was not replaced by something of the user's; the hash is verify's job).
// Every step goes through open descriptors without following a link (see
// RunFolderFiles.h), the run folder must have a name RunFolder makes, and a
// folder without a readable manifest is left whole.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace d360::routines {

struct RunFolderRemoval
{
    QString folderPath;
    bool folderRemoved = false;
    QStringList removedFiles; // relative to the run folder
    QStringList leftBehind; // relative: what was found and left inside
    QString problem; // why the folder was left, for the user; empty when it went
};

class RunFolderRemover
{
    Q_DECLARE_TR_FUNCTIONS(d360::routines::RunFolderRemover)

public:
    static RunFolderRemoval remove(const QString &runFolderPath);
};

} // namespace d360::routines
