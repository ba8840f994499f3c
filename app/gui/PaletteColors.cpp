// See PaletteColors.h.
#include "gui/PaletteColors.h"

#include <QPalette>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace d360::gui {

namespace {

// WCAG 2: sRGB channel to linear light.
double linearChannel(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF())
        + 0.0722 * linearChannel(rgb.blueF());
}

constexpr double readableTextContrast = 4.5;
constexpr double distinctBackgroundContrast = 1.3;

QColor mixed(const QColor &from, const QColor &to, double share)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * share),
                            float(a.greenF() + (b.greenF() - a.greenF()) * share),
                            float(a.blueF() + (b.blueF() - a.blueF()) * share));
}

} // namespace

double contrastRatio(const QColor &first, const QColor &second)
{
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor errorTextColor(const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Window);
    const QColor darkRed(0xb0, 0x00, 0x20);
    const QColor lightRed(0xff, 0x8a, 0x80);
    const QColor red = contrastRatio(darkRed, background) >= contrastRatio(lightRed, background)
        ? darkRed
        : lightRed;
    return contrastRatio(red, background) >= readableTextContrast
        ? red
        : palette.color(QPalette::WindowText);
}

QColor tintedBackground(const QPalette &palette, const QColor &tint)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // The least tint that stands out from the base, while the text still
    // reads; failing both (a palette of low contrast to begin with), the
    // tint that comes closest to both.
    QColor best = base;
    double bestMargin = -1e9;
    for (int step = 1; step <= 20; ++step) {
        const QColor candidate = mixed(base, tint, step / 20.0);
        const double fromBase = contrastRatio(candidate, base);
        const double forText = contrastRatio(candidate, text);
        if (fromBase >= distinctBackgroundContrast && forText >= readableTextContrast)
            return candidate;
        const double margin = std::min(fromBase - distinctBackgroundContrast,
                                       (forText - readableTextContrast) / 4.0);
        if (margin > bestMargin) {
            bestMargin = margin;
            best = candidate;
        }
    }
    return best;
}

QColor addedLineBackground(const QPalette &palette)
{
    return tintedBackground(palette, QColor(0x2e, 0xa0, 0x43));
}

QColor removedLineBackground(const QPalette &palette)
{
    return tintedBackground(palette, QColor(0xd7, 0x3a, 0x49));
}

void showAsError(QWidget *label, bool error)
{
    // Back to the inherited palette first, so a theme changed since the
    // last message is the one measured.
    label->setPalette(QPalette());
    if (!error)
        return;
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorTextColor(palette));
    label->setPalette(palette);
}

} // namespace d360::gui
