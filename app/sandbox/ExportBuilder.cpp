// See ExportBuilder.h.
//
// Padding, for benchmarks that need big files, must not make a file that its
// readers reject:
// - ZIP: one more entry, "sandbox-padding.bin", stored uncompressed, so its
//   bytes land in the archive as they are (and ZIP64 switches on when an
//   entry could pass 4 GiB).
// - PDF: after the document's %%EOF come PDF comment lines ("%xxx...") and
//   then a copy of the document's own "startxref <offset> %%EOF". Comments
//   are legal between tokens, nothing before the padding moves, and a reader
//   that looks for the last startxref near the end of the file finds one
//   pointing at the original cross-reference table.
#include "sandbox/ExportBuilder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace d360::sandbox {

namespace {

constexpr qint64 chunkSize = 1024 * 1024;
constexpr int storedMethod = 0; // ZIP "stored": no compression
constexpr qint64 zip64Threshold = qint64(0xF0000000);

QStringList paragraphsOf(const QString &body)
{
    return body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
}

// The image an article shows comes after its first paragraph.
const DemoImage *imageOf(const ExportContent &content, const DemoArticle &article)
{
    for (const DemoImage &image : content.images) {
        if (!article.image.isEmpty() && image.name == article.image)
            return &image;
    }
    return nullptr;
}

QString htmlPage(const ExportContent &content, const DemoArticle &article)
{
    const QString direction
        = content.language.rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString html
        = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n"
                         "<meta charset=\"utf-8\">\n<title>%3</title>\n"
                         "<meta name=\"d360-article-id\" content=\"%4\">\n"
                         "<meta name=\"generator\" content=\"D360 Exporter sandbox\">\n"
                         "</head>\n<body>\n<article>\n<h1>%3</h1>\n")
              .arg(content.language.code, direction, article.title.toHtmlEscaped(), article.id);
    const QStringList paragraphs = paragraphsOf(article.body);
    const DemoImage *image = imageOf(content, article);
    for (int i = 0; i < paragraphs.size(); ++i) {
        html += QStringLiteral("<p>%1</p>\n").arg(paragraphs.at(i).toHtmlEscaped());
        if (i == 0 && image)
            html += QStringLiteral("<p><img src=\"images/%1\" alt=\"%2\"></p>\n")
                        .arg(image->name.toHtmlEscaped(), image->alt.toHtmlEscaped());
    }
    html += QStringLiteral("</article>\n</body>\n</html>\n");
    return html;
}

