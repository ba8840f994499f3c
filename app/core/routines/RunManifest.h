// What one backup run planned and what it got, written as manifest.json into
// its run folder: the proof that a backup is whole, and the list of what is
// ours to delete when the run is old.
//
// A plain value, built from the batch's jobs at its end (fromJobs) and read
// back by verify and by retention (fromJson). One item per planned (version,
// language, format): either the file (its path relative to the run folder,
// so the folder can be moved or copied to another machine and still be
// verified; bytes, SHA-256, export id, request id, times, and the files a
// ZIP was extracted into, with their own sizes and hashes) or the failure
// (message, trace id, kind). The verdict names the planned items that have
// no file. Reading is strict, because retention deletes what a manifest
// lists: an unknown format or version, a missing field or a path that is
// absolute or climbs out of the folder makes the whole manifest unreadable,
// with a message that says which field. The JSON uses snake_case names, as
// the queue file and the command line's --json do.
//
// Document360 cannot import a file of more than 1 GB back. The limit is
// taken as 1,000,000,000 bytes (the decimal gigabyte, as Document360 and
// storage vendors write sizes), not 2^30: the smaller of the two readings, so
// a file that is over the limit by either reading gets the warning.
#pragma once

#include "core/api/ApiModels.h"
#include "core/routines/RunRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace d360::jobs {
struct ExportJob;
} // namespace d360::jobs

namespace d360::routines {

// The facts about a run that its jobs do not hold.
struct RunInfo
{
    QString runFolder; // absolute; the items' paths are relative to it
    QUuid runId; // the batch's id
    QString accountName;
    QString projectId;
    QString projectName;
    QString presetName;
    RunOrigin origin = RunOrigin::Window;
    QDateTime startedAt;
    QDateTime finishedAt;
};

// One file of an extracted archive.
struct ManifestFile
{
    QString path; // relative to the run folder, '/' separated
    qint64 bytes = 0;
    QByteArray sha256Hex;

    bool operator==(const ManifestFile &other) const
    {
        return path == other.path && bytes == other.bytes && sha256Hex == other.sha256Hex;
    }
};

// One planned (version, language, format) and how it ended.
struct ManifestItem
{
    Q_DECLARE_TR_FUNCTIONS(d360::routines::ManifestItem)

public:
    QString versionId;
    QString versionName;
    QString languageCode;
    api::ExportFormat format = api::ExportFormat::Pdf;

    bool exported = false; // true: the file fields hold; false: the failure fields

    // The file.
    ManifestFile file;
    QString exportId;
    QString requestId;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString extractedFolder; // relative, empty when not extracted
    QList<ManifestFile> extractedFiles;
    QString extractionError;

    // The failure.
    QString state; // "failed" or "cancelled"
    QString errorMessage;
    QString traceId;
    QString errorKind; // as ErrorKindNames.h writes it

    // "Version / de / pdf", for reports.
    QString displayTitle() const;
    bool isOverReimportLimit() const;

    bool operator==(const ManifestItem &other) const;
};

class RunManifest
{
    Q_DECLARE_TR_FUNCTIONS(d360::routines::RunManifest)

public:
    static const QString formatName; // "d360-exporter-run-manifest"
    static constexpr int formatVersion = 1;
    // Document360 imports files up to this size (see above).
    static constexpr qint64 reimportLimitBytes = 1000000000;

    QString programVersion;
    RunInfo run; // runFolder is not written: the manifest is inside it
    QList<ManifestItem> items;

    // One item per job, in the jobs' order. Reads the folders that ZIPs were
    // extracted into, to list and hash their files (no link is followed):
    // call it where file work may happen, at the batch's end.
    static RunManifest fromJobs(const RunInfo &run, const QList<jobs::ExportJob> &jobs);

    // The verdict: every planned item has its file.
    bool isComplete() const;
    QList<ManifestItem> missingItems() const;

    // The warning for a file over reimportLimitBytes, for the manifest and
    // the window: "Guide-en.pdf is 1.2 GB: Document360 cannot import ...".
    static QString oversizeWarning(const QString &fileName, qint64 bytes);
    // Every such warning of this run.
    QStringList warnings() const;

    // Every file path the manifest lists (exports and extracted files),
    // relative to the run folder.
    QStringList listedFiles() const;

    QJsonObject toJson() const;
    // nullopt, with *problem saying what is wrong, for anything that is not
    // a manifest of this format and version with every required field.
    static std::optional<RunManifest> fromJson(const QJsonObject &object, QString *problem);

    bool operator==(const RunManifest &other) const;
};

// Why a relative path from a manifest is unsafe to use inside the run folder
// (absolute, "..", empty parts, a backslash), or an empty string.
QString manifestPathProblem(const QString &relativePath);

} // namespace d360::routines
