// See ApiTransport.h.
#include "core/api/ApiTransport.h"

#include "core/ApplicationInfo.h"
#include "core/api/ApiCall.h"
#include "core/api/ApiRequest.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace d360::api {

ApiTransport::ApiTransport(const ServerAddress &address, const Credential &credential,
                           const ApiSettings &settings, QObject *parent)
    : QObject(parent)
    , m_address(address)
    , m_credential(credential)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are followed by hand, hop by hop, so the credential decision
    // is made again for every host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
    m_rateBudget.setLimit(settings.requestsPerMinute, settings.rateWindow);
}

ApiTransport::~ApiTransport() = default;

void ApiTransport::setCredential(const Credential &credential)
{
    m_credential = credential;
}

void ApiTransport::setCredentialRefresher(CredentialRefresher refresher)
{
    m_refresher = std::move(refresher);
}

void ApiTransport::setConfirmedAuthScheme(AuthScheme scheme)
{
    m_credential.setScheme(scheme);
    m_schemeConfirmed = true;
}

QUrl ApiTransport::apiUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_address.apiBaseUrl();
    url.setPath(url.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QNetworkRequest ApiTransport::newRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("d360-exporter/%1").arg(ApplicationInfo::version()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Identity: byte ranges and Content-Length must refer to the bytes we
    // store, and Qt would otherwise negotiate and unpack compression itself.
    request.setRawHeader(QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity"));
    // The only place a credential is attached.
    if (ServerAddress::isSameOrigin(url, m_address.apiBaseUrl()) && !m_credential.isEmpty())
        m_credential.applyTo(request);
    return request;
}

ApiRequest *ApiTransport::send(const ApiRequestSpec &spec, ApiCall *call)
{
    auto *request = new ApiRequest(this, spec, call);
    request->start();
    return request;
}

void ApiTransport::noteAccepted(AuthScheme usedScheme)
{
    if (m_schemeConfirmed || usedScheme != m_credential.scheme())
        return;
    m_schemeConfirmed = true;
    Q_EMIT authSchemeConfirmed(usedScheme);
}

bool ApiTransport::switchSchemeAfterRefusal(AuthScheme usedScheme)
{
    if (m_schemeConfirmed)
        return false;
    if (usedScheme != m_credential.scheme())
        return true; // another request already switched; retry with the new one
    if (m_otherSchemeTried)
        return false;
    m_otherSchemeTried = true;
    m_credential.setScheme(m_credential.otherScheme());
    return true;
}

void ApiTransport::noteRejected(const ApiError &error)
{
    Q_EMIT credentialRejected(error);
}

} // namespace d360::api
