// Every error class of the REST API, each as application/problem+json with a stable code: 400
// malformed JSON, 422 naming the field, 413 over 1 MiB, 415 wrong media type, 401 without a valid
// token; and after every kind of failed write, nothing of it is left in the database.
#include "apiclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace nbtest;

namespace {

const QString companyPath = QStringLiteral("/api/v1/company");
const QString contactsPath = QStringLiteral("/api/v1/contacts");
const QString securityPath = QStringLiteral("/api/v1/distribution/security");

QByteArray validContact(const QString &email = QStringLiteral("nina.roth@muster-handel.example"))
{
    return toJson({{QStringLiteral("firstName"), QStringLiteral("Nina")},
                   {QStringLiteral("lastName"), QStringLiteral("Roth")},
                   {QStringLiteral("email"), email}});
}

// A JSON object of exactly `size` bytes: {"firstName":"xxx...x"}.
QByteArray jsonOfSize(qsizetype size)
{
    const QByteArray frame = R"({"firstName":""})";
    QByteArray body = frame;
    body.insert(frame.size() - 2, QByteArray(size - frame.size(), 'x'));
    return body;
}

} // namespace

class TestApiErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void malformedJsonIsBadRequest_data();
    void malformedJsonIsBadRequest();
    void unprocessableBodiesNameTheField_data();
    void unprocessableBodiesNameTheField();
    void bodiesOverOneMebibyteAreRefused();
    void otherMediaTypesAreRefused_data();
    void otherMediaTypesAreRefused();
    void jsonMediaTypeVariantsAreAccepted();
    void everyProtectedRouteNeedsAValidToken_data();
    void everyProtectedRouteNeedsAValidToken();
    void bearerSchemeIsCaseInsensitive();
    void staffHaveNoCompanyResources();
    void failedCreationDoesNotUseUpTheIdempotencyKey();
    void nothingHalfWrittenAfterErrors();

private:
    // Everything a Muster user can see, read as the admin.
    QByteArray snapshot();

    ServerProcess m_server;
    ApiClient m_admin{m_server};
    ApiClient m_member{m_server};
    ApiClient m_anonymous{m_server};
    QString m_contactPath;
};

void TestApiErrors::initTestCase()
{
    NB_START_SERVER(m_server);
    NB_SIGN_IN(m_admin, demo::musterAdmin);
    NB_SIGN_IN(m_member, demo::musterMember);
    const Reply contacts = m_admin.get(contactsPath);
    m_contactPath = contactsPath + QLatin1Char('/') +
                    QString::number(contacts.json()
                                        .value(QStringLiteral("contacts"))
                                        .toArray()
                                        .at(0)[QStringLiteral("id")]
                                        .toInteger());
}

QByteArray TestApiErrors::snapshot()
{
    QByteArray all;
    for (const QString &path :
         {companyPath, contactsPath, QStringLiteral("/api/v1/distribution")}) {
        const Reply reply = m_admin.get(path);
        all += reply.header("ETag") + ' ' + reply.body + '\n';
    }
    return all;
}

void TestApiErrors::malformedJsonIsBadRequest_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const QList<std::pair<const char *, QByteArray>> bodies{
        {"empty", QByteArray()},
        {"unterminated", QByteArray(R"({"firstName":"Nina")")},
        {"trailing comma", QByteArray(R"({"firstName":"Nina",})")},
        {"single quotes", QByteArray("{'firstName':'Nina'}")},
        {"array", QByteArray(R"([{"firstName":"Nina"}])")},
        {"string", QByteArray(R"("Nina")")},
        {"null", QByteArray("null")},
        {"invalid UTF-8", QByteArray("{\"firstName\":\"N\xffna\"}")},
    };
    const QList<std::pair<QByteArray, QString>> routes{
        {"POST", QStringLiteral("/api/v1/session")},
        {"PUT", companyPath},
        {"POST", contactsPath},
        {"PUT", QString()}, // the first contact, filled in below
        {"PUT", securityPath},
    };
    for (const auto &[method, routePath] : routes) {
        const QString path = routePath.isEmpty() ? m_contactPath : routePath;
        for (const auto &[name, body] : bodies)
            QTest::addRow("%s %s %s", method.constData(), qPrintable(path), name)
                << method << path << body;
    }
}

