// Who receives a mailing, against the real server with the demo world: GET
// /api/v1/staff/mailings/{id}/recipients answers, per Verteiler category and products of the
// mailing's draft, each licensing demo company's Erstkontakt, flagged Ansprechpartner and
// Verteiler addresses (the Erstkontakt standing in for an empty category), one entry per mailbox
// with all its sources; companies without a licence are skipped and counted. Exclusions (PUT/GET
// .../exclusions) show in the totals and flags, are normalised, leave the mailing's version
// alone, are refused with 422 naming the field for unknown companies and bad addresses (nothing
// stored), and with 409 once the mailing is sent. The list is searchable (name, customer number,
// address, also an IDN domain as typed), paged, and exported as CSV. Staff only: customers 403,
// no session 401; unknown mailings 404.
#include "apiclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>

using namespace nbtest;

namespace {

const QString collection = QStringLiteral("/api/v1/staff/mailings");
const QString musterNumber = QStringLiteral("K-100234");
const QString beispielNumber = QStringLiteral("K-200871");

QString recipientsPath(qint64 id, const QString &query = {})
{
    return QStringLiteral("/api/v1/staff/mailings/%1/recipients").arg(id) + query;
}

QString exclusionsPath(qint64 id)
{
    return QStringLiteral("/api/v1/staff/mailings/%1/exclusions").arg(id);
}

// One company of the answer as a line: "<customer number>[ excluded][ fallback]: <address>
// <source>+<source>[ (<name>)][ x], ..." (x: the address is excluded).
QString describeCompany(const QJsonObject &company)
{
    QStringList recipients;
    for (const QJsonValue &value : company[QStringLiteral("recipients")].toArray()) {
        const QJsonObject r = value.toObject();
        QStringList sources;
        for (const QJsonValue &source : r[QStringLiteral("sources")].toArray())
            sources.append(source.toString());
        QString text = r[QStringLiteral("address")].toString() + QLatin1Char(' ') +
                       sources.join(QLatin1Char('+'));
        if (!r[QStringLiteral("name")].toString().isEmpty())
            text += QStringLiteral(" (%1)").arg(r[QStringLiteral("name")].toString());
        if (r[QStringLiteral("excluded")].toBool())
            text += QStringLiteral(" x");
        recipients.append(text);
    }
    QString head = company[QStringLiteral("customerNumber")].toString();
    if (company[QStringLiteral("excluded")].toBool())
        head += QStringLiteral(" excluded");
    if (company[QStringLiteral("usesFallback")].toBool())
        head += QStringLiteral(" fallback");
    return head + QStringLiteral(": ") + recipients.join(QStringLiteral(", "));
}

QStringList describeCompanies(const QJsonObject &answer)
{
    QStringList lines;
    for (const QJsonValue &value : answer[QStringLiteral("companies")].toArray())
        lines.append(describeCompany(value.toObject()));
    return lines;
}

QString describeTotals(const QJsonObject &answer)
{
    const QJsonObject t = answer[QStringLiteral("totals")].toObject();
    return QStringLiteral("addresses=%1 excludedAddresses=%2 included=%3 excluded=%4 "
                          "unlicensed=%5")
        .arg(t[QStringLiteral("addresses")].toInteger(-1))
        .arg(t[QStringLiteral("excludedAddresses")].toInteger(-1))
        .arg(t[QStringLiteral("companiesIncluded")].toInteger(-1))
        .arg(t[QStringLiteral("companiesExcluded")].toInteger(-1))
        .arg(t[QStringLiteral("companiesUnlicensed")].toInteger(-1));
}

QString totals(int addresses, int excludedAddresses, int included, int excluded, int unlicensed)
{
    return QStringLiteral("addresses=%1 excludedAddresses=%2 included=%3 excluded=%4 "
                          "unlicensed=%5")
        .arg(addresses)
        .arg(excludedAddresses)
        .arg(included)
        .arg(excluded)
        .arg(unlicensed);
}

// The demo companies' lines for a security mailing of a product both license.
const QString musterSecurity = QStringLiteral(
    "K-100234: info@muster-handel.example erstkontakt, anna.schmidt@muster-handel.example "
    "ansprechpartner (Anna Schmidt), jonas.weber@muster-handel.example ansprechpartner+verteiler "
    "(Jonas Weber), it@muster-handel.example verteiler");
const QString beispielSecurity = QStringLiteral(
    "K-200871: lena.fischer@beispiel-shop.example erstkontakt+ansprechpartner (Lena Fischer), "
    "tobias.braun@beispiel-shop.example ansprechpartner+verteiler (Tobias Braun)");

const QByteArray csvHeader = "customer number,company,address,name,sources,excluded\r\n";

} // namespace

