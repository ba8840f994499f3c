// Who may call the API: the dialect's credential, or an OAuth access token.
//
//   seed dialect (project-versions):  Authorization: Bearer <api key>
//   workspaces dialect:               X-API-Key: <api key>
//   both:                             Authorization: Bearer <OAuth access token
//                                     issued by this sandbox and not expired>
//
// The dialect's credential comes in two kinds, as the portal's API tokens
// are project-scoped: the demo key that serves every project, and a key
// bound to one project. An OAuth token is bound to the project its
// doc360_project_id claim names, if any. The result says which project a
// request is confined to; ApiService enforces it.
//
// Anything else is refused, including the right key in the other dialect's
// header: a client that guesses the scheme wrong must find out here, as it
// would in production. The credential as presented (valid or not) is also
// what the rate limiter counts requests by.
#pragma once

#include "sandbox/HttpMessage.h"
#include "sandbox/SandboxOptions.h"

namespace d360::sandbox {

class OAuthServer;

class ApiAuthenticator
{
public:
    struct Result
    {
        bool accepted = false;
        QString credential; // as presented; empty when none was
        bool bearerPresented = false;
        QString reason; // why it was refused, for the 401's message
        QString projectScope; // accepted: the one project it may reach; empty: all
    };

    ApiAuthenticator(ServedDialect dialect, const QString &apiKey, const QString &projectApiKey,
                     const QString &projectApiKeyProjectId, const OAuthServer &oauth);

    // The credential a request presents, whether or not it is valid.
    static QString presentedCredential(const HttpRequest &request);
    Result authenticate(const HttpRequest &request, qint64 nowMs) const;
    // The value of WWW-Authenticate on a 401. As RFC 6750 asks, it carries
    // error="invalid_token" only when a Bearer token was presented.
    QByteArray challenge(const Result &result) const;

private:
    static QString bearerToken(const HttpRequest &request);

    ServedDialect m_dialect;
    QString m_apiKey;
    QString m_projectApiKey;
    QString m_projectApiKeyProjectId;
    const OAuthServer &m_oauth;
};

} // namespace d360::sandbox
