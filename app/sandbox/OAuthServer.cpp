// See OAuthServer.h. Errors that may not redirect (an unknown client, a
// redirect URI that is not loopback) are shown as a page, because sending the
// browser to an unverified address is exactly what RFC 6749 section 4.1.2.1
// forbids; all later errors go back to the client by redirect or as JSON.
#include "sandbox/OAuthServer.h"

#include "sandbox/RandomSecret.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace d360::sandbox {

namespace {

constexpr qint64 pendingLifetimeMs = 10 * 60 * 1000;

QString defaultScope()
{
    return QStringLiteral("openid profile email customerApi");
}

HttpReply htmlPage(int status, const QString &title, const QString &bodyHtml)
{
    HttpReply reply;
    reply.status = status;
    reply.setHeader(QByteArrayLiteral("Content-Type"),
                    QByteArrayLiteral("text/html; charset=utf-8"));
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    reply.body = QStringLiteral(
                     "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<title>%1 · Document360 sandbox</title>\n"
                     "<style>body{font-family:sans-serif;max-width:34em;margin:3em auto;"
                     "padding:0 1em;color:#1d2433}.sandbox{background:#fff4ce;border:1px solid "
                     "#e0b400;padding:.6em 1em;border-radius:6px}button{font-size:1em;"
                     "padding:.5em 1.4em;margin-right:.6em}</style>\n</head>\n<body>\n"
                     "<p class=\"sandbox\">Document360 <b>sandbox</b>: a local simulator. No real "
                     "account or knowledge base is involved.</p>\n<h1>%1</h1>\n%2\n</body>\n"
                     "</html>\n")
                     .arg(title.toHtmlEscaped(), bodyHtml)
                     .toUtf8();
    return reply;
}

HttpReply errorPage(const QString &message)
{
    return htmlPage(400, QStringLiteral("Sign-in request refused"),
                    QStringLiteral("<p>%1</p>").arg(message.toHtmlEscaped()));
}

HttpReply redirectTo(const QUrl &redirectUri, const QList<QPair<QString, QString>> &parameters)
{
    QString query = redirectUri.query(QUrl::FullyEncoded);
    for (const auto &parameter : parameters) {
        if (parameter.second.isEmpty())
            continue;
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += parameter.first + QLatin1Char('=')
            + QString::fromLatin1(QUrl::toPercentEncoding(parameter.second));
    }
    QUrl target = redirectUri;
    target.setQuery(query, QUrl::StrictMode);
    HttpReply reply;
    reply.status = 302;
    reply.setHeader(QByteArrayLiteral("Location"), target.toEncoded());
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

HttpReply jsonReply(int status, const QJsonObject &object)
{
    HttpReply reply;
    reply.status = status;
    reply.setHeader(QByteArrayLiteral("Content-Type"),
                    QByteArrayLiteral("application/json; charset=utf-8"));
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    reply.setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply tokenError(const QString &error, const QString &description)
{
    return jsonReply(400,
                     QJsonObject { { QStringLiteral("error"), error },
                                   { QStringLiteral("error_description"), description } });
}

// RFC 8252 section 7.3: loopback redirect URIs, plain http, any port.
bool isLoopbackRedirect(const QUrl &url)
{
    return url.isValid() && url.scheme() == u"http" && !url.hasFragment()
        && (url.host() == u"127.0.0.1" || url.host() == u"localhost");
}

// RFC 7636 section 4.1: 43 to 128 characters of [A-Za-z0-9-._~].
bool isPkceString(const QString &text)
{
    if (text.size() < 43 || text.size() > 128)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
            || (u >= u'0' && u <= u'9') || u == u'-' || u == u'.' || u == u'_' || u == u'~';
        if (!allowed)
            return false;
    }
    return true;
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// application/x-www-form-urlencoded, where "+" is a space.
QHash<QString, QString> formFields(const QByteArray &body)
{
    QByteArray encoded = body;
    encoded.replace('+', "%20");
    QHash<QString, QString> fields;
    const QUrlQuery query(QString::fromUtf8(encoded));
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!fields.contains(item.first))
            fields.insert(item.first, item.second);
    }
    return fields;
}

} // namespace

