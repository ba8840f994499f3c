// See AccountSecret.h. The OAuth entry stores an absolute expiry (not the
// server's relative expires_in), so a token read back after a restart knows
// how long it has left.
#include "core/auth/AccountSecret.h"

#include "core/api/Redactor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace d360::auth {

void OAuthTokens::registerWithRedactor() const
{
    api::Redactor::instance().addSecret(accessToken);
    api::Redactor::instance().addSecret(refreshToken);
}

AccountSecret AccountSecret::apiToken(const QString &token)
{
    AccountSecret secret;
    secret.m_kind = AuthKind::ApiToken;
    secret.m_apiToken = token.trimmed();
    api::Redactor::instance().addSecret(secret.m_apiToken);
    return secret;
}

AccountSecret AccountSecret::oauth(const OAuthTokens &tokens)
{
    AccountSecret secret;
    secret.m_kind = AuthKind::OAuth;
    secret.m_tokens = tokens;
    tokens.registerWithRedactor();
    return secret;
}

bool AccountSecret::isEmpty() const
{
    return m_kind == AuthKind::OAuth ? m_tokens.accessToken.isEmpty() : m_apiToken.isEmpty();
}

api::Credential AccountSecret::credential(std::optional<api::AuthScheme> confirmedScheme) const
{
    if (m_kind == AuthKind::OAuth)
        return api::Credential(m_tokens.accessToken, api::AuthScheme::Bearer);
    if (confirmedScheme)
        return api::Credential(m_apiToken, *confirmedScheme);
    return api::Credential(m_apiToken);
}

QString AccountSecret::serialize() const
{
    if (m_kind == AuthKind::ApiToken)
        return m_apiToken;
    QJsonObject object;
    object.insert(QStringLiteral("access_token"), m_tokens.accessToken);
    object.insert(QStringLiteral("refresh_token"), m_tokens.refreshToken);
    object.insert(QStringLiteral("expires_at"), m_tokens.expiresAt.toUTC().toString(Qt::ISODate));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<AccountSecret> AccountSecret::parse(AuthKind kind, const QString &text)
{
    if (kind == AuthKind::ApiToken) {
        if (text.trimmed().isEmpty())
            return std::nullopt;
        return apiToken(text);
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    OAuthTokens tokens;
    tokens.accessToken = object.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    tokens.expiresAt
        = QDateTime::fromString(object.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    if (tokens.accessToken.isEmpty())
        return std::nullopt;
    return oauth(tokens);
}

} // namespace d360::auth
