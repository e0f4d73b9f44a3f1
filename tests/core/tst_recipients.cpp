// Who receives a mandatory mailing (core/recipients.h): tables of companies and what resolve()
// makes of them — the Erstkontakt standing in for an empty Verteiler category, duplicates across
// the three sources merged into one recipient with every source, case and IDN spellings of one
// mailbox, excluded companies and addresses, companies without a licence skipped and counted —
// the dedup key, and the CSV export (RFC 4180 quoting, formula defusing, UTF-8, CRLF).
#include "core/emailaddress.h"
#include "core/recipients.h"

#include <QTest>

using namespace nb::recipients;

Q_DECLARE_METATYPE(QList<nb::recipients::CompanyInput>)
Q_DECLARE_METATYPE(nb::recipients::Exclusions)

namespace {

const QString security = QStringLiteral("security");

Contact contact(const char *email, const char *name)
{
    return Contact{QString::fromUtf8(email), QString::fromUtf8(name)};
}

// A company licensing `licensed`, with the Verteiler `verteiler` in the category "security" and
// one address in another category (which a security mailing must never reach).
CompanyInput company(qint64 id, const char *erstkontakt, const QList<Contact> &contacts = {},
                     const QStringList &verteiler = {},
                     const QStringList &licensed = {QStringLiteral("wawi")})
{
    CompanyInput c;
    c.id = id;
    c.name = QStringLiteral("Firma %1").arg(id);
    c.customerNumber = QStringLiteral("K-%1").arg(id);
    c.primaryContactEmail = QString::fromUtf8(erstkontakt);
    c.criticalContacts = contacts;
    c.distribution.insert(security, verteiler);
    c.distribution.insert(QStringLiteral("product-news"),
                          {QStringLiteral("news%1@elsewhere.example").arg(id)});
    c.licensedProducts = licensed;
    return c;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

// "E+A+V+F" for the source flags.
QString letters(int sources)
{
    QStringList parts;
    if (sources & int(Source::Erstkontakt))
        parts.append(QStringLiteral("E"));
    if (sources & int(Source::Ansprechpartner))
        parts.append(QStringLiteral("A"));
    if (sources & int(Source::Verteiler))
        parts.append(QStringLiteral("V"));
    if (sources & int(Source::Fallback))
        parts.append(QStringLiteral("F"));
    return parts.join(QLatin1Char('+'));
}

// The resolution as lines: "#<id>[ excluded][ fallback]: <address> <sources>[ (name)][ x], ..."
// per company, then the totals.
QStringList describe(const Resolution &r)
{
    QStringList lines;
    for (const CompanyRecipients &c : r.companies) {
        QStringList recipients;
        for (const Recipient &recipient : c.recipients) {
            QString text = recipient.address + QLatin1Char(' ') + letters(recipient.sources);
            if (!recipient.name.isEmpty())
                text += QStringLiteral(" (%1)").arg(recipient.name);
            if (recipient.excluded)
                text += QStringLiteral(" x");
            recipients.append(text);
        }
        QString head = QStringLiteral("#%1").arg(c.companyId);
        if (c.excluded)
            head += QStringLiteral(" excluded");
        if (c.usesFallback)
            head += QStringLiteral(" fallback");
        lines.append(head + QStringLiteral(": ") + recipients.join(QStringLiteral(", ")));
    }
    lines.append(QStringLiteral("addresses=%1 excludedAddresses=%2 included=%3 excluded=%4 "
                                "unlicensed=%5")
                     .arg(r.addresses)
                     .arg(r.excludedAddresses)
                     .arg(r.companiesIncluded)
                     .arg(r.companiesExcluded)
                     .arg(r.companiesUnlicensed));
    return lines;
}

// A domain of exactly `length` (>= 4) characters: labels of at most 63, ending in ".de".
QString domainOfLength(qsizetype length)
{
    QString domain = QStringLiteral("de");
    while (domain.size() < length) {
        const qsizetype room = length - domain.size() - 1; // for a label and its dot
        const qsizetype label = room > 63 ? std::min<qsizetype>(63, room - 2) : room;
        domain.prepend(QString(label, QLatin1Char('b')) + QLatin1Char('.'));
    }
    return domain;
}

Exclusions excludeCompanies(std::initializer_list<qint64> ids)
{
    Exclusions e;
    for (const qint64 id : ids)
        e.companies.insert(id);
    return e;
}

Exclusions excludeAddress(qint64 company, const char *address)
{
    Exclusions e;
    e.addresses[company].insert(dedupKey(QString::fromUtf8(address)));
    return e;
}

} // namespace

class TestRecipients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dedupKey_data();
    void dedupKey();
    void agreesWithNormalizeEmail_data();
    void agreesWithNormalizeEmail();
    void resolve_data();
    void resolve();
    void keepsInputOrderAndMetadata();
    void noCompanies();
    void csv_data();
    void csv();
    void csvOfResolution();
};

