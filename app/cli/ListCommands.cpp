// See ListCommands.h.
#include "cli/ListCommands.h"

#include "cli/TextTable.h"
#include "core/api/ApiClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace d360::cli {

namespace {

QString yesOrEmpty(bool value)
{
    return value ? QStringLiteral("yes") : QString();
}

QString timestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

ListCommand::ListCommand(QObject *parent)
    : Command(parent)
{ }

ListCommand::~ListCommand() = default;

void ListCommand::addOptions(QCommandLineParser &)
{ }

bool ListCommand::checkOptions(const QCommandLineParser &)
{
    return true;
}

void ListCommand::start(const QStringList &arguments)
{
    m_parser.setApplicationDescription(description());
    m_parser.addOption(helpOption());
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("json"), tr("Print a JSON array instead of a table.")));
    m_parser.addOption(verboseOption());
    addOptions(m_parser);
    m_connection.addTo(m_parser);
    if (!parseArguments(m_parser, arguments, PositionalArguments::Refused))
        return;
    if (!checkOptions(m_parser))
        return;
    m_connection.resolve(m_parser, [this](ConnectionOptions::Resolved resolved) {
        if (!resolved.client) {
            fail(resolved.error, resolved.exitCode);
            return;
        }
        m_client = std::move(resolved.client);
        fetch(m_client.get());
    });
}

void ListCommand::show(const QStringList &headers, const QList<QStringList> &rows,
                       const QJsonArray &json)
{
    if (m_parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    else
        out() << formatTable(headers, rows);
    finish(Success);
}

bool ListCommand::requireProject(const QCommandLineParser &parser)
{
    if (!ConnectionOptions::projectId(parser).isEmpty())
        return true;
    fail(tr("Give the project with --project ID, or set D360_PROJECT_ID."), UsageError);
    return false;
}

void ListCommand::failWith(const api::ApiError &error)
{
    const ExitCode code = ConnectionOptions::exitCodeFor(error);
    fail(error.displayText(), code == Success ? ApiError : code);
}

QString ProjectsCommand::description() const
{
    return tr("List the Document360 projects the token can see.");
}

void ProjectsCommand::fetch(api::ApiClient *client)
{
    api::ProjectListCall *call = client->listProjects();
    whenAnswered(call, [this](const auto &result) {
        QList<QStringList> rows;
        QJsonArray json;
        for (const api::Project &project : result) {
            const QString status = project.active ? tr("active") : tr("inactive");
            rows.append({ project.id, project.name, status, project.subdomain });
            json.append(
                QJsonObject { { QStringLiteral("id"), project.id },
                              { QStringLiteral("name"), project.name },
                              { QStringLiteral("active"), project.active },
                              { QStringLiteral("sub_domain_name"), project.subdomain },
                              { QStringLiteral("description"), project.description },
                              { QStringLiteral("modified_at"), timestamp(project.modifiedAt) } });
        }
        show({ tr("ID"), tr("NAME"), tr("STATUS"), tr("SUBDOMAIN") }, rows, json);
    });
}

QString VersionsCommand::description() const
{
    return tr("List the versions (workspaces) of a project.");
}

void VersionsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("project"), tr("The project's id (default: $D360_PROJECT_ID)."), tr("ID")));
}

bool VersionsCommand::checkOptions(const QCommandLineParser &parser)
{
    return requireProject(parser);
}

void VersionsCommand::fetch(api::ApiClient *client)
{
    api::VersionListCall *call = client->listVersions(ConnectionOptions::projectId(parser()));
    whenAnswered(call, [this](const auto &result) {
        QList<QStringList> rows;
        QJsonArray json;
        for (const api::ProjectVersion &version : result) {
            rows.append({ version.id, version.name, version.slug, yesOrEmpty(version.isDefault),
                          version.type });
            json.append(
                QJsonObject { { QStringLiteral("id"), version.id },
                              { QStringLiteral("name"), version.name },
                              { QStringLiteral("slug"), version.slug },
                              { QStringLiteral("order"), version.order },
                              { QStringLiteral("is_default"), version.isDefault },
                              { QStringLiteral("type"), version.type },
                              { QStringLiteral("modified_at"), timestamp(version.modifiedAt) } });
        }
        show({ tr("ID"), tr("NAME"), tr("SLUG"), tr("DEFAULT"), tr("TYPE") }, rows, json);
    });
}

QString LanguagesCommand::description() const
{
    return tr("List the languages of a project's version.");
}

void LanguagesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("project"), tr("The project's id (default: $D360_PROJECT_ID)."), tr("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("version"),
                                        tr("The version's id, or \"default\"."), tr("ID")));
}

bool LanguagesCommand::checkOptions(const QCommandLineParser &parser)
{
    if (!requireProject(parser))
        return false;
    if (parser.value(QStringLiteral("version")).isEmpty()) {
        fail(tr("Give the version with --version ID, or --version default."), UsageError);
        return false;
    }
    return true;
}

void LanguagesCommand::fetch(api::ApiClient *client)
{
    const QString version = parser().value(QStringLiteral("version"));
    if (version.compare(QLatin1String("default"), Qt::CaseInsensitive) != 0) {
        fetchLanguages(client, version);
        return;
    }
    api::VersionListCall *call = client->listVersions(ConnectionOptions::projectId(parser()));
    whenAnswered(call, [this, client](const auto &result) {
        for (const api::ProjectVersion &candidate : result) {
            if (candidate.isDefault) {
                fetchLanguages(client, candidate.id);
                return;
            }
        }
        failWith(
            api::ApiError::fromHttpStatus(404, tr("the project marks no version as its default")));
    });
}

void LanguagesCommand::fetchLanguages(api::ApiClient *client, const QString &versionId)
{
    api::LanguageListCall *call
        = client->listLanguages(ConnectionOptions::projectId(parser()), versionId);
    whenAnswered(call, [this](const auto &result) {
        QList<QStringList> rows;
        QJsonArray json;
        for (const api::Language &language : result) {
            rows.append({ language.code, language.name, yesOrEmpty(language.isDefault) });
            json.append(QJsonObject { { QStringLiteral("code"), language.code },
                                      { QStringLiteral("name"), language.name },
                                      { QStringLiteral("is_default"), language.isDefault } });
        }
        show({ tr("CODE"), tr("NAME"), tr("DEFAULT") }, rows, json);
    });
}

} // namespace d360::cli
