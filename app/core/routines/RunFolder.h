// The dated folder of one backup run: {folder}/{preset}/{YYYY-MM-DD_HHMMSS}.
//
// A backup preset keeps its last N runs, so each run needs a folder of its
// own that a later run can recognise as one this program made (retention
// deletes nothing else). The name is the run's start in local time, because
// that is the time the user reads in a file manager; a second run in the
// same second gets "_2", "_3", ... The folder is created with mkdir, which
// is exclusive by nature, relative to the preset folder's open descriptor,
// and the preset folder is opened without following a symbolic link: the
// output folder is the user's choice and may be a link on purpose, but a
// link planted at {preset} inside it could send the backup anywhere. Run
// folders get ordinary permissions (the umask's): they hold the user's
// exports, which are meant to be shared. The preset name is made a safe
// folder name with sanitizeFileName(), so "Nightly / EU" stays one folder.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace d360::routines {

class RunFolder
{
    Q_DECLARE_TR_FUNCTIONS(d360::routines::RunFolder)

public:
    // The preset's folder name, as sanitizeFileName() makes it.
    static QString presetFolderName(const QString &presetName);
    // "{outputFolder}/{preset folder name}".
    static QString presetFolder(const QString &outputFolder, const QString &presetName);
    // "2026-12-01_205940" for that moment in local time.
    static QString baseNameFor(const QDateTime &startedAt);

    // Creates the run's folder (and the output and preset folders when
    // missing) and returns its absolute path; an empty string, with the
    // reason in *error, when it cannot. Never follows a link at {preset} and
    // never reuses a folder that exists.
    static QString create(const QString &outputFolder, const QString &presetName,
                          const QDateTime &startedAt, QString *error);

    // Whether name is one that create() makes: a real date and time, and
    // "_N" (N >= 2) or nothing after it.
    static bool isRunFolderName(const QString &name);

    // How many numbered names create() tries in one second before it gives up.
    static constexpr int maxRunsPerSecond = 1000;
};

} // namespace d360::routines
