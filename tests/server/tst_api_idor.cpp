// Object-level authorisation. Every contact route tried with the other company's ids answers 404
// exactly like an id that does not exist (same body, no tag, nothing changed); collections show
// only the own company; and a matrix of every route against every role (admin, member, staff,
// no session) shows who may read and change what.
#include "apiclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace nbtest;

namespace {

const QString companyPath = QStringLiteral("/api/v1/company");
const QString contactsPath = QStringLiteral("/api/v1/contacts");
const QString distributionPath = QStringLiteral("/api/v1/distribution");
const QString securityPath = QStringLiteral("/api/v1/distribution/security");

QString contactPath(qint64 id)
{
    return contactsPath + QLatin1Char('/') + QString::number(id);
}

QByteArray validContact(const QString &email)
{
    return toJson({{QStringLiteral("firstName"), QStringLiteral("Ida")},
                   {QStringLiteral("lastName"), QStringLiteral("Roth")},
                   {QStringLiteral("email"), email}});
}

QSet<qint64> contactIds(const Reply &list)
{
    QSet<qint64> ids;
    for (const QJsonValue &contact : list.json().value(QStringLiteral("contacts")).toArray())
        ids.insert(contact[QStringLiteral("id")].toInteger());
    return ids;
}

QSet<QByteArray> headerNames(const Reply &reply)
{
    QSet<QByteArray> names;
    for (const auto &[name, value] : reply.headers)
        names.insert(name.toLower());
    return names;
}

enum class Route
{
    GetCompany,
    PutCompany,
    PutErstkontakt,
    GetContacts,
    PostContact,
    GetContact,
    PutContact,
    DeleteContact,
    GetDistribution,
    GetCategory,
    PutCategory,
};

} // namespace

class TestApiIdor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void foreignContactIdsAnswerLikeMissingOnes_data();
    void foreignContactIdsAnswerLikeMissingOnes();
    void collectionsShowOnlyTheOwnCompany_data();
    void collectionsShowOnlyTheOwnCompany();
    void foreignETagsDoNotApply();
    void customerNumberCannotSwitchTheCompany();
    void everyRouteForEveryRole_data();
    void everyRouteForEveryRole();
    void idempotencyKeysBelongToTheirUser();

private:
    // Everything a company's users can see, read through that company's admin.
    QByteArray snapshot(ApiClient &admin);
    ApiClient &actor(const QString &name);

    ServerProcess m_server;
    ApiClient m_musterAdmin{m_server};
    ApiClient m_musterMember{m_server};
    ApiClient m_beispielAdmin{m_server};
    ApiClient m_staff{m_server};
    ApiClient m_anonymous{m_server};
    QSet<qint64> m_musterIds;
    QSet<qint64> m_beispielIds;
    qint64 m_missingId = 0;
};

void TestApiIdor::initTestCase()
{
    NB_START_SERVER(m_server);
    NB_SIGN_IN(m_musterAdmin, demo::musterAdmin);
    NB_SIGN_IN(m_musterMember, demo::musterMember);
    NB_SIGN_IN(m_beispielAdmin, demo::beispielAdmin);
    NB_SIGN_IN(m_staff, demo::staff);
    m_musterIds = contactIds(m_musterAdmin.get(contactsPath));
    m_beispielIds = contactIds(m_beispielAdmin.get(contactsPath));
    QVERIFY(m_musterIds.size() >= 3);
    QVERIFY(m_beispielIds.size() >= 3);
    QVERIFY(!m_musterIds.intersects(m_beispielIds));
    for (const qint64 id : m_musterIds + m_beispielIds)
        m_missingId = std::max(m_missingId, id + 1000);
}

QByteArray TestApiIdor::snapshot(ApiClient &admin)
{
    QByteArray all;
    for (const QString &path : {companyPath, contactsPath, distributionPath}) {
        const Reply reply = admin.get(path);
        all +=
            QByteArray::number(reply.status) + ' ' + reply.header("ETag") + ' ' + reply.body + '\n';
    }
    return all;
}

ApiClient &TestApiIdor::actor(const QString &name)
{
    if (name == QLatin1String("admin"))
        return m_musterAdmin;
    if (name == QLatin1String("member"))
        return m_musterMember;
    if (name == QLatin1String("staff"))
        return m_staff;
    if (name == QLatin1String("Beispiel admin"))
        return m_beispielAdmin;
    return m_anonymous;
}

