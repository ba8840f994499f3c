// See OAuthSettings.h. Endpoints are checked with the same rule as API URLs
// (https, or plain http only on this computer), because the token endpoint
// receives the authorization code, the verifier and the refresh token.
#include "core/auth/OAuthSettings.h"

#include <QCoreApplication>

namespace d360::auth {

OAuthSettings OAuthSettings::defaultsFor(const api::ServerAddress &address)
{
    OAuthSettings settings;
    settings.authorizeUrl = address.defaultAuthorizeUrl();
    settings.tokenUrl = address.defaultTokenUrl();
    settings.scopes = defaultScopes();
    return settings;
}

QStringList OAuthSettings::defaultScopes()
{
    return { QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
             QStringLiteral("customerApi"), QStringLiteral("offline_access") };
}

bool OAuthSettings::isUsable(QString *problem) const
{
    if (clientId.trimmed().isEmpty()) {
        *problem = tr("no client ID is given");
        return false;
    }
    for (const QUrl &url : { authorizeUrl, tokenUrl }) {
        if (!url.isValid() || url.host().isEmpty()) {
            *problem = tr("\"%1\" is not a sign-in address").arg(url.toString());
            return false;
        }
        if (!api::ServerAddress::isAllowedUrl(url, problem))
            return false;
    }
    return true;
}

bool OAuthSettings::operator==(const OAuthSettings &other) const
{
    return authorizeUrl == other.authorizeUrl && tokenUrl == other.tokenUrl
        && clientId == other.clientId && scopes == other.scopes;
}

} // namespace d360::auth