class TestApiRecipients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void recipientsPerCategory_data();
    void recipientsPerCategory();
    void companyFields();
    void exclusionsHonoured();
    void badExclusionsAre422_data();
    void badExclusionsAre422();
    void sentMailingExclusionsAre409();
    void searchAndPaging();
    void invalidQueryIs400_data();
    void invalidQueryIs400();
    void csvExport();
    void onlyStaff();
    void unknownMailingIs404_data();
    void unknownMailingIs404();
    // Last: changes Beispiel's security Verteiler.
    void caseAndIdnAcrossSources();

private:
    // A new mailing (as staff) of `products` in `category`; its id, 0 on failure.
    qint64 createMailing(const QStringList &products, const QString &category);
    QJsonObject recipients(qint64 id, const QString &query = {});
    qint64 companyId(const QString &customerNumber);

    ServerProcess m_server;
    ApiClient m_staff{m_server};
    ApiClient m_customer{m_server};
    ApiClient m_anonymous{m_server};
    qint64 m_security = 0; // security, cloud-tse: both demo companies
};

void TestApiRecipients::initTestCase()
{
    NB_START_SERVER(m_server);
    NB_SIGN_IN(m_staff, demo::staff);
    NB_SIGN_IN(m_customer, demo::musterAdmin);
    m_security = createMailing({QStringLiteral("cloud-tse")}, QStringLiteral("security"));
    QVERIFY(m_security > 0);
}

qint64 TestApiRecipients::createMailing(const QStringList &products, const QString &category)
{
    const QJsonObject draft{{QStringLiteral("products"), QJsonArray::fromStringList(products)},
                            {QStringLiteral("category"), category},
                            {QStringLiteral("subject"), QStringLiteral("Empfängertest")}};
    const Reply reply = m_staff.post(collection, toJson(draft));
    if (reply.status != 201) {
        qWarning("creating a mailing: %s", qPrintable(reply.describe()));
        return 0;
    }
    return reply.json()[QStringLiteral("id")].toInteger();
}

QJsonObject TestApiRecipients::recipients(qint64 id, const QString &query)
{
    const Reply reply = m_staff.get(recipientsPath(id, query));
    if (reply.status != 200) {
        qWarning("recipients: %s", qPrintable(reply.describe()));
        return {};
    }
    return reply.json();
}

qint64 TestApiRecipients::companyId(const QString &customerNumber)
{
    for (const QJsonValue &value : recipients(m_security)[QStringLiteral("companies")].toArray()) {
        if (value[QStringLiteral("customerNumber")].toString() == customerNumber)
            return value[QStringLiteral("id")].toInteger();
    }
    return 0;
}

