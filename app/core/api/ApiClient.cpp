// See ApiClient.h.
#include "core/api/ApiClient.h"

#include "core/api/ApiLogging.h"
#include "core/api/ApiRequest.h"
#include "core/api/ApiTransport.h"
#include "core/api/PagedFetch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace d360::api {

namespace {

QString pathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// Parses every item of a list, or fails the call with the first bad one.
template<typename Item>
bool parseItems(const QJsonArray &items, QList<Item> *out, ApiCall *call, const QString &host)
{
    out->reserve(items.size());
    for (const QJsonValue &value : items) {
        QString problem;
        const std::optional<Item> item = Item::fromJson(value.toObject(), &problem);
        if (!item) {
            ApiError error(ApiError::Kind::InvalidResponse, problem);
            error.setHost(host);
            error.setTraceId(call->requestId());
            call->finishWithError(error);
            return false;
        }
        out->append(*item);
    }
    return true;
}

// When the fetch ends: the call's result is every item parsed, or its error.
template<typename Item>
void finishWithItems(ApiResultCall<QList<Item>> *call, PagedFetch *fetch, const QString &host)
{
    QObject::connect(fetch, &PagedFetch::finished, call, [call, fetch, host] {
        if (!fetch->error().isNull()) {
            call->finishWithError(fetch->error());
            return;
        }
        if (parseItems(fetch->items(), &call->mutableResult(), call, host))
            call->finishWithSuccess();
    });
}

Dialect otherDialect(Dialect dialect)
{
    return dialect == Dialect::Workspaces ? Dialect::ProjectVersions : Dialect::Workspaces;
}

} // namespace

ApiClient::ApiClient(const ServerAddress &address, const Credential &credential,
                     const ApiSettings &settings, QObject *parent)
    : QObject(parent)
    , m_transport(new ApiTransport(address, credential, settings, this))
{
    connect(m_transport, &ApiTransport::authSchemeConfirmed, this, &ApiClient::authSchemeConfirmed);
    connect(m_transport, &ApiTransport::credentialRejected, this, &ApiClient::credentialRejected);
}

