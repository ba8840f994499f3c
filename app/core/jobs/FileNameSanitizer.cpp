// See FileNameSanitizer.h. The steps repeat until the name is stable, because
// each can undo another: cutting a long name may leave a trailing dot, and
// trimming may leave a reserved device name.
#include "core/jobs/FileNameSanitizer.h"

#include "core/ControlCharacters.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextBoundaryFinder>

namespace d360::jobs {

namespace {

// An extension longer than this is part of the name, not an extension.
constexpr int maxExtensionBytes = 16;

bool isForbiddenCharacter(char32_t c)
{
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
        return true;
    switch (c) {
    case '<':
    case '>':
    case ':':
    case '"':
    case '/':
    case '\\':
    case '|':
    case '?':
    case '*':
        return true;
    default:
        return false;
    }
}

QString replaceForbidden(const QString &name)
{
    QString result;
    result.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            result.append(c);
            result.append(name.at(++i));
        } else if (c.isSurrogate() || isForbiddenCharacter(c.unicode())) {
            result.append(QLatin1Char('_'));
        } else if (isControlCharacter(c.unicode())) {
            continue; // a bidi control: dropped
        } else {
            result.append(c);
        }
    }
    return result;
}

bool isTrimmed(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char(' ');
}

QString trimDotsAndSpaces(QString name)
{
    qsizetype end = name.size();
    while (end > 0 && isTrimmed(name.at(end - 1)))
        --end;
    qsizetype begin = 0;
    while (begin < end && isTrimmed(name.at(begin)))
        ++begin;
    return name.mid(begin, end - begin);
}

bool isReservedDeviceName(const QString &name)
{
    // Windows reserves the device name whatever follows the first dot, and
    // ignores spaces before it.
    QString stem = name.section(QLatin1Char('.'), 0, 0);
    while (stem.endsWith(QLatin1Char(' ')))
        stem.chop(1);
    stem = stem.toUpper();
    if (stem == QLatin1String("CON") || stem == QLatin1String("PRN") || stem == QLatin1String("AUX")
        || stem == QLatin1String("NUL"))
        return true;
    if (stem.size() == 4
        && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT")))) {
        const QChar last = stem.at(3);
        // Windows also treats the superscript digits as device numbers.
        return (last >= QLatin1Char('0') && last <= QLatin1Char('9')) || last == QChar(0x00b9)
            || last == QChar(0x00b2) || last == QChar(0x00b3);
    }
    return false;
}

qsizetype utf8Size(const QString &text)
{
    return text.toUtf8().size();
}

QString capLength(const QString &name, int maxBytes)
{
    if (utf8Size(name) <= maxBytes)
        return name;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    QString extension;
    if (dot > 0) {
        extension = name.mid(dot);
        if (utf8Size(extension) > maxExtensionBytes || utf8Size(extension) >= maxBytes)
            extension.clear();
    }
    const QString stem = extension.isEmpty() ? name : name.left(dot);
    return truncateToUtf8Bytes(stem, maxBytes - int(utf8Size(extension))) + extension;
}

// The translation context of this file's free functions.
struct FileNameSanitizerText
{
    Q_DECLARE_TR_FUNCTIONS(d360::jobs::FileNameSanitizer)
};

} // namespace

QString windowsPathProblem(const QString &relativePath)
{
    QString path = relativePath;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part.endsWith(QLatin1Char('.')) && part != QLatin1String(".")
            && part != QLatin1String(".."))
            return FileNameSanitizerText::tr("\"%1\" ends in a dot").arg(part);
        if (part.endsWith(QLatin1Char(' ')))
            return FileNameSanitizerText::tr("\"%1\" ends in a space").arg(part);
        if (part.contains(QLatin1Char(':')))
            return FileNameSanitizerText::tr("\"%1\" contains a colon").arg(part);
        if (isReservedDeviceName(part))
            return FileNameSanitizerText::tr("\"%1\" is a reserved device name on Windows")
                .arg(part);
    }
    return {};
}

QString replaceUnsafeCharacters(const QString &text)
{
    return replaceForbidden(text);
}

QString truncateToUtf8Bytes(const QString &text, int maxBytes)
{
    if (utf8Size(text) <= maxBytes)
        return text;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype fits = 0;
    qsizetype bytes = 0;
    qsizetype previous = 0;
    for (qsizetype next = graphemes.toNextBoundary(); next != -1;
         next = graphemes.toNextBoundary()) {
        // Qt's finder can put a boundary inside a surrogate pair (found by
        // tests/fuzz/fuzz_file_name); each half would count one byte.
        if (next < text.size() && text.at(next).isLowSurrogate()
            && text.at(next - 1).isHighSurrogate())
            continue;
        bytes += utf8Size(text.mid(previous, next - previous));
        if (bytes > maxBytes)
            break;
        fits = next;
        previous = next;
    }
    return text.left(fits);
}

QString sanitizeFileName(const QString &name, int maxBytes, const QString &fallback)
{
    QString result = replaceForbidden(name.normalized(QString::NormalizationForm_C));
    for (int round = 0; round < 4; ++round) {
        const QString before = result;
        result = trimDotsAndSpaces(result);
        if (isReservedDeviceName(result))
            result.prepend(QLatin1Char('_'));
        result = capLength(result, maxBytes);
        if (result == before)
            break;
    }
    if (result.isEmpty())
        return fallback.isEmpty() || fallback == name
            ? QStringLiteral("export")
            : sanitizeFileName(fallback, maxBytes, QString());
    return result;
}

} // namespace d360::jobs
