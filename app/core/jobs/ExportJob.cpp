// See ExportJob.h. The JSON uses snake_case names, the same as the command
// line's --json output, so one vocabulary describes a job everywhere.
#include "core/jobs/ExportJob.h"

#include "core/api/Redactor.h"
#include "core/jobs/ErrorKindNames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include <cmath>

namespace d360::jobs {

namespace {

QString timestampText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timestampFrom(const QJsonObject &object, const QString &key)
{
    QDateTime time = QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toTimeZone(QTimeZone::utc());
    return time;
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 number(const QJsonObject &object, const char *key, qint64 fallback)
{
    // Beyond 2^53 a double is no exact count, and 1e300 would not even fit
    // a qint64: a file edited by hand must not make a wild byte count.
    const double value = object.value(QLatin1String(key)).toDouble(qQNaN());
    return std::abs(value) <= 9007199254740992.0 ? qint64(value) : fallback;
}

} // namespace

ExportJob ExportJob::create()
{
    ExportJob job;
    job.id = QUuid::createUuid();
    job.createdAt = QDateTime::currentDateTimeUtc();
    return job;
}

api::ExportRequest ExportJob::exportRequest() const
{
    api::ExportRequest request;
    request.projectId = projectId;
    request.versionId = versionId;
    request.languageCode = languageCode;
    request.format = format;
    return request;
}

QString ExportJob::displayTitle() const
{
    const QString project = projectName.isEmpty() ? projectId : projectName;
    const QString version = versionName.isEmpty() ? versionId : versionName;
    const QString language = languageCode.isEmpty() ? tr("default language") : languageCode;
    return QStringLiteral("%1 / %2 / %3 / %4")
        .arg(project, version, language, api::exportFormatName(format));
}

void ExportJob::resetForRetry()
{
    state = JobState::Queued;
    exportId.clear();
    downloadUrl.clear();
    bytesDone = 0;
    bytesTotal = -1;
    etag.clear();
    sha256Hex.clear();
    requestId.clear();
    traceId.clear();
    errorMessage.clear();
    errorKind = api::ApiError::Kind::None;
    warnings.clear();
    extractedPath.clear();
    extractionError.clear();
    startedAt = {};
    finishedAt = {};
}

void ExportJob::resetForResume()
{
    state = JobState::Queued;
    downloadUrl.clear();
    sha256Hex.clear();
    traceId.clear();
    errorMessage.clear();
    errorKind = api::ApiError::Kind::None;
    extractedPath.clear();
    extractionError.clear();
    finishedAt = {};
}

bool ExportJob::canResumeDownload() const
{
    return state == JobState::Failed && errorKind == api::ApiError::Kind::LocalFile
        && !exportId.isEmpty() && !etag.isEmpty() && !partPath.isEmpty();
}

QJsonObject ExportJob::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("id"), id.toString(QUuid::WithoutBraces));
    object.insert(QLatin1String("batch_id"), batchId.toString(QUuid::WithoutBraces));
    object.insert(QLatin1String("account_id"), accountId);
    object.insert(QLatin1String("project_id"), projectId);
    object.insert(QLatin1String("project_name"), projectName);
    object.insert(QLatin1String("version_id"), versionId);
    object.insert(QLatin1String("version_name"), versionName);
    object.insert(QLatin1String("language"), languageCode);
    object.insert(QLatin1String("language_name"), languageName);
    object.insert(QLatin1String("format"), api::exportFormatName(format));
    object.insert(QLatin1String("output_folder"), outputFolder);
    object.insert(QLatin1String("file_name"), fileName);
    object.insert(QLatin1String("final_path"), finalPath);
    object.insert(QLatin1String("part_path"), partPath);
    object.insert(QLatin1String("extract"), extract);
    object.insert(QLatin1String("extracted_path"), extractedPath);
    object.insert(QLatin1String("extraction_error"),
                  api::Redactor::instance().redact(extractionError));
    object.insert(QLatin1String("state"), jobStateName(state));
    object.insert(QLatin1String("export_id"), exportId);
    object.insert(QLatin1String("bytes"), double(bytesDone));
    object.insert(QLatin1String("total"), double(bytesTotal));
    object.insert(QLatin1String("etag"), QString::fromLatin1(etag));
    object.insert(QLatin1String("sha256"), QString::fromLatin1(sha256Hex));
    object.insert(QLatin1String("request_id"), requestId);
    object.insert(QLatin1String("trace_id"), traceId);
    // A server may quote the token in its reason; the file is on disk for days.
    object.insert(QLatin1String("error"), api::Redactor::instance().redact(errorMessage));
    object.insert(QLatin1String("error_kind"), errorKindName(errorKind));
    QStringList storedWarnings;
    for (const QString &warning : warnings)
        storedWarnings.append(api::Redactor::instance().redact(warning));
    object.insert(QLatin1String("warnings"), QJsonArray::fromStringList(storedWarnings));
    object.insert(QLatin1String("created_at"), timestampText(createdAt));
    object.insert(QLatin1String("started_at"), timestampText(startedAt));
    object.insert(QLatin1String("finished_at"), timestampText(finishedAt));
    return object;
}