void TestRecipients::dedupKey_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("key");

    const auto row = [](const char *name, const char *address, const char *key) {
        QTest::newRow(name) << QString::fromUtf8(address) << QString::fromUtf8(key);
    };
    row("plain", "info@muster.example", "info@muster.example");
    row("upper case local part and domain", "Info@Muster.EXAMPLE", "info@muster.example");
    row("surrounding spaces", "  info@muster.example ", "info@muster.example");
    row("IDN domain to punycode", "info@bücher.example", "info@xn--bcher-kva.example");
    row("IDN upper case", "INFO@BÜCHER.example", "info@xn--bcher-kva.example");
    row("punycode stays", "info@xn--bcher-kva.example", "info@xn--bcher-kva.example");
    row("punycode upper case", "info@XN--BCHER-KVA.example", "info@xn--bcher-kva.example");
    row("plus address", "It+Security@muster.example", "it+security@muster.example");
    row("empty", "", "");
    row("no at", "info.muster.example", "");
    row("display name", "Info <info@muster.example>", "");
    row("header injection", "info@muster.example\r\nBcc: x@evil.example", "");
    row("two addresses", "a@muster.example, b@muster.example", "");
    row("non-ascii local part", "jürgen@muster.example", "");
}

void TestRecipients::dedupKey()
{
    QFETCH(QString, address);
    QFETCH(QString, key);
    QCOMPARE(nb::recipients::dedupKey(address), key);
}

void TestRecipients::agreesWithNormalizeEmail_data()
{
    QTest::addColumn<QString>("address");

    const auto row = [](const QString &address) {
        QString name = address.left(40);
        name.replace(QLatin1Char('\n'), QLatin1String("\\n"))
            .replace(QLatin1Char('\t'), QLatin1String("\\t"));
        QTest::newRow(qPrintable(QStringLiteral("%1 (%2)").arg(name).arg(address.size())))
            << address;
    };
    for (const char *address : {"a@b.example",
                                "a.b@c.example",
                                ".a@b.example",
                                "a.@b.example",
                                "a..b@c.example",
                                "a@b..example",
                                "a@.b.example",
                                "a@b.example.",
                                "a@b",
                                "a@localhost",
                                "a@1.2.3.4",
                                "a@b.123",
                                "a@b.c1",
                                "a@123.example",
                                "a@-b.example",
                                "a@b-.example",
                                "a@b-c.example",
                                "a@b_c.example",
                                "a@B.example",
                                "A@b.example",
                                "a@xn--bcher-kva.example",
                                "a@xn--bcher-kva-.example",
                                "a@xn--zz.example",
                                "a@XN--BCHER-KVA.example",
                                "a@xn--a.example",
                                "!#$%&'*+-/=?^_`{|}~@b.example",
                                "a b@c.example",
                                "\"a b\"@c.example",
                                "\"a\"@c.example",
                                "a@b.example ",
                                " a@b.example",
                                "a\t@b.example",
                                "a@b@c.example",
                                "",
                                "@b.example",
                                "a@",
                                "a(b)@c.example",
                                "a,b@c.example",
                                "ä@b.example",
                                "a@bücher.example",
                                "a@b.exämple",
                                "a@[1.2.3.4]",
                                "a@b.example\n",
                                "<a@b.example>",
                                "a@b.e-x.ample",
                                "a@0.example",
                                "a@b.-example"}) {
        row(QString::fromUtf8(address));
    }
    // The length limits, each side (the quick path must refuse what is too long).
    const QString local64(64, QLatin1Char('a'));
    const QList<std::pair<QString, bool>> limits{
        {local64 + QStringLiteral("@b.example"), true},
        {local64 + QStringLiteral("a@b.example"), false},
        {QStringLiteral("a@") + QString(63, QLatin1Char('b')) + QStringLiteral(".example"), true},
        {QStringLiteral("a@") + QString(64, QLatin1Char('b')) + QStringLiteral(".example"), false},
        {QStringLiteral("a@") + domainOfLength(252), true},
        {QStringLiteral("a@") + domainOfLength(253), false},
        {local64 + QLatin1Char('@') + domainOfLength(189), true},
        {local64 + QLatin1Char('@') + domainOfLength(190), false}};
    for (const auto &[address, valid] : limits) {
        QCOMPARE(nb::isValidEmail(address), valid);
        row(address);
    }
}

