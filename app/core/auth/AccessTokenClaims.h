// What an OAuth access token says about itself: the project it is bound to,
// who signed in, and when it expires.
//
// Document360's identity server issues JWTs. With acr_values=project_select
// the writer picks one project while signing in, and the token carries that
// project's id as the claim doc360_project_id; the API then serves that
// project only. The program reads the payload (the middle, base64url
// segment) to show what an account is bound to and to know when to renew the
// token. It does not check the signature: nothing here grants access, the
// API checks every token it receives, and the client has no key to check it
// with. A token that is not a JWT (an opaque string) simply has no claims.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace d360::auth {

struct AccessTokenClaims
{
    QString projectId; // doc360_project_id; empty: not bound to one project
    QString subject; // sub
    QString email;
    QString name;
    QDateTime expiresAt; // exp, UTC; invalid when the token has none

    // Nothing for a token that is not a JWT with a JSON object as payload.
    static std::optional<AccessTokenClaims> read(const QString &accessToken);

    // Who signed in, for display: the email, else the name, else empty.
    QString signedInAs() const;
};

} // namespace d360::auth