void TestApiErrors::malformedJsonIsBadRequest()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const QByteArray before = snapshot();
    const Reply reply =
        m_admin.send(method, path, body, {{"If-Match", "*"}, {"Content-Type", "application/json"}});
    NB_VERIFY_PROBLEM(reply, 400, "malformed-json", "");
    QCOMPARE(snapshot(), before);
}

void TestApiErrors::unprocessableBodiesNameTheField_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, const char *method, const QString &path,
                        const QByteArray &body, const char *code, const char *field) {
        QTest::newRow(name) << QByteArray(method) << path << body << QString::fromLatin1(code)
                            << QString::fromLatin1(field);
    };
    row("contact unknown field", "POST", contactsPath,
        R"({"firstName":"Nina","lastName":"Roth","email":"n@muster-handel.example","fax":"1"})",
        "unknown-field", "fax");
    row("contact wrong type", "PUT", m_contactPath,
        R"({"firstName":"Nina","lastName":"Roth","email":"n@muster-handel.example","areas":{}})",
        "wrong-type", "areas");
    row("contact invalid address", "POST", contactsPath,
        R"({"firstName":"Nina","lastName":"Roth","email":"nina.roth@@muster-handel.example"})",
        "invalid-email", "email");
    row("Verteiler invalid address", "PUT", securityPath,
        R"({"addresses":["it@muster-handel.example","it@muster-handel"]})", "invalid-email",
        "addresses[1]");
    row("Verteiler wrong type", "PUT", securityPath, R"({"addresses":null})", "wrong-type",
        "addresses");
    row("session unknown field", "POST", QStringLiteral("/api/v1/session"),
        R"({"email":"admin@muster-handel.example","password":"demo","otp":"123456"})",
        "unknown-field", "otp");
}

void TestApiErrors::unprocessableBodiesNameTheField()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QByteArray before = snapshot();
    const QByteArray codeText = code.toLatin1(), fieldText = field.toLatin1();
    NB_VERIFY_PROBLEM(m_admin.send(method, path, body, {{"If-Match", "*"}}), 422,
                      codeText.constData(), fieldText.constData());
    QCOMPARE(snapshot(), before);
}

void TestApiErrors::bodiesOverOneMebibyteAreRefused()
{
    const QByteArray before = snapshot();
    const qsizetype limit = 1024 * 1024;
    // Exactly 1 MiB is read (and then refused for what it says) ...
    NB_VERIFY_PROBLEM(m_admin.post(contactsPath, jsonOfSize(limit)), 422, "too-long", "firstName");
    // ... one byte more is not read at all, on any route, signed in or not.
    const QByteArray tooLarge = jsonOfSize(limit + 1);
    for (ApiClient *client : {&m_admin, &m_anonymous}) {
        NB_VERIFY_PROBLEM(client->post(contactsPath, tooLarge), 413, "body-too-large", "");
        NB_VERIFY_PROBLEM(client->put(companyPath, tooLarge, {{"If-Match", "*"}}), 413,
                          "body-too-large", "");
        NB_VERIFY_PROBLEM(client->post(QStringLiteral("/api/v1/session"), tooLarge), 413,
                          "body-too-large", "");
    }
    // 16 MiB does not take the server down either.
    NB_VERIFY_PROBLEM(m_admin.post(contactsPath, jsonOfSize(16 * limit)), 413, "body-too-large",
                      "");
    QCOMPARE(snapshot(), before);
    NB_VERIFY_STATUS(m_admin.get(QStringLiteral("/api/v1/health")), 200);
}

void TestApiErrors::otherMediaTypesAreRefused_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("text/plain") << QByteArray("text/plain");
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded");
    QTest::newRow("multipart") << QByteArray("multipart/form-data; boundary=x");
    QTest::newRow("xml") << QByteArray("application/xml");
    QTest::newRow("text/json") << QByteArray("text/json");
}

