// GET /api/v1/products: every product with its name and colour, and whether the caller's company
// licenses it. Each demo company sees all five products with its own licenses; the same array is
// in the account snapshot; If-None-Match answers 304 and HEAD works; staff get 403 no-company, no
// session 401; demo-data run again keeps the products and the licenses as they are.
#include "apiclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace nbtest;

namespace {

const QString productsPath = QStringLiteral("/api/v1/products");

// code -> licensed, from a "products" array.
QMap<QString, bool> licenses(const QJsonArray &products)
{
    QMap<QString, bool> map;
    for (const QJsonValue &value : products) {
        const QJsonObject product = value.toObject();
        map.insert(product.value(QLatin1String("code")).toString(),
                   product.value(QLatin1String("licensed")).toBool());
    }
    return map;
}

QStringList licensedNames(const QJsonArray &products)
{
    QStringList names;
    for (const QJsonValue &value : products) {
        if (value.toObject().value(QLatin1String("licensed")).toBool())
            names.append(value.toObject().value(QLatin1String("name")).toString());
    }
    return names;
}

} // namespace

class TestApiProducts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void everyProductWithNameAndColour();
    void eachCompanySeesItsOwnLicenses();
    void snapshotCarriesTheProducts();
    void ifNoneMatchAnswersNotModified();
    void headAnswersWithoutBody();
    void staffAndAnonymousAreRefused();
    void demoDataAgainKeepsProductsAndLicenses();

private:
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_muster;
    std::unique_ptr<ApiClient> m_beispiel;
};

void TestApiProducts::initTestCase()
{
    NB_START_SERVER(m_server);
    m_muster = std::make_unique<ApiClient>(m_server);
    NB_SIGN_IN(*m_muster, demo::musterMember);
    m_beispiel = std::make_unique<ApiClient>(m_server);
    NB_SIGN_IN(*m_beispiel, demo::beispielAdmin);
}

void TestApiProducts::everyProductWithNameAndColour()
{
    const Reply reply = m_muster->get(productsPath);
    NB_VERIFY_STATUS(reply, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QVERIFY(reply.header("ETag").startsWith('"'));
    QCOMPARE(reply.json().keys(), QStringList{QStringLiteral("products")});
    const QJsonArray products = reply.json().value(QLatin1String("products")).toArray();
    QCOMPARE(products.size(), 5);
    const QRegularExpression colour(QStringLiteral("^#[0-9A-F]{6}$"));
    QStringList names;
    QStringList colours;
    for (const QJsonValue &value : products) {
        const QJsonObject product = value.toObject();
        QCOMPARE(product.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("color"),
                                              QStringLiteral("licensed"), QStringLiteral("name")}));
        QVERIFY(!product.value(QLatin1String("code")).toString().isEmpty());
        QVERIFY(product.value(QLatin1String("licensed")).isBool());
        const QString color = product.value(QLatin1String("color")).toString();
        QVERIFY2(colour.match(color).hasMatch(), qPrintable(color));
        QVERIFY2(!colours.contains(color), qPrintable(color));
        colours.append(color);
        names.append(product.value(QLatin1String("name")).toString());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Warenwirtschaft"),
                                 QStringLiteral("Fiskal-Connector"), QStringLiteral("Cloud-TSE"),
                                 QStringLiteral("PayPal-Anbindung"), QStringLiteral("Shop")}));
}

void TestApiProducts::eachCompanySeesItsOwnLicenses()
{
    const Reply muster = m_muster->get(productsPath);
    const Reply beispiel = m_beispiel->get(productsPath);
    NB_VERIFY_STATUS(muster, 200);
    NB_VERIFY_STATUS(beispiel, 200);
    const QJsonArray ours = muster.json().value(QLatin1String("products")).toArray();
    const QJsonArray theirs = beispiel.json().value(QLatin1String("products")).toArray();
    QCOMPARE(licensedNames(ours),
             (QStringList{QStringLiteral("Warenwirtschaft"), QStringLiteral("Fiskal-Connector"),
                          QStringLiteral("Cloud-TSE"), QStringLiteral("PayPal-Anbindung")}));
    QCOMPARE(licensedNames(theirs),
             (QStringList{QStringLiteral("Cloud-TSE"), QStringLiteral("PayPal-Anbindung"),
                          QStringLiteral("Shop")}));
    QCOMPARE(licenses(ours).value(QStringLiteral("shop"), true), false);
    QCOMPARE(licenses(theirs).value(QStringLiteral("shop"), false), true);
    // The same products (names, colours, order) for both; only the flags differ.
    QCOMPARE(ours.size(), theirs.size());
    for (qsizetype i = 0; i < ours.size(); ++i) {
        QJsonObject a = ours.at(i).toObject();
        QJsonObject b = theirs.at(i).toObject();
        a.remove(QStringLiteral("licensed"));
        b.remove(QStringLiteral("licensed"));
        QCOMPARE(a, b);
    }
    QVERIFY(muster.header("ETag") != beispiel.header("ETag"));
    NB_VERIFY_STATUS(m_beispiel->get(productsPath, {{"If-None-Match", muster.header("ETag")}}),
                     200);
}

