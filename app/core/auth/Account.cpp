// See Account.h.
#include "core/auth/Account.h"

#include "core/auth/AccessTokenClaims.h"

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

void Account::adoptClaimsOf(const QString &accessToken)
{
    const AccessTokenClaims claims
        = AccessTokenClaims::read(accessToken).value_or(AccessTokenClaims());
    boundProjectId = claims.projectId;
    signedInAs = claims.signedInAs();
}

const VisibleProject *Account::boundProject() const
{
    if (boundProjectId.isEmpty())
        return nullptr;
    for (const VisibleProject &project : visibleProjects) {
        if (project.id == boundProjectId)
            return &project;
    }
    return nullptr;
}

bool Account::isBoundToUnlistedProject() const
{
    return !boundProjectId.isEmpty() && !boundProject();
}

QString Account::bindingSummary() const
{
    if (boundProjectId.isEmpty())
        return signedInAs;
    const VisibleProject *project = boundProject();
    const QString projectText = project
        ? project->name
        : QCoreApplication::translate("d360::auth::Account", "project %1").arg(boundProjectId);
    return signedInAs.isEmpty() ? projectText
                                : QCoreApplication::translate("d360::auth::Account", "%1 — %2")
                                      .arg(signedInAs, projectText);
}

} // namespace d360::auth
