// Makes any text a file name that every operating system accepts.
//
// Project and version names come from a knowledge base, typed by people: a
// slash, a colon, "CON", an Arabic title three hundred bytes long. An export
// written on Linux is copied to Windows and macOS, so the rules are the union
// of all three:
//   - no path separators and none of < > : " / \ | ? *  (each becomes '_');
//   - no control characters (C0, DEL, C1) and no lone surrogates;
//   - no bidi controls (U+202E and the rest, see ControlCharacters.h): they
//     are dropped, because a name that reads as another is worse than noise;
//   - no reserved Windows device names (CON, PRN, AUX, NUL, COM0-9, LPT0-9,
//     with or without an extension, in any case): they get a '_' in front;
//   - no trailing dots or spaces (Windows drops them), and no leading ones
//     (a leading dot hides the file on Unix);
//   - at most maxBytes bytes of UTF-8 (255 is the limit of ext4, NTFS, APFS),
//     cut between two characters as a reader sees them, keeping the
//     extension;
//   - never empty: the fallback stands in.
// The text is put in Unicode NFC first, so the same title gives the same
// name on every system.
#pragma once

#include <QString>

namespace d360::jobs {

constexpr int maxFileNameBytes = 255;

QString sanitizeFileName(const QString &name, int maxBytes = maxFileNameBytes,
                         const QString &fallback = QStringLiteral("export"));

// Only the first two rules: every forbidden character becomes '_'. For
// values that go into a longer name, which is sanitised as a whole later.
QString replaceUnsafeCharacters(const QString &text);

// Cuts text to at most maxBytes of UTF-8 at a grapheme boundary.
QString truncateToUtf8Bytes(const QString &text, int maxBytes);

// Why Windows cannot create the relative path (folders and a name, separated
// by '/' or '\\') as it is written, or an empty string when it can: a part
// that ends in a dot or a space (Windows drops them, so two names meet), one
// with a ':' (a drive, or an alternate data stream), or a reserved device
// name. For names from elsewhere, such as ZIP entries; sanitizeFileName()
// never makes such a name. Checked on every platform, used where it matters.
QString windowsPathProblem(const QString &relativePath);

} // namespace d360::jobs
