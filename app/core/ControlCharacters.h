// The characters a terminal or a file manager obeys instead of showing.
//
// Names and messages from a server are data, but some characters in them are
// instructions: C0 controls (ESC starts the sequences that clear a screen or
// retitle a window), DEL, C1 controls (U+009B is a one-character CSI), and the
// Unicode bidi controls (U+202E turns "gnp.exe" into what reads as
// "exe.png"). They are taken out, never replaced by a visible stand-in, so the
// words around them read as they were meant; one list serves the terminal
// (which keeps line feeds and tabs of our own layout) and file names (which
// keep nothing).
#pragma once

#include <QString>

namespace d360 {

// C0 (but not the two LineBreaks::Keep keeps), DEL, C1, U+061C, U+200E/F,
// U+202A-202E, U+2066-2069.
bool isControlCharacter(char16_t c);

enum class LineBreaks { Keep, Remove };

// text without the control characters; with LineBreaks::Keep, line feeds and
// tabs stay.
QString withoutControls(const QString &text, LineBreaks lineBreaks);

} // namespace d360
