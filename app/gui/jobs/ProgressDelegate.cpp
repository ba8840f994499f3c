// See ProgressDelegate.h. A busy bar is a style's "indeterminate" bar
// (minimum == maximum == 0); styles animate it only for real widgets, so it
// is drawn still, which is what a table full of them should do anyway.
#include "gui/jobs/ProgressDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace d360::gui {

ProgressDelegate::ProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant progress = index.data(ProgressRole);
    if (!progress.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The cell's own background first, so selection stays visible.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    QStyleOptionProgressBar bar;
    if (widget)
        bar.initFrom(widget);
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    const int permille = progress.toInt();
    if (permille == busyProgress) {
        bar.minimum = 0;
        bar.maximum = 0;
        bar.progress = 0;
    } else {
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = qBound(0, permille, 1000);
    }
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = !bar.text.isEmpty();
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), 140));
    return size;
}

} // namespace d360::gui
