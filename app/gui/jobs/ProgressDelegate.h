// Paints a job's progress inside its table cell.
//
// A real progress bar, drawn by the style (QStyleOptionProgressBar) rather
// than a widget per cell, so 10,000 rows cost nothing while they are off
// screen and the bar looks native in every style and palette. It shows a
// busy bar while the server builds the export (no fraction to show yet) and
// bytes while downloading; the model says which through ProgressRole.
#pragma once

#include <QStyledItemDelegate>

namespace d360::gui {

class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The model's data for the progress column under ProgressRole: a
    // fraction in permille (0..1000), busyProgress for "working, no fraction
    // yet", or an invalid QVariant for no bar at all. Qt::DisplayRole holds
    // the text drawn on the bar.
    static constexpr int ProgressRole = Qt::UserRole + 100;
    static constexpr int busyProgress = -1;

    explicit ProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace d360::gui
