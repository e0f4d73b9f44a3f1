// GET /api/v1/account: the company's whole state in one document, as the desktop client pulls
// it. The snapshot equals what the single routes answer (the Firmenprofil, the contacts and the
// six Verteiler each with its own ETag, the branding, the products); If-None-Match answers 304;
// its ETag changes with every change to the company's data, made by anyone of the company; members
// read it, staff get 403 no-company, no session 401; one company's data never shows in another's.
#include "apiclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace nbtest;

namespace {

const QString accountPath = QStringLiteral("/api/v1/account");

// The ids of the contacts in a snapshot or a GET /contacts answer.
QList<qint64> contactIds(const QJsonArray &contacts)
{
    QList<qint64> ids;
    for (const QJsonValue &value : contacts)
        ids.append(value.toObject().value(QLatin1String("id")).toInteger());
    return ids;
}

QJsonObject withoutEtag(QJsonObject json)
{
    json.remove(QStringLiteral("etag"));
    return json;
}

} // namespace

class TestApiAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void snapshotEqualsTheSingleRoutes();
    void ifNoneMatchAnswersNotModified();
    void etagFollowsChangesByOthersOfTheCompany();
    void memberReadsStaffAndAnonymousDoNot();
    void otherCompanysDataNeverShows();

private:
    // Compares the snapshot `client` gets with what the single routes answer it.
    void verifyMatchesSingleRoutes(ApiClient &client);

    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_admin;
    std::unique_ptr<ApiClient> m_member;
};

void TestApiAccount::initTestCase()
{
    NB_START_SERVER(m_server);
    m_admin = std::make_unique<ApiClient>(m_server);
    NB_SIGN_IN(*m_admin, demo::musterAdmin);
    m_member = std::make_unique<ApiClient>(m_server);
    NB_SIGN_IN(*m_member, demo::musterMember);
}

void TestApiAccount::verifyMatchesSingleRoutes(ApiClient &client)
{
    const Reply account = client.get(accountPath);
    NB_VERIFY_STATUS(account, 200);
    QVERIFY(account.header("Content-Type").startsWith("application/json"));
    QVERIFY(account.header("ETag").startsWith('"'));
    const QJsonObject snapshot = account.json();
    QCOMPARE(snapshot.keys(), (QStringList{QStringLiteral("branding"), QStringLiteral("categories"),
                                           QStringLiteral("company"), QStringLiteral("contacts"),
                                           QStringLiteral("products")}));

    // The Firmenprofil, with the ETag of GET /company.
    const Reply company = client.get(QStringLiteral("/api/v1/company"));
    NB_VERIFY_STATUS(company, 200);
    const QJsonObject snapshotCompany = snapshot.value(QLatin1String("company")).toObject();
    QCOMPARE(snapshotCompany.value(QLatin1String("etag")).toString().toLatin1(),
             company.header("ETag"));
    QCOMPARE(withoutEtag(snapshotCompany), withoutEtag(company.json()));

    // The contacts, each with its own ETag (the one GET /contacts/{id} answers).
    const Reply contacts = client.get(QStringLiteral("/api/v1/contacts"));
    NB_VERIFY_STATUS(contacts, 200);
    const QJsonArray snapshotContacts = snapshot.value(QLatin1String("contacts")).toArray();
    QCOMPARE(snapshotContacts, contacts.json().value(QLatin1String("contacts")).toArray());
    for (const QJsonValue &value : snapshotContacts) {
        const QJsonObject contact = value.toObject();
        const Reply single = client.get(QStringLiteral("/api/v1/contacts/%1")
                                            .arg(contact.value(QLatin1String("id")).toInteger()));
        NB_VERIFY_STATUS(single, 200);
        QCOMPARE(contact.value(QLatin1String("etag")).toString().toLatin1(), single.header("ETag"));
        QCOMPARE(withoutEtag(contact), withoutEtag(single.json()));
    }

    // All six Verteiler, each with the ETag of GET /distribution/{category}.
    const Reply lists = client.get(QStringLiteral("/api/v1/distribution"));
    NB_VERIFY_STATUS(lists, 200);
    const QJsonArray categories = snapshot.value(QLatin1String("categories")).toArray();
    QCOMPARE(categories.size(), 6);
    QCOMPARE(categories, lists.json().value(QLatin1String("categories")).toArray());
    for (const QJsonValue &value : categories) {
        const QJsonObject list = value.toObject();
        QVERIFY(list.value(QLatin1String("addresses")).isArray());
        const Reply single = client.get(QStringLiteral("/api/v1/distribution/") +
                                        list.value(QLatin1String("category")).toString());
        NB_VERIFY_STATUS(single, 200);
        QCOMPARE(list.value(QLatin1String("etag")).toString().toLatin1(), single.header("ETag"));
    }

    // The vendor's branding.
    const Reply branding = client.get(QStringLiteral("/api/v1/branding"));
    NB_VERIFY_STATUS(branding, 200);
    QCOMPARE(snapshot.value(QLatin1String("branding")).toObject(), branding.json());

    // The products, with the company's licenses (as GET /products answers them).
    const Reply products = client.get(QStringLiteral("/api/v1/products"));
    NB_VERIFY_STATUS(products, 200);
    QCOMPARE(snapshot.value(QLatin1String("products")).toArray(),
             products.json().value(QLatin1String("products")).toArray());
}

