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

ApiAuthenticator::ApiAuthenticator(Dialect dialect, const QString &apiKey, const OAuthServer &oauth)
    : m_dialect(dialect)
    , m_apiKey(apiKey)
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
    if (!bearer.isEmpty() && m_oauth.isValidAccessToken(bearer, nowMs)) {
        result.accepted = true;
        return result;
    }

    if (m_dialect == Dialect::ProjectVersions) {
        result.accepted = !bearer.isEmpty() && equalInConstantTime(bearer, m_apiKey);
        if (!result.accepted)
            result.reason = QStringLiteral("Bearer token is missing or invalid.");
        return result;
    }

    const QString key = QString::fromUtf8(request.header(QByteArrayLiteral("X-API-Key")).trimmed());
    result.accepted = !key.isEmpty() && equalInConstantTime(key, m_apiKey);
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
    if (m_dialect == Dialect::Workspaces)
        value += QByteArrayLiteral(", ApiKey realm=\"Document360\", header=\"X-API-Key\"");
    return value;
}

} // namespace d360::sandbox