void TestApiRecipients::recipientsPerCategory_data()
{
    QTest::addColumn<QStringList>("products");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("companies");
    QTest::addColumn<QString>("expectedTotals");

    QTest::newRow("security: Verteiler set in both, duplicates merged")
        << QStringList{QStringLiteral("cloud-tse")} << QStringLiteral("security")
        << QStringList{musterSecurity, beispielSecurity} << totals(6, 0, 2, 0, 0);
    QTest::newRow("maintenance: Beispiel has no Verteiler, its Erstkontakt stands in")
        << QStringList{QStringLiteral("paypal")} << QStringLiteral("maintenance-and-outages")
        << QStringList{QStringLiteral("K-100234: info@muster-handel.example erstkontakt, "
                                      "anna.schmidt@muster-handel.example ansprechpartner (Anna "
                                      "Schmidt), jonas.weber@muster-handel.example "
                                      "ansprechpartner (Jonas Weber), it@muster-handel.example "
                                      "verteiler"),
                       QStringLiteral("K-200871 fallback: lena.fischer@beispiel-shop.example "
                                      "erstkontakt+ansprechpartner+fallback (Lena Fischer), "
                                      "tobias.braun@beispiel-shop.example ansprechpartner "
                                      "(Tobias Braun)")}
        << totals(6, 0, 2, 0, 0);
    QTest::newRow("data protection, wawi: Beispiel unlicensed, Muster falls back")
        << QStringList{QStringLiteral("wawi")} << QStringLiteral("data-protection-and-legal")
        << QStringList{QStringLiteral("K-100234 fallback: info@muster-handel.example "
                                      "erstkontakt+fallback, anna.schmidt@muster-handel.example "
                                      "ansprechpartner (Anna Schmidt), "
                                      "jonas.weber@muster-handel.example ansprechpartner (Jonas "
                                      "Weber)")}
        << totals(3, 0, 1, 0, 1);
    QTest::newRow("product news, shop: Muster unlicensed")
        << QStringList{QStringLiteral("shop")} << QStringLiteral("product-news")
        << QStringList{QStringLiteral("K-200871: lena.fischer@beispiel-shop.example "
                                      "erstkontakt+ansprechpartner (Lena Fischer), "
                                      "tobias.braun@beispiel-shop.example ansprechpartner "
                                      "(Tobias Braun), newsletter@beispiel-shop.example "
                                      "verteiler")}
        << totals(3, 0, 1, 0, 1);
    QTest::newRow("billing, each company licenses one of two products")
        << QStringList{QStringLiteral("wawi"), QStringLiteral("shop")}
        << QStringLiteral("billing-and-contracts")
        << QStringList{QStringLiteral("K-100234: info@muster-handel.example erstkontakt, "
                                      "anna.schmidt@muster-handel.example ansprechpartner (Anna "
                                      "Schmidt), jonas.weber@muster-handel.example "
                                      "ansprechpartner (Jonas Weber), "
                                      "buchhaltung@muster-handel.example verteiler"),
                       QStringLiteral("K-200871 fallback: lena.fischer@beispiel-shop.example "
                                      "erstkontakt+ansprechpartner+fallback (Lena Fischer), "
                                      "tobias.braun@beispiel-shop.example ansprechpartner "
                                      "(Tobias Braun)")}
        << totals(6, 0, 2, 0, 0);
    QTest::newRow("a product nobody licenses")
        << QStringList{QStringLiteral("fiskal-x")} << QStringLiteral("security") << QStringList{}
        << totals(0, 0, 0, 0, 2);
    QTest::newRow("no products yet")
        << QStringList{} << QStringLiteral("security") << QStringList{} << totals(0, 0, 0, 0, 2);
}

void TestApiRecipients::recipientsPerCategory()
{
    QFETCH(QStringList, products);
    QFETCH(QString, category);
    QFETCH(QStringList, companies);
    QFETCH(QString, expectedTotals);

    const qint64 id = createMailing(products, category);
    QVERIFY(id > 0);
    const QJsonObject answer = recipients(id);
    QCOMPARE(describeCompanies(answer), companies);
    QCOMPARE(describeTotals(answer), expectedTotals);
    QCOMPARE(answer[QStringLiteral("matched")].toInteger(-1), qint64(companies.size()));
    QCOMPARE(answer[QStringLiteral("offset")].toInteger(-1), qint64(0));
    QCOMPARE(answer[QStringLiteral("limit")].toInteger(-1), qint64(100));
}