void TestApiProducts::snapshotCarriesTheProducts()
{
    for (ApiClient *client : {m_muster.get(), m_beispiel.get()}) {
        const Reply account = client->get(QStringLiteral("/api/v1/account"));
        NB_VERIFY_STATUS(account, 200);
        const Reply products = client->get(productsPath);
        NB_VERIFY_STATUS(products, 200);
        QCOMPARE(account.json().value(QLatin1String("products")).toArray(),
                 products.json().value(QLatin1String("products")).toArray());
    }
}

void TestApiProducts::ifNoneMatchAnswersNotModified()
{
    const Reply first = m_muster->get(productsPath);
    NB_VERIFY_STATUS(first, 200);
    const QByteArray etag = first.header("ETag");
    const Reply again = m_muster->get(productsPath);
    QCOMPARE(again.header("ETag"), etag);
    QCOMPARE(again.body, first.body);
    const Reply same = m_muster->get(productsPath, {{"If-None-Match", etag}});
    NB_VERIFY_STATUS(same, 304);
    QVERIFY(same.body.isEmpty());
    QCOMPARE(same.header("ETag"), etag);
    NB_VERIFY_STATUS(m_muster->get(productsPath, {{"If-None-Match", "\"other\""}}), 200);
}

void TestApiProducts::headAnswersWithoutBody()
{
    const Reply get = m_muster->get(productsPath);
    const Reply head = m_muster->head(productsPath);
    NB_VERIFY_STATUS(head, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.header("ETag"), get.header("ETag"));
    QCOMPARE(head.header("Content-Length"), QByteArray::number(get.body.size()));
    NB_VERIFY_STATUS(m_muster->head(productsPath, {{"If-None-Match", get.header("ETag")}}), 304);
}

void TestApiProducts::staffAndAnonymousAreRefused()
{
    ApiClient staff(m_server);
    NB_SIGN_IN(staff, demo::staff);
    NB_VERIFY_PROBLEM(staff.get(productsPath), 403, "no-company", "");

    ApiClient anonymous(m_server);
    const Reply unauthorized = anonymous.get(productsPath);
    NB_VERIFY_PROBLEM(unauthorized, 401, "unauthorized", "");
    QVERIFY(unauthorized.hasHeader("WWW-Authenticate"));
    QVERIFY(!unauthorized.body.contains("Warenwirtschaft"));
}

void TestApiProducts::demoDataAgainKeepsProductsAndLicenses()
{
    const Reply muster = m_muster->get(productsPath);
    const Reply beispiel = m_beispiel->get(productsPath);
    for (int run = 0; run < 2; ++run) {
        const CommandResult again = runServerCommand(
            {QStringLiteral("demo-data"), QStringLiteral("--db"), m_server.database().url()});
        QVERIFY(again.finished);
        QCOMPARE(again.exitCode, 0);
    }
    QString error;
    const QList<QVariantList> counts =
        m_server.database().select(QStringLiteral("SELECT (SELECT COUNT(*) FROM products), "
                                                  "(SELECT COUNT(*) FROM company_products)"),
                                   &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(counts.value(0).value(0).toInt(), 5);
    QCOMPARE(counts.value(0).value(1).toInt(), 7);
    // Same answers, same tags: nothing the clients hold is outdated.
    const Reply musterAgain =
        m_muster->get(productsPath, {{"If-None-Match", muster.header("ETag")}});
    NB_VERIFY_STATUS(musterAgain, 304);
    const Reply beispielAgain = m_beispiel->get(productsPath);
    NB_VERIFY_STATUS(beispielAgain, 200);
    QCOMPARE(beispielAgain.body, beispiel.body);
}

QTEST_GUILESS_MAIN(TestApiProducts)
#include "tst_api_products.moc"
