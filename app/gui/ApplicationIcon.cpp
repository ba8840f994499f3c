// See ApplicationIcon.h.
#include "gui/ApplicationIcon.h"

namespace d360::gui {

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/d360-exporter.svg"));
}

} // namespace d360::gui
