// Who may call the API: the dialect's credential, or an OAuth access token.
//
//   seed dialect (project-versions):  Authorization: Bearer <api key>
//   workspaces dialect:               X-API-Key: <api key>
//   both:                             Authorization: Bearer <OAuth access token
//                                     issued by this sandbox and not expired>
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
    };

    ApiAuthenticator(Dialect dialect, const QString &apiKey, const OAuthServer &oauth);

    // The credential a request presents, whether or not it is valid.
    static QString presentedCredential(const HttpRequest &request);
    Result authenticate(const HttpRequest &request, qint64 nowMs) const;
    // The value of WWW-Authenticate on a 401. As RFC 6750 asks, it carries
    // error="invalid_token" only when a Bearer token was presented.
    QByteArray challenge(const Result &result) const;

private:
    static QString bearerToken(const HttpRequest &request);

    Dialect m_dialect;
    QString m_apiKey;
    const OAuthServer &m_oauth;
};

} // namespace d360::sandbox