void TestApiErrors::otherMediaTypesAreRefused()
{
    QFETCH(QByteArray, contentType);
    const QByteArray before = snapshot();
    const Headers headers{{"Content-Type", contentType}, {"If-Match", "*"}};
    NB_VERIFY_PROBLEM(m_admin.post(contactsPath, validContact(), headers), 415,
                      "unsupported-media-type", "");
    NB_VERIFY_PROBLEM(m_admin.put(m_contactPath, validContact(), headers), 415,
                      "unsupported-media-type", "");
    NB_VERIFY_PROBLEM(m_admin.put(securityPath, R"({"addresses":[]})", headers), 415,
                      "unsupported-media-type", "");
    QCOMPARE(snapshot(), before);
}

void TestApiErrors::jsonMediaTypeVariantsAreAccepted()
{
    for (const QByteArray &type :
         {QByteArray("application/json; charset=utf-8"), QByteArray("Application/JSON")}) {
        const Reply created =
            m_admin.post(contactsPath, validContact(QStringLiteral("typed@muster-handel.example")),
                         {{"Content-Type", type}});
        NB_VERIFY_STATUS(created, 201);
        NB_VERIFY_STATUS(m_admin.del(QString::fromLatin1(created.header("Location")),
                                     {{"If-Match", created.header("ETag")}}),
                         204);
    }
}

void TestApiErrors::everyProtectedRouteNeedsAValidToken_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization"); // empty: none sent
    const QList<std::pair<const char *, QByteArray>> credentials{
        {"none", QByteArray()},
        {"empty bearer", QByteArray("Bearer ")},
        {"unknown token", QByteArray("Bearer 3q2-7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")},
        {"token without scheme", m_admin.token()},
        {"basic", QByteArray("Basic ") + QByteArray("admin@muster-handel.example:demo").toBase64()},
    };
    const QStringList routes = apiRoutes();
    QVERIFY2(routes.size() > 10, "notabene-server routes listed too few routes");
    for (const QString &route : routes) {
        if (route == QLatin1String("POST /api/v1/session") ||
            route == QLatin1String("GET /api/v1/health") ||
            route == QLatin1String("GET /api/v1/branding") ||
            route == QLatin1String("GET /api/v1/keys"))
            continue; // the public routes (branding is shown before anyone signs in, the signed
                      // key list is needed to verify notices)
        const qsizetype space = route.indexOf(QLatin1Char(' '));
        QString path = route.mid(space + 1);
        path.replace(QLatin1String("{category}"), QLatin1String("security"));
        path.replace(QLatin1String("{id}"), m_contactPath.section(QLatin1Char('/'), -1));
        for (const auto &[name, authorization] : credentials)
            QTest::addRow("%s %s", qPrintable(route), name)
                << route.left(space).toLatin1() << path << authorization;
    }
}

void TestApiErrors::everyProtectedRouteNeedsAValidToken()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    const QByteArray before = snapshot();
    const QByteArray body = method == "GET" || method == "DELETE" ? QByteArray() : "{}";
    Headers headers{{"If-Match", "*"}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const Reply reply = m_anonymous.send(method, path, body, headers);
    NB_VERIFY_PROBLEM(reply, 401, "unauthorized", "");
    QCOMPARE(reply.header("WWW-Authenticate"), QByteArray("Bearer realm=\"notabene\""));
    QCOMPARE(snapshot(), before);
}

void TestApiErrors::bearerSchemeIsCaseInsensitive()
{
    // RFC 9110 section 11.1: the authentication scheme is case-insensitive.
    for (const char *scheme : {"bearer ", "BEARER "}) {
        const Reply reply =
            m_anonymous.get(companyPath, {{"Authorization", scheme + m_admin.token()}});
        NB_VERIFY_STATUS(reply, 200);
    }
}

