// The secret part of an account, exactly as it goes into its keychain entry:
// an API token, or an OAuth access token with its refresh token and expiry.
//
// One keychain entry per account holds all of it, so the three OAuth values
// are always written and deleted together and can never disagree. An API
// token is stored as itself (what the writer pasted); OAuth tokens as a small
// JSON object. Every value is registered with the Redactor as soon as it is
// in memory, so no log line can show it.
#pragma once

#include "core/api/Credential.h"
#include "core/auth/Account.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace d360::auth {

struct OAuthTokens
{
    QString accessToken;
    QString refreshToken; // may be empty: the server issued none
    QDateTime expiresAt; // UTC

    // A token endpoint that omits expires_in means an hour (Document360's
    // documented default).
    static constexpr std::chrono::seconds defaultLifetime { 3600 };

    bool isExpiredAt(const QDateTime &now) const { return expiresAt.isValid() && now >= expiresAt; }
    void registerWithRedactor() const;
};

class AccountSecret
{
public:
    AccountSecret() = default;
    static AccountSecret apiToken(const QString &token);
    static AccountSecret oauth(const OAuthTokens &tokens);

    AuthKind kind() const { return m_kind; }
    bool isEmpty() const;
    const QString &apiToken() const { return m_apiToken; }
    const OAuthTokens &tokens() const { return m_tokens; }

    // What the API client sends: the API token (scheme guessed from its
    // form, or the one the server confirmed), or the OAuth access token as
    // Bearer.
    api::Credential credential(std::optional<api::AuthScheme> confirmedScheme = std::nullopt) const;

    // The keychain entry's text, and back. parse() returns nothing for text
    // that is not an entry of that kind.
    QString serialize() const;
    static std::optional<AccountSecret> parse(AuthKind kind, const QString &text);

private:
    AuthKind m_kind = AuthKind::ApiToken;
    QString m_apiToken;
    OAuthTokens m_tokens;
};

} // namespace d360::auth
