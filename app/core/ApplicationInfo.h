// The application's identity as the operating system sees it.
//
// Settings, data folders and keychain entries are all keyed by these names, so
// they live in one place: changing one of them would orphan a user's accounts.
#pragma once

#include <QString>

namespace d360::ApplicationInfo {

// Sets the organisation and application names and the version on the running
// QCoreApplication; call it right after constructing the application object.
void apply();

QString version();

// The reverse-DNS application id: the name of the desktop file, the icons and
// the AppStream component (QGuiApplication::setDesktopFileName takes it).
QString applicationId();
// "D360 Exporter", as the window, the About dialog and the packages say it.
QString displayName();
QString homepageUrl();
// The SPDX name of the licence in LICENSE.
QString licenseName();

// Where the program keeps its data (the state database with the queues,
// history and presets); whoever writes first makes it. Settings are in
// QSettings' file.
QString dataFolder();

// Loads the translation for the user's language (built in under :/i18n) and
// Qt's own, and installs them on the running application.
void installTranslations();

// The service name under which secrets are stored in the OS keychain.
QString keychainService();

} // namespace d360::ApplicationInfo
