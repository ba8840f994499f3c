// What the exporter reads from Document360: projects, versions, languages and
// exports, and the formats it can ask for.
//
// Plain values, parsed from the JSON of either API dialect (a version is a
// "project version" on the seed page and a "workspace" in production; the
// fields are the same but for version_type/workspace_type). Each parser checks
// the contract's required fields, so a changed API is an error with a reason,
// not a row of blanks.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace d360::api {

// Which names the server uses for versions (see docs/document360-v3.md).
enum class Dialect {
    Unknown,
    ProjectVersions, // the seed page: /project-versions, project_version_id
    Workspaces, // production: /workspaces, workspace_id
};

QString dialectName(Dialect dialect); // "project-versions", "workspaces"
Dialect dialectFromName(const QString &name); // Unknown for anything else

struct Project
{
    QString id;
    QString name;
    QString description;
    QString subdomain;
    bool active = true; // status 0 Active, 1 Inactive
    QDateTime createdAt;
    QDateTime modifiedAt;

    static std::optional<Project> fromJson(const QJsonObject &object, QString *problem);
};

struct ProjectVersion
{
    QString id;
    QString name;
    QString slug;
    int order = 0;
    bool isDefault = false;
    QString type; // version_type or workspace_type
    QDateTime createdAt;
    QDateTime modifiedAt;

    static std::optional<ProjectVersion> fromJson(const QJsonObject &object, QString *problem);
};

struct Language
{
    QString code;
    QString name;
    bool isDefault = false;

    static std::optional<Language> fromJson(const QJsonObject &object, QString *problem);
};

enum class ExportFormat { Pdf, Html, Markdown };

QString exportFormatName(ExportFormat format); // "pdf", "html", "markdown"
std::optional<ExportFormat> exportFormatFromName(const QString &name); // case-insensitive
QString exportFormatFileExtension(ExportFormat format); // "pdf", "zip", "zip"
QList<ExportFormat> allExportFormats();

struct ExportRequest
{
    QString projectId;
    QString versionId;
    QString languageCode; // empty: the server's default
    ExportFormat format = ExportFormat::Pdf;
};

struct ExportStatus
{
    enum class State { Pending, InProgress, Completed, Failed, Unknown };

    QString id;
    State state = State::Unknown;
    QString stateText; // as the server spelled it, for messages
    QUrl downloadUrl;
    QDateTime completedAt;
    QString failureMessage; // for Failed exports, when the server gives one

    bool isFinished() const { return state == State::Completed || state == State::Failed; }

    static std::optional<ExportStatus> fromJson(const QJsonObject &object, QString *problem);
};

QString exportStateName(ExportStatus::State state);

} // namespace d360::api

Q_DECLARE_METATYPE(d360::api::Project)
Q_DECLARE_METATYPE(d360::api::ProjectVersion)
Q_DECLARE_METATYPE(d360::api::Language)
Q_DECLARE_METATYPE(d360::api::ExportStatus)