// Stored addresses take a quick path; whatever the path, the outcome is nb::normalizeEmail's:
// the same spelling, the same key, or left out when it is refused.
void TestRecipients::agreesWithNormalizeEmail()
{
    QFETCH(QString, address);

    const nb::Result<QString> expected = nb::normalizeEmail(address);
    QCOMPARE(nb::recipients::dedupKey(address), expected ? expected->toLower() : QString());
    CompanyInput c = company(1, "", {}, {address});
    const Resolution withAddress = nb::recipients::resolve({c}, {QStringLiteral("wawi")}, security);
    const QList<Recipient> &recipients = withAddress.companies.at(0).recipients;
    if (!expected) {
        QVERIFY(recipients.isEmpty());
        return;
    }
    QCOMPARE(recipients.size(), 1);
    QCOMPARE(recipients.at(0).address, *expected);
}

void TestRecipients::resolve_data()
{
    QTest::addColumn<QList<CompanyInput>>("companies");
    QTest::addColumn<QStringList>("products");
    QTest::addColumn<Exclusions>("exclusions");
    QTest::addColumn<QStringList>("expected");

    const QStringList wawi{QStringLiteral("wawi")};
    const auto totals = [](int addresses, int excludedAddresses, int included, int excluded,
                           int unlicensed) {
        return QStringLiteral("addresses=%1 excludedAddresses=%2 included=%3 excluded=%4 "
                              "unlicensed=%5")
            .arg(addresses)
            .arg(excludedAddresses)
            .arg(included)
            .arg(excluded)
            .arg(unlicensed);
    };

    // Fallbacks.
    QTest::newRow("empty Verteiler: Erstkontakt as fallback")
        << QList<CompanyInput>{company(1, "info@a.example")} << wawi << Exclusions{}
        << QStringList{QStringLiteral("#1 fallback: info@a.example E+F"), totals(1, 0, 1, 0, 0)};
    {
        CompanyInput noList = company(1, "info@a.example");
        noList.distribution.remove(security);
        QTest::newRow("no Verteiler row for the category: fallback")
            << QList<CompanyInput>{noList} << wawi << Exclusions{}
            << QStringList{QStringLiteral("#1 fallback: info@a.example E+F"),
                           totals(1, 0, 1, 0, 0)};
    }
    QTest::newRow("Verteiler set: no fallback, Erstkontakt still receives")
        << QList<CompanyInput>{company(1, "info@a.example", {}, list({"it@a.example"}))} << wawi
        << Exclusions{}
        << QStringList{QStringLiteral("#1: info@a.example E, it@a.example V"),
                       totals(2, 0, 1, 0, 0)};
    QTest::newRow("fallback and flagged contacts")
        << QList<CompanyInput>{company(1, "info@a.example",
                                       {contact("anna@a.example", "Anna Schmidt")})}
        << wawi << Exclusions{}
        << QStringList{
               QStringLiteral("#1 fallback: info@a.example E+F, anna@a.example A (Anna Schmidt)"),
               totals(2, 0, 1, 0, 0)};
    QTest::newRow("Verteiler of unusable addresses only: fallback")
        << QList<CompanyInput>{company(1, "info@a.example", {},
                                       list({"kein-at-zeichen", "x@a.example\nBcc: y@b.example"}))}
        << wawi << Exclusions{}
        << QStringList{QStringLiteral("#1 fallback: info@a.example E+F"), totals(1, 0, 1, 0, 0)};
    QTest::newRow("unusable Verteiler address left out, the rest used")
        << QList<CompanyInput>{company(1, "info@a.example", {},
                                       list({"kein-at-zeichen", "it@a.example"}))}
        << wawi << Exclusions{}
        << QStringList{QStringLiteral("#1: info@a.example E, it@a.example V"),
                       totals(2, 0, 1, 0, 0)};
    QTest::newRow("fallback to an unusable Erstkontakt: nobody")
        << QList<CompanyInput>{company(1, "")} << wawi << Exclusions{}
        << QStringList{QStringLiteral("#1 fallback: "), totals(0, 0, 0, 0, 0)};

    // Duplicates across sources.
    QTest::newRow("Erstkontakt also in the Verteiler: one recipient, both sources")
        << QList<CompanyInput>{company(1, "info@a.example", {}, list({"info@a.example"}))} << wawi
        << Exclusions{}
        << QStringList{QStringLiteral("#1: info@a.example E+V"), totals(1, 0, 1, 0, 0)};
    QTest::newRow("Erstkontakt also a flagged contact: the contact's name")
        << QList<CompanyInput>{company(1, "anna@a.example",
                                       {contact("anna@a.example", "Anna Schmidt")},
                                       list({"it@a.example"}))}
        << wawi << Exclusions{}
        << QStringList{QStringLiteral("#1: anna@a.example E+A (Anna Schmidt), it@a.example V"),
                       totals(2, 0, 1, 0, 0)};
    QTest::newRow("in all three sources")
        << QList<CompanyInput>{company(1, "anna@a.example",
                                       {contact("anna@a.example", "Anna Schmidt")},
                                       list({"anna@a.example"}))}
        << wawi << Exclusions{}
        << QStringList{QStringLiteral("#1: anna@a.example E+A+V (Anna Schmidt)"),
                       totals(1, 0, 1, 0, 0)};
    QTest::newRow("contact in the Verteiler, order kept")
        << QList<CompanyInput>{company(1, "info@a.example",
                                       {contact("jonas@a.example", "Jonas Weber"),
                                        contact("anna@a.example", "Anna Schmidt")},
                                       list({"it@a.example", "jonas@a.example"}))}
        << wawi << Exclusions{}
        << QStringList{QStringLiteral("#1: info@a.example E, jonas@a.example A+V (Jonas Weber), "
                                      "anna@a.example A (Anna Schmidt), it@a.example V"),
                       totals(4, 0, 1, 0, 0)};
    QTest::newRow("two contacts with one address: the first name")
        << QList<CompanyInput>{company(
               1, "info@a.example",
               {contact("it@a.example", "Jonas Weber"), contact("IT@a.example", "Petra Klein")},
               list({"it@a.example"}))}
        << wawi << Exclusions{}
        << QStringList{QStringLiteral("#1: info@a.example E, it@a.example A+V (Jonas Weber)"),
                       totals(2, 0, 1, 0, 0)};
    QTest::newRow("duplicate within the Verteiler")
        << QList<CompanyInput>{company(1, "info@a.example", {},
                                       list({"it@a.example", "IT@a.example", "it@a.example"}))}
        << wawi << Exclusions{}
        << QStringList{QStringLiteral("#1: info@a.example E, it@a.example V"),
                       totals(2, 0, 1, 0, 0)};
    QTest::newRow("the same address in two companies: one mail each")
        << QList<CompanyInput>{company(1, "info@a.example"),
                               company(2, "it@b.example", {}, list({"info@a.example"}))}
        << wawi << Exclusions{}
        << QStringList{QStringLiteral("#1 fallback: info@a.example E+F"),
                       QStringLiteral("#2: it@b.example E, info@a.example V"),
                       totals(3, 0, 2, 0, 0)};

    // Case and IDN.
    QTest::newRow("case variants: one recipient, the first spelling")
        << QList<CompanyInput>{company(1, "Info@X.example", {}, list({"info@x.example"}))} << wawi
        << Exclusions{}
        << QStringList{QStringLiteral("#1: Info@x.example E+V"), totals(1, 0, 1, 0, 0)};
    QTest::newRow("case variants, lower case first")
        << QList<CompanyInput>{company(1, "info@x.example",
                                       {contact("INFO@X.EXAMPLE", "Info Team")})}
        << wawi << Exclusions{}
        << QStringList{QStringLiteral("#1 fallback: info@x.example E+A+F (Info Team)"),
                       totals(1, 0, 1, 0, 0)};
    QTest::newRow("IDN and punycode: one recipient in punycode")
        << QList<CompanyInput>{company(1, "info@bücher.example", {},
                                       list({"info@xn--bcher-kva.example"}))}
        << wawi << Exclusions{}
        << QStringList{QStringLiteral("#1: info@xn--bcher-kva.example E+V"), totals(1, 0, 1, 0, 0)};
    QTest::newRow("punycode first, then IDN in capitals")
        << QList<CompanyInput>{company(1, "info@xn--bcher-kva.example", {},
                                       list({"INFO@BÜCHER.EXAMPLE"}))}
        << wawi << Exclusions{}
        << QStringList{QStringLiteral("#1: info@xn--bcher-kva.example E+V"), totals(1, 0, 1, 0, 0)};
    QTest::newRow("surrounding spaces")
        << QList<CompanyInput>{company(1, " info@a.example ", {}, list({"info@a.example"}))} << wawi
        << Exclusions{}
        << QStringList{QStringLiteral("#1: info@a.example E+V"), totals(1, 0, 1, 0, 0)};

    // Exclusions.
    const QList<CompanyInput> two{
        company(1, "info@a.example", {contact("anna@a.example", "Anna Schmidt")},
                list({"it@a.example"})),
        company(2, "info@b.example", {}, list({"it@b.example", "it@a.example"}))};
    QTest::newRow("excluded company: listed, not sent to")
        << two << wawi << excludeCompanies({1})
        << QStringList{QStringLiteral("#1 excluded: info@a.example E, anna@a.example A (Anna "
                                      "Schmidt), it@a.example V"),
                       QStringLiteral("#2: info@b.example E, it@b.example V, it@a.example V"),
                       totals(3, 3, 1, 1, 0)};
    QTest::newRow("excluded address (key of another spelling), only in its company")
        << two << wawi << excludeAddress(1, "IT@A.Example")
        << QStringList{QStringLiteral("#1: info@a.example E, anna@a.example A (Anna Schmidt), "
                                      "it@a.example V x"),
                       QStringLiteral("#2: info@b.example E, it@b.example V, it@a.example V"),
                       totals(5, 1, 2, 0, 0)};
    QTest::newRow("excluded IDN address")
        << QList<CompanyInput>{company(1, "info@bücher.example", {}, list({"it@bücher.example"}))}
        << wawi << excludeAddress(1, "it@BÜCHER.example")
        << QStringList{
               QStringLiteral("#1: info@xn--bcher-kva.example E, it@xn--bcher-kva.example V x"),
               totals(1, 1, 1, 0, 0)};
    {
        Exclusions all = excludeAddress(2, "info@b.example");
        all.addresses[2].insert(QStringLiteral("it@b.example"));
        all.addresses[2].insert(QStringLiteral("it@a.example"));
        QTest::newRow("every address of a company excluded: not included, not excluded")
            << two << wawi << all
            << QStringList{QStringLiteral("#1: info@a.example E, anna@a.example A (Anna "
                                          "Schmidt), it@a.example V"),
                           QStringLiteral("#2: info@b.example E x, it@b.example V x, "
                                          "it@a.example V x"),
                           totals(3, 3, 1, 0, 0)};
    }
    QTest::newRow("excluding an unknown company changes nothing")
        << two << wawi << excludeCompanies({99})
        << QStringList{QStringLiteral("#1: info@a.example E, anna@a.example A (Anna Schmidt), "
                                      "it@a.example V"),
                       QStringLiteral("#2: info@b.example E, it@b.example V, it@a.example V"),
                       totals(6, 0, 2, 0, 0)};

    // Licences.
    QTest::newRow("unlicensed company skipped and counted")
        << QList<CompanyInput>{company(1, "info@a.example"),
                               company(2, "info@b.example", {}, {}, {QStringLiteral("shop")}),
                               company(3, "info@c.example", {}, {}, {})}
        << wawi << Exclusions{}
        << QStringList{QStringLiteral("#1 fallback: info@a.example E+F"), totals(1, 0, 1, 0, 2)};
    QTest::newRow("licensing one of two products")
        << QList<CompanyInput>{company(1, "info@a.example", {}, {},
                                       {QStringLiteral("shop"), QStringLiteral("fiskal")}),
                               company(2, "info@b.example", {}, {}, {QStringLiteral("shop")})}
        << QStringList{QStringLiteral("wawi"), QStringLiteral("fiskal")} << Exclusions{}
        << QStringList{QStringLiteral("#1 fallback: info@a.example E+F"), totals(1, 0, 1, 0, 1)};
    QTest::newRow("an excluded unlicensed company counts as unlicensed")
        << QList<CompanyInput>{company(1, "info@a.example", {}, {}, {QStringLiteral("shop")})}
        << wawi << excludeCompanies({1}) << QStringList{totals(0, 0, 0, 0, 1)};
    QTest::newRow("a mailing without products reaches nobody")
        << QList<CompanyInput>{company(1, "info@a.example")} << QStringList{} << Exclusions{}
        << QStringList{totals(0, 0, 0, 0, 1)};

    // Totals over several companies.
    {
        Exclusions mixed = excludeCompanies({3});
        mixed.addresses[1].insert(QStringLiteral("it@a.example"));
        QTest::newRow("totals")
            << QList<CompanyInput>{company(1, "info@a.example", {}, list({"it@a.example"})),
                                   company(2, "info@b.example", {contact("x@b.example", "X Y")},
                                           list({"x@b.example", "info@b.example"})),
                                   company(3, "info@c.example"),
                                   company(4, "info@d.example", {}, {}, {QStringLiteral("shop")}),
                                   company(5, "info@e.example")}
            << wawi << mixed
            << QStringList{QStringLiteral("#1: info@a.example E, it@a.example V x"),
                           QStringLiteral("#2: info@b.example E+V, x@b.example A+V (X Y)"),
                           QStringLiteral("#3 excluded fallback: info@c.example E+F"),
                           QStringLiteral("#5 fallback: info@e.example E+F"),
                           totals(4, 2, 3, 1, 1)};
    }
}

