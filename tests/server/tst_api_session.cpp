// Signing in and out: POST/GET/DELETE /api/v1/session, session expiry, how tokens and passwords
// are stored, and the rate limit on failed sign-ins (per account and per client address).
#include "apiclient.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>
#include <QTest>

using namespace nbtest;

namespace {

const QString sessionPath = QStringLiteral("/api/v1/session");

QDateTime expiresAt(const Reply &reply)
{
    return QDateTime::fromString(reply.json().value(QStringLiteral("expiresAt")).toString(),
                                 Qt::ISODate);
}

} // namespace

class TestApiSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { NB_START_SERVER(m_server); }

    void loginAnswersTokenAndUser_data();
    void loginAnswersTokenAndUser();
    void emailIsCaseInsensitive();
    void everyLoginGetsItsOwnToken();
    void wrongPasswordAndUnknownAccountAnswerAlike();
    void loginRejectsBadBodies_data();
    void loginRejectsBadBodies();
    void logoutEndsTheSessionOnTheServer();
    void tokensAndPasswordsAreStoredOnlyAsHashes();
    void sessionExpires();
    void failedLoginsPauseTheAccount();
    void failedLoginsPauseTheClientAddress();
    void pauseEndsAfterTheWindow();

private:
    ServerProcess m_server;
};

void TestApiSession::loginAnswersTokenAndUser_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("company"); // empty: none (staff)
    QTest::addColumn<QString>("customerNumber");
    QTest::newRow("Muster admin") << demo::musterAdmin << QStringLiteral("admin")
                                  << QStringLiteral("Muster Handel GmbH")
                                  << QStringLiteral("K-100234");
    QTest::newRow("Muster member")
        << demo::musterMember << QStringLiteral("member") << QStringLiteral("Muster Handel GmbH")
        << QStringLiteral("K-100234");
    QTest::newRow("Beispiel admin")
        << demo::beispielAdmin << QStringLiteral("admin") << QStringLiteral("Beispiel Shop KG")
        << QStringLiteral("K-200871");
    QTest::newRow("staff") << demo::staff << QStringLiteral("staff") << QString() << QString();
}

void TestApiSession::loginAnswersTokenAndUser()
{
    QFETCH(QString, email);
    QFETCH(QString, role);
    QFETCH(QString, company);
    QFETCH(QString, customerNumber);
    ApiClient client(m_server);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Reply reply = client.login(email);
    NB_VERIFY_STATUS(reply, 201);
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));

    // At least 128 random bits.
    const QByteArray token = client.token();
    const auto decoded = QByteArray::fromBase64Encoding(
        token, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY2(decoded && decoded.decoded.size() >= 16, token.constData());

    // The default lifetime is 12 hours.
    const QDateTime expires = expiresAt(reply);
    QVERIFY(expires.isValid());
    QVERIFY(expires > before.addSecs(12 * 3600 - 120));
    QVERIFY(expires < before.addSecs(12 * 3600 + 120));

    const QJsonObject user = reply.json().value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("email")).toString(), email);
    QCOMPARE(user.value(QStringLiteral("role")).toString(), role);
    const QJsonValue companyValue = user.value(QStringLiteral("company"));
    if (company.isEmpty()) {
        QVERIFY(companyValue.isNull());
    } else {
        const QJsonObject companyObject = companyValue.toObject();
        QCOMPARE(companyObject.value(QStringLiteral("name")).toString(), company);
        QCOMPARE(companyObject.value(QStringLiteral("customerNumber")).toString(), customerNumber);
    }

    // The token opens the session.
    const Reply session = client.get(sessionPath);
    NB_VERIFY_STATUS(session, 200);
    QCOMPARE(session.json().value(QStringLiteral("user")).toObject(), user);
    QCOMPARE(expiresAt(session), expires);
}

void TestApiSession::emailIsCaseInsensitive()
{
    ApiClient client(m_server);
    const Reply reply = client.login(QStringLiteral("  Admin@MUSTER-Handel.example "));
    NB_VERIFY_STATUS(reply, 201);
    const QJsonObject user = reply.json().value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("email")).toString(), demo::musterAdmin);
}

