// Talks to an OAuth2 token endpoint: redeems an authorization code (with its
// PKCE verifier) and refreshes an access token.
//
// Form-encoded POSTs as RFC 6749 section 4.1.3 and 6 describe, for a public
// client (no client secret). The code, the verifier and the refresh token are
// sent to the token endpoint and nowhere else: redirects are not followed,
// and the endpoint must be https (or this computer). Every request has a
// deadline; each callback runs exactly once, unless the endpoint object is
// destroyed first.
//
// A failure says whether asking again may help. It may when the server could
// not be reached or was in trouble (no answer, 5xx, 408, 429, a garbled
// body): the grant itself is fine. It may not when the server answered with
// any other 4xx (RFC 6749 section 5.2: invalid_grant, invalid_client,
// unauthorized_client, unsupported_grant_type, invalid_scope,
// invalid_request), because the same request gets the same answer: the
// sign-in is dead or the client is misconfigured, and only a new sign-in (or
// new settings) helps. Likewise an answer that parses but carries no usable
// token, and a token URL that is not allowed. A refusal of the client
// itself (invalid_client and its kin) is explained as SignInRefusal words it.
//
// The expiry is expires_in when the answer has it; else the access token's
// own exp claim (a JWT); else the documented hour.
#pragma once

#include "core/auth/AccountSecret.h"
#include "core/auth/OAuthSettings.h"

#include <QObject>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace d360::auth {

class TokenEndpoint : public QObject
{
    Q_OBJECT

public:
    // error empty: tokens are set.
    using Done = std::function<void(const OAuthTokens &tokens, const QString &error)>;
    struct Failure
    {
        QString message; // empty: no failure
        bool worthRetrying = false;
    };
    using Answered = std::function<void(const OAuthTokens &tokens, const Failure &failure)>;

    static constexpr std::chrono::milliseconds defaultTimeout { 30000 };

    explicit TokenEndpoint(const OAuthSettings &settings, QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void exchangeCode(const QString &code, const QString &codeVerifier, const QUrl &redirectUri,
                      Done done);
    // A response without a new refresh token keeps the one given.
    void refresh(const QString &refreshToken, Done done);
    void refresh(const QString &refreshToken, Answered answered);

private:
    void post(const QUrlQuery &form, const QString &previousRefreshToken, Answered answered);

    OAuthSettings m_settings;
    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout = defaultTimeout;
};

} // namespace d360::auth