void TestRecipients::resolve()
{
    QFETCH(QList<CompanyInput>, companies);
    QFETCH(QStringList, products);
    QFETCH(Exclusions, exclusions);
    QFETCH(QStringList, expected);

    const Resolution r = nb::recipients::resolve(companies, products, security, exclusions);
    QCOMPARE(describe(r), expected);
}

// Names and customer numbers come along; companies stay in input order; another category's
// Verteiler is never used.
void TestRecipients::keepsInputOrderAndMetadata()
{
    CompanyInput b = company(7, "info@b.example", {}, list({"it@b.example"}));
    b.name = QStringLiteral("Beispiel Shop KG");
    b.customerNumber = QStringLiteral("K-200871");
    CompanyInput a = company(3, "info@a.example");
    const Resolution news =
        nb::recipients::resolve({b, a}, {QStringLiteral("wawi")}, QStringLiteral("product-news"));
    QCOMPARE(news.companies.size(), 2);
    QCOMPARE(news.companies.at(0).companyId, qint64(7));
    QCOMPARE(news.companies.at(0).name, QStringLiteral("Beispiel Shop KG"));
    QCOMPARE(news.companies.at(0).customerNumber, QStringLiteral("K-200871"));
    QCOMPARE(news.companies.at(1).companyId, qint64(3));
    QCOMPARE(describe(news).at(0),
             QStringLiteral("#7: info@b.example E, news7@elsewhere.example V"));

    const Resolution billing = nb::recipients::resolve({b, a}, {QStringLiteral("wawi")},
                                                       QStringLiteral("billing-and-contracts"));
    QCOMPARE(describe(billing).mid(0, 2),
             (QStringList{QStringLiteral("#7 fallback: info@b.example E+F"),
                          QStringLiteral("#3 fallback: info@a.example E+F")}));
}

