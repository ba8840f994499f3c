// An API credential in memory, and how it is presented to the server.
//
// Document360 accepts two schemes: `Authorization: Bearer <token>` (the seed
// page's API tokens, and OAuth access tokens) and `X-API-Key: <key>`
// (production keys, which start with "d360_sk_"). The secret never leaves this
// object except into a request header for the API host (ApiTransport decides
// when), and it registers itself with the Redactor so no log line can show it.
#pragma once

#include <QString>

#include <optional>

class QNetworkRequest;

namespace d360::api {

enum class AuthScheme { Bearer, ApiKeyHeader };

QString authSchemeName(AuthScheme scheme); // "bearer", "x-api-key"
std::optional<AuthScheme> authSchemeFromName(const QString &name);

class Credential
{
public:
    Credential() = default;
    explicit Credential(QString secret);
    Credential(QString secret, AuthScheme scheme);

    // d360_sk_ keys go as X-API-Key; everything else as Bearer.
    static AuthScheme guessScheme(const QString &secret);

    bool isEmpty() const { return m_secret.isEmpty(); }
    AuthScheme scheme() const { return m_scheme; }
    void setScheme(AuthScheme scheme) { m_scheme = scheme; }
    AuthScheme otherScheme() const;

    // Only ApiTransport and the keychain store read the secret itself.
    const QString &secret() const { return m_secret; }

    void applyTo(QNetworkRequest &request) const;

private:
    QString m_secret;
    AuthScheme m_scheme = AuthScheme::Bearer;
};

} // namespace d360::api
