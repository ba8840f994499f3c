// The sandbox's OAuth 2.0 authorization server, standing in for
// identity.document360.io: the Authorization Code flow with PKCE that the
// exporter's "Sign in" uses, and the tokens it issues.
//
//   GET  /connect/authorize?response_type=code&client_id=&redirect_uri=
//        &code_challenge=&code_challenge_method=S256&state=&scope=
//        -> 200, a small HTML page with Approve and Deny buttons (a form that
//           POSTs to /connect/authorize/approve); approving redirects (302) to
//           redirect_uri?code=...&state=..., denying to ...?error=access_denied.
//   POST /connect/token (application/x-www-form-urlencoded)
//        grant_type=authorization_code&code=&redirect_uri=&client_id=&code_verifier=
//        grant_type=refresh_token&refresh_token=&client_id=
//        -> 200 {"access_token", "token_type": "Bearer", "expires_in",
//                "refresh_token", "scope"}, Cache-Control: no-store
//        -> 400 {"error": "invalid_grant" | "invalid_request" | "invalid_client"
//                | "unsupported_grant_type", "error_description": "..."}
//
// Checked as RFC 6749, 7636 and 8252 ask: the client id; a redirect URI on
// loopback (http://127.0.0.1:PORT/... or http://localhost:PORT/...), or else
// a 400 page and no redirect; PKCE with S256 only; codes single-use and valid
// for 60 s, bound to client, redirect URI and challenge; a code used twice
// also revokes the tokens it gave. Refresh tokens rotate: each is good once.
// Access tokens expire after accessTokenLifetimeSeconds.
#pragma once

#include "sandbox/HttpMessage.h"

#include <QHash>
#include <QStringList>
#include <QUrl>

namespace d360::sandbox {

class OAuthServer
{
public:
    OAuthServer(const QString &clientId, int accessTokenLifetimeSeconds);

    // Whether the request is for this server (its path starts with /connect/).
    static bool isOAuthRequest(const HttpRequest &request);
    // Whether it is for the token endpoint (where token faults strike).
    static bool isTokenRequest(const HttpRequest &request);
    HttpReply handle(const HttpRequest &request, qint64 nowMs);

    bool isValidAccessToken(const QString &token, qint64 nowMs) const;
    QString clientId() const { return m_clientId; }

    static constexpr int codeLifetimeMs = 60 * 1000;

private:
    struct PendingAuthorization
    {
        QUrl redirectUri;
        QString codeChallenge;
        QString state;
        QString scope;
        qint64 createdMs = 0;
    };
    struct IssuedCode
    {
        QString redirectUri;
        QString codeChallenge;
        QString scope;
        qint64 expiresMs = 0;
        bool used = false;
        QStringList accessTokens; // to revoke when the code is replayed
        QStringList refreshTokens;
    };
    struct RefreshGrant
    {
        QString scope;
        QString code; // the code this grant descends from
    };

    HttpReply authorize(const HttpRequest &request, qint64 nowMs);
    HttpReply approve(const HttpRequest &request, qint64 nowMs);
    HttpReply token(const HttpRequest &request, qint64 nowMs);
    HttpReply exchangeCode(const QHash<QString, QString> &form, qint64 nowMs);
    HttpReply refresh(const QHash<QString, QString> &form, qint64 nowMs);
    HttpReply issueTokens(const QString &scope, const QString &code, qint64 nowMs);
    void forgetExpired(qint64 nowMs);

    QString m_clientId;
    qint64 m_accessTokenLifetimeMs;
    QHash<QString, PendingAuthorization> m_pending; // by ticket (hidden in the approval form)
    QHash<QString, IssuedCode> m_codes;
    QHash<QString, qint64> m_accessTokens; // token -> expiry (epoch ms)
    QHash<QString, RefreshGrant> m_refreshTokens;
};

} // namespace d360::sandbox
