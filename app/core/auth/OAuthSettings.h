// Where and as whom an account signs in with OAuth2: the authorization and
// token endpoints, the public client id and the scopes.
//
// Document360 does not document public client ids, so every field is
// editable per account; the defaults follow the account's region (see
// ServerAddress::defaultAuthorizeUrl()). A custom server (the sandbox, a
// proxy) serves sign-in on its own origin.
#pragma once

#include "core/api/ServerAddress.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace d360::auth {

struct OAuthSettings
{
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString clientId;
    QStringList scopes;

    static OAuthSettings defaultsFor(const api::ServerAddress &address);
    // The client id this application registers as; override per account.
    static QString defaultClientId();
    // openid profile email customerApi, and offline_access for a refresh token.
    static QStringList defaultScopes();

    // Both endpoints are https (or loopback) and a client id is set; *problem
    // says what is wrong otherwise.
    bool isUsable(QString *problem) const;

    bool operator==(const OAuthSettings &other) const;
};

} // namespace d360::auth
