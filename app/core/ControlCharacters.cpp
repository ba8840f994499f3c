// See ControlCharacters.h. Every character listed is in the Basic
// Multilingual Plane, so a walk over UTF-16 units cannot split a pair.
#include "core/ControlCharacters.h"

namespace d360 {

bool isControlCharacter(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QString withoutControls(const QString &text, LineBreaks lineBreaks)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        const bool kept = lineBreaks == LineBreaks::Keep && (unit == u'\n' || unit == u'\t');
        if (kept || !isControlCharacter(unit))
            result.append(c);
    }
    return result;
}

} // namespace d360
