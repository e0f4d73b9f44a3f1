#include "core/emailaddress.h"

#include <QString>
#include <QTest>

using nb::isValidEmail;
using nb::normalizeEmail;

namespace {

QString repeated(qsizetype count, char16_t c)
{
    return QString(count, QChar(c));
}

// A domain of exactly `length` octets (length >= 4), made of labels of at most 63 octets and
// ending in ".de".
QString domainOfLength(qsizetype length)
{
    const QString tld = QStringLiteral(".de");
    qsizetype remaining = length - tld.size();
    QString front;
    while (remaining > 0) {
        // Leave room for a dot and at least one more character if the rest does not fit.
        const qsizetype labelSize = remaining > 63 ? qMin<qsizetype>(63, remaining - 2) : remaining;
        front += repeated(labelSize, u'b');
        remaining -= labelSize;
        if (remaining > 0) {
            front += QLatin1Char('.');
            --remaining;
        }
    }
    return front + tld;
}

QString withChar(const QString &before, char16_t c, const QString &after)
{
    return before + QChar(c) + after;
}

} // namespace

class TestEmailAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpers();
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void controlCharacterMessage();
    void idempotent_data();
    void idempotent();
};

void TestEmailAddress::helpers()
{
    QCOMPARE(domainOfLength(189).size(), 189);
    QCOMPARE(domainOfLength(190).size(), 190);
    QCOMPARE(domainOfLength(254).size(), 254);
    QCOMPARE(domainOfLength(66).size(), 66);
    QCOMPARE(domainOfLength(67).size(), 67);
}

void TestEmailAddress::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("trimmed, domain lower-cased, local part kept")
        << QStringLiteral("  Max.Mustermann@Muster-Handel.EXAMPLE ")
        << QStringLiteral("Max.Mustermann@muster-handel.example");
    QTest::newRow("upper-case local part kept")
        << QStringLiteral("MAX@EXAMPLE.COM") << QStringLiteral("MAX@example.com");
    QTest::newRow("simple") << QStringLiteral("first.last@example.com")
                            << QStringLiteral("first.last@example.com");
    QTest::newRow("short") << QStringLiteral("x@x.io") << QStringLiteral("x@x.io");
    QTest::newRow("plus tag, subdomains") << QStringLiteral("user+tag@sub.example.co.uk")
                                          << QStringLiteral("user+tag@sub.example.co.uk");
    QTest::newRow("apostrophe") << QStringLiteral("o'reilly@example.ie")
                                << QStringLiteral("o'reilly@example.ie");
    QTest::newRow("all atext specials") << QStringLiteral("!#$%&'*+-/=?^_`{|}~@example.org")
                                        << QStringLiteral("!#$%&'*+-/=?^_`{|}~@example.org");
    QTest::newRow("hyphens in labels")
        << QStringLiteral("a-b@a-b.c--d.de") << QStringLiteral("a-b@a-b.c--d.de");
    QTest::newRow("numeric label, alphabetic TLD")
        << QStringLiteral("a@123.example") << QStringLiteral("a@123.example");
    QTest::newRow("IDN umlaut") << QStringLiteral("info@bücher.de")
                                << QStringLiteral("info@xn--bcher-kva.de");
    QTest::newRow("IDN upper-case")
        << QStringLiteral("info@BÜCHER.DE") << QStringLiteral("info@xn--bcher-kva.de");
    QTest::newRow("IDN decomposed (NFC)")
        << QStringLiteral("info@bu\u0308cher.de") << QStringLiteral("info@xn--bcher-kva.de");
    QTest::newRow("already ACE") << QStringLiteral("info@xn--bcher-kva.de")
                                 << QStringLiteral("info@xn--bcher-kva.de");
    QTest::newRow("already ACE, upper-case")
        << QStringLiteral("info@XN--BCHER-KVA.DE") << QStringLiteral("info@xn--bcher-kva.de");
    QTest::newRow("IDN sharp s (non-transitional)")
        << QStringLiteral("a@straße.de") << QStringLiteral("a@xn--strae-oqa.de");
    QTest::newRow("IDN Cyrillic incl. TLD")
        << QStringLiteral("a@пример.рф") << QStringLiteral("a@xn--e1afmkfd.xn--p1ai");
    QTest::newRow("full-width letters mapped (UTS #46)")
        << QStringLiteral("a@ｅｘａｍｐｌｅ.com") << QStringLiteral("a@example.com");
    QTest::newRow("no-break spaces trimmed")
        << QStringLiteral("\u00A0max@x.de\u00A0") << QStringLiteral("max@x.de");
    QTest::newRow("quoted with space")
        << QStringLiteral("\"john doe\"@example.com") << QStringLiteral("\"john doe\"@example.com");
    QTest::newRow("quoted with @ and comma")
        << QStringLiteral("\"a@b,c\"@example.com") << QStringLiteral("\"a@b,c\"@example.com");
    QTest::newRow("quoted with escaped quote") << QStringLiteral("\"say \\\"hi\\\"\"@example.com")
                                               << QStringLiteral("\"say \\\"hi\\\"\"@example.com");
    QTest::newRow("local part 64 octets") << repeated(64, u'a') + QStringLiteral("@example.com")
                                          << repeated(64, u'a') + QStringLiteral("@example.com");
    QTest::newRow("quoted local part 64 octets")
        << QLatin1Char('"') + repeated(62, u' ') + QStringLiteral("\"@example.com")
        << QLatin1Char('"') + repeated(62, u' ') + QStringLiteral("\"@example.com");
    QTest::newRow("label 63 octets")
        << QStringLiteral("a@") + repeated(63, u'b') + QStringLiteral(".de")
        << QStringLiteral("a@") + repeated(63, u'b') + QStringLiteral(".de");
    QTest::newRow("address 254 octets")
        << repeated(64, u'a') + QLatin1Char('@') + domainOfLength(189)
        << repeated(64, u'a') + QLatin1Char('@') + domainOfLength(189);
}

