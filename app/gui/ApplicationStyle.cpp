// See ApplicationStyle.h.
#include "gui/ApplicationStyle.h"

#include <QIcon>

namespace d360::gui {

ApplicationStyle::ApplicationStyle(const QString &baseStyleName)
    : QProxyStyle(baseStyleName)
{ }

QIcon ApplicationStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                     const QWidget *widget) const
{
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
        return QIcon(QStringLiteral(":/icons/toolbar-more-horizontal.svg"));
    case SP_ToolBarVerticalExtensionButton:
        return QIcon(QStringLiteral(":/icons/toolbar-more-vertical.svg"));
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

} // namespace d360::gui