void TestApiIdor::foreignContactIdsAnswerLikeMissingOnes_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<bool>("sendOwnersTag"); // If-Match / If-None-Match with the real tag
    const QList<std::pair<const char *, const QSet<qint64> *>> actors{
        {"admin", &m_beispielIds}, {"member", &m_beispielIds}, {"Beispiel admin", &m_musterIds}};
    for (const auto &[name, foreignIds] : actors) {
        for (const char *method : {"GET", "HEAD", "PUT", "DELETE"}) {
            for (const qint64 id : *foreignIds) {
                for (const bool tag : {false, true})
                    QTest::addRow("%s %s %lld%s", name, method, id, tag ? " with tag" : "")
                        << QString::fromLatin1(name) << QByteArray(method) << id << tag;
            }
        }
    }
}

void TestApiIdor::foreignContactIdsAnswerLikeMissingOnes()
{
    QFETCH(QString, actor);
    QFETCH(QByteArray, method);
    QFETCH(qint64, id);
    QFETCH(bool, sendOwnersTag);
    ApiClient &client = this->actor(actor);
    ApiClient &owner = m_musterIds.contains(id) ? m_musterAdmin : m_beispielAdmin;
    const Reply owned = owner.get(contactPath(id));
    NB_VERIFY_STATUS(owned, 200);
    const QByteArray ownerSnapshot = snapshot(owner);

    Headers headers;
    if (sendOwnersTag) {
        const bool read = method == "GET" || method == "HEAD";
        headers.append({read ? "If-None-Match" : "If-Match", owned.header("ETag")});
    }
    const QByteArray body =
        method == "PUT" ? validContact(QStringLiteral("taken@attacker.example")) : QByteArray();
    const Reply foreign = client.send(method, contactPath(id), body, headers);
    const Reply missing = client.send(method, contactPath(m_missingId), body, headers);

    QCOMPARE(foreign.status, 404);
    QCOMPARE(missing.status, 404);
    QCOMPARE(foreign.body, missing.body);
    QCOMPARE(headerNames(foreign), headerNames(missing));
    QCOMPARE(foreign.header("Content-Length"), missing.header("Content-Length"));
    QVERIFY(!foreign.hasHeader("ETag"));
    if (method != "HEAD")
        NB_VERIFY_PROBLEM(foreign, 404, "not-found", "");

    QCOMPARE(snapshot(owner), ownerSnapshot);
}

void TestApiIdor::collectionsShowOnlyTheOwnCompany_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("path");
    for (const char *actor : {"admin", "member", "Beispiel admin"}) {
        for (const QString &path :
             {QStringLiteral("/api/v1/session"), companyPath, contactsPath, distributionPath,
              securityPath, QStringLiteral("/api/v1/distribution/product-news")})
            QTest::addRow("%s %s", actor, qPrintable(path)) << QString::fromLatin1(actor) << path;
    }
}

void TestApiIdor::collectionsShowOnlyTheOwnCompany()
{
    QFETCH(QString, actor);
    QFETCH(QString, path);
    const bool muster = actor != QLatin1String("Beispiel admin");
    const Reply reply = this->actor(actor).get(path);
    NB_VERIFY_STATUS(reply, 200);
    const QByteArray body = reply.body.toLower();
    const QList<QByteArray> foreignMarkers = muster ? QList<QByteArray>{"beispiel", "k-200871"}
                                                    : QList<QByteArray>{"muster", "k-100234"};
    for (const QByteArray &marker : foreignMarkers)
        QVERIFY2(!body.contains(marker), reply.body.constData());
    QVERIFY(!contactIds(reply).intersects(muster ? m_beispielIds : m_musterIds));
}

