// See ApiAuthenticator.h. Keys are compared in constant time; the API key is
// a long-lived secret even in a sandbox that a test may share.
#include "sandbox/ApiAuthenticator.h"

#include "sandbox/OAuthServer.h"

namespace d360::sandbox {

namespace {

bool equalInConstantTime(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    char16_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<char16_t>(a.at(i).unicode() ^ b.at(i).unicode());
    return difference == 0;
}

} // namespace

ApiAuthenticator::ApiAuthenticator(ServedDialect dialect, const QString &apiKey,
                                   const QString &projectApiKey,
                                   const QString &projectApiKeyProjectId, const OAuthServer &oauth)
    : m_dialect(dialect)
    , m_apiKey(apiKey)
    , m_projectApiKey(projectApiKey)
    , m_projectApiKeyProjectId(projectApiKeyProjectId)
    , m_oauth(oauth)
{ }

QString ApiAuthenticator::bearerToken(const HttpRequest &request)
{
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization")).trimmed();
    const qsizetype space = authorization.indexOf(' ');
    if (space <= 0 || authorization.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromUtf8(authorization.mid(space + 1).trimmed());
}

QString ApiAuthenticator::presentedCredential(const HttpRequest &request)
{
    const QString bearer = bearerToken(request);
    if (!bearer.isEmpty())
        return bearer;
    return QString::fromUtf8(request.header(QByteArrayLiteral("X-API-Key")).trimmed());
}

ApiAuthenticator::Result ApiAuthenticator::authenticate(const HttpRequest &request,
                                                        qint64 nowMs) const
{
    Result result;
    result.credential = presentedCredential(request);
    const QString bearer = bearerToken(request);
    result.bearerPresented = !bearer.isEmpty();
    if (const OAuthServer::AccessGrant *grant
        = bearer.isEmpty() ? nullptr : m_oauth.accessGrant(bearer, nowMs)) {
        result.accepted = true;
        result.projectScope = grant->projectId;
        return result;
    }

    const auto acceptKey = [this, &result](const QString &presented) {
        if (presented.isEmpty())
            return;
        if (equalInConstantTime(presented, m_apiKey)) {
            result.accepted = true;
        } else if (equalInConstantTime(presented, m_projectApiKey)) {
            result.accepted = true;
            result.projectScope = m_projectApiKeyProjectId;
        }
    };
    if (m_dialect == ServedDialect::ProjectVersions) {
        acceptKey(bearer);
        if (!result.accepted)
            result.reason = QStringLiteral("Bearer token is missing or invalid.");
        return result;
    }

    acceptKey(QString::fromUtf8(request.header(QByteArrayLiteral("X-API-Key")).trimmed()));
    if (!result.accepted) {
        result.reason = QStringLiteral("API key is missing or invalid. Send it in the X-API-Key "
                                       "header.");
    }
    return result;
}

QByteArray ApiAuthenticator::challenge(const Result &result) const
{
    QByteArray value = QByteArrayLiteral("Bearer realm=\"Document360\"");
    if (result.bearerPresented)
        value += QByteArrayLiteral(", error=\"invalid_token\"");
    if (m_dialect == ServedDialect::Workspaces)
        value += QByteArrayLiteral(", ApiKey realm=\"Document360\", header=\"X-API-Key\"");
    return value;
}

} // namespace d360::sandbox