void TestApiSession::everyLoginGetsItsOwnToken()
{
    ApiClient first(m_server), second(m_server);
    NB_SIGN_IN(first, demo::musterAdmin);
    NB_SIGN_IN(second, demo::musterAdmin);
    QVERIFY(first.token() != second.token());
    NB_VERIFY_STATUS(first.get(sessionPath), 200);
    NB_VERIFY_STATUS(second.get(sessionPath), 200);
}

void TestApiSession::wrongPasswordAndUnknownAccountAnswerAlike()
{
    ApiClient client(m_server);
    const Reply wrongPassword = client.login(demo::beispielAdmin, QStringLiteral("not-demo"));
    NB_VERIFY_PROBLEM(wrongPassword, 401, "invalid-credentials", "");
    QVERIFY(client.token().isEmpty());
    const Reply unknown = client.login(QStringLiteral("nobody@beispiel-shop.example"));
    NB_VERIFY_PROBLEM(unknown, 401, "invalid-credentials", "");
    // Nothing tells an attacker which accounts exist.
    QCOMPARE(unknown.body, wrongPassword.body);
    // The right password still works (two failures are below the limit).
    NB_SIGN_IN(client, demo::beispielAdmin);
}

void TestApiSession::loginRejectsBadBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("no password") << QByteArray(R"({"email":"admin@muster-handel.example"})") << 422
                                 << QStringLiteral("required") << QStringLiteral("password");
    QTest::newRow("no email") << QByteArray(R"({"password":"demo"})") << 422
                              << QStringLiteral("required") << QStringLiteral("email");
    QTest::newRow("password not a text")
        << QByteArray(R"({"email":"admin@muster-handel.example","password":1234})") << 422
        << QStringLiteral("wrong-type") << QStringLiteral("password");
    QTest::newRow("email not a text")
        << QByteArray(R"({"email":["a@b.de"],"password":"demo"})") << 422
        << QStringLiteral("wrong-type") << QStringLiteral("email");
    QTest::newRow("unknown field")
        << QByteArray(
               R"({"email":"admin@muster-handel.example","password":"demo","remember":true})")
        << 422 << QStringLiteral("unknown-field") << QStringLiteral("remember");
    QTest::newRow("malformed") << QByteArray(R"({"email":)") << 400
                               << QStringLiteral("malformed-json") << QString();
}

void TestApiSession::loginRejectsBadBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    ApiClient client(m_server);
    const Reply reply = client.post(sessionPath, body);
    const QByteArray codeText = code.toLatin1(), fieldText = field.toLatin1();
    NB_VERIFY_PROBLEM(reply, status, codeText.constData(), fieldText.constData());
    QVERIFY(!reply.json().contains(QStringLiteral("token")));
}

void TestApiSession::logoutEndsTheSessionOnTheServer()
{
    ApiClient leaving(m_server), staying(m_server);
    NB_SIGN_IN(leaving, demo::musterMember);
    NB_SIGN_IN(staying, demo::musterMember);
    NB_VERIFY_STATUS(leaving.get(QStringLiteral("/api/v1/company")), 200);

    const Reply logout = leaving.del(sessionPath);
    NB_VERIFY_STATUS(logout, 204);
    QVERIFY(logout.body.isEmpty());

    // The same token, presented again, is refused everywhere.
    NB_VERIFY_PROBLEM(leaving.get(sessionPath), 401, "unauthorized", "");
    NB_VERIFY_PROBLEM(leaving.get(QStringLiteral("/api/v1/company")), 401, "unauthorized", "");
    NB_VERIFY_PROBLEM(leaving.del(sessionPath), 401, "unauthorized", "");
    // Only that session ended.
    NB_VERIFY_STATUS(staying.get(QStringLiteral("/api/v1/company")), 200);
}

