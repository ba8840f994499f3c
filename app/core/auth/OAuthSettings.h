// Where and as whom an account signs in with OAuth2: the authorization and
// token endpoints, the public client id and the scopes.
//
// The endpoints default to the account's region (see
// ServerAddress::defaultAuthorizeUrl()); a custom server (the sandbox, a
// proxy) serves sign-in on its own origin. There is no default client id:
// Document360 registers one per application and publishes none for general
// use, and an invented one would only fail at the identity server. The
// writer gives it (see SignInRefusal::whereClientIdsComeFrom()).
#pragma once

#include "core/api/ServerAddress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace d360::auth {

struct OAuthSettings
{
    Q_DECLARE_TR_FUNCTIONS(d360::auth::OAuthSettings)

public:
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString clientId;
    QStringList scopes;

    // The region's endpoints and the default scopes; no client id.
    static OAuthSettings defaultsFor(const api::ServerAddress &address);
    // openid profile email customerApi, and offline_access for a refresh token.
    static QStringList defaultScopes();

    // Both endpoints are https (or loopback) and a client id is set; *problem
    // says what is wrong otherwise.
    bool isUsable(QString *problem) const;

    bool operator==(const OAuthSettings &other) const;
};

} // namespace d360::auth
