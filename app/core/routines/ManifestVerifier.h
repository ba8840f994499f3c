// Checks that a run folder still holds exactly what its manifest lists.
//
// Every file the manifest lists (the exports and the files extracted from
// them) is opened without following a link, its size compared and its
// SHA-256 recomputed (Sha256Stream); anything else in the folder, except
// manifest.json itself, is extra. A link is a finding, never a way out of
// the folder: a listed file that became a link is "changed", a link that the
// manifest does not list is "extra" and names where it points. The
// manifest's own verdict counts too: planned files that were never exported
// make a backup that is not whole even when every file present is right.
//
// A plain function on plain values, so the command line runs it directly
// and the window through QtConcurrent::run: it touches no QObject, reports
// progress through a callback on the thread it runs on, and stops between
// two chunks when the cancel flag is set.
#pragma once

#include "core/routines/RunManifest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace d360::routines {

struct VerifyFinding
{
    QString path; // relative to the run folder
    QString detail; // for the user: "the SHA-256 differs", "a link to /etc"
};

struct VerifyReport
{
    Q_DECLARE_TR_FUNCTIONS(d360::routines::VerifyReport)

public:
    enum class ManifestState { Read, Missing, Unreadable };

    QString folder;
    ManifestState manifestState = ManifestState::Missing;
    QString manifestProblem; // why it is Missing or Unreadable
    QList<VerifyFinding> missing;
    QList<VerifyFinding> changed;
    QList<VerifyFinding> extra;
    QList<ManifestItem> notExported; // the manifest's verdict
    QStringList warnings; // files over the re-import limit
    int filesChecked = 0;
    qint64 bytesChecked = 0;
    bool cancelled = false;

    // Read, nothing missing, changed or extra, every planned file exported.
    bool isWhole() const;
    // Stable for scripts (verify --json).
    QJsonObject toJson() const;
};

// How a check may be followed and stopped (the window's progress bar).
struct VerifyOptions
{
    // Checked between chunks; the report then says cancelled.
    const std::atomic_bool *cancelled = nullptr;
    // Bytes hashed so far and in all, after every chunk.
    std::function<void(qint64 bytesDone, qint64 bytesTotal)> progress;
};

class ManifestVerifier
{
public:
    static VerifyReport verify(const QString &runFolder, const VerifyOptions &options = {});
};

} // namespace d360::routines
