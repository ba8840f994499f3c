// See ApplicationInfo.h. The version comes from CMake's project() so that the
// binary, the package and `--version` can never disagree.
#include "core/ApplicationInfo.h"

#include <QCoreApplication>

namespace d360::ApplicationInfo {

void apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("d360-exporter"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("d360-exporter.org"));
    QCoreApplication::setApplicationName(QStringLiteral("d360-exporter"));
    QCoreApplication::setApplicationVersion(version());
}

QString version()
{
    return QStringLiteral(D360_VERSION);
}

QString keychainService()
{
    return QStringLiteral("org.d360-exporter.accounts");
}

} // namespace d360::ApplicationInfo
