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
    OAuth,    // signed in through the browser; access and refresh tokens
};

QString authKindName(AuthKind kind);                       // "api-token", "oauth"
std::optional<AuthKind> authKindFromName(const QString &name);

// A project the account's credential can see, as the server listed it.
struct VisibleProject
{
    QString id;
    QString name;

    bool operator==(const VisibleProject &other) const { return id == other.id && name == other.name; }
};

struct Account
{
    QString id;    // a UUID; also the key of the keychain entry
    QString label; // unique among accounts, case-insensitively
    api::ServerAddress address = api::ServerAddress::eu();
    AuthKind authKind = AuthKind::ApiToken;
    OAuthSettings oauth = OAuthSettings::defaultsFor(api::ServerAddress::eu());

    api::Dialect dialect = api::Dialect::Unknown;
    std::optional<api::AuthScheme> confirmedScheme;
    QList<VisibleProject> visibleProjects;
    QDateTime lastValidatedAt;

    // A 401, a missing keychain entry or a failed refresh: the writer has to
    // replace the token or sign in again before this account works.
    bool needsAttention = false;
    QString attentionReason;

    // The secret is held in memory only (the keychain failed and the writer
    // chose so); such an account is never written to settings either.
    bool sessionOnly = false;

    static QString newId();
    QString kindDisplayName() const;
};

} // namespace d360::auth