void TestApiRecipients::companyFields()
{
    const Reply reply = m_staff.get(recipientsPath(m_security));
    NB_VERIFY_STATUS(reply, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonArray companies = reply.json()[QStringLiteral("companies")].toArray();
    QCOMPARE(companies.size(), 2);
    const QJsonObject muster = companies.at(0).toObject();
    QCOMPARE(muster[QStringLiteral("name")].toString(), QStringLiteral("Muster Handel GmbH"));
    QCOMPARE(muster[QStringLiteral("customerNumber")].toString(), musterNumber);
    QVERIFY(muster[QStringLiteral("id")].toInteger() > 0);
    QCOMPARE(muster[QStringLiteral("excluded")], QJsonValue(false));
    QCOMPARE(muster[QStringLiteral("usesFallback")], QJsonValue(false));
    QCOMPARE(companies.at(1)[QStringLiteral("name")].toString(),
             QStringLiteral("Beispiel Shop KG"));
    const QJsonObject first = muster[QStringLiteral("recipients")].toArray().at(0).toObject();
    QCOMPARE(first.keys(), (QStringList{QStringLiteral("address"), QStringLiteral("excluded"),
                                        QStringLiteral("name"), QStringLiteral("sources")}));
    QCOMPARE(first[QStringLiteral("name")], QJsonValue(QString()));
}

void TestApiRecipients::exclusionsHonoured()
{
    const qint64 id = createMailing({QStringLiteral("cloud-tse")}, QStringLiteral("security"));
    QVERIFY(id > 0);
    const qint64 muster = companyId(musterNumber);
    const qint64 beispiel = companyId(beispielNumber);
    QVERIFY(muster > 0 && beispiel > 0);
    const Reply before = m_staff.get(collection + QStringLiteral("/%1").arg(id));
    NB_VERIFY_STATUS(before, 200);

    const Reply none = m_staff.get(exclusionsPath(id));
    NB_VERIFY_STATUS(none, 200);
    QCOMPARE(none.json(), (QJsonObject{{QStringLiteral("companies"), QJsonArray{}},
                                       {QStringLiteral("addresses"), QJsonArray{}}}));

    // A whole company, and one address given in another spelling.
    const QJsonObject body{
        {QStringLiteral("companies"), QJsonArray{muster}},
        {QStringLiteral("addresses"),
         QJsonArray{QJsonObject{{QStringLiteral("company"), beispiel},
                                {QStringLiteral("address"),
                                 QStringLiteral(" Tobias.Braun@Beispiel-Shop.EXAMPLE ")}}}}};
    const QJsonObject stored{
        {QStringLiteral("companies"), QJsonArray{muster}},
        {QStringLiteral("addresses"),
         QJsonArray{QJsonObject{
             {QStringLiteral("company"), beispiel},
             {QStringLiteral("address"), QStringLiteral("tobias.braun@beispiel-shop.example")}}}}};
    const Reply put = m_staff.put(exclusionsPath(id), toJson(body));
    NB_VERIFY_STATUS(put, 200);
    QCOMPARE(put.json(), stored);
    const Reply get = m_staff.get(exclusionsPath(id));
    NB_VERIFY_STATUS(get, 200);
    QCOMPARE(get.json(), stored);

    const QJsonObject answer = recipients(id);
    QCOMPARE(describeTotals(answer), totals(1, 5, 1, 1, 0));
    QCOMPARE(describeCompanies(answer),
             (QStringList{
                 QString(musterSecurity)
                     .replace(QStringLiteral("K-100234:"), QStringLiteral("K-100234 excluded:")),
                 QString(beispielSecurity).append(QStringLiteral(" x"))}));
    // Other mailings are not affected.
    QCOMPARE(describeTotals(recipients(m_security)), totals(6, 0, 2, 0, 0));

    // Not an edit of the content: the mailing's version stays.
    const Reply after = m_staff.get(collection + QStringLiteral("/%1").arg(id));
    NB_VERIFY_STATUS(after, 200);
    QCOMPARE(after.json()[QStringLiteral("version")], before.json()[QStringLiteral("version")]);
    QCOMPARE(after.header("ETag"), before.header("ETag"));

    // Replaced as a whole; an empty body clears them.
    const QJsonObject onlyBeispiel{{QStringLiteral("companies"), QJsonArray{beispiel}}};
    const Reply replaced = m_staff.put(exclusionsPath(id), toJson(onlyBeispiel));
    NB_VERIFY_STATUS(replaced, 200);
    QCOMPARE(replaced.json(), (QJsonObject{{QStringLiteral("companies"), QJsonArray{beispiel}},
                                           {QStringLiteral("addresses"), QJsonArray{}}}));
    QCOMPARE(describeTotals(recipients(id)), totals(4, 2, 1, 1, 0));
    NB_VERIFY_STATUS(m_staff.put(exclusionsPath(id), "{}"), 200);
    QCOMPARE(describeTotals(recipients(id)), totals(6, 0, 2, 0, 0));
    QCOMPARE(m_staff.get(exclusionsPath(id)).json()[QStringLiteral("companies")].toArray(),
             QJsonArray{});
}

void TestApiRecipients::badExclusionsAre422_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("unknown company")
        << QByteArray(R"({"companies":[999999]})") << QStringLiteral("invalid-value")
        << QStringLiteral("companies[0]");
    QTest::newRow("second company unknown")
        << QByteArray(R"({"companies":[MUSTER,424242]})") << QStringLiteral("invalid-value")
        << QStringLiteral("companies[1]");
    QTest::newRow("company id not a number")
        << QByteArray(R"({"companies":["MUSTER"]})") << QStringLiteral("wrong-type")
        << QStringLiteral("companies[0]");
    QTest::newRow("company id not whole")
        << QByteArray(R"({"companies":[1.5]})") << QStringLiteral("wrong-type")
        << QStringLiteral("companies[0]");
    QTest::newRow("companies not a list")
        << QByteArray(R"({"companies":MUSTER})") << QStringLiteral("wrong-type")
        << QStringLiteral("companies");
    QTest::newRow("invalid address")
        << QByteArray(R"({"addresses":[{"company":MUSTER,"address":"kein-at-zeichen"}]})")
        << QStringLiteral("invalid-email") << QStringLiteral("addresses[0].address");
    QTest::newRow("header injection")
        << QByteArray(
               R"({"addresses":[{"company":MUSTER,"address":"a@muster-handel.example\r\nBcc: x@evil.example"}]})")
        << QStringLiteral("invalid-email") << QStringLiteral("addresses[0].address");
    QTest::newRow("address of an unknown company")
        << QByteArray(R"({"addresses":[{"company":MUSTER,"address":"it@muster-handel.example"},)"
                      R"({"company":999999,"address":"it@muster-handel.example"}]})")
        << QStringLiteral("invalid-value") << QStringLiteral("addresses[1].company");
    QTest::newRow("address not a text")
        << QByteArray(R"({"addresses":[{"company":MUSTER,"address":42}]})")
        << QStringLiteral("wrong-type") << QStringLiteral("addresses[0].address");
    QTest::newRow("address entry not an object")
        << QByteArray(R"({"addresses":["it@muster-handel.example"]})")
        << QStringLiteral("wrong-type") << QStringLiteral("addresses[0]");
    QTest::newRow("address entry with more keys")
        << QByteArray(
               R"({"addresses":[{"company":MUSTER,"address":"it@muster-handel.example","x":1}]})")
        << QStringLiteral("wrong-type") << QStringLiteral("addresses[0]");
    QTest::newRow("unknown field") << QByteArray(R"({"companies":[],"contacts":[]})")
                                   << QStringLiteral("unknown-field") << QStringLiteral("contacts");
}

