// See ServerAddress.h.
#include "core/api/ServerAddress.h"

#include "core/api/ApiError.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace d360::api {

ServerAddress::ServerAddress(Region region, QUrl apiBaseUrl, QString hostingName)
    : m_region(region)
    , m_apiBaseUrl(std::move(apiBaseUrl))
    , m_hostingName(std::move(hostingName))
{ }

ServerAddress ServerAddress::eu()
{
    return ServerAddress(Region::Eu, QUrl(QStringLiteral("https://apihub.document360.io")));
}

ServerAddress ServerAddress::us()
{
    return ServerAddress(Region::Us, QUrl(QStringLiteral("https://apihub.us.document360.io")));
}

std::optional<ServerAddress> ServerAddress::privateHosting(const QString &name, QString *problem)
{
    static const QRegularExpression dnsLabel(
        QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    const QString label = name.trimmed().toLower();
    if (!dnsLabel.match(label).hasMatch()) {
        *problem = ApiError::tr("\"%1\" is not a private hosting name (one word of letters, digits "
                                "and dashes, as in https://apihub.NAME.document360.io)")
                       .arg(name);
        return std::nullopt;
    }
    return ServerAddress(Region::PrivateHosting,
                         QUrl(QStringLiteral("https://apihub.%1.document360.io").arg(label)),
                         label);
}

std::optional<ServerAddress> ServerAddress::custom(const QUrl &baseUrl, QString *problem)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()) {
        *problem = ApiError::tr("\"%1\" is not a URL").arg(baseUrl.toString());
        return std::nullopt;
    }
    if (!isAllowedUrl(baseUrl, problem))
        return std::nullopt;
    if (baseUrl.hasQuery() || baseUrl.hasFragment() || !baseUrl.userInfo().isEmpty()) {
        *problem = ApiError::tr("a base URL has no query, fragment or user name");
        return std::nullopt;
    }
    QUrl normalised = baseUrl;
    QString path = normalised.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // People paste the versioned URL from the docs; the client adds /v3 itself.
    if (path.endsWith(QLatin1String("/v3")))
        path.chop(3);
    normalised.setPath(path);
    return ServerAddress(Region::Custom, normalised);
}

std::optional<ServerAddress> ServerAddress::fromString(const QString &text, QString *problem)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("eu"), Qt::CaseInsensitive) == 0)
        return eu();
    if (trimmed.compare(QLatin1String("us"), Qt::CaseInsensitive) == 0)
        return us();
    if (trimmed.contains(QLatin1String("://")))
        return custom(QUrl(trimmed, QUrl::StrictMode), problem);
    return privateHosting(trimmed, problem);
}

QUrl ServerAddress::defaultAuthorizeUrl() const
{
    QUrl url = defaultTokenUrl();
    url.setPath(QStringLiteral("/connect/authorize"));
    return url;
}

QUrl ServerAddress::defaultTokenUrl() const
{
    switch (m_region) {
    case Region::Us:
        return QUrl(QStringLiteral("https://identity.us.document360.io/connect/token"));
    case Region::PrivateHosting:
        return QUrl(
            QStringLiteral("https://identity.%1.document360.io/connect/token").arg(m_hostingName));
    case Region::Custom: {
        // A custom server (the sandbox, a proxy) serves sign-in itself.
        QUrl url = m_apiBaseUrl;
        url.setPath(QStringLiteral("/connect/token"));
        return url;
    }
    case Region::Eu:
        break;
    }
    return QUrl(QStringLiteral("https://identity.document360.io/connect/token"));
}

QString ServerAddress::toString() const
{
    switch (m_region) {
    case Region::Eu:
        return QStringLiteral("eu");
    case Region::Us:
        return QStringLiteral("us");
    case Region::PrivateHosting:
        return m_hostingName;
    case Region::Custom:
        break;
    }
    return m_apiBaseUrl.toString();
}

QString ServerAddress::displayName() const
{
    switch (m_region) {
    case Region::Eu:
        return ApiError::tr("EU");
    case Region::Us:
        return ApiError::tr("US");
    case Region::PrivateHosting:
        return ApiError::tr("%1 (private hosting)").arg(m_hostingName);
    case Region::Custom:
        break;
    }
    return m_apiBaseUrl.host()
        + (m_apiBaseUrl.port() > 0 ? QStringLiteral(":%1").arg(m_apiBaseUrl.port()) : QString());
}

bool ServerAddress::operator==(const ServerAddress &other) const
{
    return m_region == other.m_region && m_apiBaseUrl == other.m_apiBaseUrl;
}

bool ServerAddress::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ServerAddress::isAllowedUrl(const QUrl &url, QString *problem)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return true;
    *problem = scheme == QLatin1String("http")
        ? ApiError::tr("%1 uses plain http on another computer").arg(url.host())
        : ApiError::tr("\"%1\" is not an https address")
              .arg(url.toDisplayString(QUrl::RemoveQuery));
    return false;
}

bool ServerAddress::isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace d360::api