// A JSON string, quotes included: YAML reads a double-quoted scalar the
// same way, whatever quotes or colons the title holds.
QString quotedTitle(const QString &title)
{
    const QByteArray array = QJsonDocument(QJsonArray { title }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString markdownPage(const ExportContent &content, const DemoArticle &article)
{
    QString markdown
        = QStringLiteral("---\nid: %1\ntitle: %2\nslug: %3\n---\n# %4\n")
              .arg(article.id, quotedTitle(article.title), article.slug, article.title);
    const QStringList paragraphs = paragraphsOf(article.body);
    const DemoImage *image = imageOf(content, article);
    for (int i = 0; i < paragraphs.size(); ++i) {
        markdown += QLatin1Char('\n') + paragraphs.at(i) + QLatin1Char('\n');
        if (i == 0 && image)
            markdown += QStringLiteral("\n![%1](images/%2)\n").arg(image->alt, image->name);
    }
    return markdown;
}

// The whole export as one rich-text document: a title block, then one
// article per page. Direction is set per block, which QTextDocument honours
// for Arabic; the default font falls back, through fontconfig, to the Noto
// Arabic and CJK fonts for scripts it lacks.
QString pdfDocumentHtml(const ExportContent &content)
{
    const QString dir = content.language.rightToLeft ? QStringLiteral(" dir=\"rtl\"") : QString();
    QString html
        = QStringLiteral("<html><body>"
                         "<p style=\"font-size:20pt\"%1><b>%2</b></p>"
                         "<p%1>%3 · %4</p>")
              .arg(dir, content.projectName.toHtmlEscaped(), content.versionName.toHtmlEscaped(),
                   content.language.name.toHtmlEscaped());
    for (const DemoArticle &article : content.articles) {
        html += QStringLiteral("<h1 style=\"page-break-before: always\"%1>%2</h1>")
                    .arg(dir, article.title.toHtmlEscaped());
        for (const QString &paragraph : paragraphsOf(article.body))
            html += QStringLiteral("<p%1>%2</p>").arg(dir, paragraph.toHtmlEscaped());
    }
    html += QStringLiteral("</body></html>");
    return html;
}

bool writePdf(const ExportContent &content, const QString &filePath, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = QStringLiteral("PDF exports need a QGuiApplication (fonts); this sandbox runs "
                                "without one.");
        return false;
    }
    QTextDocument document;
    QFont font(QStringLiteral("Noto Sans"));
    font.setPointSize(11);
    document.setDefaultFont(font);
    document.setHtml(pdfDocumentHtml(content));

    QPdfWriter writer(filePath);
    writer.setTitle(QStringLiteral("%1 — %2 (%3)")
                        .arg(content.projectName, content.versionName, content.language.name));
    writer.setCreator(QStringLiteral("D360 Exporter sandbox"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
    document.print(&writer);
    return true;
}

bool writeZipEntry(QuaZip &zip, const QString &name, const QDateTime &dateTime,
                   const QByteArray &data, QString *error)
{
    QuaZipNewInfo info(name);
    info.dateTime = dateTime;
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::WriteOnly, info) || entry.write(data) != data.size()) {
        *error = QStringLiteral("Could not write %1 into the ZIP (error %2).")
                     .arg(name)
                     .arg(zip.getZipError());
        return false;
    }
    entry.close();
    return entry.getZipError() == 0;
}

bool writePaddingEntry(QuaZip &zip, const QDateTime &dateTime, qint64 paddingBytes,
                       const std::atomic_bool &cancelled, QString *error)
{
    QuaZipNewInfo info(QStringLiteral("sandbox-padding.bin"));
    info.dateTime = dateTime;
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::WriteOnly, info, nullptr, 0, storedMethod, 0)) {
        *error
            = QStringLiteral("Could not add the padding entry (error %1).").arg(zip.getZipError());
        return false;
    }
    const QByteArray zeros(chunkSize, '\0');
    for (qint64 left = paddingBytes; left > 0;) {
        if (cancelled) {
            *error = QStringLiteral("Cancelled.");
            return false;
        }
        const qint64 piece = qMin(left, chunkSize);
        if (entry.write(zeros.constData(), piece) != piece) {
            *error
                = QStringLiteral("Could not write the padding (error %1).").arg(zip.getZipError());
            return false;
        }
        left -= piece;
    }
    entry.close();
    return true;
}

bool writeZip(const ExportContent &content, ExportFormat format, qint64 paddingBytes,
              const QString &filePath, const std::atomic_bool &cancelled, QString *error)
{
    QuaZip zip(filePath);
    zip.setUtf8Enabled(true);
    zip.setZip64Enabled(paddingBytes >= zip64Threshold);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = QStringLiteral("Could not create %1 (error %2).")
                     .arg(filePath)
                     .arg(zip.getZipError());
        return false;
    }
    for (const DemoArticle &article : content.articles) {
        const QString page = format == ExportFormat::Html ? htmlPage(content, article)
                                                          : markdownPage(content, article);
        if (!writeZipEntry(zip, ExportBuilder::entryName(article, format), content.modifiedAt,
                           page.toUtf8(), error)) {
            return false;
        }
    }
    for (const DemoImage &image : content.images) {
        if (!writeZipEntry(zip, QStringLiteral("images/") + image.name, content.modifiedAt,
                           image.png, error)) {
            return false;
        }
    }
    if (paddingBytes > 0
        && !writePaddingEntry(zip, content.modifiedAt, paddingBytes, cancelled, error)) {
        return false;
    }
    zip.close();
    if (zip.getZipError() != 0) {
        *error = QStringLiteral("Could not finish the ZIP (error %1).").arg(zip.getZipError());
        return false;
    }
    return true;
}

