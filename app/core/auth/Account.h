// One Document360 account as the exporter knows it: who it is for the writer
// (a label), where its API lives, how it authenticates, and what the server
// said about it the last time we asked.
//
// Everything here is non-secret and may be stored in QSettings (see
// AccountRepository); the secret itself is an AccountSecret, kept only in the
// keychain or in memory. The account remembers the API dialect and the auth
// scheme its server turned out to use, so a restart does not probe again.
#pragma once

#include "core/api/ApiModels.h"
#include "core/api/Credential.h"
#include "core/api/ServerAddress.h"
#include "core/auth/OAuthSettings.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace d360::auth {

enum class AuthKind {
    ApiToken, // pasted from the portal (Bearer) or a d360_sk_ key (X-API-Key)
    OAuth, // signed in through the browser; access and refresh tokens
};

QString authKindName(AuthKind kind); // "api-token", "oauth"
std::optional<AuthKind> authKindFromName(const QString &name);

// A project the account's credential can see, as the server listed it.
struct VisibleProject
{
    QString id;
    QString name;

    bool operator==(const VisibleProject &other) const
    {
        return id == other.id && name == other.name;
    }
};

struct Account
{
    QString id; // a UUID; also the key of the keychain entry
    QString label; // unique among accounts, case-insensitively
    api::ServerAddress address = api::ServerAddress::eu();
    AuthKind authKind = AuthKind::ApiToken;
    OAuthSettings oauth = OAuthSettings::defaultsFor(api::ServerAddress::eu());

    api::Dialect dialect = api::Dialect::Unknown;
    std::optional<api::AuthScheme> confirmedScheme;
    QList<VisibleProject> visibleProjects;
    QDateTime lastValidatedAt;

    // What a browser sign-in is bound to, from its access token's claims
    // (AccessTokenClaims): the project the writer picked, and who signed in.
    // Empty for API tokens, whose binding the server keeps to itself, and
    // for a sign-in the server bound to no project.
    QString boundProjectId;
    QString signedInAs;

    // A 401, a missing keychain entry or a failed refresh: the writer has to
    // replace the token or sign in again before this account works.
    bool needsAttention = false;
    QString attentionReason;

    // The secret is held in memory only (the keychain failed and the writer
    // chose so); such an account is never written to settings either.
    bool sessionOnly = false;

    static QString newId();
    QString kindDisplayName() const;

    // Takes the binding from an access token's claims; a token without
    // claims leaves the account unbound.
    void adoptClaimsOf(const QString &accessToken);
    // The bound project as the server listed it; null when the account is
    // not bound, or bound to a project the API does not list.
    const VisibleProject *boundProject() const;
    bool isBoundToUnlistedProject() const;
    // "jane@acme.com — Acme Cloud Handbook": as much of it as is known;
    // empty for an account that is not bound.
    QString bindingSummary() const;
};

} // namespace d360::auth