void TestApiAccount::snapshotEqualsTheSingleRoutes()
{
    verifyMatchesSingleRoutes(*m_admin);
    if (QTest::currentTestFailed())
        return;
    verifyMatchesSingleRoutes(*m_member);
}

void TestApiAccount::ifNoneMatchAnswersNotModified()
{
    const Reply first = m_admin->get(accountPath);
    NB_VERIFY_STATUS(first, 200);
    const QByteArray etag = first.header("ETag");
    QVERIFY(!etag.isEmpty());
    // Asked again: the same document (from the server's cache) and ETag.
    const Reply again = m_admin->get(accountPath);
    NB_VERIFY_STATUS(again, 200);
    QCOMPARE(again.header("ETag"), etag);
    QCOMPARE(again.json(), first.json());

    const Reply same = m_admin->get(accountPath, {{"If-None-Match", etag}});
    NB_VERIFY_STATUS(same, 304);
    QVERIFY(same.body.isEmpty());
    QCOMPARE(same.header("ETag"), etag);
    // Another user of the company with the same ETag: 304 as well.
    NB_VERIFY_STATUS(m_member->get(accountPath, {{"If-None-Match", etag}}), 304);

    const Reply other = m_admin->get(accountPath, {{"If-None-Match", "\"something-else\""}});
    NB_VERIFY_STATUS(other, 200);
    QCOMPARE(other.header("ETag"), etag);
}

void TestApiAccount::etagFollowsChangesByOthersOfTheCompany()
{
    // The member holds a snapshot; the admin (another user of the company) changes things.
    QByteArray etag = m_member->get(accountPath).header("ETag");
    QVERIFY(!etag.isEmpty());

    // A contact POST.
    const QJsonObject body{{QStringLiteral("firstName"), QStringLiteral("Nora")},
                           {QStringLiteral("lastName"), QStringLiteral("Snapshot")},
                           {QStringLiteral("email"), QStringLiteral("nora@muster-handel.example")}};
    const Reply created = m_admin->post(QStringLiteral("/api/v1/contacts"), toJson(body));
    NB_VERIFY_STATUS(created, 201);
    const qint64 id = created.json().value(QLatin1String("id")).toInteger();
    Reply changed = m_member->get(accountPath, {{"If-None-Match", etag}});
    NB_VERIFY_STATUS(changed, 200);
    QVERIFY(changed.header("ETag") != etag);
    QVERIFY(contactIds(changed.json().value(QLatin1String("contacts")).toArray()).contains(id));
    for (const QJsonValue &value : changed.json().value(QLatin1String("contacts")).toArray()) {
        if (value.toObject().value(QLatin1String("id")).toInteger() == id)
            QCOMPARE(value.toObject().value(QLatin1String("etag")).toString().toLatin1(),
                     created.header("ETag"));
    }
    etag = changed.header("ETag");
    NB_VERIFY_STATUS(m_member->get(accountPath, {{"If-None-Match", etag}}), 304);

    // A Verteiler PUT.
    const QString verteiler = QStringLiteral("/api/v1/distribution/product-news");
    const Reply list = m_admin->get(verteiler);
    NB_VERIFY_STATUS(list, 200);
    const QString address = QStringLiteral("snapshot@muster-handel.example");
    const Reply put = m_admin->put(
        verteiler, toJson(QJsonObject{{QStringLiteral("addresses"), QJsonArray{address}}}),
        {{"If-Match", list.header("ETag")}});
    NB_VERIFY_STATUS(put, 200);
    changed = m_member->get(accountPath, {{"If-None-Match", etag}});
    NB_VERIFY_STATUS(changed, 200);
    QVERIFY(changed.header("ETag") != etag);
    bool seen = false;
    for (const QJsonValue &value : changed.json().value(QLatin1String("categories")).toArray()) {
        const QJsonObject category = value.toObject();
        if (category.value(QLatin1String("category")).toString() != QLatin1String("product-news"))
            continue;
        seen = true;
        QCOMPARE(category.value(QLatin1String("addresses")).toArray(), QJsonArray{address});
        QCOMPARE(category.value(QLatin1String("etag")).toString().toLatin1(), put.header("ETag"));
    }
    QVERIFY(seen);
    etag = changed.header("ETag");

    // A company PUT.
    const Reply company = m_admin->get(QStringLiteral("/api/v1/company"));
    NB_VERIFY_STATUS(company, 200);
    QJsonObject profile = withoutEtag(company.json());
    profile.insert(QStringLiteral("phone"), QStringLiteral("+49 241 4711"));
    const Reply saved = m_admin->put(QStringLiteral("/api/v1/company"), toJson(profile),
                                     {{"If-Match", company.header("ETag")}});
    NB_VERIFY_STATUS(saved, 200);
    changed = m_member->get(accountPath, {{"If-None-Match", etag}});
    NB_VERIFY_STATUS(changed, 200);
    QVERIFY(changed.header("ETag") != etag);
    const QJsonObject snapshotCompany = changed.json().value(QLatin1String("company")).toObject();
    QCOMPARE(snapshotCompany.value(QLatin1String("phone")).toString(),
             QStringLiteral("+49 241 4711"));
    QCOMPARE(snapshotCompany.value(QLatin1String("etag")).toString().toLatin1(),
             saved.header("ETag"));
    NB_VERIFY_STATUS(m_member->get(accountPath, {{"If-None-Match", changed.header("ETag")}}), 304);

    // A contact DELETE.
    etag = changed.header("ETag");
    NB_VERIFY_STATUS(m_admin->del(QStringLiteral("/api/v1/contacts/%1").arg(id),
                                  {{"If-Match", created.header("ETag")}}),
                     204);
    changed = m_member->get(accountPath, {{"If-None-Match", etag}});
    NB_VERIFY_STATUS(changed, 200);
    QVERIFY(!contactIds(changed.json().value(QLatin1String("contacts")).toArray()).contains(id));
}

