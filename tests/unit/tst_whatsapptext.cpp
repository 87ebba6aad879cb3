// WhatsApp formatting → safe HTML (app/text/WhatsAppText.h). The bad input tried: customer text with HTML tags,
// <script>, entities, quotes in links, javascript: links, markers that are not formatting (snake_case, 2*3*4, a
// lone "*"), unclosed markers, formatting across lines, and markers inside code.
#include "text/WhatsAppText.h"

#include <QTextDocument>
#include <QtTest>

using namespace wabadesk;

class TestWhatsAppText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formatting_data();
    void formatting();
    void htmlInCustomerTextIsShownLiterally_data();
    void htmlInCustomerTextIsShownLiterally();
    void linksAreClickableAndSafe();
    void plainTextDropsMarkers();
    void escapeEscapesAttributes();
};

void TestWhatsAppText::formatting_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");
    QTest::newRow("plain") << QStringLiteral("Hello there") << QStringLiteral("Hello there");
    QTest::newRow("bold") << QStringLiteral("a *bold* b") << QStringLiteral("a <b>bold</b> b");
    QTest::newRow("italic") << QStringLiteral("_it_") << QStringLiteral("<i>it</i>");
    QTest::newRow("strike") << QStringLiteral("~gone~!") << QStringLiteral("<s>gone</s>!");
    QTest::newRow("nested") << QStringLiteral("*bold _and italic_*") << QStringLiteral("<b>bold <i>and italic</i></b>");
    QTest::newRow("inline code") << QStringLiteral("run `ls *.txt` now")
                                 << QStringLiteral("run <code>ls *.txt</code> now");
    QTest::newRow("mono block") << QStringLiteral("```a *b*\n  c```") << QStringLiteral("<tt>a *b*<br> &nbsp;c</tt>");
    QTest::newRow("snake_case stays") << QStringLiteral("use snake_case_names")
                                      << QStringLiteral("use snake_case_names");
    QTest::newRow("arithmetic stays") << QStringLiteral("2*3*4 = 24") << QStringLiteral("2*3*4 = 24");
    QTest::newRow("lone star") << QStringLiteral("* item") << QStringLiteral("* item");
    QTest::newRow("space before closer") << QStringLiteral("*not bold *") << QStringLiteral("*not bold *");
    QTest::newRow("unclosed") << QStringLiteral("*open") << QStringLiteral("*open");
    QTest::newRow("not across lines") << QStringLiteral("*a\nb*") << QStringLiteral("*a<br>b*");
    QTest::newRow("double marker") << QStringLiteral("**x**") << QStringLiteral("**x**");
    QTest::newRow("newlines") << QStringLiteral("one\ntwo\r\nthree") << QStringLiteral("one<br>two<br>three");
    QTest::newRow("spaces kept") << QStringLiteral("a   b") << QStringLiteral("a &nbsp; b");
    QTest::newRow("empty fence") << QStringLiteral("``````") << QStringLiteral("``````");
}

void TestWhatsAppText::formatting()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    QCOMPARE(text::toHtml(input), html);
}

void TestWhatsAppText::htmlInCustomerTextIsShownLiterally_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("script") << QStringLiteral("<script>alert('x')</script>");
    QTest::newRow("bold tag") << QStringLiteral("<b>not bold</b>");
    QTest::newRow("entity") << QStringLiteral("Tom &amp; Jerry &lt;3");
    QTest::newRow("image") << QStringLiteral("<img src=\"file:///etc/passwd\">");
    QTest::newRow("link tag") << QStringLiteral("<a href=\"javascript:alert(1)\">click</a>");
    QTest::newRow("inside bold") << QStringLiteral("*<i>x</i>*");
    QTest::newRow("inside code") << QStringLiteral("```<table><tr><td>x</td></tr></table>```");
}

void TestWhatsAppText::htmlInCustomerTextIsShownLiterally()
{
    QFETCH(QString, input);
    const QString html = text::toHtml(input);
    QVERIFY2(!html.contains(QLatin1String("<script")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<img")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<a ")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<table")), qPrintable(html));
    // Rendered, the document shows exactly what was typed (minus formatting markers, of which there are none
    // here except in "inside bold"/"inside code").
    QTextDocument doc;
    doc.setHtml(html);
    QString expected = input;
    if (expected.startsWith(QLatin1Char('*')))
        expected = expected.mid(1, expected.size() - 2);
    if (expected.startsWith(QLatin1String("```")))
        expected = expected.mid(3, expected.size() - 6);
    QCOMPARE(doc.toPlainText(), expected);
}

void TestWhatsAppText::linksAreClickableAndSafe()
{
    QCOMPARE(
        text::toHtml(QStringLiteral("see https://example.com/a?b=1&c=2.")),
        QStringLiteral("see <a href=\"https://example.com/a?b=1&amp;c=2\">https://example.com/a?b=1&amp;c=2</a>."));
    QCOMPARE(text::toHtml(QStringLiteral("www.example.org")),
             QStringLiteral("<a href=\"https://www.example.org\">www.example.org</a>"));
    // Balanced parentheses stay in the link, a closing one that is punctuation does not.
    QCOMPARE(text::toHtml(QStringLiteral("(https://en.wikipedia.org/wiki/Qt_(software))")),
             QStringLiteral("(<a href=\"https://en.wikipedia.org/wiki/Qt_(software)\">"
                            "https://en.wikipedia.org/wiki/Qt_(software)</a>)"));
    // An underscore in a URL is not italic, and a link inside bold still links.
    QCOMPARE(text::toHtml(QStringLiteral("*go to http://a.example/x_y_z*")),
             QStringLiteral("<b>go to <a href=\"http://a.example/x_y_z\">http://a.example/x_y_z</a></b>"));
    // Quotes cannot break out of the attribute; other schemes are not links.
    const QString quoted = text::toHtml(QStringLiteral("https://x.example/\"onmouseover=alert(1)"));
    QVERIFY2(!quoted.contains(QLatin1String("\"onmouseover")), qPrintable(quoted));
    QVERIFY(!text::toHtml(QStringLiteral("javascript:alert(1)")).contains(QLatin1String("<a")));
    QVERIFY(!text::toHtml(QStringLiteral("file:///etc/passwd")).contains(QLatin1String("<a")));
    // Glued to a word it is not a link start.
    QVERIFY(!text::toHtml(QStringLiteral("xhttps://x.example")).contains(QLatin1String("<a")));
}

void TestWhatsAppText::plainTextDropsMarkers()
{
    QCOMPARE(text::toPlainText(QStringLiteral("*Hi* _there_ ~x~ `y` ```z```")), QStringLiteral("Hi there x y z"));
    QCOMPARE(text::toPlainText(QStringLiteral("<b>&amp;</b>")), QStringLiteral("<b>&amp;</b>"));
    QCOMPARE(text::toPlainText(QStringLiteral("snake_case_x")), QStringLiteral("snake_case_x"));
}

void TestWhatsAppText::escapeEscapesAttributes()
{
    QCOMPARE(text::escape(QStringLiteral("<a href=\"x\">'&'</a>")),
             QStringLiteral("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"));
}

QTEST_MAIN(TestWhatsAppText)
#include "tst_whatsapptext.moc"
