// Writes a run's manifest.json into its run folder, whole or not at all.
//
// The manifest is what verify trusts and what retention deletes by, so a
// crash or a full disk must never leave half of one under the final name:
// it is written through QSaveFile (a temporary file beside it, renamed over
// the name only after every byte was written and flushed). A link at
// manifest.json is refused rather than written through, because the run
// folder is ours and a link there was planted. The file gets ordinary
// permissions (the umask's, like the exports beside it), not the private
// 0600 of PrivateFiles.h: it holds no secret (account and project names,
// ids, sizes, hashes, the servers' messages already stripped of secrets),
// and it belongs with the backup it describes, which is copied, shared and
// verified by whoever holds the folder.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace d360::routines {

class RunManifest;

class ManifestWriter
{
    Q_DECLARE_TR_FUNCTIONS(d360::routines::ManifestWriter)

public:
    static const QString fileName; // "manifest.json"

    // The manifest's path in runFolder.
    static QString pathIn(const QString &runFolder);
    // False, with the reason in *error, when the file could not be written;
    // a manifest that was there before is then left as it was.
    static bool write(const RunManifest &manifest, const QString &runFolder, QString *error);
};

} // namespace d360::routines
