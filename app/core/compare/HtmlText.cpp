// See HtmlText.h.
#include "core/compare/HtmlText.h"

#include <QSet>
#include <QStringList>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <limits>
#include <mutex>

namespace d360::compare {

namespace {

QString fromXml(const xmlChar *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

bool isSkipped(const QString &element)
{
    static const QSet<QString> skipped { QStringLiteral("script"), QStringLiteral("style"),
                                         QStringLiteral("noscript"), QStringLiteral("template") };
    return skipped.contains(element);
}

bool isBlock(const QString &element)
{
    static const QSet<QString> blocks {
        QStringLiteral("p"),          QStringLiteral("div"),     QStringLiteral("h1"),
        QStringLiteral("h2"),         QStringLiteral("h3"),      QStringLiteral("h4"),
        QStringLiteral("h5"),         QStringLiteral("h6"),      QStringLiteral("li"),
        QStringLiteral("tr"),         QStringLiteral("br"),      QStringLiteral("pre"),
        QStringLiteral("blockquote"), QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("header"),     QStringLiteral("footer"),  QStringLiteral("table"),
        QStringLiteral("ul"),         QStringLiteral("ol"),      QStringLiteral("dl"),
        QStringLiteral("dt"),         QStringLiteral("dd"),      QStringLiteral("figure"),
        QStringLiteral("figcaption"), QStringLiteral("hr"),      QStringLiteral("main"),
        QStringLiteral("nav"),        QStringLiteral("aside"),   QStringLiteral("details"),
        QStringLiteral("summary"),    QStringLiteral("caption"),
    };
    return blocks.contains(element);
}

QString attribute(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    const QString result = fromXml(value);
    xmlFree(value);
    return result;
}

// Walks the tree into lines; a block starts and ends a line.
class TextCollector
{
public:
    HtmlText page;

    // inHead: only the meta and the title of <head> are read.
    void walk(const xmlNode *node, bool preformatted, bool inHead = false)
    {
        for (const xmlNode *child = node; child; child = child->next) {
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
                if (!inHead)
                    addText(fromXml(child->content), preformatted);
                continue;
            }
            if (child->type != XML_ELEMENT_NODE)
                continue;
            const QString element = fromXml(child->name).toLower();
            if (element == QLatin1String("meta")) {
                if (attribute(child, "name")
                        .compare(QLatin1String("d360-article-id"), Qt::CaseInsensitive)
                    == 0)
                    page.articleId = attribute(child, "content").trimmed();
                continue;
            }
            if (element == QLatin1String("title")) {
                TextCollector title;
                title.walk(child->children, false);
                page.title = title.lines().join(QLatin1Char(' ')).trimmed();
                continue;
            }
            if (element == QLatin1String("head")) {
                walk(child->children, false, true);
                continue;
            }
            if (inHead || isSkipped(element))
                continue;
            const bool block = isBlock(element);
            if (block)
                endLine();
            if (element == QLatin1String("h1") && m_firstHeading.isNull()) {
                TextCollector heading;
                heading.walk(child->children, false);
                m_firstHeading = heading.lines().join(QLatin1Char(' ')).trimmed();
            }
            if (element == QLatin1String("img")) {
                // An image's words are its alternative text.
                const QString alt = attribute(child, "alt").simplified();
                if (!alt.isEmpty())
                    addText(QStringLiteral("[%1]").arg(alt), false);
            }
            walk(child->children, preformatted || element == QLatin1String("pre"));
            if (block)
                endLine();
            else if (element == QLatin1String("td") || element == QLatin1String("th"))
                addText(QStringLiteral(" "), false);
        }
    }

    QStringList lines()
    {
        endLine();
        return m_lines;
    }

    QString firstHeading() const { return m_firstHeading; }

private:
    void addText(const QString &text, bool preformatted)
    {
        if (!preformatted) {
            // Runs of white space are one space, as a browser shows them.
            QString collapsed;
            collapsed.reserve(text.size());
            bool space = !m_current.isEmpty() && m_current.back().isSpace();
            for (const QChar c : text) {
                if (c.isSpace()) {
                    // No space opens a line.
                    if (!space && !(m_current.isEmpty() && collapsed.isEmpty()))
                        collapsed += QLatin1Char(' ');
                    space = true;
                } else {
                    collapsed += c;
                    space = false;
                }
            }
            m_current += collapsed;
            return;
        }
        const QStringList parts = text.split(QLatin1Char('\n'));
        for (qsizetype part = 0; part < parts.size(); ++part) {
            if (part > 0)
                endLine(true);
            m_current += parts.at(part);
        }
    }

    void endLine(bool keepEmpty = false)
    {
        const QString line = m_current.trimmed();
        m_current.clear();
        if (line.isEmpty() && !keepEmpty)
            return;
        if (line.isEmpty() && !m_lines.isEmpty() && m_lines.back().isEmpty())
            return;
        m_lines.append(line);
    }

    QStringList m_lines;
    QString m_current;
    QString m_firstHeading;
};

} // namespace

HtmlText HtmlText::fromHtml(const QByteArray &html)
{
    static std::once_flag initialised;
    // libxml2 sets up its globals once, before any thread parses.
    std::call_once(initialised, [] { xmlInitParser(); });
    if (html.isEmpty() || html.size() > std::numeric_limits<int>::max())
        return {};
    htmlDocPtr document
        = htmlReadMemory(html.constData(), int(html.size()), nullptr, "UTF-8",
                         HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    if (!document)
        return {};
    TextCollector collector;
    collector.walk(xmlDocGetRootElement(document), false);
    xmlFreeDoc(document);
    HtmlText result = collector.page;
    QStringList lines = collector.lines();
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    result.text = lines.join(QLatin1Char('\n'));
    if (result.title.isEmpty())
        result.title = collector.firstHeading();
    return result;
}

} // namespace d360::compare
