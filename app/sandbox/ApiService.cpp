// See ApiService.h.
#include "sandbox/ApiService.h"

#include "sandbox/ApiAuthenticator.h"
#include "sandbox/DemoData.h"
#include "sandbox/DemoRevisions.h"
#include "sandbox/ExportStore.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/Pagination.h"
#include "sandbox/ProblemResponse.h"
#include "sandbox/SandboxStatistics.h"
#include "sandbox/StorageServer.h"

#include <QJsonDocument>

namespace d360::sandbox {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString isoUtc(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

QJsonObject projectJson(const DemoProject &project)
{
    return QJsonObject {
        { QStringLiteral("id"), project.id },
        { QStringLiteral("name"), project.name },
        { QStringLiteral("description"), stringOrNull(project.description) },
        { QStringLiteral("sub_domain_name"), stringOrNull(project.subDomainName) },
        { QStringLiteral("created_at"), isoUtc(project.createdAt) },
        { QStringLiteral("modified_at"), isoUtc(project.modifiedAt) },
        { QStringLiteral("status"), project.status },
        // Not in the schema, on purpose: production adds fields over time.
        { QStringLiteral("custom_domain"), QJsonValue::Null },
    };
}

QJsonObject versionJson(const DemoVersion &version, ServedDialect dialect)
{
    return QJsonObject {
        { QStringLiteral("id"), version.id },
        { QStringLiteral("name"), version.name },
        { QStringLiteral("slug"), version.slug },
        { QStringLiteral("order"), version.order },
        { QStringLiteral("is_default"), version.isDefault },
        { dialect == ServedDialect::ProjectVersions ? QStringLiteral("version_type")
                                                    : QStringLiteral("workspace_type"),
          stringOrNull(version.versionType) },
        { QStringLiteral("created_at"), isoUtc(version.createdAt) },
        { QStringLiteral("modified_at"), isoUtc(version.modifiedAt) },
    };
}

QString statusName(ExportPhase status)
{
    switch (status) {
    case ExportPhase::Pending:
        return QStringLiteral("Pending");
    case ExportPhase::InProgress:
        return QStringLiteral("InProgress");
    case ExportPhase::Completed:
        return QStringLiteral("Completed");
    case ExportPhase::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

ErrorEntry fieldError(const QString &field, const QString &message)
{
    return ErrorEntry { QStringLiteral("VALIDATION_ERROR"), message, field, {} };
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray mediaType = contentType.split(';').value(0).trimmed().toLower();
    return mediaType.isEmpty() || mediaType == "application/json" || mediaType.endsWith("+json");
}

HttpReply notFound(const QString &requestId, const QString &details)
{
    ErrorEntry error = ProblemResponse::standardError(404);
    error.details = details;
    return ProblemResponse::build(404, requestId, {}, { error });
}

// What a hostile knowledge base can put into a name: a CSI that clears the
// screen, an OSC that retitles the terminal, a C1 CSI, and bidi overrides
// and isolates that make "gnp.exe" read as "exe.png".
QString hostileName(const QString &name)
{
    return QStringLiteral("\x1b[2J\x1b]0;owned\x07") + name
        + QStringLiteral(" \u202Egnp.exe\u202C\u009b31m\u2066\u200e\u200f\u061c\u2069\x7f");
}

HttpReply methodNotAllowed(const QString &requestId, const QByteArray &allowed)
{
    ErrorEntry error = ProblemResponse::standardError(405);
    error.details = QStringLiteral("Allowed: %1").arg(QString::fromLatin1(allowed));
    HttpReply reply = ProblemResponse::build(405, requestId, {}, { error });
    reply.setHeader(QByteArrayLiteral("Allow"), allowed);
    return reply;
}

} // namespace

ApiService::ApiService(const SandboxOptions &options, const DemoData &data,
                       const ContentRevision &revision, ExportStore &exports,
                       const StorageServer &storage, FaultInjector &faults,
                       SandboxStatistics &statistics)
    : m_options(options)
    , m_data(data)
    , m_revision(revision)
    , m_exports(exports)
    , m_storage(storage)
    , m_faults(faults)
    , m_statistics(statistics)
{ }

QJsonObject ApiService::withShownName(QJsonObject item) const
{
    if (m_faults.faults().hostileNames)
        item.insert(QStringLiteral("name"),
                    hostileName(item.value(QStringLiteral("name")).toString()));
    return item;
}

QString ApiService::versionField() const
{
    return m_options.dialect == ServedDialect::ProjectVersions
        ? QStringLiteral("project_version_id")
        : QStringLiteral("workspace_id");
}

HttpReply ApiService::handle(const HttpRequest &request, const QString &requestId,
                             const QString &projectScope, qint64 nowMs)
{
    const QStringList &path = request.pathSegments;
    const bool get = request.method == "GET";
    const QString pathText = QLatin1Char('/') + path.join(QLatin1Char('/'));
    const auto noSuchPath = [&] {
        return notFound(requestId, QStringLiteral("No resource at %1.").arg(pathText));
    };

    if (path.size() < 2 || path.at(0) != u"v3" || path.at(1) != u"projects")
        return noSuchPath();
    if (path.size() == 2) {
        return get ? listProjects(request, projectScope, requestId)
                   : methodNotAllowed(requestId, QByteArrayLiteral("GET"));
    }

    const QString resource = path.value(3);
    const QString versionsPath = m_options.dialect == ServedDialect::ProjectVersions
        ? QStringLiteral("project-versions")
        : QStringLiteral("workspaces");
    const bool knownShape
        = (path.size() == 4
           && (resource == versionsPath || resource == u"languages" || resource == u"exports"))
        || (path.size() == 5 && resource == u"exports")
        || (path.size() == 5 && resource == u"workspaces"
            && m_options.dialect == ServedDialect::Workspaces);
    if (!knownShape)
        return noSuchPath();

    if (!projectScope.isEmpty() && path.at(2) != projectScope) {
        ErrorEntry error = ProblemResponse::standardError(403);
        error.details = QStringLiteral("The credential is bound to another project and cannot "
                                       "reach project \"%1\".")
                            .arg(path.at(2));
        return ProblemResponse::build(403, requestId, {}, { error });
    }
    const DemoProject *project = m_data.project(path.at(2));
    if (!project) {
        return notFound(requestId,
                        QStringLiteral("No project with id \"%1\" exists.").arg(path.at(2)));
    }

    if (resource == u"exports") {
        if (path.size() == 4) {
            return request.method == "POST"
                ? startExport(request, *project, requestId, nowMs)
                : methodNotAllowed(requestId, QByteArrayLiteral("POST"));
        }
        return get ? exportStatus(*project, path.at(4), requestId, nowMs)
                   : methodNotAllowed(requestId, QByteArrayLiteral("GET"));
    }
    if (!get)
        return methodNotAllowed(requestId, QByteArrayLiteral("GET"));
    if (resource == u"languages")
        return listLanguages(request, *project, requestId);
    if (path.size() == 5)
        return workspaceDetail(*project, path.at(4), requestId);
    return listVersions(request, *project, requestId);
}

HttpReply ApiService::envelope(int status, const QJsonValue &data, const QString &requestId,
                               EmptyLists emptyLists, const QList<ErrorEntry> &errors,
                               const QJsonObject &pagination)
{
    QJsonArray errorArray;
    for (const ErrorEntry &error : errors)
        errorArray.append(error.toJson());
    const QJsonValue emptyList = emptyLists == EmptyLists::AsNull ? QJsonValue(QJsonValue::Null)
                                                                  : QJsonValue(QJsonArray());
    QJsonObject body {
        { QStringLiteral("data"), data },
        { QStringLiteral("success"), true },
        { QStringLiteral("request_id"), requestId },
        { QStringLiteral("errors"), errors.isEmpty() ? emptyList : QJsonValue(errorArray) },
        { QStringLiteral("warnings"), emptyList },
    };
    if (!pagination.isEmpty())
        body.insert(QStringLiteral("pagination"), pagination);

    HttpReply reply;
    reply.status = status;
    reply.setHeader(QByteArrayLiteral("Content-Type"),
                    QByteArrayLiteral("application/json; charset=utf-8"));
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply ApiService::pagedList(const HttpRequest &request, const QString &listKey,
                                const QJsonArray &items, const QString &requestId,
                                EmptyLists emptyLists) const
{
    PageRequest page;
    ErrorEntry error;
    if (!Pagination::parse(request, listKey, &page, &error))
        return ProblemResponse::build(422, requestId, {}, { error });
    QJsonArray slice;
    for (qsizetype i = page.offset; i < items.size() && i < qint64(page.offset) + page.pageSize;
         ++i)
        slice.append(items.at(i));
    return envelope(200, slice, requestId, emptyLists, {},
                    Pagination::describe(page, int(items.size()), listKey));
}

HttpReply ApiService::listProjects(const HttpRequest &request, const QString &projectScope,
                                   const QString &requestId)
{
    QJsonArray items;
    for (const DemoProject &project : m_data.projects()) {
        if (projectScope.isEmpty() || project.id == projectScope)
            items.append(withShownName(projectJson(project)));
    }
    return pagedList(request, QStringLiteral("projects"), items, requestId, EmptyLists::AsArrays);
}

HttpReply ApiService::listVersions(const HttpRequest &request, const DemoProject &project,
                                   const QString &requestId)
{
    QJsonArray items;
    for (const DemoVersion &version : project.versions)
        items.append(withShownName(versionJson(version, m_options.dialect)));
    return pagedList(request, QStringLiteral("versions:") + project.id, items, requestId,
                     EmptyLists::AsNull);
}

HttpReply ApiService::workspaceDetail(const DemoProject &project, const QString &workspaceId,
                                      const QString &requestId)
{
    const DemoVersion *version = project.version(workspaceId);
    if (!version) {
        return notFound(requestId,
                        QStringLiteral("No workspace with id \"%1\" exists in this "
                                       "project.")
                            .arg(workspaceId));
    }
    QJsonObject detail = versionJson(*version, m_options.dialect);
    const DemoLanguage *language = version->defaultLanguage();
    detail.insert(QStringLiteral("language_code"),
                  language ? QJsonValue(language->code) : QJsonValue(QJsonValue::Null));
    detail.insert(QStringLiteral("enable_rtl"), version->hasRightToLeftLanguage());
    return envelope(200, detail, requestId, EmptyLists::AsNull);
}

HttpReply ApiService::listLanguages(const HttpRequest &request, const DemoProject &project,
                                    const QString &requestId)
{
    // Each dialect names the version parameter its own way; the other
    // dialect's name is unknown here and ignored, as servers ignore unknown
    // query parameters, which leaves the default version.
    const QString versionId = request.queryValue(versionField());
    const DemoVersion *version
        = versionId.isEmpty() ? project.defaultVersion() : project.version(versionId);
    if (!version) {
        return notFound(requestId,
                        QStringLiteral("No version with id \"%1\" exists in this "
                                       "project.")
                            .arg(versionId));
    }
    QJsonArray items;
    for (const DemoLanguage &language : version->languages) {
        items.append(
            withShownName(QJsonObject { { QStringLiteral("code"), language.code },
                                        { QStringLiteral("name"), language.name },
                                        { QStringLiteral("is_default"), language.isDefault } }));
    }
    return pagedList(request, QStringLiteral("languages:") + project.id + version->id, items,
                     requestId, EmptyLists::AsNull);
}

HttpReply ApiService::startExport(const HttpRequest &request, const DemoProject &project,
                                  const QString &requestId, qint64 nowMs)
{
    if (!isJsonContentType(request.header(QByteArrayLiteral("Content-Type"))))
        return ProblemResponse::build(415, requestId);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        ErrorEntry error = ProblemResponse::standardError(400);
        error.details = request.body.trimmed().isEmpty()
            ? QStringLiteral("The request body is empty.")
            : parseError.error != QJsonParseError::NoError
            ? QStringLiteral("%1 at offset %2.")
                  .arg(parseError.errorString())
                  .arg(parseError.offset)
            : QStringLiteral("The request body must be a JSON object.");
        return ProblemResponse::build(400, requestId, {}, { error });
    }
    const QJsonObject body = document.object();
    QList<ErrorEntry> errors;

    const QString field = versionField();
    const QJsonValue versionValue = body.value(field);
    const DemoVersion *version
        = versionValue.isString() ? project.version(versionValue.toString()) : nullptr;
    if (versionValue.isUndefined() || versionValue.isNull()
        || (versionValue.isString() && versionValue.toString().isEmpty())) {
        errors.append(fieldError(field, QStringLiteral("This field is required.")));
    } else if (!versionValue.isString()) {
        errors.append(fieldError(field, QStringLiteral("This field must be a string.")));
    } else if (!version) {
        errors.append(fieldError(
            field,
            m_options.dialect == ServedDialect::ProjectVersions
                ? QStringLiteral("No project version with this id exists in the project.")
                : QStringLiteral("No workspace with this id exists in the project.")));
    }

    const QJsonValue formatValue = body.value(QStringLiteral("format"));
    const std::optional<ExportFormat> format = formatValue.isString()
        ? ExportBuilder::formatFromName(formatValue.toString())
        : std::nullopt;
    if (formatValue.isUndefined() || formatValue.isNull()) {
        errors.append(
            fieldError(QStringLiteral("format"), QStringLiteral("This field is required.")));
    } else if (!format) {
        errors.append(fieldError(QStringLiteral("format"),
                                 QStringLiteral("format must be one of pdf, html, markdown.")));
    }

    const QJsonValue languageValue = body.value(QStringLiteral("lang_code"));
    const DemoLanguage *language = nullptr;
    if (!languageValue.isUndefined() && !languageValue.isNull() && !languageValue.isString()) {
        errors.append(fieldError(QStringLiteral("lang_code"),
                                 QStringLiteral("This field must be a string or null.")));
    } else if (version) {
        const QString code = languageValue.toString();
        language = code.isEmpty() ? version->defaultLanguage() : version->language(code);
        if (!language) {
            errors.append(
                fieldError(QStringLiteral("lang_code"),
                           QStringLiteral("The version has no language \"%1\".").arg(code)));
        }
    }

    if (!errors.isEmpty())
        return ProblemResponse::build(422, requestId, {}, errors);

    ExportContent content;
    content.projectName = project.name;
    content.versionName = version->name;
    content.language = *language;
    content.articles = m_data.articles(project, *version, language->code, m_revision.number);
    content.images = m_data.images(*version, m_revision.number); // PDFs leave them out
    content.modifiedAt = version->modifiedAt;
    QString failure = m_faults.takeExportFailure()
        ? QStringLiteral("The export could not be generated: rendering stopped at article 2 "
                         "(sandbox fault injection: fail_exports).")
        : QString();
    if (!failure.isEmpty() && m_faults.faults().echoCredential)
        failure += QStringLiteral(" Credential presented: %1")
                       .arg(ApiAuthenticator::presentedCredential(request));
    // The hold follows the faults as they stand when a client asks; a
    // release nobody has asked about yet has changed nothing they could see.
    m_exports.setHeld(m_faults.faults().holdExports, nowMs);
    const ExportRecord &record
        = m_exports.start(project.id, version->id, *format, content, m_options.pendingMs,
                          m_options.buildMs, failure, nowMs);
    ++m_statistics.exportsStarted;

    const QJsonObject data { { QStringLiteral("id"), record.id },
                             { QStringLiteral("status"), QStringLiteral("Pending") },
                             { QStringLiteral("download_url"), QJsonValue::Null },
                             { QStringLiteral("completed_at"), QJsonValue::Null } };
    HttpReply reply = envelope(202, data, requestId, EmptyLists::AsArrays);
    QUrl location = m_baseUrl;
    location.setPath(QStringLiteral("/v3/projects/%1/exports/%2").arg(project.id, record.id));
    reply.setHeader(QByteArrayLiteral("Operation-Location"), location.toEncoded());
    return reply;
}

HttpReply ApiService::exportStatus(const DemoProject &project, const QString &exportId,
                                   const QString &requestId, qint64 nowMs)
{
    m_exports.setHeld(m_faults.faults().holdExports, nowMs);
    const ExportRecord *record = m_exports.find(exportId);
    if (!record || record->projectId != project.id) {
        return notFound(requestId,
                        QStringLiteral("No export with id \"%1\" exists in this "
                                       "project.")
                            .arg(exportId));
    }
    const ExportPhase status = m_exports.status(*record, nowMs);
    const bool finished = status == ExportPhase::Completed || status == ExportPhase::Failed;
    QUrl link;
    if (status == ExportPhase::Completed) {
        link = m_storage.downloadUrl(*record, m_options.downloadLinkLifetimeSeconds,
                                     m_options.redirectHops, nowMs);
        if (m_faults.faults().insecureDownloadLinks) {
            link.setHost(QStringLiteral("storage.example.com"));
            link.setPort(-1);
        }
    }
    const QJsonObject data {
        { QStringLiteral("id"), record->id },
        { QStringLiteral("status"), statusName(status) },
        { QStringLiteral("download_url"),
          link.isValid() ? QJsonValue(link.toString(QUrl::FullyEncoded))
                         : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("completed_at"),
          finished ? QJsonValue(
              isoUtc(QDateTime::fromMSecsSinceEpoch(m_exports.finishedMs(*record), Qt::UTC)))
                   : QJsonValue(QJsonValue::Null) },
    };
    QList<ErrorEntry> errors;
    if (status == ExportPhase::Failed) {
        errors.append(ErrorEntry { QStringLiteral("EXPORT_FAILED"),
                                   m_exports.failureMessage(*record),
                                   {},
                                   QStringLiteral("Start the export again.") });
    }
    return envelope(200, data, requestId, EmptyLists::AsArrays, errors);
}

} // namespace d360::sandbox
