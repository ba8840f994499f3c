// HtmlText on pages as exports and hand edits leave them: well-formed and
// not (an unclosed <p>, a bare "&"), entities, a script and a style that are
// no text, <pre> that keeps its lines, tables, images' alternative text,
// right-to-left and CJK text, and the meta id and title an export writes.
#include "core/compare/HtmlText.h"

#include <QTest>

using d360::compare::HtmlText;

class HtmlTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anExportedPageGivesItsIdTitleAndLines()
    {
        const HtmlText page = HtmlText::fromHtml(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
            "<meta name=\"d360-article-id\" content=\" 6f1c2d3e-0000-5000-8000-000000000001 \">\n"
            "<title>Backup &amp; export</title><style>p { color: red }</style>"
            "<script>var notText = 1;</script></head>\n<body><article>\n"
            "<h1>Backup &amp; export</h1>\n<p>Export   the\nknowledge base <b>nightly</b>.</p>\n"
            "<ul><li>PDF</li><li>HTML</li></ul>\n<p><img src=\"images/flow.png\" alt=\"The "
            "flow\"> Caf&eacute; &#8212; done</p>\n"
            "<table><tr><td>Format</td><td>Size</td></tr><tr><td>PDF</td><td>18 kB</td></tr>"
            "</table>\n<pre>line one\n  line two</pre>\n</article></body></html>\n");
        QCOMPARE(page.articleId, QStringLiteral("6f1c2d3e-0000-5000-8000-000000000001"));
        QCOMPARE(page.title, QStringLiteral("Backup & export"));
        QCOMPARE(page.text,
                 QStringLiteral("Backup & export\n"
                                "Export the knowledge base nightly.\n"
                                "PDF\n"
                                "HTML\n"
                                "[The flow] Café — done\n"
                                "Format Size\n"
                                "PDF 18 kB\n"
                                "line one\n"
                                "line two"));
        QVERIFY(!page.text.contains(QLatin1String("notText")));
        QVERIFY(!page.text.contains(QLatin1String("color")));
    }

    void aPageThatIsNotWellFormedIsReadAsABrowserWould()
    {
        const HtmlText page = HtmlText::fromHtml(
            "<html><body><h1>Fish & chips</h1><p>First<p>Second <i>slanted</b> text"
            "<div>Last</div>");
        QCOMPARE(page.title, QStringLiteral("Fish & chips"));
        QCOMPARE(page.text, QStringLiteral("Fish & chips\nFirst\nSecond slanted text\nLast"));
    }

    void rightToLeftAndCjkTextComeThroughWhole()
    {
        const HtmlText page = HtmlText::fromHtml(
            "<html dir=\"rtl\"><head><title>النسخ الاحتياطي</title></head><body>"
            "<p>تصدير قاعدة المعرفة</p><p>ナレッジベースをエクスポート</p></body></html>");
        QCOMPARE(page.title, QStringLiteral("النسخ الاحتياطي"));
        QCOMPARE(page.text, QStringLiteral("تصدير قاعدة المعرفة\nナレッジベースをエクスポート"));
    }

    void nothingReadableGivesNothing()
    {
        QCOMPARE(HtmlText::fromHtml({}).text, QString());
        const HtmlText binary = HtmlText::fromHtml(QByteArray("\x00\x01\x02\xff", 4));
        QVERIFY(binary.articleId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(HtmlTextTest)
#include "tst_html_text.moc"