OAuthServer::OAuthServer(const QString &clientId, int accessTokenLifetimeSeconds)
    : m_clientId(clientId)
    , m_accessTokenLifetimeMs(qMax(0, accessTokenLifetimeSeconds) * qint64(1000))
{ }

bool OAuthServer::isOAuthRequest(const HttpRequest &request)
{
    return request.pathSegments.value(0) == u"connect";
}

bool OAuthServer::isTokenRequest(const HttpRequest &request)
{
    return request.pathSegments == QStringList { QStringLiteral("connect"), QStringLiteral("token") };
}

bool OAuthServer::isValidAccessToken(const QString &token, qint64 nowMs) const
{
    const auto it = m_accessTokens.constFind(token);
    return it != m_accessTokens.cend() && nowMs < *it;
}

HttpReply OAuthServer::handle(const HttpRequest &request, qint64 nowMs)
{
    forgetExpired(nowMs);
    const QStringList &path = request.pathSegments;
    const auto methodNotAllowed = [](const QByteArray &allowed) {
        HttpReply reply
            = htmlPage(405, QStringLiteral("Method not allowed"),
                       QStringLiteral("<p>Use %1.</p>").arg(QString::fromLatin1(allowed)));
        reply.setHeader(QByteArrayLiteral("Allow"), allowed);
        return reply;
    };
    if (path == QStringList { QStringLiteral("connect"), QStringLiteral("authorize") }) {
        return request.method == "GET" ? authorize(request, nowMs)
                                       : methodNotAllowed(QByteArrayLiteral("GET"));
    }
    if (path
        == QStringList { QStringLiteral("connect"), QStringLiteral("authorize"),
                         QStringLiteral("approve") }) {
        return request.method == "POST" ? approve(request, nowMs)
                                        : methodNotAllowed(QByteArrayLiteral("POST"));
    }
    if (path == QStringList { QStringLiteral("connect"), QStringLiteral("token") }) {
        if (request.method != "POST") {
            HttpReply reply = tokenError(QStringLiteral("invalid_request"),
                                         QStringLiteral("The token endpoint takes POST only."));
            reply.status = 405;
            reply.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("POST"));
            return reply;
        }
        return token(request, nowMs);
    }
    return htmlPage(404, QStringLiteral("Not found"),
                    QStringLiteral("<p>There is no such page on this identity server.</p>"));
}