bool padPdf(const QString &filePath, qint64 paddingBytes, const std::atomic_bool &cancelled,
            QString *error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadWrite)) {
        *error = file.errorString();
        return false;
    }
    file.seek(qMax<qint64>(0, file.size() - 1024));
    const QByteArray tail = file.readAll();
    const qsizetype at = tail.lastIndexOf("startxref");
    const QByteArray offset
        = at < 0 ? QByteArray() : tail.mid(at + 9).trimmed().split('\n').value(0).trimmed();
    const QByteArray trailer = QByteArrayLiteral("\nstartxref\n") + offset + "\n%%EOF\n";
    file.seek(file.size());

    // Too little padding for a trailer copy stays within the last kilobyte,
    // where readers look for %%EOF anyway: one comment line is enough.
    const bool withTrailer = !offset.isEmpty() && paddingBytes > trailer.size() + 2;
    qint64 commentBytes = withTrailer ? paddingBytes - trailer.size() : paddingBytes;
    const QByteArray line = '%' + QByteArray(chunkSize - 2, 'x') + '\n';
    while (commentBytes > 0) {
        if (cancelled) {
            *error = QStringLiteral("Cancelled.");
            return false;
        }
        const qint64 piece = qMin<qint64>(commentBytes, line.size());
        QByteArray chunk = piece >= 2 ? line.right(piece) : QByteArray(piece, '\n');
        if (piece >= 2)
            chunk[0] = '%';
        if (file.write(chunk) != chunk.size()) {
            *error = file.errorString();
            return false;
        }
        commentBytes -= piece;
    }
    if (withTrailer && file.write(trailer) != trailer.size()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool hashFile(const QString &filePath, const std::atomic_bool &cancelled, BuiltExport *result)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result->error = file.errorString();
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    for (;;) {
        if (cancelled) {
            result->error = QStringLiteral("Cancelled.");
            return false;
        }
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read < 0) {
            result->error = file.errorString();
            return false;
        }
        if (read == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), read));
    }
    result->size = file.size();
    result->sha256Hex = hash.result().toHex();
    return true;
}

} // namespace

std::optional<ExportFormat> ExportBuilder::formatFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"pdf")
        return ExportFormat::Pdf;
    if (lower == u"html")
        return ExportFormat::Html;
    if (lower == u"markdown")
        return ExportFormat::Markdown;
    return std::nullopt;
}

QString ExportBuilder::fileExtension(ExportFormat format)
{
    return format == ExportFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("zip");
}

QByteArray ExportBuilder::contentType(ExportFormat format)
{
    return format == ExportFormat::Pdf ? QByteArrayLiteral("application/pdf")
                                       : QByteArrayLiteral("application/zip");
}

QString ExportBuilder::entryName(const DemoArticle &article, ExportFormat format)
{
    return QStringLiteral("%1-%2.%3")
        .arg(article.number, 2, 10, QLatin1Char('0'))
        .arg(article.slug,
             format == ExportFormat::Html ? QStringLiteral("html") : QStringLiteral("md"));
}

BuiltExport ExportBuilder::build(const ExportContent &content, ExportFormat format,
                                 qint64 paddingBytes, const QString &filePath,
                                 const std::atomic_bool &cancelled)
{
    BuiltExport result;
    bool written = false;
    if (format == ExportFormat::Pdf) {
        written = writePdf(content, filePath, &result.error)
            && (paddingBytes <= 0 || padPdf(filePath, paddingBytes, cancelled, &result.error));
    } else {
        written = writeZip(content, format, paddingBytes, filePath, cancelled, &result.error);
    }
    if (!written || !hashFile(filePath, cancelled, &result))
        return result;
    if (result.size == 0) {
        result.error = QStringLiteral("The export came out empty.");
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace d360::sandbox