void TestApiIdor::foreignETagsDoNotApply()
{
    const QByteArray musterBefore = snapshot(m_musterAdmin);
    const QByteArray beispielBefore = snapshot(m_beispielAdmin);

    const Reply foreignCompany = m_beispielAdmin.get(companyPath);
    const Reply ownCompany = m_musterAdmin.get(companyPath);
    NB_VERIFY_PROBLEM(m_musterAdmin.put(companyPath, ownCompany.body,
                                        {{"If-Match", foreignCompany.header("ETag")}}),
                      412, "stale", "");

    const Reply foreignList = m_beispielAdmin.get(securityPath);
    NB_VERIFY_PROBLEM(m_musterAdmin.put(securityPath, R"({"addresses":[]})",
                                        {{"If-Match", foreignList.header("ETag")}}),
                      412, "stale", "");

    QCOMPARE(snapshot(m_musterAdmin), musterBefore);
    QCOMPARE(snapshot(m_beispielAdmin), beispielBefore);
}

void TestApiIdor::customerNumberCannotSwitchTheCompany()
{
    const QByteArray musterBefore = snapshot(m_musterAdmin);
    const QByteArray beispielBefore = snapshot(m_beispielAdmin);
    // Muster's admin sends Beispiel's whole profile, customer number included.
    const QByteArray beispielProfile = m_beispielAdmin.get(companyPath).body;
    const QByteArray musterTag = m_musterAdmin.get(companyPath).header("ETag");
    NB_VERIFY_PROBLEM(m_musterAdmin.put(companyPath, beispielProfile, {{"If-Match", musterTag}}),
                      422, "read-only", "customerNumber");
    QCOMPARE(snapshot(m_musterAdmin), musterBefore);
    QCOMPARE(snapshot(m_beispielAdmin), beispielBefore);
}

void TestApiIdor::everyRouteForEveryRole_data()
{
    QTest::addColumn<int>("route");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("expected");
    struct Row
    {
        const char *name;
        Route route;
        int admin, member;
    };
    const Row rows[] = {
        {"GET company", Route::GetCompany, 200, 200},
        {"PUT company", Route::PutCompany, 200, 200},
        {"PUT company Erstkontakt", Route::PutErstkontakt, 200, 403},
        {"GET contacts", Route::GetContacts, 200, 200},
        {"POST contacts", Route::PostContact, 201, 201},
        {"GET contact", Route::GetContact, 200, 200},
        {"PUT contact", Route::PutContact, 200, 200},
        {"DELETE contact", Route::DeleteContact, 204, 204},
        {"GET distribution", Route::GetDistribution, 200, 200},
        {"GET distribution category", Route::GetCategory, 200, 200},
        {"PUT distribution category", Route::PutCategory, 200, 403},
    };
    for (const Row &row : rows) {
        const std::pair<const char *, int> expectations[] = {
            {"admin", row.admin}, {"member", row.member}, {"staff", 403}, {"no session", 401}};
        for (const auto &[actor, expected] : expectations)
            QTest::addRow("%s as %s", row.name, actor)
                << int(row.route) << QString::fromLatin1(actor) << expected;
    }
}

