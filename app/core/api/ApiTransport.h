// The one network path to Document360: one QNetworkAccessManager, the one
// place a credential is attached, the one place requests are retried.
//
// Everything that crosses the network goes through here, so the rules hold
// everywhere at once: a credential only ever goes to the API's own origin
// (scheme, host, port), never to the storage host of a download link nor
// along a redirect; every request waits for the rate budget and has a
// timeout; only idempotent requests are retried blindly. It also learns, once
// per account, which auth scheme the server accepts: if the first answer is a
// 401, the other scheme is tried once, and the one that works is remembered.
#pragma once

#include "core/api/ApiError.h"
#include "core/api/ApiSettings.h"
#include "core/api/Credential.h"
#include "core/api/RateBudget.h"
#include "core/api/ServerAddress.h"

#include <QObject>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace d360::api {

class ApiCall;
class ApiRequest;
struct ApiRequestSpec;

class ApiTransport : public QObject
{
    Q_OBJECT

public:
    // Called on a 401 once the scheme is known: gets a fresh credential (an
    // OAuth refresh) and reports whether it did. At most once per request.
    using CredentialRefresher = std::function<void(std::function<void(bool refreshed)> done)>;

    ApiTransport(const ServerAddress &address, const Credential &credential,
                 const ApiSettings &settings, QObject *parent = nullptr);
    ~ApiTransport() override;

    const ServerAddress &address() const { return m_address; }
    const ApiSettings &settings() const { return m_settings; }
    QNetworkAccessManager *network() const { return m_network; }
    RateBudget *rateBudget() { return &m_rateBudget; }

    const Credential &credential() const { return m_credential; }
    void setCredential(const Credential &credential);
    void setCredentialRefresher(CredentialRefresher refresher);
    const CredentialRefresher &credentialRefresher() const { return m_refresher; }

    bool isAuthSchemeConfirmed() const { return m_schemeConfirmed; }
    // Restores a scheme learnt in an earlier session.
    void setConfirmedAuthScheme(AuthScheme scheme);

    QUrl apiUrl(const QString &path, const QUrlQuery &query = {}) const;

    // A request with our headers, and the credential if and only if the URL
    // is the API's own origin.
    QNetworkRequest newRequest(const QUrl &url) const;

    // Sends an API request on behalf of call; the request is the call's child.
    ApiRequest *send(const ApiRequestSpec &spec, ApiCall *call);

    // For ApiRequest: what it learnt about the auth scheme.
    void noteAccepted(AuthScheme usedScheme);
    // Switches to the other scheme after a first 401; false when that was
    // already tried or the scheme is known.
    bool switchSchemeAfterRefusal(AuthScheme usedScheme);
    void noteRejected(const ApiError &error);

Q_SIGNALS:
    void authSchemeConfirmed(d360::api::AuthScheme scheme);
    // A 401 with the scheme known: the token was revoked or expired. Accounts
    // use this to mark themselves as needing attention.
    void credentialRejected(const d360::api::ApiError &error);

private:
    ServerAddress m_address;
    Credential m_credential;
    ApiSettings m_settings;
    QNetworkAccessManager *m_network;
    RateBudget m_rateBudget;
    CredentialRefresher m_refresher;
    bool m_schemeConfirmed = false;
    bool m_otherSchemeTried = false;
};

} // namespace d360::api
