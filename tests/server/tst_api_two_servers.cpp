// Two notabene-server processes on one database, as in a deployment with several processes:
// sessions, writes, ETags, idempotency keys and failed sign-ins are shared through the database,
// so neither process answers from stale state.
#include "apiclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace nbtest;

namespace {

const QString companyPath = QStringLiteral("/api/v1/company");
const QString contactsPath = QStringLiteral("/api/v1/contacts");
const QString distributionPath = QStringLiteral("/api/v1/distribution");
const QString securityPath = QStringLiteral("/api/v1/distribution/security");

QByteArray contact(const QString &email)
{
    return toJson({{QStringLiteral("firstName"), QStringLiteral("Kai")},
                   {QStringLiteral("lastName"), QStringLiteral("Lang")},
                   {QStringLiteral("email"), email}});
}

} // namespace

class TestApiTwoServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sessionsAreSharedAndEndEverywhere();
    void companyWrittenOnOneIsReadOnTheOther();
    void contactsWrittenOnOneAreReadOnTheOther();
    void distributionWrittenOnOneIsReadOnTheOther();
    void idempotencyKeysAreShared();
    void failedSignInsCountOnBoth();

private:
    ServerProcess m_first{{QStringLiteral("--login-max-failures"), QStringLiteral("3")}};
    ServerProcess m_second{{QStringLiteral("--login-max-failures"), QStringLiteral("3")}};
    ApiClient m_onFirst{m_first};
    ApiClient m_onSecond{m_second};
};

void TestApiTwoServers::initTestCase()
{
    NB_START_SERVER(m_first);
    QVERIFY2(m_second.startOnDatabaseOf(m_first), qPrintable(m_second.errorString()));
    QVERIFY(m_first.port() != m_second.port());
    NB_SIGN_IN(m_onFirst, demo::musterAdmin);
    // The same session, presented to the other process.
    m_onSecond.setToken(m_onFirst.token());
}

void TestApiTwoServers::sessionsAreSharedAndEndEverywhere()
{
    ApiClient first(m_first), second(m_second);
    NB_SIGN_IN(first, demo::musterMember);
    second.setToken(first.token());
    NB_VERIFY_STATUS(second.get(QStringLiteral("/api/v1/session")), 200);
    NB_VERIFY_STATUS(second.del(QStringLiteral("/api/v1/session")), 204);
    NB_VERIFY_PROBLEM(first.get(companyPath), 401, "unauthorized", "");
}

void TestApiTwoServers::companyWrittenOnOneIsReadOnTheOther()
{
    // Both have read (and may have cached) the profile.
    const Reply onSecond = m_onSecond.get(companyPath);
    NB_VERIFY_STATUS(onSecond, 200);
    NB_VERIFY_STATUS(m_onFirst.get(companyPath), 200);

    QJsonObject profile = onSecond.json();
    profile.insert(QStringLiteral("city"), QStringLiteral("Wassenberg"));
    const Reply put =
        m_onFirst.put(companyPath, toJson(profile), {{"If-Match", onSecond.header("ETag")}});
    NB_VERIFY_STATUS(put, 200);

    const Reply reread = m_onSecond.get(companyPath);
    QCOMPARE(reread.json(), profile);
    QCOMPARE(reread.header("ETag"), put.header("ETag"));
    NB_VERIFY_STATUS(m_onSecond.get(companyPath, {{"If-None-Match", onSecond.header("ETag")}}),
                     200);
    NB_VERIFY_PROBLEM(
        m_onSecond.put(companyPath, toJson(profile), {{"If-Match", onSecond.header("ETag")}}), 412,
        "stale", "");
}

void TestApiTwoServers::contactsWrittenOnOneAreReadOnTheOther()
{
    const Reply listBefore = m_onSecond.get(contactsPath);
    NB_VERIFY_STATUS(listBefore, 200);
    const Reply created =
        m_onFirst.post(contactsPath, contact(QStringLiteral("kai@muster.example")));
    NB_VERIFY_STATUS(created, 201);

    const Reply listAfter = m_onSecond.get(contactsPath);
    QVERIFY(listAfter.header("ETag") != listBefore.header("ETag"));
    QVERIFY(listAfter.json().value(QStringLiteral("contacts")).toArray().contains(created.json()));

    const QString path = QString::fromLatin1(created.header("Location"));
    const Reply updated = m_onSecond.put(path, contact(QStringLiteral("kai.lang@muster.example")),
                                         {{"If-Match", created.header("ETag")}});
    NB_VERIFY_STATUS(updated, 200);
    QCOMPARE(m_onFirst.get(path).json(), updated.json());
    NB_VERIFY_PROBLEM(m_onFirst.del(path, {{"If-Match", created.header("ETag")}}), 412, "stale",
                      "");
    NB_VERIFY_STATUS(m_onFirst.del(path, {{"If-Match", updated.header("ETag")}}), 204);
    NB_VERIFY_STATUS(m_onSecond.get(path), 404);
}

void TestApiTwoServers::distributionWrittenOnOneIsReadOnTheOther()
{
    const Reply allBefore = m_onSecond.get(distributionPath);
    const Reply before = m_onSecond.get(securityPath);
    NB_VERIFY_STATUS(before, 200);
    const Reply put = m_onFirst.put(securityPath, R"({"addresses":["soc@muster-handel.example"]})",
                                    {{"If-Match", before.header("ETag")}});
    NB_VERIFY_STATUS(put, 200);

    const Reply after = m_onSecond.get(securityPath);
    QCOMPARE(after.json(), put.json());
    QCOMPARE(after.header("ETag"), put.header("ETag"));
    QVERIFY(m_onSecond.get(distributionPath).header("ETag") != allBefore.header("ETag"));
    NB_VERIFY_PROBLEM(
        m_onSecond.put(securityPath, R"({"addresses":[]})", {{"If-Match", before.header("ETag")}}),
        412, "stale", "");
}

void TestApiTwoServers::idempotencyKeysAreShared()
{
    const QByteArray body = contact(QStringLiteral("retry@muster.example"));
    const Headers key{{"Idempotency-Key", "retried-on-another-process"}};
    const Reply first = m_onFirst.post(contactsPath, body, key);
    NB_VERIFY_STATUS(first, 201);
    // The client's retry lands on the other process: still one contact.
    const Reply retry = m_onSecond.post(contactsPath, body, key);
    NB_VERIFY_STATUS(retry, 201);
    QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(retry.header("Location"), first.header("Location"));
}

void TestApiTwoServers::failedSignInsCountOnBoth()
{
    ApiClient first(m_first), second(m_second);
    for (ApiClient *client : {&first, &second, &first})
        NB_VERIFY_PROBLEM(client->login(demo::beispielAdmin, QStringLiteral("guess")), 401,
                          "invalid-credentials", "");
    NB_VERIFY_PROBLEM(second.login(demo::beispielAdmin), 429, "too-many-attempts", "");
    NB_VERIFY_PROBLEM(first.login(demo::beispielAdmin), 429, "too-many-attempts", "");
}

QTEST_GUILESS_MAIN(TestApiTwoServers)
#include "tst_api_two_servers.moc"
