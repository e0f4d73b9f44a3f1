// The Verteiler: GET /api/v1/distribution and PUT /api/v1/distribution/{category} with ETags
// (428, 412, 304), address validation naming the entry, and changes reserved to admins.
#include "apiclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace nbtest;

namespace {

const QString distributionPath = QStringLiteral("/api/v1/distribution");

QString categoryPath(const QString &category)
{
    return distributionPath + QLatin1Char('/') + category;
}

QByteArray addressesBody(const QStringList &addresses)
{
    return toJson({{QStringLiteral("addresses"), QJsonArray::fromStringList(addresses)}});
}

QStringList addressesOf(const Reply &reply)
{
    QStringList list;
    for (const QJsonValue &value : reply.json().value(QStringLiteral("addresses")).toArray())
        list.append(value.toString());
    return list;
}

} // namespace

class TestApiDistribution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void listsEveryCategoryInItsFixedOrder();
    void eachCategoryIsAResource();
    void ifNoneMatchAnswersNotModified();
    void putReplacesTheAddresses();
    void aNeverWrittenCategoryCanBeWritten();
    void putWithoutOrWithStaleIfMatchIsRefused();
    void invalidAddressesNameTheEntry_data();
    void invalidAddressesNameTheEntry();
    void unknownCategoriesAreNotFound();
    void membersMayReadButNotChange();

private:
    ServerProcess m_server;
    ApiClient m_admin{m_server};
    ApiClient m_member{m_server};
};

void TestApiDistribution::initTestCase()
{
    NB_START_SERVER(m_server);
    NB_SIGN_IN(m_admin, demo::musterAdmin);
    NB_SIGN_IN(m_member, demo::musterMember);
}

void TestApiDistribution::listsEveryCategoryInItsFixedOrder()
{
    const Reply reply = m_member.get(distributionPath);
    NB_VERIFY_STATUS(reply, 200);
    QVERIFY(!reply.header("ETag").isEmpty());
    const QJsonArray categories = reply.json().value(QStringLiteral("categories")).toArray();
    QStringList names;
    for (const QJsonValue &value : categories) {
        names.append(value[QStringLiteral("category")].toString());
        QVERIFY(!value[QStringLiteral("etag")].toString().isEmpty());
    }
    QCOMPARE(
        names,
        (QStringList{QStringLiteral("security"), QStringLiteral("maintenance-and-outages"),
                     QStringLiteral("updates-and-technical-changes"),
                     QStringLiteral("billing-and-contracts"),
                     QStringLiteral("data-protection-and-legal"), QStringLiteral("product-news")}));
    QCOMPARE(categories.at(0)[QStringLiteral("addresses")].toArray(),
             (QJsonArray{QStringLiteral("it@muster-handel.example"),
                         QStringLiteral("jonas.weber@muster-handel.example")}));
    QCOMPARE(categories.at(2)[QStringLiteral("addresses")].toArray(), QJsonArray());
}

void TestApiDistribution::eachCategoryIsAResource()
{
    const QJsonArray categories =
        m_admin.get(distributionPath).json().value(QStringLiteral("categories")).toArray();
    for (const QJsonValue &value : categories) {
        const QString category = value[QStringLiteral("category")].toString();
        const Reply reply = m_member.get(categoryPath(category));
        NB_VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.json(), value.toObject());
        QCOMPARE(reply.header("ETag"), value[QStringLiteral("etag")].toString().toLatin1());
    }
}

void TestApiDistribution::ifNoneMatchAnswersNotModified()
{
    const Reply all = m_admin.get(distributionPath);
    NB_VERIFY_STATUS(m_admin.get(distributionPath, {{"If-None-Match", all.header("ETag")}}), 304);
    const Reply one = m_admin.get(categoryPath(QStringLiteral("billing-and-contracts")));
    const Reply notModified = m_admin.get(categoryPath(QStringLiteral("billing-and-contracts")),
                                          {{"If-None-Match", one.header("ETag")}});
    NB_VERIFY_STATUS(notModified, 304);
    QVERIFY(notModified.body.isEmpty());
    QCOMPARE(notModified.header("ETag"), one.header("ETag"));

    NB_VERIFY_STATUS(m_admin.put(categoryPath(QStringLiteral("billing-and-contracts")),
                                 addressesBody({QStringLiteral("rechnung@muster-handel.example")}),
                                 {{"If-Match", one.header("ETag")}}),
                     200);
    NB_VERIFY_STATUS(m_admin.get(categoryPath(QStringLiteral("billing-and-contracts")),
                                 {{"If-None-Match", one.header("ETag")}}),
                     200);
    NB_VERIFY_STATUS(m_admin.get(distributionPath, {{"If-None-Match", all.header("ETag")}}), 200);
}

void TestApiDistribution::putReplacesTheAddresses()
{
    const QString path = categoryPath(QStringLiteral("security"));
    const Reply before = m_admin.get(path);
    const Reply put =
        m_admin.put(path,
                    addressesBody({QStringLiteral("  Security@Muster-Handel.EXAMPLE "),
                                   QString::fromUtf8("it@bücher.example")}),
                    {{"If-Match", before.header("ETag")}});
    NB_VERIFY_STATUS(put, 200);
    const QStringList expected{QStringLiteral("Security@muster-handel.example"),
                               QStringLiteral("it@xn--bcher-kva.example")};
    QCOMPARE(addressesOf(put), expected);
    QVERIFY(put.header("ETag") != before.header("ETag"));
    const Reply after = m_member.get(path);
    QCOMPARE(addressesOf(after), expected);
    QCOMPARE(after.header("ETag"), put.header("ETag"));

    // An empty list is a list too.
    const Reply cleared = m_admin.put(path, addressesBody({}), {{"If-Match", put.header("ETag")}});
    NB_VERIFY_STATUS(cleared, 200);
    QCOMPARE(addressesOf(m_admin.get(path)), QStringList());
}