void TestEmailAddress::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const nb::Result<QString> result = normalizeEmail(input);
    if (!result)
        QFAIL(qPrintable(result.error().message));
    QCOMPARE(*result, expected);
    QVERIFY(isValidEmail(input));
}

void TestEmailAddress::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fragment"); // part of the expected, specific message

    const QString local65 = repeated(65, u'a');

    QTest::newRow("empty") << QString() << QStringLiteral("Please enter an e-mail address.");
    QTest::newRow("whitespace only")
        << QStringLiteral("   ") << QStringLiteral("Please enter an e-mail address.");
    QTest::newRow("no @") << QStringLiteral("max.mustermann")
                          << QStringLiteral("needs an @ followed by a domain");
    QTest::newRow("nothing after @")
        << QStringLiteral("max@") << QStringLiteral("domain after the @ is missing");
    QTest::newRow("nothing before @")
        << QStringLiteral("@x.de") << QStringLiteral("part before the @ is missing");

    // Lengths.
    QTest::newRow("local part 65 octets")
        << local65 + QStringLiteral("@example.com") << QStringLiteral("(65 characters, at most 64");
    QTest::newRow("address 255 octets")
        << repeated(64, u'a') + QLatin1Char('@') + domainOfLength(190)
        << QStringLiteral("(255 characters, at most 254");
    QTest::newRow("domain 254 octets") << QStringLiteral("a@") + domainOfLength(254)
                                       << QStringLiteral("(254 characters, at most 253");
    QTest::newRow("label 64 octets")
        << QStringLiteral("a@") + repeated(64, u'b') + QStringLiteral(".de")
        << QStringLiteral("(64 characters, at most 63");
    QTest::newRow("IDN label too long after ACE")
        << QStringLiteral("a@") + repeated(60, u'b') + QStringLiteral("ü.de")
        << QStringLiteral("punycode");

    // Dots.
    QTest::newRow("double dot in local part") << QStringLiteral("a..b@x.de")
                                              << QStringLiteral("before the @ must not contain "
                                                                "two dots");
    QTest::newRow("leading dot in local part")
        << QStringLiteral(".a@x.de") << QStringLiteral("before the @ must not start with a dot");
    QTest::newRow("trailing dot in local part")
        << QStringLiteral("a.@x.de") << QStringLiteral("before the @ must not end with a dot");
    QTest::newRow("double dot in domain") << QStringLiteral("a@x..de")
                                          << QStringLiteral("domain after the @ must not contain "
                                                            "two dots");
    QTest::newRow("leading dot in domain")
        << QStringLiteral("a@.x.de") << QStringLiteral("domain after the @ must not start");
    QTest::newRow("trailing dot in domain")
        << QStringLiteral("a@x.de.")
        << QStringLiteral("domain after the @ must not end with a dot");

    // Domain structure.
    QTest::newRow("single-label domain")
        << QStringLiteral("a@b") << QStringLiteral("needs at least one dot");
    QTest::newRow("localhost") << QStringLiteral("a@localhost")
                               << QStringLiteral("needs at least one dot");
    QTest::newRow("label starts with hyphen")
        << QStringLiteral("a@-x.de") << QStringLiteral("\"-x\" of the domain must not start");
    QTest::newRow("label ends with hyphen")
        << QStringLiteral("a@x-.de") << QStringLiteral("\"x-\" of the domain must not end");
    QTest::newRow("IDN label ends with hyphen")
        << QStringLiteral("a@ä-.de") << QStringLiteral("must not end with a hyphen");
    QTest::newRow("numeric TLD") << QStringLiteral("a@123.456")
                                 << QStringLiteral("not with digits");
    QTest::newRow("bare IPv4") << QStringLiteral("a@192.168.0.1")
                               << QStringLiteral("An IP address is not accepted");
    QTest::newRow("IPv4 literal") << QStringLiteral("a@[192.168.0.1]")
                                  << QStringLiteral("square brackets");
    QTest::newRow("IPv6 literal") << QStringLiteral("a@[IPv6:2001:db8::1]")
                                  << QStringLiteral("square brackets");
    QTest::newRow("underscore in domain")
        << QStringLiteral("a@x_y.de") << QStringLiteral("\"_\" at position 4");
    QTest::newRow("ideographic full stop")
        << QStringLiteral("a@x\u3002de") << QStringLiteral("(U+3002) at position 4");
    QTest::newRow("zero-width space in domain")
        << QStringLiteral("a@x.de\u200B") << QStringLiteral("(U+200B) at position 7");
    QTest::newRow("emoji in domain")
        << QStringLiteral("a@\U0001F600.de") << QStringLiteral("(U+1F600) at position 3");
    QTest::newRow("broken ACE label")
        << QStringLiteral("a@xn--zz.de") << QStringLiteral("not a valid internationalised");
    QTest::newRow("ACE label decoding to emoji")
        << QStringLiteral("a@xn--ls8h.de") << QStringLiteral("not a valid internationalised");

    // Header injection and control characters.
    QTest::newRow("CRLF header injection")
        << QStringLiteral("a@x.de\r\nBcc: evil@x.de") << QStringLiteral("control character");
    QTest::newRow("LF in local part")
        << QStringLiteral("a\n@x.de") << QStringLiteral("control character");
    QTest::newRow("trailing LF not trimmed away")
        << QStringLiteral("a@x.de\n") << QStringLiteral("control character");
    QTest::newRow("NUL") << withChar(QStringLiteral("a@x.de"), 0, QString())
                         << QStringLiteral("control character");
    QTest::newRow("TAB") << QStringLiteral("\ta@x.de") << QStringLiteral("control character");
    QTest::newRow("DEL") << withChar(QStringLiteral("a"), 0x7F, QStringLiteral("@x.de"))
                         << QStringLiteral("control character");
    QTest::newRow("C1 NEL") << withChar(QStringLiteral("a@x.de"), 0x85, QString())
                            << QStringLiteral("control character");
    QTest::newRow("line separator")
        << QStringLiteral("a@x.de\u2028") << QStringLiteral("control character");

    // Names, lists, spaces.
    QTest::newRow("display name") << QStringLiteral("Max <max@x.de>")
                                  << QStringLiteral("without a name or angle brackets");
    QTest::newRow("angle brackets only")
        << QStringLiteral("<max@x.de>") << QStringLiteral("without a name or angle brackets");
    QTest::newRow("quoted display name") << QStringLiteral("\"Max M\" <max@x.de>")
                                         << QStringLiteral("without a name or angle brackets");
    QTest::newRow("two @") << QStringLiteral("a@b@c.de") << QStringLiteral("only one @");
    QTest::newRow("list with comma")
        << QStringLiteral("a@x.de, b@y.de") << QStringLiteral("Enter only one e-mail address");
    QTest::newRow("list with space")
        << QStringLiteral("a@x.de b@y.de") << QStringLiteral("Enter only one e-mail address");
    QTest::newRow("comma") << QStringLiteral("a,b@x.de") << QStringLiteral("commas or semicolons");
    QTest::newRow("semicolon") << QStringLiteral("a;b@x.de")
                               << QStringLiteral("commas or semicolons");
    QTest::newRow("space") << QStringLiteral("a b@x.de")
                           << QStringLiteral("must not contain spaces");
    QTest::newRow("no-break space inside")
        << QStringLiteral("a\u00A0b@x.de") << QStringLiteral("must not contain spaces");

    // Local part characters and quoting.
    QTest::newRow("umlaut in local part")
        << QStringLiteral("ä@x.de") << QStringLiteral("may only contain ASCII letters");
    QTest::newRow("umlaut in quoted local part")
        << QStringLiteral("\"jö\"@x.de") << QStringLiteral("\"ö\" (U+00F6) at position 3");
    QTest::newRow("unpaired surrogate")
        << withChar(QStringLiteral("a"), 0xD800, QStringLiteral("@x.de"))
        << QStringLiteral("(U+FFFD) at position 2");
    QTest::newRow("comment") << QStringLiteral("a(comment)@x.de")
                             << QStringLiteral("\"(\" at position 2 is not allowed in the part "
                                               "before the @");
    QTest::newRow("full-width at") << QStringLiteral("a＠x.de")
                                   << QStringLiteral("(U+FF20) at position 2, which looks like "
                                                     "an @");
    QTest::newRow("small commercial at")
        << QStringLiteral("a\uFE6Bx.de") << QStringLiteral("looks like an @");
    QTest::newRow("unterminated quote") << QStringLiteral("\"unterminated@x.de")
                                        << QStringLiteral("quotation mark at the beginning");
    QTest::newRow("escaped closing quote")
        << QStringLiteral("\"abc\\\"@x.de") << QStringLiteral("quotation mark at the beginning");
    QTest::newRow("quote then atom")
        << QStringLiteral("\"a\"b@x.de") << QStringLiteral("must enclose the entire part");
    QTest::newRow("quote in the middle")
        << QStringLiteral("a\"b\"@x.de") << QStringLiteral("must enclose the entire part");
    QTest::newRow("empty quotes") << QStringLiteral("\"\"@x.de")
                                  << QStringLiteral("must not be empty");
}

void TestEmailAddress::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, fragment);

    const nb::Result<QString> result = normalizeEmail(input);
    if (result)
        QFAIL(qPrintable(QStringLiteral("accepted as ") + *result));
    QCOMPARE(result.error().code, QStringLiteral("invalid-email"));
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY2(result.error().message.contains(fragment),
             qPrintable(QStringLiteral("message was: ") + result.error().message));
    QVERIFY(!isValidEmail(input));
}

void TestEmailAddress::controlCharacterMessage()
{
    const nb::Result<QString> result = normalizeEmail(u"a@x.de\r\nBcc: evil@x.de");
    QVERIFY(!result);
    QCOMPARE(result.error().message,
             QStringLiteral("The e-mail address contains a control character."));
}

void TestEmailAddress::idempotent_data()
{
    valid_data();
}

// Normalising a normalised address changes nothing (stored addresses can be re-checked).
void TestEmailAddress::idempotent()
{
    QFETCH(QString, expected);

    const nb::Result<QString> result = normalizeEmail(expected);
    QVERIFY(result);
    QCOMPARE(*result, expected);
}

QTEST_APPLESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