// Refused as a whole: the exclusions stored before stay.
void TestApiRecipients::badExclusionsAre422()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);

    const qint64 id = createMailing({QStringLiteral("cloud-tse")}, QStringLiteral("security"));
    QVERIFY(id > 0);
    const qint64 muster = companyId(musterNumber);
    const qint64 beispiel = companyId(beispielNumber);
    const QByteArray kept = "{\"companies\":[" + QByteArray::number(beispiel) + "]}";
    NB_VERIFY_STATUS(m_staff.put(exclusionsPath(id), kept), 200);

    body.replace("MUSTER", QByteArray::number(muster));
    const Reply reply = m_staff.put(exclusionsPath(id), body);
    NB_VERIFY_PROBLEM(reply, 422, code.toLatin1().constData(), field.toLatin1().constData());
    const Reply stored = m_staff.get(exclusionsPath(id));
    QCOMPARE(stored.json()[QStringLiteral("companies")].toArray(), QJsonArray{beispiel});
    QCOMPARE(stored.json()[QStringLiteral("addresses")].toArray(), QJsonArray{});
}

void TestApiRecipients::sentMailingExclusionsAre409()
{
    const qint64 id = createMailing({QStringLiteral("cloud-tse")}, QStringLiteral("security"));
    QVERIFY(id > 0);
    const qint64 muster = companyId(musterNumber);
    const QByteArray body = "{\"companies\":[" + QByteArray::number(muster) + "]}";
    NB_VERIFY_STATUS(m_staff.put(exclusionsPath(id), body), 200);
    // Sending needs serve --keys and --smtp (tested elsewhere); the database marks it sent as
    // the send route does (MailingStore::markSent).
    QString error;
    m_server.database().select(QStringLiteral("UPDATE mailings SET state = 'sent', notice_id = "
                                              "'PM-2026-0098', sent_at = updated_at + 1000, "
                                              "version = version + 1 WHERE id = %1")
                                   .arg(id),
                               &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    NB_VERIFY_PROBLEM(m_staff.put(exclusionsPath(id), "{}"), 409, "mailing-sent", "");
    const Reply stored = m_staff.get(exclusionsPath(id));
    NB_VERIFY_STATUS(stored, 200);
    QCOMPARE(stored.json()[QStringLiteral("companies")].toArray(), QJsonArray{muster});
    QCOMPARE(describeTotals(recipients(id)), totals(2, 4, 1, 1, 0));
}

void TestApiRecipients::searchAndPaging()
{
    const auto matched = [this](const QString &query) {
        const QJsonObject answer = recipients(m_security, query);
        QStringList numbers;
        for (const QJsonValue &value : answer[QStringLiteral("companies")].toArray())
            numbers.append(value[QStringLiteral("customerNumber")].toString());
        // Totals are always those of the whole mailing.
        if (describeTotals(answer) != totals(6, 0, 2, 0, 0))
            numbers.append(QStringLiteral("wrong totals: ") + describeTotals(answer));
        return numbers.join(QLatin1Char(',')) + QStringLiteral(" matched=") +
               QString::number(answer[QStringLiteral("matched")].toInteger(-1));
    };
    QCOMPARE(matched({}), QStringLiteral("K-100234,K-200871 matched=2"));
    QCOMPARE(matched(QStringLiteral("?q=beispiel")), QStringLiteral("K-200871 matched=1"));
    QCOMPARE(matched(QStringLiteral("?q=HANDEL%20gmbh")), QStringLiteral("K-100234 matched=1"));
    QCOMPARE(matched(QStringLiteral("?q=k-1002")), QStringLiteral("K-100234 matched=1"));
    QCOMPARE(matched(QStringLiteral("?q=K-")), QStringLiteral("K-100234,K-200871 matched=2"));
    QCOMPARE(matched(QStringLiteral("?q=JONAS.WEBER")), QStringLiteral("K-100234 matched=1"));
    QCOMPARE(matched(QStringLiteral("?q=tobias")), QStringLiteral("K-200871 matched=1"));
    // Only addresses that receive the mailing are searched: Petra Klein is not flagged.
    QCOMPARE(matched(QStringLiteral("?q=petra")), QStringLiteral(" matched=0"));
    QCOMPARE(matched(QStringLiteral("?q=nirgends")), QStringLiteral(" matched=0"));
    QCOMPARE(matched(QStringLiteral("?q=%20")), QStringLiteral("K-100234,K-200871 matched=2"));

    QCOMPARE(matched(QStringLiteral("?limit=1")), QStringLiteral("K-100234 matched=2"));
    QCOMPARE(matched(QStringLiteral("?offset=1&limit=1")), QStringLiteral("K-200871 matched=2"));
    QCOMPARE(matched(QStringLiteral("?offset=1")), QStringLiteral("K-200871 matched=2"));
    QCOMPARE(matched(QStringLiteral("?offset=2")), QStringLiteral(" matched=2"));
    QCOMPARE(matched(QStringLiteral("?offset=50000")), QStringLiteral(" matched=2"));
    QCOMPARE(matched(QStringLiteral("?q=K-&offset=1&limit=1000")),
             QStringLiteral("K-200871 matched=2"));
    const QJsonObject page = recipients(m_security, QStringLiteral("?offset=1&limit=7"));
    QCOMPARE(page[QStringLiteral("offset")].toInteger(-1), qint64(1));
    QCOMPARE(page[QStringLiteral("limit")].toInteger(-1), qint64(7));
}

void TestApiRecipients::invalidQueryIs400_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");

    QTest::newRow("negative offset") << QStringLiteral("?offset=-1") << QStringLiteral("offset");
    QTest::newRow("offset not a number") << QStringLiteral("?offset=x") << QStringLiteral("offset");
    QTest::newRow("empty offset") << QStringLiteral("?offset=") << QStringLiteral("offset");
    QTest::newRow("huge offset") << QStringLiteral("?offset=99999999999999999999")
                                 << QStringLiteral("offset");
    QTest::newRow("limit 0") << QStringLiteral("?limit=0") << QStringLiteral("limit");
    QTest::newRow("limit above 1000") << QStringLiteral("?limit=1001") << QStringLiteral("limit");
    QTest::newRow("limit not whole") << QStringLiteral("?limit=1.5") << QStringLiteral("limit");
    QTest::newRow("search too long")
        << QStringLiteral("?q=") + QString(201, QLatin1Char('a')) << QStringLiteral("q");
}

