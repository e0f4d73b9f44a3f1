// Notice bodies: Markdown to safe HTML (no raw HTML, no images loaded, real link targets).
#include "core/markdown.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace nb::markdown;

namespace {

// Every tag and attribute name in `html`; the renderer may only use a fixed, inert set.
bool onlyAllowedMarkup(const QString &html, QString *offending)
{
    static const QSet<QString> tags{
        QStringLiteral("p"),          QStringLiteral("em"),    QStringLiteral("strong"),
        QStringLiteral("code"),       QStringLiteral("pre"),   QStringLiteral("a"),
        QStringLiteral("ul"),         QStringLiteral("ol"),    QStringLiteral("li"),
        QStringLiteral("h1"),         QStringLiteral("h2"),    QStringLiteral("h3"),
        QStringLiteral("h4"),         QStringLiteral("h5"),    QStringLiteral("h6"),
        QStringLiteral("blockquote"), QStringLiteral("hr"),    QStringLiteral("br"),
        QStringLiteral("s"),          QStringLiteral("table"), QStringLiteral("thead"),
        QStringLiteral("tbody"),      QStringLiteral("tr"),    QStringLiteral("th"),
        QStringLiteral("td")};
    static const QSet<QString> attributes{QStringLiteral("href"), QStringLiteral("title"),
                                          QStringLiteral("start"), QStringLiteral("align")};
    static const QRegularExpression tag(QStringLiteral("<(/?)([^\\s>/]*)([^>]*)>"));
    static const QRegularExpression attribute(QStringLiteral("\\s([^\\s=]+)=\"[^\"]*\""));
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        if (!tags.contains(match.captured(2))) {
            *offending = match.captured(0);
            return false;
        }
        QString rest = match.captured(3);
        for (auto a = attribute.globalMatch(rest); a.hasNext();) {
            const auto attr = a.next();
            if (!attributes.contains(attr.captured(1))) {
                *offending = match.captured(0);
                return false;
            }
        }
        rest.remove(attribute);
        if (!rest.trimmed().isEmpty()) {
            *offending = match.captured(0);
            return false;
        }
    }
    // A '<' that starts no tag must not exist: text is escaped.
    if (QString(html).remove(tag).contains(QLatin1Char('<'))) {
        *offending = html;
        return false;
    }
    return true;
}

} // namespace

class TestMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersCommonMark()
    {
        const QString html = toHtml(QStringLiteral(
            "# Update\n\nBitte **vor** dem _1. August_ ~~bald~~ installieren.\n\n- eins\n- zwei\n\n"
            "3. drei\n4. vier\n\n> Zitat\n\n`code` und\n\n```\nblock <b>\n```\n\n---\n\n"
            "| Version | Datum |\n|:--|--:|\n| 2.4.1 | 01.08. |\n"));
        QVERIFY(html.contains(QStringLiteral("<h1>Update</h1>")));
        QVERIFY(html.contains(QStringLiteral("<strong>vor</strong>")));
        QVERIFY(html.contains(QStringLiteral("<em>1. August</em>")));
        QVERIFY(html.contains(QStringLiteral("<s>bald</s>")));
        QVERIFY(html.contains(QStringLiteral("<ul>\n<li>eins</li>")));
        QVERIFY(html.contains(QStringLiteral("<ol start=\"3\">")));
        QVERIFY(html.contains(QStringLiteral("<blockquote>")));
        QVERIFY(html.contains(QStringLiteral("<code>code</code>")));
        QVERIFY(html.contains(QStringLiteral("<pre><code>block &lt;b&gt;\n</code></pre>")));
        QVERIFY(html.contains(QStringLiteral("<hr>")));
        QVERIFY(html.contains(QStringLiteral("<th align=\"left\">Version</th>")));
        QVERIFY(html.contains(QStringLiteral("<td align=\"right\">01.08.</td>")));
        QString offending;
        QVERIFY2(onlyAllowedMarkup(html, &offending), qPrintable(offending));
    }

    void rawHtmlIsEscaped_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>");
        QTest::newRow("script block") << QStringLiteral("<script>\nalert(1)\n</script>\n");
        QTest::newRow("img onerror") << QStringLiteral("Hallo <img src=x onerror=alert(1)>");
        QTest::newRow("iframe") << QStringLiteral("<iframe src=\"https://evil.example\"></iframe>");
        QTest::newRow("comment") << QStringLiteral("a <!-- <script> --> b");
        QTest::newRow("style") << QStringLiteral("<style>body{display:none}</style>");
        QTest::newRow("entity-encoded tag") << QStringLiteral("&lt;script&gt; &#60;script&#62;");
        QTest::newRow("hex entity tag") << QStringLiteral("&#x3C;script&#x3E;alert(1)");
        QTest::newRow("tag in link text")
            << QStringLiteral("[<script>x</script>](https://a.example)");
        QTest::newRow("quote in link target")
            << QStringLiteral("[x](https://a.example/\"onmouseover=\"alert(1))");
        QTest::newRow("entity quote in target")
            << QStringLiteral("[x](https://a.example/&quot;onmouseover=&quot;alert(1))");
        QTest::newRow("quote in title")
            << QStringLiteral("[x](https://a.example \"a\\\" onclick=\\\"b\")");
        QTest::newRow("tag in image alt")
            << QStringLiteral("![<script>alert(1)</script>](https://i.example/a.png)");
        QTest::newRow("tag in code span") << QStringLiteral("`<script>`");
        QTest::newRow("tag in table")
            << QStringLiteral("| a |\n|---|\n| <script>alert(1)</script> |");
        QTest::newRow("nul character") << QStringView(u"a\0<b>", 5).toString();
    }

    void rawHtmlIsEscaped()
    {
        QFETCH(QString, markdown);
        const QString html = toHtml(markdown);
        QString offending;
        QVERIFY2(onlyAllowedMarkup(html, &offending), qPrintable(offending));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<iframe"), Qt::CaseInsensitive));
    }

    void scriptTextStaysVisible()
    {
        QCOMPARE(toHtml(QStringLiteral("<script>alert(1)</script>")),
                 QStringLiteral("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"));
        QCOMPARE(toHtml(QStringLiteral("a &amp; b &copy; &#169; &bogus;")),
                 QStringLiteral("<p>a &amp; b \u00A9 \u00A9 &amp;bogus;</p>\n"));
    }

    void containsRawHtml_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<bool>("html");
        QTest::newRow("inline tag") << QStringLiteral("Hallo <b>Welt</b>") << true;
        QTest::newRow("block") << QStringLiteral("<div>\nHallo\n</div>") << true;
        QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>") << true;
        QTest::newRow("comment") << QStringLiteral("a <!-- x --> b") << true;
        QTest::newRow("img") << QStringLiteral("<img src=x onerror=alert(1)>") << true;
        QTest::newRow("processing instruction") << QStringLiteral("<?php echo 1; ?>") << true;
        QTest::newRow("plain") << QStringLiteral("Bitte **jetzt** aktualisieren.") << false;
        QTest::newRow("less than") << QStringLiteral("a < b and x <3") << false;
        QTest::newRow("autolink") << QStringLiteral("<https://kunden.example/>") << false;
        QTest::newRow("code span") << QStringLiteral("`<b>`") << false;
        QTest::newRow("code block") << QStringLiteral("```\n<div>\n```") << false;
        QTest::newRow("escaped") << QStringLiteral("\\<b> &lt;b&gt;") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void containsRawHtml()
    {
        QFETCH(QString, markdown);
        QFETCH(bool, html);
        QCOMPARE(nb::markdown::containsRawHtml(markdown), html);
    }

    void imagesAreNeverLoaded()
    {
        QCOMPARE(toHtml(QStringLiteral("![Logo](https://cdn.example/logo.png)")),
                 QStringLiteral("<p><a href=\"https://cdn.example/logo.png\">Logo</a></p>\n"));
        // Without alt text the address is the label; a relative one is text, not a link.
        QCOMPARE(toHtml(QStringLiteral("![](https://cdn.example/x.png)")),
                 QStringLiteral("<p><a href=\"https://cdn.example/x.png\">https://cdn.example/"
                                "x.png</a></p>\n"));
        QCOMPARE(toHtml(QStringLiteral("![Logo](logo.png)")),
                 QStringLiteral("<p>Logo (logo.png)</p>\n"));
        // An image inside a link: one link, the picture's address as text.
        QCOMPARE(
            toHtml(QStringLiteral("[![Bild *x*](https://i.example/i.png)](https://l.example)")),
            QStringLiteral("<p><a href=\"https://l.example\">Bild x (https://i.example/"
                           "i.png)</a></p>\n"));
    }

    void linksKeepTheirRealTarget()
    {
        // The label pretends to be the Kundencenter; href tells the truth (the UI shows it).
        QCOMPARE(toHtml(QStringLiteral("[https://kunden.example](https://evil.example/login)")),
                 QStringLiteral("<p><a href=\"https://evil.example/login\">https://kunden."
                                "example</a></p>\n"));
        QCOMPARE(toHtml(QStringLiteral("[Login](https://kunden.example/?a=1&b=2 \"Titel\")")),
                 QStringLiteral("<p><a href=\"https://kunden.example/?a=1&amp;b=2\" "
                                "title=\"Titel\">Login</a></p>\n"));
        QVERIFY(toHtml(QStringLiteral("www.example.com"))
                    .contains(QStringLiteral("href=\"http://www.example.com\"")));
        QVERIFY(toHtml(QStringLiteral("support@vendor.example"))
                    .contains(QStringLiteral("href=\"mailto:support@vendor.example\"")));
    }

    void onlyWebAndMailLinksAreLive_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        QTest::newRow("javascript") << QStringLiteral("[Update](javascript:alert(1))")
                                    << QStringLiteral("<p>Update (javascript:alert(1))</p>\n");
        QTest::newRow("upper-case javascript")
            << QStringLiteral("[Update](JaVaScRiPt:alert(1))")
            << QStringLiteral("<p>Update (JaVaScRiPt:alert(1))</p>\n");
        QTest::newRow("file") << QStringLiteral("[Patch](file:///tmp/patch.sh)")
                              << QStringLiteral("<p>Patch (file:///tmp/patch.sh)</p>\n");
        QTest::newRow("data") << QStringLiteral("[x](data:text/html;base64,PHNjcmlwdD4=)")
                              << QStringLiteral("<p>x (data:text/html;base64,PHNjcmlwdD4=)</p>\n");
        QTest::newRow("relative") << QStringLiteral("[Setup](setup.exe)")
                                  << QStringLiteral("<p>Setup (setup.exe)</p>\n");
        QTest::newRow("smb") << QStringLiteral("[Share](smb://host/share)")
                             << QStringLiteral("<p>Share (smb://host/share)</p>\n");
    }

    void onlyWebAndMailLinksAreLive()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(toHtml(markdown), html);
    }

    void linkTargetsInOrder()
    {
        QCOMPARE(linkTargets(QStringLiteral(
                     "Siehe [Forum](https://forum.example/t/1) und ![Plan](https://i.example/p.png)"
                     ", <https://status.example/> oder [x](javascript:alert(1)).\n\n"
                     "[ref]: https://unused.example/\n\n[Entity](https://a.example/?q=&amp;)")),
                 QStringList({QStringLiteral("https://forum.example/t/1"),
                              QStringLiteral("https://i.example/p.png"),
                              QStringLiteral("https://status.example/"),
                              QStringLiteral("javascript:alert(1)"),
                              QStringLiteral("https://a.example/?q=&")}));
        QVERIFY(linkTargets(QStringLiteral("Kein Link, nur <b>HTML</b>.")).isEmpty());
        QCOMPARE(linkTargets(QStringLiteral("[r][ref]\n\n[ref]: https://ref.example/")),
                 QStringList{QStringLiteral("https://ref.example/")});
    }
};

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
