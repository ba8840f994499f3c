// The words of an exported HTML page as a writer reads them, so two
// exports' pages can be compared and diffed as text: one line per block
// (heading, paragraph, list item, table row), the page's title, and the
// article id the export put in `<meta name="d360-article-id">`.
//
// Exported HTML is not always well-formed XML (an unclosed <p>, a bare "&"),
// so it is read by libxml2's HTML parser, which forgives what browsers
// forgive, never by patterns. It parses from memory with network access
// off, and does not fail: a page it cannot make sense of gives less text,
// not an error. Scripts, styles and templates are not text; <pre> keeps its
// lines; entities come out as the characters they name.
#pragma once

#include <QByteArray>
#include <QString>

namespace d360::compare {

struct HtmlText
{
    QString title; // <title>, else the first <h1>
    QString articleId;
    QString text; // lines joined by '\n', no blank runs, no trailing space

    static HtmlText fromHtml(const QByteArray &html);
};

} // namespace d360::compare