void TestApiRecipients::invalidQueryIs400()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    NB_VERIFY_PROBLEM(m_staff.get(recipientsPath(m_security, query)), 400, "invalid-query",
                      field.toLatin1().constData());
    // The CSV export checks the same way.
    NB_VERIFY_PROBLEM(m_staff.get(recipientsPath(m_security, query), {{"Accept", "text/csv"}}), 400,
                      "invalid-query", field.toLatin1().constData());
}

void TestApiRecipients::csvExport()
{
    const Reply reply = m_staff.get(recipientsPath(m_security), {{"Accept", "text/csv"}});
    NB_VERIFY_STATUS(reply, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
    QCOMPARE(reply.header("Content-Disposition"), "attachment; filename=\"mailing-" +
                                                      QByteArray::number(m_security) +
                                                      "-recipients.csv\"");
    const QByteArray muster = "K-100234,Muster Handel GmbH,info@muster-handel.example,,"
                              "Erstkontakt,no\r\n"
                              "K-100234,Muster Handel GmbH,anna.schmidt@muster-handel.example,"
                              "Anna Schmidt,Ansprechpartner,no\r\n"
                              "K-100234,Muster Handel GmbH,jonas.weber@muster-handel.example,"
                              "Jonas Weber,Ansprechpartner; Verteiler,no\r\n"
                              "K-100234,Muster Handel GmbH,it@muster-handel.example,,Verteiler,"
                              "no\r\n";
    const QByteArray beispiel = "K-200871,Beispiel Shop KG,lena.fischer@beispiel-shop.example,"
                                "Lena Fischer,Erstkontakt; Ansprechpartner,no\r\n"
                                "K-200871,Beispiel Shop KG,tobias.braun@beispiel-shop.example,"
                                "Tobias Braun,Ansprechpartner; Verteiler,no\r\n";
    QCOMPARE(reply.body, csvHeader + muster + beispiel);

    // The whole filtered list, whatever the page.
    const Reply filtered = m_staff.get(recipientsPath(m_security, QStringLiteral("?q=beispiel")),
                                       {{"Accept", "text/csv"}});
    NB_VERIFY_STATUS(filtered, 200);
    QCOMPARE(filtered.body, csvHeader + beispiel);
    const Reply paged = m_staff.get(recipientsPath(m_security, QStringLiteral("?limit=1")),
                                    {{"Accept", "text/csv, application/json;q=0.5"}});
    QCOMPARE(paged.body, csvHeader + muster + beispiel);
    const Reply none = m_staff.get(recipientsPath(m_security, QStringLiteral("?q=nirgends")),
                                   {{"Accept", "text/csv"}});
    QCOMPARE(none.body, csvHeader);

    // Excluded rows say so.
    const qint64 id = createMailing({QStringLiteral("cloud-tse")}, QStringLiteral("security"));
    QVERIFY(id > 0);
    const QByteArray body =
        "{\"addresses\":[{\"company\":" + QByteArray::number(companyId(beispielNumber)) +
        ",\"address\":\"TOBIAS.BRAUN@beispiel-shop.example\"}]}";
    NB_VERIFY_STATUS(m_staff.put(exclusionsPath(id), body), 200);
    const Reply excluded =
        m_staff.get(recipientsPath(id, QStringLiteral("?q=tobias")), {{"Accept", "text/csv"}});
    QCOMPARE(excluded.body, csvHeader + QByteArray("K-200871,Beispiel Shop KG,"
                                                   "lena.fischer@beispiel-shop.example,Lena "
                                                   "Fischer,Erstkontakt; Ansprechpartner,no\r\n"
                                                   "K-200871,Beispiel Shop KG,"
                                                   "tobias.braun@beispiel-shop.example,Tobias "
                                                   "Braun,Ansprechpartner; Verteiler,yes\r\n"));
}

void TestApiRecipients::onlyStaff()
{
    const QList<std::pair<QByteArray, QString>> calls{
        {"GET", recipientsPath(m_security)},
        {"GET", exclusionsPath(m_security)},
        {"PUT", exclusionsPath(m_security)},
    };
    for (const auto &[method, path] : calls) {
        const QByteArray body = method == "PUT" ? QByteArray("{}") : QByteArray();
        NB_VERIFY_PROBLEM(m_customer.send(method, path, body), 403, "staff-required", "");
        NB_VERIFY_PROBLEM(m_anonymous.send(method, path, body), 401, "unauthorized", "");
    }
    NB_VERIFY_PROBLEM(m_customer.get(recipientsPath(m_security), {{"Accept", "text/csv"}}), 403,
                      "staff-required", "");
}

void TestApiRecipients::unknownMailingIs404_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("unknown") << QStringLiteral("999999");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("not a number") << QStringLiteral("abc");
}