void TestApiDistribution::aNeverWrittenCategoryCanBeWritten()
{
    const QString path = categoryPath(QStringLiteral("data-protection-and-legal"));
    const Reply before = m_admin.get(path);
    NB_VERIFY_STATUS(before, 200);
    QCOMPARE(addressesOf(before), QStringList());
    const Reply put =
        m_admin.put(path, addressesBody({QStringLiteral("petra.klein@muster-handel.example")}),
                    {{"If-Match", before.header("ETag")}});
    NB_VERIFY_STATUS(put, 200);
    QCOMPARE(addressesOf(m_admin.get(path)),
             QStringList{QStringLiteral("petra.klein@muster-handel.example")});
    // The tag it was read with is now stale.
    NB_VERIFY_PROBLEM(m_admin.put(path, addressesBody({}), {{"If-Match", before.header("ETag")}}),
                      412, "stale", "");
}

void TestApiDistribution::putWithoutOrWithStaleIfMatchIsRefused()
{
    const QString path = categoryPath(QStringLiteral("maintenance-and-outages"));
    const Reply read = m_admin.get(path);
    const QByteArray body = addressesBody({QStringLiteral("ops@muster-handel.example")});
    NB_VERIFY_PROBLEM(m_admin.put(path, body), 428, "precondition-required", "");
    QCOMPARE(m_admin.get(path).body, read.body);

    const Reply first =
        m_admin.put(path, addressesBody({QStringLiteral("noc@muster-handel.example")}),
                    {{"If-Match", read.header("ETag")}});
    NB_VERIFY_STATUS(first, 200);
    NB_VERIFY_PROBLEM(m_admin.put(path, body, {{"If-Match", read.header("ETag")}}), 412, "stale",
                      "");
    const Reply after = m_admin.get(path);
    QCOMPARE(addressesOf(after), QStringList{QStringLiteral("noc@muster-handel.example")});
    QCOMPARE(after.header("ETag"), first.header("ETag"));
}

void TestApiDistribution::invalidAddressesNameTheEntry_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("second address invalid")
        << QByteArray(R"({"addresses":["ok@muster-handel.example","not an address"]})")
        << QStringLiteral("invalid-email") << QStringLiteral("addresses[1]");
    QTest::newRow("display name") << QByteArray(
                                         R"({"addresses":["Anna <anna@muster-handel.example>"]})")
                                  << QStringLiteral("invalid-email")
                                  << QStringLiteral("addresses[0]");
    QTest::newRow("header injection")
        << QByteArray(R"({"addresses":["a@muster-handel.example\r\nBcc: x@evil.example"]})")
        << QStringLiteral("invalid-email") << QStringLiteral("addresses[0]");
    QTest::newRow("duplicate in another case")
        << QByteArray(R"({"addresses":["ok@muster-handel.example","OK@Muster-Handel.example"]})")
        << QStringLiteral("duplicate-address") << QStringLiteral("addresses[1]");
    QTest::newRow("not a list") << QByteArray(R"({"addresses":"ok@muster-handel.example"})")
                                << QStringLiteral("wrong-type") << QStringLiteral("addresses");
    QTest::newRow("entry not a text")
        << QByteArray(R"({"addresses":[42]})") << QStringLiteral("wrong-type")
        << QStringLiteral("addresses");
    QTest::newRow("missing") << QByteArray("{}") << QStringLiteral("required")
                             << QStringLiteral("addresses");
    QTest::newRow("unknown field") << QByteArray(R"({"addresses":[],"category":"product-news"})")
                                   << QStringLiteral("unknown-field") << QStringLiteral("category");
    QStringList many;
    for (int i = 0; i < 51; ++i)
        many.append(QStringLiteral("user%1@muster-handel.example").arg(i));
    QTest::newRow("51 addresses") << addressesBody(many) << QStringLiteral("too-long")
                                  << QStringLiteral("addresses");
}

void TestApiDistribution::invalidAddressesNameTheEntry()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QString path = categoryPath(QStringLiteral("product-news"));
    const Reply before = m_admin.get(path);
    const QByteArray codeText = code.toLatin1(), fieldText = field.toLatin1();
    NB_VERIFY_PROBLEM(m_admin.put(path, body, {{"If-Match", before.header("ETag")}}), 422,
                      codeText.constData(), fieldText.constData());
    const Reply after = m_admin.get(path);
    QCOMPARE(after.body, before.body);
    QCOMPARE(after.header("ETag"), before.header("ETag"));
}

void TestApiDistribution::unknownCategoriesAreNotFound()
{
    for (const char *category : {"newsletter", "Security", "security-", "%20security"}) {
        const QString path = categoryPath(QLatin1String(category));
        NB_VERIFY_PROBLEM(m_admin.get(path), 404, "not-found", "");
        NB_VERIFY_PROBLEM(m_admin.put(path, addressesBody({}), {{"If-Match", "*"}}), 404,
                          "not-found", "");
    }
}

void TestApiDistribution::membersMayReadButNotChange()
{
    const QString path = categoryPath(QStringLiteral("security"));
    const Reply before = m_member.get(path);
    NB_VERIFY_STATUS(before, 200);
    NB_VERIFY_PROBLEM(m_member.put(path,
                                   addressesBody({QStringLiteral("it@muster-handel.example")}),
                                   {{"If-Match", before.header("ETag")}}),
                      403, "admin-required", "");
    const Reply after = m_admin.get(path);
    QCOMPARE(after.body, before.body);
    QCOMPARE(after.header("ETag"), before.header("ETag"));
}

QTEST_GUILESS_MAIN(TestApiDistribution)
#include "tst_api_distribution.moc"
