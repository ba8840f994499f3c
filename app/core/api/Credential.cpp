// See Credential.h.
#include "core/api/Credential.h"

#include "core/api/Redactor.h"

#include <QNetworkRequest>

namespace d360::api {

QString authSchemeName(AuthScheme scheme)
{
    return scheme == AuthScheme::Bearer ? QStringLiteral("bearer") : QStringLiteral("x-api-key");
}

std::optional<AuthScheme> authSchemeFromName(const QString &name)
{
    if (name == QLatin1String("bearer"))
        return AuthScheme::Bearer;
    if (name == QLatin1String("x-api-key"))
        return AuthScheme::ApiKeyHeader;
    return std::nullopt;
}

Credential::Credential(QString secret)
    : Credential(secret, guessScheme(secret))
{ }

Credential::Credential(QString secret, AuthScheme scheme)
    : m_secret(std::move(secret))
    , m_scheme(scheme)
{
    Redactor::instance().addSecret(m_secret);
}

AuthScheme Credential::guessScheme(const QString &secret)
{
    return secret.startsWith(QLatin1String("d360_sk_")) ? AuthScheme::ApiKeyHeader
                                                        : AuthScheme::Bearer;
}

AuthScheme Credential::otherScheme() const
{
    return m_scheme == AuthScheme::Bearer ? AuthScheme::ApiKeyHeader : AuthScheme::Bearer;
}

void Credential::applyTo(QNetworkRequest &request) const
{
    if (m_scheme == AuthScheme::Bearer)
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_secret.toUtf8());
    else
        request.setRawHeader(QByteArrayLiteral("X-API-Key"), m_secret.toUtf8());
}

} // namespace d360::api