void TestRecipients::noCompanies()
{
    const Resolution r = nb::recipients::resolve({}, {QStringLiteral("wawi")}, security);
    QVERIFY(r.companies.isEmpty());
    QCOMPARE(r.addresses, qint64(0));
    QCOMPARE(r.companiesUnlicensed, 0);
    QCOMPARE(toCsv(r), QByteArray("customer number,company,address,name,sources,excluded\r\n"));
}

void TestRecipients::csv_data()
{
    QTest::addColumn<QString>("customerNumber");
    QTest::addColumn<QString>("companyName");
    QTest::addColumn<QString>("contactName");
    QTest::addColumn<QByteArray>("row");

    const auto row = [](const char *name, const char *number, const char *company,
                        const char *contact, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(number) << QString::fromUtf8(company)
                            << QString::fromUtf8(contact) << QByteArray(expected);
    };
    row("plain", "K-1", "Muster Handel GmbH", "Anna Schmidt",
        "K-1,Muster Handel GmbH,anna@a.example,Anna Schmidt,Ansprechpartner,no");
    row("comma quoted", "K-1", "Muster, Handel & Co. KG", "Schmidt, Anna",
        "K-1,\"Muster, Handel & Co. KG\",anna@a.example,\"Schmidt, Anna\",Ansprechpartner,no");
    row("quotes doubled", "K-1", "Die \"Beste\" GmbH", "Anna",
        "K-1,\"Die \"\"Beste\"\" GmbH\",anna@a.example,Anna,Ansprechpartner,no");
    row("newline quoted", "K-1", "Zeile 1\nZeile 2", "A\r\nB",
        "K-1,\"Zeile 1\nZeile 2\",anna@a.example,\"A\r\nB\",Ansprechpartner,no");
    row("UTF-8", "K-1", "Bäckerei Öztürk", "Jürgen Müßig",
        "K-1,Bäckerei Öztürk,anna@a.example,Jürgen Müßig,Ansprechpartner,no");
    row("formula =", "=1+1", "=HYPERLINK(\"http://evil.example\")", "Anna",
        "'=1+1,\"'=HYPERLINK(\"\"http://evil.example\"\")\",anna@a.example,Anna,Ansprechpartner,"
        "no");
    row("formula + - @", "+49", "-Rabatt", "@SUM(A1)",
        "'+49,'-Rabatt,anna@a.example,'@SUM(A1),Ansprechpartner,no");
    row("formula sign inside is fine", "K=1", "A+B GmbH", "a@b",
        "K=1,A+B GmbH,anna@a.example,a@b,Ansprechpartner,no");
}

