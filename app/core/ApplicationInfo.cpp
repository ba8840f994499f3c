// See ApplicationInfo.h. The version, the application id, the homepage and
// the licence come from the top-level CMakeLists.txt, so that the binary, the
// package, the About dialog and `--version` can never disagree.
#include "core/ApplicationInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

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

QString applicationId()
{
    return QStringLiteral(D360_APPLICATION_ID);
}

QString displayName()
{
    return QStringLiteral(D360_APPLICATION_NAME);
}

QString homepageUrl()
{
    return QStringLiteral(D360_HOMEPAGE_URL);
}

QString licenseName()
{
    return QStringLiteral(D360_LICENSE_SPDX);
}

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void installTranslations()
{
    // Owned by the application object, so they live exactly as long as it.
    // English is the source language, but "%n file(s)" needs a translation
    // to become "1 file" and "2 files": d360-exporter_en holds only those
    // plural forms. It is installed first, whatever the language, because
    // Qt asks the translators installed last first: a language without a
    // translation of its own (or without one for a message yet) falls back
    // to the English forms rather than to "(s)".
    auto *plurals = new QTranslator(QCoreApplication::instance());
    if (plurals->load(QStringLiteral(":/i18n/d360-exporter_en.qm")))
        QCoreApplication::installTranslator(plurals);
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (QLocale().language() != QLocale::English
        && ours->load(QLocale(), QStringLiteral("d360-exporter"), QStringLiteral("_"),
                      QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto *qts = new QTranslator(QCoreApplication::instance());
    if (qts->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qts);
}

QString keychainService()
{
    return QStringLiteral("org.d360-exporter.accounts");
}

} // namespace d360::ApplicationInfo