HttpReply OAuthServer::authorize(const HttpRequest &request, qint64 nowMs)
{
    const QString clientId = request.queryValue(QStringLiteral("client_id"));
    if (clientId != m_clientId) {
        return errorPage(QStringLiteral("The application (client_id \"%1\") is not registered "
                                        "with this identity server.")
                             .arg(clientId));
    }
    const QUrl redirectUri(request.queryValue(QStringLiteral("redirect_uri")), QUrl::StrictMode);
    if (!isLoopbackRedirect(redirectUri)) {
        return errorPage(QStringLiteral("The redirect_uri must be an http address on loopback, "
                                        "such as http://127.0.0.1:PORT/callback or "
                                        "http://localhost:PORT/callback."));
    }

    const QString state = request.queryValue(QStringLiteral("state"));
    const auto refuse = [&](const QString &error, const QString &description) {
        return redirectTo(redirectUri,
                          { { QStringLiteral("error"), error },
                            { QStringLiteral("error_description"), description },
                            { QStringLiteral("state"), state } });
    };
    if (request.queryValue(QStringLiteral("response_type")) != u"code") {
        return refuse(QStringLiteral("unsupported_response_type"),
                      QStringLiteral("Only response_type=code is supported."));
    }
    if (request.queryValue(QStringLiteral("code_challenge_method")) != u"S256") {
        return refuse(QStringLiteral("invalid_request"),
                      QStringLiteral("PKCE is required, with code_challenge_method=S256."));
    }
    const QString challenge = request.queryValue(QStringLiteral("code_challenge"));
    if (!isPkceString(challenge)) {
        return refuse(QStringLiteral("invalid_request"),
                      QStringLiteral("code_challenge is missing or malformed."));
    }

    PendingAuthorization pending;
    pending.redirectUri = redirectUri;
    pending.codeChallenge = challenge;
    pending.state = state;
    pending.scope = request.queryValue(QStringLiteral("scope")).simplified();
    if (pending.scope.isEmpty())
        pending.scope = defaultScope();
    pending.createdMs = nowMs;
    const QString ticket = RandomSecret::token(24);
    m_pending.insert(ticket, pending);

    QString scopes;
    for (const QString &scope : pending.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        scopes += QStringLiteral("<li><code>%1</code></li>").arg(scope.toHtmlEscaped());
    return htmlPage(
        200, QStringLiteral("Allow access?"),
        QStringLiteral("<p><b>%1</b> asks to use your Document360 sandbox projects on your "
                       "behalf, with these permissions:</p>\n<ul>%2</ul>\n"
                       "<form method=\"post\" action=\"/connect/authorize/approve\">\n"
                       "<input type=\"hidden\" name=\"ticket\" value=\"%3\">\n"
                       "<button type=\"submit\" id=\"approve\" name=\"decision\" "
                       "value=\"approve\">Approve</button>\n"
                       "<button type=\"submit\" id=\"deny\" name=\"decision\" "
                       "value=\"deny\">Deny</button>\n</form>\n"
                       "<p>You will be sent back to <code>%4</code>.</p>")
            .arg(m_clientId.toHtmlEscaped(), scopes, ticket,
                 redirectUri.toDisplayString().toHtmlEscaped()));
}

HttpReply OAuthServer::approve(const HttpRequest &request, qint64 nowMs)
{
    const QHash<QString, QString> form = formFields(request.body);
    const auto it = m_pending.find(form.value(QStringLiteral("ticket")));
    if (it == m_pending.end() || nowMs - it->createdMs > pendingLifetimeMs) {
        return errorPage(QStringLiteral("This sign-in request has expired or was already "
                                        "answered. Start the sign-in again from the "
                                        "application."));
    }
    const PendingAuthorization pending = *it;
    m_pending.erase(it);

    if (form.value(QStringLiteral("decision")) != u"approve") {
        return redirectTo(pending.redirectUri,
                          { { QStringLiteral("error"), QStringLiteral("access_denied") },
                            { QStringLiteral("error_description"),
                              QStringLiteral("The user denied the request.") },
                            { QStringLiteral("state"), pending.state } });
    }

    const QString code = RandomSecret::token(32);
    IssuedCode issued;
    issued.redirectUri = pending.redirectUri.toString(QUrl::FullyEncoded);
    issued.codeChallenge = pending.codeChallenge;
    issued.scope = pending.scope;
    issued.expiresMs = nowMs + codeLifetimeMs;
    m_codes.insert(code, issued);
    return redirectTo(
        pending.redirectUri,
        { { QStringLiteral("code"), code }, { QStringLiteral("state"), pending.state } });
}

HttpReply OAuthServer::token(const HttpRequest &request, qint64 nowMs)
{
    const QHash<QString, QString> form = formFields(request.body);
    if (form.value(QStringLiteral("client_id")) != m_clientId) {
        return tokenError(QStringLiteral("invalid_client"),
                          QStringLiteral("Unknown or missing client_id."));
    }
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType == u"authorization_code")
        return exchangeCode(form, nowMs);
    if (grantType == u"refresh_token")
        return refresh(form, nowMs);
    return tokenError(QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("grant_type must be authorization_code or refresh_token."));
}

