// See ExportSnapshot.h.
#include "core/compare/ExportSnapshot.h"

#include "core/compare/HtmlText.h"
#include "core/jobs/ZipExtractor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace d360::compare {

namespace {

constexpr qint64 readChunkBytes = 256 * 1024;

enum class FileRole { MarkdownPage, HtmlPage, Other };

FileRole roleOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return FileRole::MarkdownPage;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return FileRole::HtmlPage;
    return FileRole::Other;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QString decodedText(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text;
}

// A front matter value: "JSON-style" or 'YAML-style' quoted, or bare.
QString frontMatterValue(const QString &raw)
{
    const QString value = raw.trimmed();
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"'))
        && value.endsWith(QLatin1Char('"'))) {
        // Qt's JSON parser reads the escapes; a value it cannot read is kept
        // as written, without its quotes.
        const QJsonDocument document
            = QJsonDocument::fromJson(QByteArray("[") + value.toUtf8() + QByteArray("]"));
        if (document.isArray() && document.array().first().isString())
            return document.array().first().toString();
        return value.mid(1, value.size() - 2);
    }
    if (value.size() >= 2 && value.startsWith(QLatin1Char('\''))
        && value.endsWith(QLatin1Char('\''))) {
        QString inner = value.mid(1, value.size() - 2);
        inner.replace(QStringLiteral("''"), QStringLiteral("'"));
        return inner;
    }
    return value;
}

} // namespace

