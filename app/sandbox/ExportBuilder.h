// Builds the file of one export from the demo articles of a version in a
// language: a PDF for "pdf", a ZIP of HTML pages for "html", a ZIP of
// Markdown files for "markdown" (as Document360 ships them). The ZIPs also
// hold the version's images under images/, which the pages show; Markdown
// files open with YAML front matter (id, title, slug) and HTML pages carry
// <meta name="d360-article-id">, so a reader can match articles across two
// exports by id even when a rename changed the file name.
//
// Real files, made with the libraries that make them for real
// (QTextDocument printed on a QPdfWriter, QuaZip for the archives), so a
// client's tests can open what they downloaded: pdftotext reads the PDF,
// unzip lists the archives. build() is a pure function of its arguments and
// runs on a worker thread, so an export of a gigabyte never stalls the
// server; it checks `cancelled` between chunks so a closing sandbox need not
// wait for it. PDFs need a QGuiApplication (fonts); without one the build
// fails with a message instead of aborting the process.
#pragma once

#include "sandbox/DemoData.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <optional>

namespace d360::sandbox {

enum class ExportFormat { Pdf, Html, Markdown };

struct ExportContent
{
    QString projectName;
    QString versionName;
    DemoLanguage language;
    QList<DemoArticle> articles;
    QList<DemoImage> images; // ZIPs only
    QDateTime modifiedAt; // the version's; dates the ZIP entries
};

struct BuiltExport
{
    bool ok = false;
    QString error;
    qint64 size = 0;
    QByteArray sha256Hex;
};

class ExportBuilder
{
public:
    // "pdf", "html", "markdown", in any case; nothing for other formats.
    static std::optional<ExportFormat> formatFromName(const QString &name);
    static QString fileExtension(ExportFormat format); // "pdf" or "zip"
    static QByteArray contentType(ExportFormat format);
    // The name of an article's file inside a ZIP export, e.g. "02-backup-and-export.md",
    // from its number and slug.
    static QString entryName(const DemoArticle &article, ExportFormat format);

    // Writes the export to filePath, paddingBytes bigger than its content
    // (see the .cpp for how padding stays harmless), and hashes it.
    static BuiltExport build(const ExportContent &content, ExportFormat format, qint64 paddingBytes,
                             const QString &filePath, const std::atomic_bool &cancelled);
};

} // namespace d360::sandbox
