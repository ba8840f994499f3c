// See FileNameTemplate.h.
#include "core/jobs/FileNameTemplate.h"

#include "core/jobs/FileNameSanitizer.h"

#include <QCoreApplication>

namespace d360::jobs {

namespace {

QString valueOf(const QString &placeholder, const FileNameFields &fields)
{
    if (placeholder == QLatin1String("project"))
        return fields.project;
    if (placeholder == QLatin1String("project_id"))
        return fields.projectId;
    if (placeholder == QLatin1String("version"))
        return fields.version;
    if (placeholder == QLatin1String("version_id"))
        return fields.versionId;
    if (placeholder == QLatin1String("lang"))
        return fields.lang;
    if (placeholder == QLatin1String("language"))
        return fields.language;
    if (placeholder == QLatin1String("format"))
        return fields.format;
    if (placeholder == QLatin1String("ext"))
        return fields.ext;
    if (placeholder == QLatin1String("date"))
        return fields.date.toString(Qt::ISODate);
    return {};
}

} // namespace

QString FileNameTemplate::defaultPattern()
{
    return QStringLiteral("{project}-{version}-{lang}.{ext}");
}

QStringList FileNameTemplate::placeholders()
{
    return { QStringLiteral("project"),    QStringLiteral("project_id"), QStringLiteral("version"),
             QStringLiteral("version_id"), QStringLiteral("lang"),       QStringLiteral("language"),
             QStringLiteral("format"),     QStringLiteral("ext"),        QStringLiteral("date") };
}

FileNameTemplate::FileNameTemplate(QString pattern)
    : m_pattern(std::move(pattern))
{ }

bool FileNameTemplate::isValid(QString *problem) const
{
    QString reason;
    if (m_pattern.trimmed().isEmpty())
        reason = tr("the file name pattern is empty");
    for (qsizetype i = 0; reason.isEmpty() && i < m_pattern.size(); ++i) {
        if (m_pattern.at(i) == QLatin1Char('}')) {
            reason = tr("a \"}\" without its \"{\" at position %1").arg(i + 1);
        } else if (m_pattern.at(i) == QLatin1Char('{')) {
            const qsizetype close = m_pattern.indexOf(QLatin1Char('}'), i);
            if (close < 0) {
                reason = tr("a \"{\" without its \"}\" at position %1").arg(i + 1);
                break;
            }
            const QString name = m_pattern.mid(i + 1, close - i - 1);
            if (!placeholders().contains(name))
                reason = tr("unknown placeholder {%1}; known are {%2}")
                             .arg(name, placeholders().join(QStringLiteral("}, {")));
            i = close;
        } else if (m_pattern.at(i) == QLatin1Char('/') || m_pattern.at(i) == QLatin1Char('\\')) {
            reason = tr("\"%1\" at position %2: files go straight into the output folder, so a "
                        "pattern "
                        "cannot name a subfolder")
                         .arg(m_pattern.at(i))
                         .arg(i + 1);
        }
    }
    if (problem)
        *problem = reason;
    return reason.isEmpty();
}

bool FileNameTemplate::containsPlaceholder(const QString &name) const
{
    return m_pattern.contains(QLatin1Char('{') + name + QLatin1Char('}'));
}

QString FileNameTemplate::expand(const FileNameFields &fields, int maxBytes) const
{
    QString name;
    for (qsizetype i = 0; i < m_pattern.size(); ++i) {
        const QChar c = m_pattern.at(i);
        const qsizetype close = c == QLatin1Char('{') ? m_pattern.indexOf(QLatin1Char('}'), i) : -1;
        if (close < 0) {
            name.append(c);
            continue;
        }
        name.append(replaceUnsafeCharacters(valueOf(m_pattern.mid(i + 1, close - i - 1), fields)));
        i = close;
    }
    return sanitizeFileName(name, maxBytes);
}

QString FileNameTemplate::nameFor(const FileNameFields &fields, int maxBytes) const
{
    const QString extension = QStringLiteral(".{ext}");
    QString pattern = m_pattern;
    if (!containsPlaceholder(QStringLiteral("ext")))
        pattern += extension;
    if (fields.ext == QLatin1String("zip") && !containsPlaceholder(QStringLiteral("format"))) {
        const qsizetype at = pattern.lastIndexOf(extension);
        pattern.insert(at >= 0 ? at : pattern.size(), QStringLiteral("-{format}"));
    }
    return FileNameTemplate(pattern).expand(fields, maxBytes);
}

} // namespace d360::jobs
