// The Document360 V3 API, as the exporter uses it: list projects, versions
// and languages, start an export, ask for its status, download it.
//
// One client per account (one token, one region). It speaks both dialects of
// the API: the seed page's (`/project-versions`, `project_version_id`) and
// production's (`/workspaces`, `workspace_id`). Which one a server speaks is
// detected once, the first time versions are needed (a 404 on one path, then
// the other), remembered, and reported through dialectDetected() so the
// account can store it. Every list follows its pagination to the end.
//
// Each request returns a call object (see ApiCall.h): connect to finished(),
// read the result there; the call deletes itself afterwards.
#pragma once

#include "core/api/ApiCall.h"
#include "core/api/ApiModels.h"
#include "core/api/ApiSettings.h"
#include "core/api/Credential.h"
#include "core/api/DownloadCall.h"
#include "core/api/ServerAddress.h"

#include <QObject>

#include <functional>

namespace d360::api {

class ApiTransport;
class RateBudget;
struct ApiRequestSpec;

using ProjectListCall = ApiResultCall<QList<Project>>;
using VersionListCall = ApiResultCall<QList<ProjectVersion>>;
using LanguageListCall = ApiResultCall<QList<Language>>;
using ExportCall = ApiResultCall<ExportStatus>;

class ApiClient : public QObject
{
    Q_OBJECT

public:
    ApiClient(const ServerAddress &address, const Credential &credential,
              const ApiSettings &settings = {}, QObject *parent = nullptr);
    ~ApiClient() override;

    const ServerAddress &address() const;
    ApiTransport *transport() const { return m_transport; }
    RateBudget *rateBudget() const;

    Dialect dialect() const { return m_dialect; }
    // Restores a dialect detected in an earlier session.
    void setDialect(Dialect dialect);
    AuthScheme authScheme() const;
    void setConfirmedAuthScheme(AuthScheme scheme);
    void setCredential(const Credential &credential);

    ProjectListCall *listProjects();
    VersionListCall *listVersions(const QString &projectId);
    LanguageListCall *listLanguages(const QString &projectId, const QString &versionId);
    ExportCall *startExport(const ExportRequest &request);
    ExportCall *exportStatus(const QString &projectId, const QString &exportId);
    // Delivers a completed export's file, one try (see DownloadCall.h); a
    // fresh link for the next try comes from exportStatus().
    DownloadCall *downloadExport(const QUrl &downloadUrl, const DownloadOptions &options = {});

Q_SIGNALS:
    void dialectDetected(d360::api::Dialect dialect);
    void authSchemeConfirmed(d360::api::AuthScheme scheme);
    void credentialRejected(const d360::api::ApiError &error);

private:
    QString projectPath(const QString &projectId) const;
    QString versionsPath(const QString &projectId, Dialect dialect) const;
    Dialect preferredDialect() const;
    void rememberDialect(Dialect dialect);
    // Runs then(dialect) once the dialect is known, probing it if need be.
    void withDialect(const QString &projectId, ApiCall *call, std::function<void(Dialect)> then);
    void fetchVersions(VersionListCall *call, const QString &projectId, Dialect dialect,
                       bool mayFallBack);
    void requestExport(ExportCall *call, const ApiRequestSpec &spec);

    ApiTransport *m_transport;
    Dialect m_dialect = Dialect::Unknown;
};

} // namespace d360::api
