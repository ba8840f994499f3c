// See OAuthServer.h. Errors that may not redirect (an unknown client, a
// redirect URI that is not loopback) are shown as a page, because sending the
// browser to an unverified address is exactly what RFC 6749 section 4.1.2.1
// forbids; all later errors go back to the client by redirect or as JSON.
#include "sandbox/OAuthServer.h"

#include "sandbox/DemoData.h"
#include "sandbox/RandomSecret.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
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

// As an identity server shows what it will not redirect: the error code,
// then what it means.
HttpReply errorPage(const QString &message, const QString &error = {})
{
    const QString code = error.isEmpty()
        ? QString()
        : QStringLiteral("<p>Error: <code id=\"error\">%1</code></p>\n").arg(error.toHtmlEscaped());
    return htmlPage(400, QStringLiteral("Sign-in request refused"),
                    code + QStringLiteral("<p>%1</p>").arg(message.toHtmlEscaped()));
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

// RFC 8252 section 7.3: loopback redirect URIs, plain http, any port; and
// the path Document360 registers for public clients.
bool isLoopbackCallback(const QUrl &url)
{
    return url.isValid() && url.scheme() == u"http" && !url.hasFragment()
        && (url.host() == u"127.0.0.1" || url.host() == u"localhost") && url.path() == u"/callback";
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool hasAcrValue(const QString &acrValues, const QString &wanted)
{
    return acrValues.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(wanted);
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

OAuthServer::OAuthServer(const SandboxOptions &options, const DemoData &data)
    : m_data(data)
    , m_clientIds(options.oauthClientIds)
    , m_accessTokenLifetimeMs(qMax(0, options.accessTokenLifetimeSeconds) * qint64(1000))
    , m_omitTokenLifetime(options.omitTokenLifetime)
    , m_signingKey(RandomSecret::hex(32).toLatin1())
{ }

bool OAuthServer::isOAuthRequest(const HttpRequest &request)
{
    return request.pathSegments.value(0) == u"connect";
}

bool OAuthServer::isTokenRequest(const HttpRequest &request)
{
    return request.pathSegments
        == QStringList { QStringLiteral("connect"), QStringLiteral("token") };
}

const OAuthServer::AccessGrant *OAuthServer::accessGrant(const QString &token, qint64 nowMs) const
{
    const auto it = m_accessTokens.constFind(token);
    return it != m_accessTokens.cend() && nowMs < it->expiresMs ? &*it : nullptr;
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
    const QUrl redirectUri(request.queryValue(QStringLiteral("redirect_uri")), QUrl::StrictMode);
    const QString state = request.queryValue(QStringLiteral("state"));
    const auto refuse = [&](const QString &error, const QString &description) {
        return redirectTo(redirectUri,
                          { { QStringLiteral("error"), error },
                            { QStringLiteral("error_description"), description },
                            { QStringLiteral("state"), state } });
    };
    if (!m_clientIds.contains(clientId)) {
        const QString description
            = QStringLiteral("The client_id \"%1\" is not registered with this identity server.")
                  .arg(clientId);
        return isLoopbackCallback(redirectUri)
            ? refuse(QStringLiteral("invalid_client"), description)
            : errorPage(description, QStringLiteral("invalid_client"));
    }
    if (!isLoopbackCallback(redirectUri)) {
        return errorPage(QStringLiteral("Invalid redirect_uri: it must be an http address on "
                                        "loopback with the path /callback, such as "
                                        "http://127.0.0.1:PORT/callback."),
                         QStringLiteral("invalid_request"));
    }
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
    pending.clientId = clientId;
    pending.selectProject = hasAcrValue(request.queryValue(QStringLiteral("acr_values")),
                                        QStringLiteral("project_select"));
    pending.redirectUri = redirectUri;
    pending.codeChallenge = challenge;
    pending.state = state;
    pending.scope = request.queryValue(QStringLiteral("scope")).simplified();
    if (pending.scope.isEmpty())
        pending.scope = defaultScope();
    pending.createdMs = nowMs;
    const QString ticket = RandomSecret::token(24);
    m_pending.insert(ticket, pending);
    return consentPage(pending, ticket);
}

HttpReply OAuthServer::consentPage(const PendingAuthorization &pending, const QString &ticket) const
{
    QString scopes;
    for (const QString &scope : pending.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        scopes += QStringLiteral("<li><code>%1</code></li>").arg(scope.toHtmlEscaped());
    QString projects;
    if (pending.selectProject) {
        for (const DemoProject &project : m_data.projects()) {
            projects += QStringLiteral("<label><input type=\"radio\" name=\"project\" "
                                       "value=\"%1\"%2> %3</label><br>\n")
                            .arg(project.id.toHtmlEscaped(),
                                 projects.isEmpty() ? QStringLiteral(" checked") : QString(),
                                 project.name.toHtmlEscaped());
        }
        projects = QStringLiteral("<fieldset id=\"projects\">\n<legend>Sign in to which "
                                  "project?</legend>\n%1</fieldset>\n")
                       .arg(projects);
    }
    const QString what = pending.selectProject
        ? QStringLiteral("one Document360 sandbox project, the one you choose,")
        : QStringLiteral("your Document360 sandbox projects");
    return htmlPage(200,
                    pending.selectProject ? QStringLiteral("Select a project")
                                          : QStringLiteral("Allow access?"),
                    QStringLiteral("<p><b>%1</b> asks to use %2 on your behalf, with these "
                                   "permissions:</p>\n<ul>%3</ul>\n"
                                   "<form method=\"post\" action=\"/connect/authorize/approve\">\n"
                                   "<input type=\"hidden\" name=\"ticket\" value=\"%4\">\n%5"
                                   "<p>Signed in as %6 &lt;%7&gt;.</p>\n"
                                   "<button type=\"submit\" id=\"approve\" name=\"decision\" "
                                   "value=\"approve\">Approve</button>\n"
                                   "<button type=\"submit\" id=\"deny\" name=\"decision\" "
                                   "value=\"deny\">Deny</button>\n</form>\n"
                                   "<p>You will be sent back to <code>%8</code>.</p>")
                        .arg(pending.clientId.toHtmlEscaped(), what, scopes, ticket, projects,
                             QString::fromLatin1(userName), QString::fromLatin1(userEmail),
                             pending.redirectUri.toDisplayString().toHtmlEscaped()));
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
    const QString projectId = form.value(QStringLiteral("project"));
    const bool approved = form.value(QStringLiteral("decision")) == u"approve";
    if (approved && pending.selectProject && !m_data.project(projectId)) {
        // Kept: the writer may go back and choose again.
        return errorPage(QStringLiteral("Choose one of the projects to sign in to."));
    }
    m_pending.erase(it);

    if (!approved) {
        return redirectTo(pending.redirectUri,
                          { { QStringLiteral("error"), QStringLiteral("access_denied") },
                            { QStringLiteral("error_description"),
                              QStringLiteral("The user denied the request.") },
                            { QStringLiteral("state"), pending.state } });
    }

    const QString code = RandomSecret::token(32);
    IssuedCode issued;
    issued.clientId = pending.clientId;
    issued.projectId = pending.selectProject ? projectId : QString();
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
    if (!m_clientIds.contains(form.value(QStringLiteral("client_id")))) {
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
    if (form.value(QStringLiteral("client_id")) != it->clientId) {
        return tokenError(QStringLiteral("invalid_grant"),
                          QStringLiteral("The code was issued to another client."));
    }
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
    return issueTokens(RefreshGrant { it->clientId, it->projectId, it->scope, code }, nowMs);
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
    if (form.value(QStringLiteral("client_id")) != grant.clientId) {
        return tokenError(QStringLiteral("invalid_grant"),
                          QStringLiteral("The refresh token was issued to another client."));
    }
    m_refreshTokens.erase(it);
    return issueTokens(grant, nowMs);
}

HttpReply OAuthServer::issueTokens(const RefreshGrant &grant, qint64 nowMs)
{
    // Whole seconds, as exp says it: the token's claim and the server agree.
    const qint64 expiresMs = (nowMs + m_accessTokenLifetimeMs) / 1000 * 1000;
    const QString accessToken = signedToken(grant, nowMs, expiresMs);
    const QString refreshToken = QStringLiteral("sbx_rt_") + RandomSecret::token(32);
    m_accessTokens.insert(accessToken, AccessGrant { expiresMs, grant.projectId });
    m_refreshTokens.insert(refreshToken, grant);
    auto codeIt = m_codes.find(grant.code);
    if (codeIt != m_codes.end()) {
        codeIt->accessTokens.append(accessToken);
        codeIt->refreshTokens.append(refreshToken);
    }
    QJsonObject answer {
        { QStringLiteral("access_token"), accessToken },
        { QStringLiteral("token_type"), QStringLiteral("Bearer") },
        { QStringLiteral("refresh_token"), refreshToken },
        { QStringLiteral("scope"), grant.scope },
    };
    if (!m_omitTokenLifetime)
        answer.insert(QStringLiteral("expires_in"), m_accessTokenLifetimeMs / 1000);
    return jsonReply(200, answer);
}

QString OAuthServer::signedToken(const RefreshGrant &grant, qint64 nowMs, qint64 expiresMs) const
{
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("HS256") },
                               { QStringLiteral("typ"), QStringLiteral("JWT") } };
    QJsonObject payload {
        { QStringLiteral("iss"), m_issuer.toString(QUrl::FullyEncoded) },
        { QStringLiteral("sub"), QString::fromLatin1(userSubject) },
        { QStringLiteral("email"), QString::fromLatin1(userEmail) },
        { QStringLiteral("name"), QString::fromLatin1(userName) },
        { QStringLiteral("client_id"), grant.clientId },
        { QStringLiteral("scope"), grant.scope },
        { QStringLiteral("iat"), nowMs / 1000 },
        { QStringLiteral("exp"), expiresMs / 1000 },
        // Two tokens issued in one second still differ.
        { QStringLiteral("jti"), RandomSecret::hex(16) },
    };
    if (!grant.projectId.isEmpty())
        payload.insert(QStringLiteral("doc360_project_id"), grant.projectId);
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact))
        + '.' + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray signature
        = QMessageAuthenticationCode::hash(signingInput, m_signingKey, QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + base64Url(signature));
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
        if (nowMs >= it->expiresMs)
            it = m_accessTokens.erase(it);
        else
            ++it;
    }
}

} // namespace d360::sandbox