void TestApiAccount::memberReadsStaffAndAnonymousDoNot()
{
    NB_VERIFY_STATUS(m_member->get(accountPath), 200);

    ApiClient staff(m_server);
    NB_SIGN_IN(staff, demo::staff);
    const Reply refused = staff.get(accountPath);
    NB_VERIFY_STATUS(refused, 403);
    QCOMPARE(refused.code(), QStringLiteral("no-company"));

    ApiClient anonymous(m_server);
    const Reply unauthorized = anonymous.get(accountPath);
    NB_VERIFY_STATUS(unauthorized, 401);
    QVERIFY(unauthorized.hasHeader("WWW-Authenticate"));
    QVERIFY(!unauthorized.body.contains("muster"));
}

void TestApiAccount::otherCompanysDataNeverShows()
{
    ApiClient beispiel(m_server);
    NB_SIGN_IN(beispiel, demo::beispielAdmin);
    verifyMatchesSingleRoutes(beispiel);
    if (QTest::currentTestFailed())
        return;
    const Reply theirs = beispiel.get(accountPath);
    const Reply ours = m_admin->get(accountPath);
    NB_VERIFY_STATUS(theirs, 200);
    NB_VERIFY_STATUS(ours, 200);
    QVERIFY(theirs.header("ETag") != ours.header("ETag"));
    // Neither company's ETag is worth a 304 to the other.
    NB_VERIFY_STATUS(beispiel.get(accountPath, {{"If-None-Match", ours.header("ETag")}}), 200);
    NB_VERIFY_STATUS(m_admin->get(accountPath, {{"If-None-Match", theirs.header("ETag")}}), 200);

    const QJsonObject a = ours.json();
    const QJsonObject b = theirs.json();
    QVERIFY(a.value(QLatin1String("company")) != b.value(QLatin1String("company")));
    QVERIFY(!theirs.body.contains("muster-handel"));
    QVERIFY(!ours.body.contains("beispiel-shop"));
    const QList<qint64> ourIds = contactIds(a.value(QLatin1String("contacts")).toArray());
    for (qint64 id : contactIds(b.value(QLatin1String("contacts")).toArray()))
        QVERIFY2(!ourIds.contains(id), qPrintable(QString::number(id)));
    const QJsonArray ourLists = a.value(QLatin1String("categories")).toArray();
    const QJsonArray theirLists = b.value(QLatin1String("categories")).toArray();
    QCOMPARE(theirLists.size(), 6);
    for (qsizetype i = 0; i < ourLists.size(); ++i)
        QVERIFY(ourLists.at(i).toObject().value(QLatin1String("etag")) !=
                theirLists.at(i).toObject().value(QLatin1String("etag")));
}

QTEST_GUILESS_MAIN(TestApiAccount)
#include "tst_api_account.moc"
