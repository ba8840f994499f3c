// The Document360 V3 endpoints themselves, for a request that has already
// passed authentication, rate limiting and the gateway faults.
//
//   GET  /v3/projects
//   GET  /v3/projects/{project_id}/project-versions          (seed dialect)
//   GET  /v3/projects/{project_id}/workspaces                (workspaces dialect)
//   GET  /v3/projects/{project_id}/workspaces/{workspace_id} (workspaces dialect)
//   GET  /v3/projects/{project_id}/languages?project_version_id= | ?workspace_id=
//   POST /v3/projects/{project_id}/exports
//   GET  /v3/projects/{project_id}/exports/{export_id}
//
// Success bodies are the envelope {data, success, request_id, errors,
// warnings} (+ pagination on lists). errors/warnings are [] or null as each
// endpoint's example in the contract shows them, so clients meet both. As
// real servers drift, each project also carries one field the schema does
// not list ("custom_domain": null); clients must ignore unknown fields.
//
// Choices where the contract is silent:
// - The other dialect's paths answer 404 RESOURCE_NOT_FOUND (how a client
//   detects the dialect); a known path with another method answers 405.
// - POST validation reports every bad field at once, 422 VALIDATION_ERROR
//   with `field` naming it: the version field (project_version_id or
//   workspace_id: missing, not a string, or not a version of this project),
//   lang_code (not a string, or not a language of that version; absent or
//   null means the version's default language) and format (pdf, html or
//   markdown, any case). A body that is not a JSON object answers 400; a
//   Content-Type other than JSON answers 415. Unknown body fields are
//   ignored.
// - languages with an unknown version id answers 404.
// - A credential bound to one project (a project API token, or an OAuth
//   token with doc360_project_id) lists only that project, and any other
//   project's path answers 403 with a problem body, whether or not that
//   project exists.
// - A Failed export's status carries the reason in the envelope's errors:
//   [{"code": "EXPORT_FAILED", "message": "...", "field": null, "details": ...}],
//   with success still true (the status request itself succeeded), and
//   completed_at set to when it failed.
// - A Completed export's download_url is freshly signed on every status
//   request, so polling again is how a client renews an expired link.
#pragma once

#include "sandbox/HttpMessage.h"
#include "sandbox/SandboxOptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace d360::sandbox {

class DemoData;
struct ContentRevision;
class ExportStore;
class FaultInjector;
class StorageServer;
struct ErrorEntry;
struct DemoProject;
struct SandboxStatistics;

class ApiService
{
public:
    ApiService(const SandboxOptions &options, const DemoData &data, const ContentRevision &revision,
               ExportStore &exports, const StorageServer &storage, FaultInjector &faults,
               SandboxStatistics &statistics);

    // The public base URL, for the Operation-Location header.
    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }

    // projectScope: the one project the credential may reach; empty: all.
    HttpReply handle(const HttpRequest &request, const QString &requestId,
                     const QString &projectScope, qint64 nowMs);

private:
    enum class EmptyLists { AsArrays, AsNull };

    HttpReply listProjects(const HttpRequest &request, const QString &projectScope,
                           const QString &requestId);
    HttpReply listVersions(const HttpRequest &request, const DemoProject &project,
                           const QString &requestId);
    HttpReply workspaceDetail(const DemoProject &project, const QString &workspaceId,
                              const QString &requestId);
    HttpReply listLanguages(const HttpRequest &request, const DemoProject &project,
                            const QString &requestId);
    HttpReply startExport(const HttpRequest &request, const DemoProject &project,
                          const QString &requestId, qint64 nowMs);
    HttpReply exportStatus(const DemoProject &project, const QString &exportId,
                           const QString &requestId, qint64 nowMs);

    HttpReply pagedList(const HttpRequest &request, const QString &listKey, const QJsonArray &items,
                        const QString &requestId, EmptyLists emptyLists) const;
    static HttpReply envelope(int status, const QJsonValue &data, const QString &requestId,
                              EmptyLists emptyLists, const QList<ErrorEntry> &errors = {},
                              const QJsonObject &pagination = {});
    QString versionField() const;
    // The item with its "name" made hostile when the hostile_names fault is on.
    QJsonObject withShownName(QJsonObject item) const;

    SandboxOptions m_options;
    const DemoData &m_data;
    const ContentRevision &m_revision;
    ExportStore &m_exports;
    const StorageServer &m_storage;
    FaultInjector &m_faults;
    SandboxStatistics &m_statistics;
    QUrl m_baseUrl;
};

} // namespace d360::sandbox