void TestApiIdor::everyRouteForEveryRole()
{
    QFETCH(int, route);
    QFETCH(QString, actor);
    QFETCH(int, expected);
    ApiClient &client = this->actor(actor);

    // Set the stage as the admin: a contact of the own company to work on, and current tags.
    const Reply contact = m_musterAdmin.post(
        contactsPath, validContact(QStringLiteral("ida.roth@muster-handel.example")));
    NB_VERIFY_STATUS(contact, 201);
    const QString ownContact = QString::fromLatin1(contact.header("Location"));
    const Reply company = m_musterAdmin.get(companyPath);
    const Reply category = m_musterAdmin.get(securityPath);
    const QJsonObject current = company.json();
    const auto other = [&current](const QString &key, const QString &one, const QString &two) {
        return current.value(key).toString() == one ? two : one;
    };
    QJsonObject profile = current; // another phone number, the same Erstkontakt
    profile.insert(QStringLiteral("phone"),
                   other(QStringLiteral("phone"), QStringLiteral("+49 2433 11111"),
                         QStringLiteral("+49 2433 22222")));
    QJsonObject erstkontakt = profile; // ... and another Erstkontakt
    erstkontakt.insert(QStringLiteral("primaryContactEmail"),
                       other(QStringLiteral("primaryContactEmail"), demo::musterErstkontakt,
                             QStringLiteral("anna.schmidt@muster-handel.example")));
    const QByteArray before = snapshot(m_musterAdmin);

    Reply reply;
    QString read;    // what a successful read read: the admin reads the same
    QString changed; // what a successful write changed: the admin now reads the change
    switch (Route(route)) {
    case Route::GetCompany:
        reply = client.get(read = companyPath);
        break;
    case Route::PutCompany:
        reply = client.put(companyPath, toJson(profile), {{"If-Match", company.header("ETag")}});
        changed = companyPath;
        break;
    case Route::PutErstkontakt:
        reply =
            client.put(companyPath, toJson(erstkontakt), {{"If-Match", company.header("ETag")}});
        changed = companyPath;
        break;
    case Route::GetContacts:
        reply = client.get(read = contactsPath);
        break;
    case Route::PostContact:
        reply =
            client.post(contactsPath, validContact(QStringLiteral("new@muster-handel.example")));
        changed = QString::fromLatin1(reply.header("Location"));
        break;
    case Route::GetContact:
        reply = client.get(read = ownContact);
        break;
    case Route::PutContact:
        reply = client.put(ownContact, validContact(QStringLiteral("ida@muster-handel.example")),
                           {{"If-Match", contact.header("ETag")}});
        changed = ownContact;
        break;
    case Route::DeleteContact:
        reply = client.del(ownContact, {{"If-Match", contact.header("ETag")}});
        break;
    case Route::GetDistribution:
        reply = client.get(read = distributionPath);
        break;
    case Route::GetCategory:
        reply = client.get(read = securityPath);
        break;
    case Route::PutCategory:
        reply = client.put(securityPath, R"({"addresses":["sec@muster-handel.example"]})",
                           {{"If-Match", category.header("ETag")}});
        changed = securityPath;
        break;
    }
    NB_VERIFY_STATUS(reply, expected);

    if (expected >= 400) {
        const QByteArray code = expected == 401                   ? "unauthorized"
                                : actor == QLatin1String("staff") ? "no-company"
                                                                  : "admin-required";
        NB_VERIFY_PROBLEM(reply, expected, code.constData(),
                          Route(route) == Route::PutErstkontakt && expected == 403 &&
                                  actor == QLatin1String("member")
                              ? "primaryContactEmail"
                              : "");
        QCOMPARE(snapshot(m_musterAdmin), before);
    } else if (Route(route) == Route::DeleteContact) {
        NB_VERIFY_STATUS(m_musterAdmin.get(ownContact), 404);
    } else if (!changed.isEmpty()) {
        const Reply reread = m_musterAdmin.get(changed);
        QCOMPARE(reread.json(), reply.json());
        QCOMPARE(reread.header("ETag"), reply.header("ETag"));
    } else {
        QVERIFY(!read.isEmpty());
        QCOMPARE(reply.body, m_musterAdmin.get(read).body);
    }
}

void TestApiIdor::idempotencyKeysBelongToTheirUser()
{
    const QByteArray body = validContact(QStringLiteral("shared-key@example.org"));
    const Headers key{{"Idempotency-Key", "the-same-key"}};
    const Reply muster = m_musterAdmin.post(contactsPath, body, key);
    NB_VERIFY_STATUS(muster, 201);

    // Beispiel's admin with the same key and body gets a contact of Beispiel, not Muster's reply.
    const Reply beispiel = m_beispielAdmin.post(contactsPath, body, key);
    NB_VERIFY_STATUS(beispiel, 201);
    QVERIFY(!beispiel.hasHeader("Idempotent-Replayed"));
    QVERIFY(beispiel.header("Location") != muster.header("Location"));
    NB_VERIFY_STATUS(m_beispielAdmin.get(QString::fromLatin1(beispiel.header("Location"))), 200);
    NB_VERIFY_STATUS(m_beispielAdmin.get(QString::fromLatin1(muster.header("Location"))), 404);
    NB_VERIFY_STATUS(m_musterAdmin.get(QString::fromLatin1(beispiel.header("Location"))), 404);

    // Another user of the same company has keys of their own too.
    const Reply member = m_musterMember.post(contactsPath, body, key);
    NB_VERIFY_STATUS(member, 201);
    QVERIFY(!member.hasHeader("Idempotent-Replayed"));
    QVERIFY(member.header("Location") != muster.header("Location"));
}

QTEST_GUILESS_MAIN(TestApiIdor)
#include "tst_api_idor.moc"
