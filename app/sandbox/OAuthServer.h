// The sandbox's OAuth 2.0 authorization server, standing in for
// identity.document360.io: the Authorization Code flow with PKCE that the
// exporter's "Sign in" uses, and the tokens it issues.
//
//   GET  /connect/authorize?response_type=code&client_id=&redirect_uri=
//        &code_challenge=&code_challenge_method=S256&state=&scope=[&acr_values=]
//        -> 200, a small HTML page with Approve and Deny buttons (a form that
//           POSTs to /connect/authorize/approve); with acr_values=project_select
//           the page first asks which project to sign in to (radio buttons
//           name="project", the first one checked). Approving redirects (302)
//           to redirect_uri?code=...&state=..., denying to ...?error=access_denied.
//   POST /connect/token (application/x-www-form-urlencoded)
//        grant_type=authorization_code&code=&redirect_uri=&client_id=&code_verifier=
//        grant_type=refresh_token&refresh_token=&client_id=
//        -> 200 {"access_token", "token_type": "Bearer", "expires_in",
//                "refresh_token", "scope"}, Cache-Control: no-store
//        -> 400 {"error": "invalid_grant" | "invalid_request" | "invalid_client"
//                | "unsupported_grant_type", "error_description": "..."}
//
// As Document360's identity server does it: access tokens are JWTs (HS256,
// signed with a key of this run) carrying iss, sub, email, name, client_id,
// scope, iat and exp, and doc360_project_id when the writer picked a project;
// the API then serves that project only. Client ids are registered: only
// those of SandboxOptions::oauthClientIds are known. The redirect URI must
// be plain http on loopback, any port, with the path /callback (RFC 8252
// section 7.3), as Document360 registers public clients.
//
// Checked as RFC 6749, 7636 and 8252 ask: PKCE with S256 only; codes
// single-use and valid for 60 s, bound to client, redirect URI and challenge;
// a code used twice also revokes the tokens it gave. Refresh tokens rotate:
// each is good once, and keeps the project. Access tokens expire after
// accessTokenLifetimeSeconds (expires_in is left out with
// omitTokenLifetime, so a client must read exp).
//
// Refusals: a redirect URI that is not loopback /callback gets a 400 page
// naming invalid_request, and no redirect (it is the redirect that is in
// doubt). An unknown client id with a loopback /callback redirect is sent
// back there with error=invalid_client: a loopback address reaches only
// this computer, and the program can then explain the refusal, which it
// cannot when, as on Document360's own server, the error stays on a page in
// the browser; with any other redirect it gets the page. The token endpoint
// answers an unknown client id with invalid_client too.
#pragma once

#include "sandbox/HttpMessage.h"
#include "sandbox/SandboxOptions.h"

#include <QHash>
#include <QStringList>
#include <QUrl>

namespace d360::sandbox {

class DemoData;

class OAuthServer
{
public:
    // What a valid access token grants.
    struct AccessGrant
    {
        qint64 expiresMs = 0;
        QString projectId; // empty: every project
    };

    // The sandbox's one user, as the tokens name them.
    static constexpr char userSubject[] = "sandbox-writer-1";
    static constexpr char userEmail[] = "writer@sandbox.example";
    static constexpr char userName[] = "Sandbox Writer";

    OAuthServer(const SandboxOptions &options, const DemoData &data);

    // The iss claim of the tokens: the identity server's origin.
    void setIssuer(const QUrl &issuer) { m_issuer = issuer; }

    // Whether the request is for this server (its path starts with /connect/).
    static bool isOAuthRequest(const HttpRequest &request);
    // Whether it is for the token endpoint (where token faults strike).
    static bool isTokenRequest(const HttpRequest &request);
    HttpReply handle(const HttpRequest &request, qint64 nowMs);

    // Null for a token this server did not issue, or one that expired or
    // was revoked.
    const AccessGrant *accessGrant(const QString &token, qint64 nowMs) const;
    QStringList clientIds() const { return m_clientIds; }

    static constexpr int codeLifetimeMs = 60 * 1000;

private:
    struct PendingAuthorization
    {
        QString clientId;
        bool selectProject = false;
        QUrl redirectUri;
        QString codeChallenge;
        QString state;
        QString scope;
        qint64 createdMs = 0;
    };
    struct IssuedCode
    {
        QString clientId;
        QString projectId;
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
        QString clientId;
        QString projectId;
        QString scope;
        QString code; // the code this grant descends from
    };

    HttpReply authorize(const HttpRequest &request, qint64 nowMs);
    HttpReply approve(const HttpRequest &request, qint64 nowMs);
    HttpReply token(const HttpRequest &request, qint64 nowMs);
    HttpReply exchangeCode(const QHash<QString, QString> &form, qint64 nowMs);
    HttpReply refresh(const QHash<QString, QString> &form, qint64 nowMs);
    HttpReply issueTokens(const RefreshGrant &grant, qint64 nowMs);
    QString signedToken(const RefreshGrant &grant, qint64 nowMs, qint64 expiresMs) const;
    HttpReply consentPage(const PendingAuthorization &pending, const QString &ticket) const;
    void forgetExpired(qint64 nowMs);

    const DemoData &m_data;
    QStringList m_clientIds;
    qint64 m_accessTokenLifetimeMs;
    bool m_omitTokenLifetime;
    QByteArray m_signingKey;
    QUrl m_issuer;
    QHash<QString, PendingAuthorization> m_pending; // by ticket (hidden in the approval form)
    QHash<QString, IssuedCode> m_codes;
    QHash<QString, AccessGrant> m_accessTokens;
    QHash<QString, RefreshGrant> m_refreshTokens;
};

} // namespace d360::sandbox