HttpReply OAuthServer::exchangeCode(const QHash<QString, QString> &form, qint64 nowMs)
{
    const QString code = form.value(QStringLiteral("code"));
    const QString verifier = form.value(QStringLiteral("code_verifier"));
    const QString redirectUri = form.value(QStringLiteral("redirect_uri"));
    if (code.isEmpty() || verifier.isEmpty() || redirectUri.isEmpty()) {
        return tokenError(QStringLiteral("invalid_request"),
                          QStringLiteral("code, redirect_uri and code_verifier are required."));
    }
    const auto it = m_codes.find(code);
    if (it == m_codes.end())
        return tokenError(QStringLiteral("invalid_grant"), QStringLiteral("Unknown code."));
    if (it->used) {
        // RFC 6749 section 4.1.2: a replayed code revokes what it gave.
        for (const QString &access : std::as_const(it->accessTokens))
            m_accessTokens.remove(access);
        for (const QString &refreshToken : std::as_const(it->refreshTokens))
            m_refreshTokens.remove(refreshToken);
        return tokenError(QStringLiteral("invalid_grant"),
                          QStringLiteral("The code was already used; the tokens it gave are "
                                         "revoked."));
    }
    if (nowMs >= it->expiresMs)
        return tokenError(QStringLiteral("invalid_grant"), QStringLiteral("The code has expired."));
    if (QUrl(redirectUri, QUrl::StrictMode).toString(QUrl::FullyEncoded) != it->redirectUri) {
        return tokenError(QStringLiteral("invalid_grant"),
                          QStringLiteral("redirect_uri does not match the authorization "
                                         "request."));
    }
    if (!isPkceString(verifier) || s256(verifier) != it->codeChallenge) {
        return tokenError(QStringLiteral("invalid_grant"),
                          QStringLiteral("code_verifier does not match the code_challenge."));
    }
    it->used = true;
    return issueTokens(it->scope, code, nowMs);
}

HttpReply OAuthServer::refresh(const QHash<QString, QString> &form, qint64 nowMs)
{
    const QString refreshToken = form.value(QStringLiteral("refresh_token"));
    if (refreshToken.isEmpty()) {
        return tokenError(QStringLiteral("invalid_request"),
                          QStringLiteral("refresh_token is required."));
    }
    const auto it = m_refreshTokens.find(refreshToken);
    if (it == m_refreshTokens.end()) {
        return tokenError(QStringLiteral("invalid_grant"),
                          QStringLiteral("The refresh token is invalid, used or revoked."));
    }
    const RefreshGrant grant = *it;
    m_refreshTokens.erase(it);
    return issueTokens(grant.scope, grant.code, nowMs);
}

HttpReply OAuthServer::issueTokens(const QString &scope, const QString &code, qint64 nowMs)
{
    const QString accessToken = QStringLiteral("sbx_at_") + RandomSecret::token(32);
    const QString refreshToken = QStringLiteral("sbx_rt_") + RandomSecret::token(32);
    m_accessTokens.insert(accessToken, nowMs + m_accessTokenLifetimeMs);
    m_refreshTokens.insert(refreshToken, RefreshGrant { scope, code });
    auto codeIt = m_codes.find(code);
    if (codeIt != m_codes.end()) {
        codeIt->accessTokens.append(accessToken);
        codeIt->refreshTokens.append(refreshToken);
    }
    return jsonReply(200,
                     QJsonObject {
                         { QStringLiteral("access_token"), accessToken },
                         { QStringLiteral("token_type"), QStringLiteral("Bearer") },
                         { QStringLiteral("expires_in"), m_accessTokenLifetimeMs / 1000 },
                         { QStringLiteral("refresh_token"), refreshToken },
                         { QStringLiteral("scope"), scope },
                     });
}

void OAuthServer::forgetExpired(qint64 nowMs)
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (nowMs - it->createdMs > pendingLifetimeMs)
            it = m_pending.erase(it);
        else
            ++it;
    }
    // Used codes are kept a while after they expire, to recognise a replay.
    for (auto it = m_codes.begin(); it != m_codes.end();) {
        if (nowMs - it->expiresMs > pendingLifetimeMs)
            it = m_codes.erase(it);
        else
            ++it;
    }
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end();) {
        if (nowMs >= *it)
            it = m_accessTokens.erase(it);
        else
            ++it;
    }
}

} // namespace d360::sandbox
