// See ApiModels.h.
#include "core/api/ApiModels.h"

#include "core/api/ApiError.h"

namespace d360::api {

namespace {

QString string(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

QDateTime timestamp(const QJsonObject &object, const char *key)
{
    return QDateTime::fromString(string(object, key), Qt::ISODateWithMs);
}

// The contract's required fields: present and not empty, or a reason.
bool requireStrings(const QJsonObject &object, std::initializer_list<const char *> keys,
                    const char *what, QString *problem)
{
    for (const char *key : keys) {
        if (string(object, key).isEmpty()) {
            *problem
                = ApiError::tr("a %1 without \"%2\"").arg(QLatin1String(what), QLatin1String(key));
            return false;
        }
    }
    return true;
}

} // namespace

QString dialectName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::ProjectVersions:
        return QStringLiteral("project-versions");
    case Dialect::Workspaces:
        return QStringLiteral("workspaces");
    case Dialect::Unknown:
        break;
    }
    return {};
}

Dialect dialectFromName(const QString &name)
{
    if (name == QLatin1String("project-versions"))
        return Dialect::ProjectVersions;
    if (name == QLatin1String("workspaces"))
        return Dialect::Workspaces;
    return Dialect::Unknown;
}

std::optional<Project> Project::fromJson(const QJsonObject &object, QString *problem)
{
    if (!requireStrings(object, { "id", "name" }, "project", problem))
        return std::nullopt;
    Project project;
    project.id = string(object, "id");
    project.name = string(object, "name");
    project.description = string(object, "description");
    project.subdomain = string(object, "sub_domain_name");
    project.active = object.value(QLatin1String("status")).toInt(0) == 0;
    project.createdAt = timestamp(object, "created_at");
    project.modifiedAt = timestamp(object, "modified_at");
    return project;
}

std::optional<ProjectVersion> ProjectVersion::fromJson(const QJsonObject &object, QString *problem)
{
    if (!requireStrings(object, { "id", "name" }, "version", problem))
        return std::nullopt;
    ProjectVersion version;
    version.id = string(object, "id");
    version.name = string(object, "name");
    version.slug = string(object, "slug");
    version.order = object.value(QLatin1String("order")).toInt();
    version.isDefault = object.value(QLatin1String("is_default")).toBool();
    version.type = string(object, "version_type");
    if (version.type.isEmpty())
        version.type = string(object, "workspace_type");
    version.createdAt = timestamp(object, "created_at");
    version.modifiedAt = timestamp(object, "modified_at");
    return version;
}

std::optional<Language> Language::fromJson(const QJsonObject &object, QString *problem)
{
    // The contract makes `code` nullable, but a language we cannot name in an
    // export request is of no use to us.
    if (!requireStrings(object, { "code" }, "language", problem))
        return std::nullopt;
    Language language;
    language.code = string(object, "code");
    language.name = string(object, "name");
    if (language.name.isEmpty())
        language.name = language.code;
    language.isDefault = object.value(QLatin1String("is_default")).toBool();
    return language;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Markdown:
        return QStringLiteral("markdown");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    for (ExportFormat format : allExportFormats()) {
        if (name.compare(exportFormatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString exportFormatFileExtension(ExportFormat format)
{
    return format == ExportFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("zip");
}

QList<ExportFormat> allExportFormats()
{
    return { ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Markdown };
}

std::optional<ExportStatus> ExportStatus::fromJson(const QJsonObject &object, QString *problem)
{
    if (!requireStrings(object, { "id", "status" }, "export status", problem))
        return std::nullopt;
    ExportStatus status;
    status.id = string(object, "id");
    status.stateText = string(object, "status");
    static const std::pair<const char *, State> states[] = {
        { "Pending", State::Pending },
        { "InProgress", State::InProgress },
        { "Completed", State::Completed },
        { "Failed", State::Failed },
    };
    for (const auto &[name, state] : states) {
        if (status.stateText.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            status.state = state;
    }
    const QString url = string(object, "download_url");
    if (!url.isEmpty())
        status.downloadUrl = QUrl(url, QUrl::StrictMode);
    status.completedAt = timestamp(object, "completed_at");
    for (const char *key : { "error_message", "message", "error" }) {
        if (status.failureMessage.isEmpty())
            status.failureMessage = string(object, key);
    }
    if (status.state == State::Completed && !status.downloadUrl.isValid()) {
        *problem = ApiError::tr("a completed export without a valid \"download_url\"");
        return std::nullopt;
    }
    return status;
}

QString exportStateName(ExportStatus::State state)
{
    switch (state) {
    case ExportStatus::State::Pending:
        return QStringLiteral("Pending");
    case ExportStatus::State::InProgress:
        return QStringLiteral("InProgress");
    case ExportStatus::State::Completed:
        return QStringLiteral("Completed");
    case ExportStatus::State::Failed:
        return QStringLiteral("Failed");
    case ExportStatus::State::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

} // namespace d360::api
