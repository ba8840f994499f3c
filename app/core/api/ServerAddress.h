// Where an account's API lives: EU, US, a private hosting, or a custom URL.
//
// A token works only in the region that issued it, so the address is part of
// the account. The same rule guards every URL we fetch: https only, except on
// this computer (localhost, 127.0.0.0/8, ::1), where the sandbox and the tests
// live. A custom address that breaks the rule is refused here, before any
// credential could travel over plain http.
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace d360::api {

class ServerAddress
{
public:
    enum class Region { Eu, Us, PrivateHosting, Custom };

    static ServerAddress eu();
    static ServerAddress us();
    // name: one DNS label, e.g. "acme" for https://apihub.acme.document360.io
    static std::optional<ServerAddress> privateHosting(const QString &name, QString *problem);
    static std::optional<ServerAddress> custom(const QUrl &baseUrl, QString *problem);
    // Reads "eu", "us", a hosting name, or an http(s) URL, as on the command
    // line and in settings.
    static std::optional<ServerAddress> fromString(const QString &text, QString *problem);

    Region region() const { return m_region; }
    QString hostingName() const { return m_hostingName; }
    QUrl apiBaseUrl() const { return m_apiBaseUrl; }
    // Document360's OAuth endpoints for the region (editable per account).
    QUrl defaultAuthorizeUrl() const;
    QUrl defaultTokenUrl() const;

    QString toString() const; // what fromString() reads back
    QString displayName() const; // "EU", "US", "acme (private)", the custom host
    // A server on this computer (the sandbox, a test server): its port
    // changes from run to run and means nothing to a writer.
    bool isOnThisComputer() const { return isLoopbackHost(m_apiBaseUrl.host()); }

    bool operator==(const ServerAddress &other) const;

    // The URL rule above. *problem says why a URL is refused.
    static bool isAllowedUrl(const QUrl &url, QString *problem);
    static bool isLoopbackHost(const QString &host);
    // Same scheme, host and port: the only place a credential may go.
    static bool isSameOrigin(const QUrl &a, const QUrl &b);

private:
    ServerAddress(Region region, QUrl apiBaseUrl, QString hostingName = {});

    Region m_region = Region::Eu;
    QUrl m_apiBaseUrl;
    QString m_hostingName;
};

} // namespace d360::api
