// What the HTTP layer answers before any resource logic: 404 for unknown routes, 405 with an Allow
// header for a known path with the wrong method, and HEAD for every GET route of the server.
#include "apiclient.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace nbtest;

namespace {

QSet<QByteArray> methodSet(const QByteArray &allow)
{
    QSet<QByteArray> set;
    for (const QByteArray &method : allow.split(','))
        set.insert(method.trimmed());
    return set;
}

} // namespace

class TestApiRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void unknownRoutesAreNotFound_data();
    void unknownRoutesAreNotFound();
    void wrongMethodsAreNotAllowed_data();
    void wrongMethodsAreNotAllowed();
    void headAnswersEveryGetRoute_data();
    void headAnswersEveryGetRoute();
    void headHonoursIfNoneMatch();
    void headOfErrorsHasNoBody();

private:
    // With a key folder, so that GET /api/v1/keys answers like every other GET route, and the
    // demo notices (signed with it) for the notice routes.
    QTemporaryDir m_keysDir;
    const QString m_keys = m_keysDir.filePath(QStringLiteral("keys"));
    ServerProcess m_server;
    ApiClient m_admin{m_server};
    ApiClient m_staff{m_server};
    ApiClient m_anonymous{m_server};
    qint64 m_contactId = 0;
    qint64 m_mailingId = 0;
};

void TestApiRouting::initTestCase()
{
    const CommandResult keys = runServerCommand(
        {QStringLiteral("keys"), QStringLiteral("init"), QStringLiteral("--dir"), m_keys});
    QVERIFY2(keys.finished && keys.exitCode == 0, keys.err.constData());
    m_server.enableNotices(m_keys);
    NB_START_SERVER(m_server);
    NB_SIGN_IN(m_admin, demo::musterAdmin);
    NB_SIGN_IN(m_staff, demo::staff);
    const Reply contacts = m_admin.get(QStringLiteral("/api/v1/contacts"));
    NB_VERIFY_STATUS(contacts, 200);
    m_contactId = contacts.json()
                      .value(QStringLiteral("contacts"))
                      .toArray()
                      .at(0)[QStringLiteral("id")]
                      .toInteger();
    QVERIFY(m_contactId > 0);
    const Reply mailing = m_staff.post(
        QStringLiteral("/api/v1/staff/mailings"),
        R"({"products":["wawi"],"category":"security","subject":"Wartung am Montag","body":"Text."})");
    NB_VERIFY_STATUS(mailing, 201);
    m_mailingId = mailing.json().value(QStringLiteral("id")).toInteger();
}

void TestApiRouting::unknownRoutesAreNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    const auto row = [](const char *method, const char *path) {
        QTest::addRow("%s %s", method, path) << QByteArray(method) << QString::fromLatin1(path);
    };
    row("GET", "/");
    row("GET", "/api");
    row("GET", "/api/v1");
    row("GET", "/api/v2/company");
    row("GET", "/api/v1/companies");
    row("GET", "/API/V1/COMPANY");
    row("GET", "/api/v1/contacts/1/history");
    row("GET", "/api/v1/distribution/security/addresses");
    row("POST", "/api/v1/users");
    row("DELETE", "/api/v1/companies/2");
    row("GET", "/index.html");
}

void TestApiRouting::unknownRoutesAreNotFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    // The same answer with and without a session: a 404 does not wait for authentication.
    for (ApiClient *client : {&m_admin, &m_anonymous}) {
        const Reply reply = client->send(method, path);
        NB_VERIFY_PROBLEM(reply, 404, "not-found", "");
        QVERIFY(!reply.hasHeader("Allow"));
    }
}

void TestApiRouting::wrongMethodsAreNotAllowed_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    const auto row = [](const char *method, const QString &path, const char *allow) {
        QTest::addRow("%s %s", method, qPrintable(path))
            << QByteArray(method) << path << QByteArray(allow);
    };
    const QString contact = QStringLiteral("/api/v1/contacts/%1").arg(m_contactId);
    row("POST", QStringLiteral("/api/v1/health"), "GET, HEAD");
    row("PUT", QStringLiteral("/api/v1/session"), "POST, GET, HEAD, DELETE");
    row("DELETE", QStringLiteral("/api/v1/company"), "GET, HEAD, PUT");
    row("POST", QStringLiteral("/api/v1/company"), "GET, HEAD, PUT");
    row("PATCH", QStringLiteral("/api/v1/company"), "GET, HEAD, PUT");
    row("OPTIONS", QStringLiteral("/api/v1/company"), "GET, HEAD, PUT");
    row("PUT", QStringLiteral("/api/v1/contacts"), "GET, HEAD, POST");
    row("DELETE", QStringLiteral("/api/v1/contacts"), "GET, HEAD, POST");
    row("POST", contact, "GET, HEAD, PUT, DELETE");
    row("PATCH", contact, "GET, HEAD, PUT, DELETE");
    row("POST", QStringLiteral("/api/v1/distribution"), "GET, HEAD");
    row("PUT", QStringLiteral("/api/v1/distribution"), "GET, HEAD");
    row("DELETE", QStringLiteral("/api/v1/distribution/security"), "GET, HEAD, PUT");
    // Methods the server knows nothing about get the same answer.
    row("TRACE", QStringLiteral("/api/v1/company"), "GET, HEAD, PUT");
    row("PROPFIND", QStringLiteral("/api/v1/contacts"), "GET, HEAD, POST");
}