// One recipient row with awkward company and contact fields.
void TestRecipients::csv()
{
    QFETCH(QString, customerNumber);
    QFETCH(QString, companyName);
    QFETCH(QString, contactName);
    QFETCH(QByteArray, row);

    CompanyInput c = company(1, "", {Contact{QStringLiteral("anna@a.example"), contactName}});
    c.customerNumber = customerNumber;
    c.name = companyName;
    const QByteArray csv = toCsv(nb::recipients::resolve({c}, {QStringLiteral("wawi")}, security));
    QCOMPARE(csv, QByteArray("customer number,company,address,name,sources,excluded\r\n") + row +
                      "\r\n");
}

// A whole resolution: one row per address (excluded ones too), sources spelled out, CRLF.
void TestRecipients::csvOfResolution()
{
    const QList<CompanyInput> companies{
        company(1, "info@a.example", {contact("anna@a.example", "Anna Schmidt")},
                list({"-it@a.example", "anna@a.example"})),
        company(2, "info@bücher.example"),
        company(3, "info@c.example", {}, {}, {QStringLiteral("shop")}),
        company(4, "info@d.example")};
    Exclusions exclusions = excludeAddress(1, "-IT@a.example");
    exclusions.companies.insert(4);
    const QByteArray csv =
        toCsv(nb::recipients::resolve(companies, {QStringLiteral("wawi")}, security, exclusions));
    const QByteArray expected =
        "customer number,company,address,name,sources,excluded\r\n"
        "K-1,Firma 1,info@a.example,,Erstkontakt,no\r\n"
        "K-1,Firma 1,anna@a.example,Anna Schmidt,Ansprechpartner; Verteiler,no\r\n"
        "K-1,Firma 1,'-it@a.example,,Verteiler,yes\r\n"
        "K-2,Firma 2,info@xn--bcher-kva.example,,Erstkontakt; Fallback,no\r\n"
        "K-4,Firma 4,info@d.example,,Erstkontakt; Fallback,yes\r\n";
    QCOMPARE(csv, expected);
}

QTEST_APPLESS_MAIN(TestRecipients)
#include "tst_recipients.moc"
