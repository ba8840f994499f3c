// The application icon, for the window, its dialogs, the tray and the About
// dialog alike.
//
// One function so that every place shows the same drawing: the SVG built
// into the program, which is also the source of the PNG, ICO and ICNS icons
// that the packages install (installer/Icons.cmake). The desktop finds those
// under the application id; this one needs no icon theme, so the window has
// its icon even when run from the build tree.
#pragma once

#include <QIcon>

namespace d360::gui {

QIcon applicationIcon();

} // namespace d360::gui
