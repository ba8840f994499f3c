// One export job: what was asked for, where it stands, and everything needed
// to resume it or explain it afterwards.
//
// A plain value with a stable id, so the queue, its file, the window's table
// and the command line all hold the same facts. It records the server's
// export id and request id, the file's ETag, size and SHA-256, and for a
// failure the server's message and trace id, which is what support asks for.
// It never holds a secret: the account is named by id, and the signed
// download link, which works for anyone who has it, is kept in memory only
// (a resumed job asks the export's status for a fresh one).
#pragma once

#include "core/api/ApiError.h"
#include "core/api/ApiModels.h"
#include "core/jobs/JobState.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace d360::jobs {

struct ExportJob
{
    Q_DECLARE_TR_FUNCTIONS(d360::jobs::ExportJob)

public:
    QUuid id;
    QUuid batchId;
    QString accountId;

    QString projectId;
    QString projectName;
    QString versionId;
    QString versionName;
    QString languageCode;
    QString languageName;
    api::ExportFormat format = api::ExportFormat::Pdf;

    QString outputFolder;
    QString fileName; // as the template made it, before any numbered suffix
    QString finalPath; // where the file is, or will be once complete
    // Where it is written until then: "<finalPath>.<job id prefix>.part"
    // (queue files of older versions say "<finalPath>.part", which still
    // resumes). Fixed when the job is queued: the final name may still
    // change (a numbered name) while a .part exists.
    QString partPath;
    bool extract = false;
    QString extractedPath; // the folder a ZIP was extracted into
    QString extractionError; // the download is fine, the extraction was not

    JobState state = JobState::Queued;
    QString exportId; // the server's, once the start request was answered
    QUrl downloadUrl; // in memory only, see above
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1;
    QByteArray etag;
    QByteArray sha256Hex; // of the complete file

    QString requestId; // of the last answer about this export
    QString traceId; // of the failure
    QString errorMessage;
    api::ApiError::Kind errorKind = api::ApiError::Kind::None;
    QStringList warnings; // from the server, "code: message"

    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;

    // A new queued job with a fresh id, created now.
    static ExportJob create();

    api::ExportRequest exportRequest() const;
    // "Project / Version / de / pdf", for messages.
    QString displayTitle() const;

    // Forgets everything a previous run learnt, keeping what was asked for.
    void resetForRetry();
    // A retry that continues the download: the export on the server, its
    // ETag and the bytes in the part file are kept, so a job that failed
    // here (a full disk) fetches a fresh link and asks only for the rest.
    void resetForResume();
    // Whether resetForResume() can help: the job failed writing locally after
    // the server had built its file (the caller checks that the part file is
    // still there).
    bool canResumeDownload() const;

    QJsonObject toJson() const;
    // nullopt with *problem set when a required field is missing or wrong.
    static std::optional<ExportJob> fromJson(const QJsonObject &object, QString *problem);
};

} // namespace d360::jobs

Q_DECLARE_METATYPE(d360::jobs::ExportJob)