void TestApiRecipients::unknownMailingIs404()
{
    QFETCH(QString, id);
    const QString base = collection + QLatin1Char('/') + id;
    NB_VERIFY_PROBLEM(m_staff.get(base + QStringLiteral("/recipients")), 404, "not-found", "");
    NB_VERIFY_PROBLEM(m_staff.get(base + QStringLiteral("/recipients"), {{"Accept", "text/csv"}}),
                      404, "not-found", "");
    NB_VERIFY_PROBLEM(m_staff.get(base + QStringLiteral("/exclusions")), 404, "not-found", "");
    NB_VERIFY_PROBLEM(m_staff.put(base + QStringLiteral("/exclusions"), "{}"), 404, "not-found",
                      "");
}

// Beispiel's admin puts differently spelled addresses into the security Verteiler: each mailbox
// still gets one entry (the first spelling, IDN in punycode), and an IDN domain as typed finds
// the company.
void TestApiRecipients::caseAndIdnAcrossSources()
{
    ApiClient admin(m_server);
    NB_SIGN_IN(admin, demo::beispielAdmin);
    const QString path = QStringLiteral("/api/v1/distribution/security");
    const Reply current = admin.get(path);
    NB_VERIFY_STATUS(current, 200);
    const QJsonObject addresses{{QStringLiteral("addresses"),
                                 QJsonArray{QStringLiteral("TOBIAS.BRAUN@beispiel-shop.example"),
                                            QStringLiteral("info@BÜCHER.example"),
                                            QStringLiteral("Lena.Fischer@Beispiel-Shop.example")}}};
    NB_VERIFY_STATUS(admin.put(path, toJson(addresses), {{"If-Match", current.header("ETag")}}),
                     200);

    const qint64 id = createMailing({QStringLiteral("cloud-tse")}, QStringLiteral("security"));
    QVERIFY(id > 0);
    const QJsonObject answer = recipients(id, QStringLiteral("?q=k-200871"));
    QCOMPARE(describeCompanies(answer),
             QStringList{QStringLiteral(
                 "K-200871: lena.fischer@beispiel-shop.example "
                 "erstkontakt+ansprechpartner+verteiler (Lena Fischer), "
                 "tobias.braun@beispiel-shop.example ansprechpartner+verteiler (Tobias Braun), "
                 "info@xn--bcher-kva.example verteiler")});
    QCOMPARE(describeTotals(answer), totals(7, 0, 2, 0, 0));

    const QString idn = QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("BÜCHER")));
    QCOMPARE(recipients(id, QStringLiteral("?q=") + idn)[QStringLiteral("matched")].toInteger(-1),
             qint64(1));
    QCOMPARE(
        recipients(id, QStringLiteral("?q=xn--bcher"))[QStringLiteral("matched")].toInteger(-1),
        qint64(1));

    // Excluded in its Unicode spelling.
    const QByteArray body =
        "{\"addresses\":[{\"company\":" + QByteArray::number(companyId(beispielNumber)) +
        ",\"address\":\"Info@bücher.example\"}]}";
    const Reply put = m_staff.put(exclusionsPath(id), body);
    NB_VERIFY_STATUS(put, 200);
    QCOMPARE(put.json()[QStringLiteral("addresses")].toArray().at(0)[QStringLiteral("address")],
             QJsonValue(QStringLiteral("info@xn--bcher-kva.example")));
    QCOMPARE(describeTotals(recipients(id)), totals(6, 1, 2, 0, 0));
}

QTEST_GUILESS_MAIN(TestApiRecipients)
#include "tst_api_recipients.moc"