void TestApiRouting::wrongMethodsAreNotAllowed()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    const Reply before = m_admin.get(path);
    for (ApiClient *client : {&m_admin, &m_anonymous}) {
        const Reply reply = client->send(method, path, QByteArray("{}"), {{"If-Match", "*"}});
        NB_VERIFY_PROBLEM(reply, 405, "method-not-allowed", "");
        QCOMPARE(methodSet(reply.header("Allow")), methodSet(allow));
    }
    const Reply after = m_admin.get(path);
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.body, before.body);
}

void TestApiRouting::headAnswersEveryGetRoute_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("staff"); // a staff route, whose answer is new on every request
    const QStringList routes = apiRoutes();
    QVERIFY2(routes.size() > 10, "notabene-server routes listed too few routes");
    for (const QString &route : routes) {
        if (!route.startsWith(QLatin1String("GET ")))
            continue;
        QString path = route.mid(4);
        // The demo security notice, with its patch.
        path.replace(QLatin1String("/notices/{id}"), QLatin1String("/notices/demo-0006"));
        path.replace(
            QLatin1String("{fileName}"),
            QStringLiteral("wawi-sicherheitsupdate-%1.zip")
                .arg(QDateTime::currentDateTimeUtc().date().toString(QStringLiteral("yyyy-MM"))));
        if (path.startsWith(QLatin1String("/api/v1/staff/mailings/{id}")))
            path.replace(QLatin1String("{id}"), QString::number(m_mailingId));
        path.replace(QLatin1String("{id}"), QString::number(m_contactId));
        path.replace(QLatin1String("{category}"), QLatin1String("security"));
        QVERIFY2(!path.contains(QLatin1Char('{')),
                 qPrintable(route + QStringLiteral(": new "
                                                   "placeholder")));
        // The signed mail and the staff routes (staff only): the preview is rendered, dated and
        // signed anew for every request.
        const bool staff = route.endsWith(QLatin1String("/mail")) ||
                           path.startsWith(QLatin1String("/api/v1/staff/"));
        if (staff)
            path += QStringLiteral("?to=it@muster-handel.example");
        QTest::newRow(qPrintable(route)) << path << staff;
    }
}

void TestApiRouting::headAnswersEveryGetRoute()
{
    QFETCH(QString, path);
    QFETCH(bool, staff);
    ApiClient &client = staff ? m_staff : m_admin;
    const Reply get = client.get(path);
    NB_VERIFY_STATUS(get, 200);
    QVERIFY(!get.body.isEmpty());
    const Reply head = client.head(path);
    NB_VERIFY_STATUS(head, 200);
    QVERIFY(head.body.isEmpty());
    if (staff)
        QVERIFY(head.header("Content-Length").toLongLong() > 0);
    else
        QCOMPARE(head.header("Content-Length"), QByteArray::number(get.body.size()));
    QCOMPARE(head.header("Content-Type"), get.header("Content-Type"));
    QCOMPARE(head.header("ETag"), get.header("ETag"));
}

void TestApiRouting::headHonoursIfNoneMatch()
{
    const QString path = QStringLiteral("/api/v1/company");
    const QByteArray etag = m_admin.get(path).header("ETag");
    const Reply head = m_admin.head(path, {{"If-None-Match", etag}});
    NB_VERIFY_STATUS(head, 304);
    QCOMPARE(head.header("ETag"), etag);
}

void TestApiRouting::headOfErrorsHasNoBody()
{
    const Reply unauthorized = m_anonymous.head(QStringLiteral("/api/v1/contacts"));
    NB_VERIFY_STATUS(unauthorized, 401);
    QVERIFY(unauthorized.body.isEmpty());
    QVERIFY(unauthorized.header("WWW-Authenticate").startsWith("Bearer"));
    QVERIFY(unauthorized.header("Content-Type").startsWith("application/problem+json"));

    const Reply missing = m_admin.head(QStringLiteral("/api/v1/contacts/999999"));
    NB_VERIFY_STATUS(missing, 404);
    QVERIFY(missing.body.isEmpty());
    NB_VERIFY_STATUS(m_admin.head(QStringLiteral("/api/v1/nothing")), 404);
}

QTEST_GUILESS_MAIN(TestApiRouting)
#include "tst_api_routing.moc"
