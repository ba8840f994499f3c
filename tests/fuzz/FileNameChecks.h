// The promise of FileNameSanitizer.h, checked on a finished name: shared by
// the fuzz targets of the sanitiser and of the file-name template, whose
// output must keep the same promise.
#pragma once

#include "FuzzSupport.h"
#include "core/ControlCharacters.h"

#include <QRegularExpression>
#include <QString>

namespace d360::fuzz {

inline void checkIsSafeFileName(const QString &name, int maxBytes)
{
    // Shown before any check fails, so a reproducer says what came out.
    if (qEnvironmentVariableIsSet("D360_FUZZ_VERBOSE"))
        std::fprintf(stderr, "name (%d bytes of at most %d): %s\n", int(name.toUtf8().size()),
                     maxBytes, name.toUtf8().toHex(' ').constData());
    D360_FUZZ_CHECK(!name.isEmpty());
    D360_FUZZ_CHECK(name.toUtf8().size() <= maxBytes);
    D360_FUZZ_CHECK(name != QLatin1String(".") && name != QLatin1String(".."));
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        D360_FUZZ_CHECK(!QStringView(u"<>:\"/\\|?*").contains(QChar(c)));
        D360_FUZZ_CHECK(c >= 0x20 && !(c >= 0x7f && c <= 0x9f));
        // Nor bidi controls, which make "gnp.exe.pdf" read as something else.
        D360_FUZZ_CHECK(!isControlCharacter(c));
        if (QChar::isHighSurrogate(c))
            D360_FUZZ_CHECK(i + 1 < name.size() && name.at(i + 1).isLowSurrogate());
        if (QChar::isLowSurrogate(c))
            D360_FUZZ_CHECK(i > 0 && name.at(i - 1).isHighSurrogate());
    }
    D360_FUZZ_CHECK(!name.startsWith(QLatin1Char(' ')) && !name.startsWith(QLatin1Char('.')));
    D360_FUZZ_CHECK(!name.endsWith(QLatin1Char(' ')) && !name.endsWith(QLatin1Char('.')));
    static const QRegularExpression device(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    D360_FUZZ_CHECK(!device.match(name).hasMatch());
}

} // namespace d360::fuzz