SnapshotArticle ExportSnapshot::parseMarkdown(const QString &path, const QByteArray &bytes)
{
    SnapshotArticle article;
    article.path = path;
    article.sha256 = sha256Hex(bytes);
    QString text = decodedText(bytes);
    article.page = text;
    static const QRegularExpression frontMatter(
        QStringLiteral("\\A---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(?:\\r?\\n|\\z)"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = frontMatter.match(text);
    if (match.hasMatch()) {
        const QStringList lines = match.captured(1).split(QLatin1Char('\n'));
        for (QString line : lines) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon <= 0 || line.at(0).isSpace())
                continue;
            const QString key = line.left(colon).trimmed().toLower();
            const QString value = frontMatterValue(line.mid(colon + 1));
            if (key == QLatin1String("id"))
                article.id = value;
            else if (key == QLatin1String("title"))
                article.title = value;
            else if (key == QLatin1String("slug"))
                article.slug = value;
        }
        text = text.mid(match.capturedEnd());
    }
    article.text = text;
    article.body = text;
    static const QRegularExpression heading(QStringLiteral("^#[ \\t]+(.+?)[ \\t#]*$"),
                                            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch title = heading.match(text);
    if (title.hasMatch()) {
        if (article.title.isEmpty())
            article.title = title.captured(1);
        // Only a heading on the first line that is not blank, and only when
        // it says the title.
        const bool first = text.left(title.capturedStart()).trimmed().isEmpty();
        if (first && title.captured(1) == article.title)
            article.body = text.mid(title.capturedEnd());
    }
    return article;
}

SnapshotArticle ExportSnapshot::parseHtml(const QString &path, const QByteArray &bytes)
{
    SnapshotArticle article;
    article.path = path;
    article.sha256 = sha256Hex(bytes);
    const HtmlText page = HtmlText::fromHtml(bytes);
    article.id = page.articleId;
    article.title = page.title;
    article.text = page.text;
    article.body = page.text;
    article.page = page.text;
    // The page's first line is its heading; when it only repeats the title
    // it is not the body.
    const qsizetype firstBreak = page.text.indexOf(QLatin1Char('\n'));
    const QString firstLine = page.text.left(firstBreak < 0 ? page.text.size() : firstBreak);
    if (!page.title.isEmpty() && firstLine == page.title)
        article.body = firstBreak < 0 ? QString() : page.text.mid(firstBreak + 1);
    return article;
}

std::optional<ExportSnapshot> ExportSnapshot::read(const QString &path, QString *problem,
                                                   const SnapshotLimits &limits)
{
    ExportSnapshot snapshot;
    snapshot.m_source = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    qint64 totalBytes = 0;
    int entries = 0;
    const auto tooMany = [&] {
        *problem = tr("%1 holds more than %2 files, more than an export has.")
                       .arg(shown)
                       .arg(limits.maximumEntries);
    };
    // Counts bytes of a file towards the limits; false with *problem set.
    const auto countBytes = [&](const QString &name, qint64 fileBytes, qint64 added) {
        totalBytes += added;
        if (fileBytes <= limits.maximumFileBytes && totalBytes <= limits.maximumTotalBytes)
            return true;
        *problem = tr("%1 is too large to compare (at %2).").arg(shown, name);
        return false;
    };
    const auto admit = [&](const QString &name, qint64 bytes) {
        if (++entries > limits.maximumEntries) {
            tooMany();
            return false;
        }
        return countBytes(name, bytes, bytes);
    };
    // Reads one file through: article pages are kept whole (their text is
    // compared), other files only hashed as they stream, so an export's
    // images never sit in memory. Bytes beyond what was claimed are
    // counted as they come, never trusted. False with *problem set.
    const auto consume = [&](QIODevice &device, const QString &name, qint64 claimed) {
        const FileRole role = roleOf(name);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray page;
        qint64 read = 0;
        qint64 counted = claimed;
        while (!device.atEnd()) {
            const QByteArray chunk = device.read(readChunkBytes);
            if (chunk.isEmpty()) {
                // Not at the end, yet nothing comes: the data is damaged
                // (an archive's inflate failed) or the disk refused.
                *problem = tr("%1 is damaged: %2 cannot be read to its end.").arg(shown, name);
                return false;
            }
            read += chunk.size();
            if (read > counted) {
                const qint64 added = read - counted;
                counted = read;
                if (!countBytes(name, counted, added))
                    return false;
            }
            if (role == FileRole::Other)
                hash.addData(chunk);
            else
                page += chunk;
        }
        // Fewer bytes than the archive promised: cut short.
        if (read < claimed) {
            *problem = tr("%1 is damaged: %2 is cut short.").arg(shown, name);
            return false;
        }
        switch (role) {
        case FileRole::MarkdownPage:
            snapshot.m_articles.append(parseMarkdown(name, page));
            break;
        case FileRole::HtmlPage:
            snapshot.m_articles.append(parseHtml(name, page));
            break;
        case FileRole::Other:
            snapshot.m_otherFiles.append({ name, read, hash.result().toHex() });
            break;
        }
        return true;
    };

    const QFileInfo info(path);
    if (info.isDir()) {
        const QDir root(info.absoluteFilePath());
        // Links are not followed: what they point at is not the export's.
        QDirIterator it(root.absolutePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString name = root.relativeFilePath(file);
            const qint64 size = QFileInfo(file).size();
            if (!admit(name, size))
                return std::nullopt;
            QFile input(file);
            if (!input.open(QIODevice::ReadOnly)) {
                *problem = tr("Cannot read %1: %2")
                               .arg(QDir::toNativeSeparators(file), input.errorString());
                return std::nullopt;
            }
            if (!consume(input, name, size))
                return std::nullopt;
        }
        if (!snapshot.finish(problem))
            return std::nullopt;
        return snapshot;
    }

    QuaZip zip(path);
    if (!info.isFile() || !zip.open(QuaZip::mdUnzip)) {
        *problem = info.exists() ? tr("%1 is neither a folder nor a ZIP archive.").arg(shown)
                                 : tr("%1 does not exist.").arg(shown);
        return std::nullopt;
    }
    zip.setFileNameCodec("UTF-8");
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 entry;
        if (!zip.getCurrentFileInfo(&entry)) {
            *problem = tr("%1 is damaged: an entry cannot be read.").arg(shown);
            return std::nullopt;
        }
        const QString name = QString(entry.name).replace(QLatin1Char('\\'), QLatin1Char('/'));
        if (name.endsWith(QLatin1Char('/')))
            continue;
        QString unsafe = jobs::ZipExtractor::unsafeEntryReason(entry.name);
        if (unsafe.isEmpty() && entry.isSymbolicLink())
            unsafe = tr("the entry \"%1\" is a symbolic link").arg(entry.name);
        if (!unsafe.isEmpty()) {
            *problem = tr("%1 is not an export that can be compared: %2.").arg(shown, unsafe);
            return std::nullopt;
        }
        // What the archive claims is checked first, and what really comes
        // out as it comes.
        if (!admit(name, qint64(entry.uncompressedSize)))
            return std::nullopt;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = tr("%1 is damaged: %2 cannot be read.").arg(shown, name);
            return std::nullopt;
        }
        if (!consume(file, name, qint64(entry.uncompressedSize)))
            return std::nullopt;
        file.close();
        if (file.getZipError() != UNZ_OK) {
            *problem = tr("%1 is damaged: %2 does not unpack.").arg(shown, name);
            return std::nullopt;
        }
    }
    if (zip.getZipError() != UNZ_OK) {
        *problem = tr("%1 is damaged (ZIP error %2).").arg(shown).arg(zip.getZipError());
        return std::nullopt;
    }
    if (!snapshot.finish(problem))
        return std::nullopt;
    return snapshot;
}

bool ExportSnapshot::finish(QString *problem)
{
    const auto byPath = [](const auto &left, const auto &right) {
        return left.path < right.path;
    };
    std::sort(m_articles.begin(), m_articles.end(), byPath);
    std::sort(m_otherFiles.begin(), m_otherFiles.end(), byPath);
    if (m_articles.isEmpty()) {
        *problem = tr("%1 holds no Markdown or HTML article: compare Markdown or HTML exports "
                      "(a PDF cannot be compared article by article).")
                       .arg(QDir::toNativeSeparators(m_source));
        return false;
    }
    const bool anyMarkdown
        = std::any_of(m_articles.cbegin(), m_articles.cend(), [](const SnapshotArticle &article) {
              return roleOf(article.path) == FileRole::MarkdownPage;
          });
    m_kind = anyMarkdown ? Kind::Markdown : Kind::Html;
    return true;
}

} // namespace d360::compare
