// Colours the palette has no role for, chosen against the palette in use, so
// that they read in light and dark themes alike.
//
// A fixed colour picked on a light desktop (dark red error text, say) all
// but disappears on a dark one; these functions measure instead, with the
// WCAG 2 contrast ratio, and pick what reads.
#pragma once

#include <QColor>

class QPalette;
class QWidget;

namespace d360::gui {

// WCAG 2 contrast ratio of two colours: 1 (none) to 21 (black on white).
// Text wants at least 4.5.
double contrastRatio(const QColor &first, const QColor &second);

// A red for error text on this palette's window colour: a dark red on light
// windows, a light red on dark ones; the window text colour itself if
// neither red reaches 4.5:1 there.
QColor errorTextColor(const QPalette &palette);

// The backgrounds of added and removed lines in a diff: the palette's base
// colour tinted green or red just enough to tell it from the base (a
// contrast of at least 1.3:1), and never so far that the palette's text
// stops reading on it (4.5:1), so the same code serves light and dark
// palettes. The text stays the palette's Text colour.
QColor addedLineBackground(const QPalette &palette);
QColor removedLineBackground(const QPalette &palette);
// The same measure with any tint, for other marked lines (a hunk header).
QColor tintedBackground(const QPalette &palette, const QColor &tint);

// Shows the label's text in errorTextColor(), or, with error false, in the
// palette's own text colour again.
void showAsError(QWidget *label, bool error);

} // namespace d360::gui