void TestApiErrors::staffHaveNoCompanyResources()
{
    ApiClient staff(m_server);
    NB_SIGN_IN(staff, demo::staff);
    const QByteArray before = snapshot();
    NB_VERIFY_PROBLEM(staff.get(companyPath), 403, "no-company", "");
    NB_VERIFY_PROBLEM(staff.get(contactsPath), 403, "no-company", "");
    NB_VERIFY_PROBLEM(staff.post(contactsPath, validContact()), 403, "no-company", "");
    NB_VERIFY_PROBLEM(staff.del(m_contactPath, {{"If-Match", "*"}}), 403, "no-company", "");
    NB_VERIFY_PROBLEM(staff.put(securityPath, R"({"addresses":[]})", {{"If-Match", "*"}}), 403,
                      "no-company", "");
    QCOMPARE(snapshot(), before);
}

void TestApiErrors::failedCreationDoesNotUseUpTheIdempotencyKey()
{
    const Headers key{{"Idempotency-Key", "after-a-typo"}};
    NB_VERIFY_PROBLEM(m_admin.post(contactsPath, validContact(QStringLiteral("nina.roth@")), key),
                      422, "invalid-email", "email");
    // The corrected request with the same key creates the contact.
    const Reply created = m_admin.post(contactsPath, validContact(), key);
    NB_VERIFY_STATUS(created, 201);
    QVERIFY(!created.hasHeader("Idempotent-Replayed"));
    NB_VERIFY_STATUS(m_admin.del(QString::fromLatin1(created.header("Location")),
                                 {{"If-Match", created.header("ETag")}}),
                     204);
}

void TestApiErrors::nothingHalfWrittenAfterErrors()
{
    const QByteArray before = snapshot();
    const Reply company = m_admin.get(companyPath);
    const QByteArray companyTag = company.header("ETag");
    QJsonObject profile = company.json();
    profile.insert(QStringLiteral("street"), QStringLiteral("Half 1"));
    profile.insert(QStringLiteral("city"), QStringLiteral("Halfway"));

    // A valid change next to an invalid one ...
    QJsonObject invalid = profile;
    invalid.insert(QStringLiteral("website"), QStringLiteral("not a website"));
    NB_VERIFY_STATUS(m_admin.put(companyPath, toJson(invalid), {{"If-Match", companyTag}}), 422);
    // ... a valid change with a stale or missing tag ...
    NB_VERIFY_STATUS(m_admin.put(companyPath, toJson(profile), {{"If-Match", "\"company1-v0\""}}),
                     412);
    NB_VERIFY_STATUS(m_admin.put(companyPath, toJson(profile)), 428);
    // ... a member changing the Erstkontakt along with the address ...
    QJsonObject erstkontakt = profile;
    erstkontakt.insert(QStringLiteral("primaryContactEmail"),
                       QStringLiteral("x@muster-handel.example"));
    NB_VERIFY_STATUS(m_member.put(companyPath, toJson(erstkontakt), {{"If-Match", companyTag}}),
                     403);
    // ... a Verteiler whose last address is invalid, and one from a member ...
    const QByteArray securityTag = m_admin.get(securityPath).header("ETag");
    NB_VERIFY_STATUS(m_admin.put(securityPath,
                                 R"({"addresses":["new@muster-handel.example","x@y@z"]})",
                                 {{"If-Match", securityTag}}),
                     422);
    NB_VERIFY_STATUS(m_member.put(securityPath, R"({"addresses":["new@muster-handel.example"]})",
                                  {{"If-Match", securityTag}}),
                     403);
    // ... contacts that are invalid, stale or too large.
    NB_VERIFY_STATUS(m_admin.post(contactsPath, R"({"firstName":"Nina","lastName":"Roth"})"), 422);
    NB_VERIFY_STATUS(m_admin.put(m_contactPath, validContact(), {{"If-Match", "\"contact0-v0\""}}),
                     412);
    NB_VERIFY_STATUS(m_admin.del(m_contactPath, {{"If-Match", "\"contact0-v0\""}}), 412);
    NB_VERIFY_STATUS(m_admin.post(contactsPath, jsonOfSize(1024 * 1024 + 1)), 413);

    QCOMPARE(snapshot(), before);
}

QTEST_GUILESS_MAIN(TestApiErrors)
#include "tst_api_errors.moc"