ApiClient::~ApiClient()
{
    // Calls first: their requests use the transport's network manager, which
    // would otherwise go before them (children die in creation order).
    const QList<ApiCall *> calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

const ServerAddress &ApiClient::address() const
{
    return m_transport->address();
}

RateBudget *ApiClient::rateBudget() const
{
    return m_transport->rateBudget();
}

void ApiClient::setDialect(Dialect dialect)
{
    m_dialect = dialect;
}

AuthScheme ApiClient::authScheme() const
{
    return m_transport->credential().scheme();
}

void ApiClient::setConfirmedAuthScheme(AuthScheme scheme)
{
    m_transport->setConfirmedAuthScheme(scheme);
}

void ApiClient::setCredential(const Credential &credential)
{
    m_transport->setCredential(credential);
}

QString ApiClient::projectPath(const QString &projectId) const
{
    return QStringLiteral("/v3/projects/") + pathSegment(projectId);
}

QString ApiClient::versionsPath(const QString &projectId, Dialect dialect) const
{
    return projectPath(projectId)
        + (dialect == Dialect::Workspaces ? QStringLiteral("/workspaces")
                                          : QStringLiteral("/project-versions"));
}

Dialect ApiClient::preferredDialect() const
{
    // Production keys come with production's names; the seed page's tokens
    // with the seed page's.
    return m_transport->credential().scheme() == AuthScheme::ApiKeyHeader
        ? Dialect::Workspaces
        : Dialect::ProjectVersions;
}

void ApiClient::rememberDialect(Dialect dialect)
{
    if (m_dialect == dialect)
        return;
    m_dialect = dialect;
    qCInfo(lcApi) << "the server speaks the" << dialectName(dialect) << "dialect";
    Q_EMIT dialectDetected(dialect);
}

ProjectListCall *ApiClient::listProjects()
{
    auto *call = new ProjectListCall(this);
    auto *fetch = new PagedFetch(m_transport, QStringLiteral("/v3/projects"), {}, call);
    finishWithItems(call, fetch, address().apiBaseUrl().host());
    fetch->start();
    return call;
}

VersionListCall *ApiClient::listVersions(const QString &projectId)
{
    auto *call = new VersionListCall(this);
    const bool known = m_dialect != Dialect::Unknown;
    fetchVersions(call, projectId, known ? m_dialect : preferredDialect(), !known);
    return call;
}

void ApiClient::fetchVersions(VersionListCall *call, const QString &projectId, Dialect dialect,
                              bool mayFallBack)
{
    auto *fetch = new PagedFetch(m_transport, versionsPath(projectId, dialect), {}, call);
    connect(fetch, &PagedFetch::finished, call, [=] {
        fetch->deleteLater();
        const ApiError &error = fetch->error();
        if (error.kind() == ApiError::Kind::NotFound && mayFallBack) {
            fetchVersions(call, projectId, otherDialect(dialect), false);
            return;
        }
        if (!error.isNull()) {
            call->finishWithError(error);
            return;
        }
        rememberDialect(dialect);
        call->mutableResult().clear();
        if (parseItems(fetch->items(), &call->mutableResult(), call, address().apiBaseUrl().host()))
            call->finishWithSuccess();
    });
    fetch->start();
}

void ApiClient::withDialect(const QString &projectId, ApiCall *call,
                            std::function<void(Dialect)> then)
{
    if (m_dialect != Dialect::Unknown) {
        then(m_dialect);
        return;
    }
    // One page of one version is enough to learn the names the server uses.
    // The probe holds itself weakly, and each pending fetch strongly: a probe
    // that held itself would never be freed (LeakSanitizer, asan preset).
    using Probe = std::function<void(Dialect, bool)>;
    auto probe = std::make_shared<Probe>();
    *probe = [=, weakProbe = std::weak_ptr<Probe>(probe)](Dialect dialect, bool mayFallBack) {
        const std::shared_ptr<Probe> self = weakProbe.lock();
        auto *fetch = new PagedFetch(m_transport, versionsPath(projectId, dialect), {}, call, 1);
        connect(fetch, &PagedFetch::finished, call, [=] {
            fetch->deleteLater();
            const ApiError &error = fetch->error();
            if (error.kind() == ApiError::Kind::NotFound && mayFallBack) {
                (*self)(otherDialect(dialect), false);
                return;
            }
            if (!error.isNull()) {
                call->finishWithError(error);
                return;
            }
            rememberDialect(dialect);
            then(dialect);
        });
        fetch->start();
    };
    (*probe)(preferredDialect(), true);
}

LanguageListCall *ApiClient::listLanguages(const QString &projectId, const QString &versionId)
{
    auto *call = new LanguageListCall(this);
    withDialect(projectId, call, [=](Dialect dialect) {
        QUrlQuery query;
        query.addQueryItem(dialect == Dialect::Workspaces ? QStringLiteral("workspace_id")
                                                          : QStringLiteral("project_version_id"),
                           versionId);
        auto *fetch = new PagedFetch(
            m_transport, projectPath(projectId) + QStringLiteral("/languages"), query, call);
        finishWithItems(call, fetch, address().apiBaseUrl().host());
        fetch->start();
    });
    return call;
}

ExportCall *ApiClient::startExport(const ExportRequest &request)
{
    auto *call = new ExportCall(this);
    withDialect(request.projectId, call, [=](Dialect dialect) {
        QJsonObject body;
        body.insert(dialect == Dialect::Workspaces ? QStringLiteral("workspace_id")
                                                   : QStringLiteral("project_version_id"),
                    request.versionId);
        body.insert(QStringLiteral("lang_code"),
                    request.languageCode.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(request.languageCode));
        body.insert(QStringLiteral("format"), exportFormatName(request.format));
        ApiRequestSpec spec;
        spec.method = QByteArrayLiteral("POST");
        spec.path = projectPath(request.projectId) + QStringLiteral("/exports");
        spec.jsonBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
        spec.idempotent = false;
        requestExport(call, spec);
    });
    return call;
}

ExportCall *ApiClient::exportStatus(const QString &projectId, const QString &exportId)
{
    auto *call = new ExportCall(this);
    ApiRequestSpec spec;
    spec.path = projectPath(projectId) + QStringLiteral("/exports/") + pathSegment(exportId);
    requestExport(call, spec);
    return call;
}

void ApiClient::requestExport(ExportCall *call, const ApiRequestSpec &spec)
{
    ApiRequest *request = m_transport->send(spec, call);
    connect(request, &ApiRequest::finished, call, [this, call, request] {
        const ApiResponse &response = request->response();
        call->setRequestId(response.envelope.requestId);
        call->addWarnings(response.envelope.warnings);
        if (!response.ok()) {
            call->finishWithError(response.error);
            return;
        }
        QString problem;
        std::optional<ExportStatus> status
            = ExportStatus::fromJson(response.envelope.data.toObject(), &problem);
        if (!status) {
            ApiError error(ApiError::Kind::InvalidResponse, problem);
            error.setHost(address().apiBaseUrl().host());
            error.setTraceId(response.envelope.requestId);
            call->finishWithError(error);
            return;
        }
        // A failed export's reason may come in the envelope rather than the data.
        if (status->failureMessage.isEmpty()) {
            for (const FieldError &error : response.envelope.errors) {
                if (!error.message.isEmpty()) {
                    status->failureMessage = error.message;
                    break;
                }
            }
        }
        call->mutableResult() = *status;
        call->finishWithSuccess();
    });
}

DownloadCall *ApiClient::downloadExport(const QUrl &downloadUrl, const DownloadOptions &options)
{
    auto *call = new DownloadCall(m_transport, downloadUrl, options, this);
    call->start();
    return call;
}

} // namespace d360::api