std::optional<ExportJob> ExportJob::fromJson(const QJsonObject &object, QString *problem)
{
    ExportJob job;
    job.id = QUuid::fromString(text(object, "id"));
    if (job.id.isNull()) {
        *problem = tr("a job without a valid \"id\"");
        return std::nullopt;
    }
    job.batchId = QUuid::fromString(text(object, "batch_id"));
    job.accountId = text(object, "account_id");
    job.projectId = text(object, "project_id");
    job.versionId = text(object, "version_id");
    job.finalPath = text(object, "final_path");
    if (job.projectId.isEmpty() || job.versionId.isEmpty() || job.finalPath.isEmpty()) {
        *problem = tr("job %1 lacks its project, version or file")
                       .arg(job.id.toString(QUuid::WithoutBraces));
        return std::nullopt;
    }
    const std::optional<api::ExportFormat> format
        = api::exportFormatFromName(text(object, "format"));
    const std::optional<JobState> state = jobStateFromName(text(object, "state"));
    if (!format || !state) {
        *problem = tr("job %1 has an unknown format or state")
                       .arg(job.id.toString(QUuid::WithoutBraces));
        return std::nullopt;
    }
    job.format = *format;
    job.state = *state;
    job.projectName = text(object, "project_name");
    job.versionName = text(object, "version_name");
    job.languageCode = text(object, "language");
    job.languageName = text(object, "language_name");
    job.outputFolder = text(object, "output_folder");
    job.fileName = text(object, "file_name");
    job.partPath = text(object, "part_path");
    if (job.partPath.isEmpty())
        job.partPath = job.finalPath + QStringLiteral(".part");
    job.extract = object.value(QLatin1String("extract")).toBool();
    job.extractedPath = text(object, "extracted_path");
    job.extractionError = text(object, "extraction_error");
    job.exportId = text(object, "export_id");
    job.bytesDone = number(object, "bytes", 0);
    job.bytesTotal = number(object, "total", -1);
    job.etag = text(object, "etag").toLatin1();
    job.sha256Hex = text(object, "sha256").toLatin1();
    job.requestId = text(object, "request_id");
    job.traceId = text(object, "trace_id");
    job.errorMessage = text(object, "error");
    job.errorKind = errorKindFromName(text(object, "error_kind"));
    for (const QJsonValue &warning : object.value(QLatin1String("warnings")).toArray())
        job.warnings.append(warning.toString());
    job.createdAt = timestampFrom(object, QStringLiteral("created_at"));
    job.startedAt = timestampFrom(object, QStringLiteral("started_at"));
    job.finishedAt = timestampFrom(object, QStringLiteral("finished_at"));
    return job;
}

} // namespace d360::jobs