void TestApiSession::tokensAndPasswordsAreStoredOnlyAsHashes()
{
    ApiClient client(m_server);
    NB_SIGN_IN(client, demo::musterAdmin);
    const QByteArray token = client.token();
    const QString tokenHash =
        QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());

    QString error;
    const QList<QVariantList> sessions =
        m_server.database().select(QStringLiteral("SELECT token_hash FROM sessions"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList stored;
    for (const QVariantList &row : sessions)
        stored.append(row.value(0).toString());
    QVERIFY2(stored.contains(tokenHash), qPrintable(stored.join(QLatin1Char(' '))));
    for (const QString &value : std::as_const(stored))
        QVERIFY(!value.contains(QString::fromLatin1(token)));

    const QList<QVariantList> users = m_server.database().select(
        QStringLiteral("SELECT email, password_hash FROM users"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(users.size(), qsizetype(5));
    for (const QVariantList &row : users) {
        const QString hash = row.value(1).toString();
        QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
    }
}

void TestApiSession::sessionExpires()
{
    ServerProcess server({QStringLiteral("--session-ttl"), QStringLiteral("2")});
    NB_START_SERVER(server);
    ApiClient client(server);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Reply login = client.login(demo::musterAdmin);
    NB_VERIFY_STATUS(login, 201);
    const QDateTime expires = expiresAt(login);
    QVERIFY(expires >= before.addSecs(1) && expires <= before.addSecs(4));
    NB_VERIFY_STATUS(client.get(QStringLiteral("/api/v1/company")), 200);

    QTest::qWait(2500);
    const Reply expired = client.get(QStringLiteral("/api/v1/company"));
    NB_VERIFY_PROBLEM(expired, 401, "session-expired", "");
    QVERIFY(expired.header("WWW-Authenticate").startsWith("Bearer"));
    NB_VERIFY_STATUS(client.get(sessionPath), 401);

    NB_SIGN_IN(client, demo::musterAdmin);
    NB_VERIFY_STATUS(client.get(QStringLiteral("/api/v1/company")), 200);
}

void TestApiSession::failedLoginsPauseTheAccount()
{
    ServerProcess server({QStringLiteral("--login-max-failures"), QStringLiteral("3")});
    NB_START_SERVER(server);
    ApiClient client(server);
    for (int i = 0; i < 3; ++i)
        NB_VERIFY_PROBLEM(client.login(demo::musterMember, QStringLiteral("guess")), 401,
                          "invalid-credentials", "");

    // Now even the right password is refused for a while, however the address is spelt.
    for (const QString &email : {demo::musterMember, QStringLiteral("IT@Muster-Handel.example")}) {
        const Reply paused = client.login(email);
        NB_VERIFY_PROBLEM(paused, 429, "too-many-attempts", "");
        bool ok = false;
        const int retryAfter = paused.header("Retry-After").toInt(&ok);
        QVERIFY2(ok && retryAfter > 0 && retryAfter <= 900, paused.header("Retry-After"));
        QVERIFY(client.token().isEmpty());
    }
    // Other accounts are not affected.
    NB_SIGN_IN(client, demo::musterAdmin);
}

void TestApiSession::failedLoginsPauseTheClientAddress()
{
    // Per address, four times the per-account limit: 12 failures.
    ServerProcess server({QStringLiteral("--login-max-failures"), QStringLiteral("3")});
    NB_START_SERVER(server);
    ApiClient client(server);
    for (int i = 0; i < 12; ++i) {
        const QString email = QStringLiteral("guess%1@beispiel-shop.example").arg(i);
        NB_VERIFY_PROBLEM(client.login(email, QStringLiteral("demo")), 401, "invalid-credentials",
                          "");
    }
    // An account that never failed is now refused too: it is the address that is paused.
    const Reply paused = client.login(demo::beispielAdmin);
    NB_VERIFY_PROBLEM(paused, 429, "too-many-attempts", "");
    QVERIFY(paused.header("Retry-After").toInt() > 0);
}

void TestApiSession::pauseEndsAfterTheWindow()
{
    ServerProcess server({QStringLiteral("--login-max-failures"), QStringLiteral("1"),
                          QStringLiteral("--login-window"), QStringLiteral("2")});
    NB_START_SERVER(server);
    ApiClient client(server);
    NB_VERIFY_PROBLEM(client.login(demo::beispielAdmin, QStringLiteral("guess")), 401,
                      "invalid-credentials", "");
    const Reply paused = client.login(demo::beispielAdmin);
    NB_VERIFY_PROBLEM(paused, 429, "too-many-attempts", "");
    const int retryAfter = paused.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 2, paused.header("Retry-After"));

    QTest::qWait(retryAfter * 1000 + 300);
    NB_SIGN_IN(client, demo::beispielAdmin);
}

QTEST_GUILESS_MAIN(TestApiSession)
#include "tst_api_session.moc"
