// See Account.h.
#include "core/auth/Account.h"

#include <QCoreApplication>
#include <QUuid>

namespace d360::auth {

QString authKindName(AuthKind kind)
{
    return kind == AuthKind::OAuth ? QStringLiteral("oauth") : QStringLiteral("api-token");
}

std::optional<AuthKind> authKindFromName(const QString &name)
{
    if (name == QLatin1String("api-token"))
        return AuthKind::ApiToken;
    if (name == QLatin1String("oauth"))
        return AuthKind::OAuth;
    return std::nullopt;
}

QString Account::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Account::kindDisplayName() const
{
    return authKind == AuthKind::OAuth
               ? QCoreApplication::translate("d360::auth::Account", "Signed in")
               : QCoreApplication::translate("d360::auth::Account", "API token");
}

} // namespace d360::auth
