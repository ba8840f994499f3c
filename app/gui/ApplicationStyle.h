// The window's style: the desktop's own (or the one asked for with -style or
// QT_STYLE_OVERRIDE), with the program's SVG icons for a toolbar's overflow
// button.
//
// Why: every QToolBar asks its style for that icon when it is built, and
// Qt's common style answers with bitmaps whose loading probes every image
// format plug-in installed (ten of them on Debian, with libtiff, libwebp and
// friends). That alone was a tenth of the time to the first painted window
// (bench_startup). SVG icons come through the icon engine the window loads
// anyway, and stay sharp at any scale. Everything else is the base style's.
#pragma once

#include <QProxyStyle>

namespace d360::gui {

class ApplicationStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // A proxy for the style of this name (QStyle::name()), e.g. the one
    // QApplication chose.
    explicit ApplicationStyle(const QString &baseStyleName);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace d360::gui
