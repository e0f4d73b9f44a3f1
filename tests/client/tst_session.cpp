// Sign-in, restore and sign-out (client/session.h) against the real notabene-server on loopback,
// through the real NetworkTransport (QNetworkAccessManager).
#include "apiclient.h"
#include "client/networktransport.h"
#include "client/secretstore.h"
#include "client/session.h"
#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <memory>
#include <optional>

using namespace nb;
using namespace nb::client;
using namespace nbtest;

namespace {

const QString sessionPath = QStringLiteral("/api/v1/session");
const QString password = QStringLiteral("demo");
constexpr int answerMs = 15000;

// Runs the event loop until `done` has been called (at most answerMs). The answer lives in shared
// state, so a late answer after a timeout writes nowhere stale.
template <typename T, typename Start> std::optional<T> await(Start start)
{
    auto answer = std::make_shared<std::optional<T>>();
    start([answer](T value) { *answer = std::move(value); });
    const QDeadlineTimer deadline(answerMs);
    while (!answer->has_value() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return *answer;
}

std::optional<Result<QByteArray>> readSecret(SecretStore &store, const QString &key)
{
    return await<Result<QByteArray>>([&](auto done) { store.read(key, done); });
}

// A keychain that is never there: every call fails with keychain-unavailable.
class UnavailableSecretStore : public SecretStore
{
public:
    using SecretStore::SecretStore;
    int writes = 0;

    void read(const QString &, std::function<void(Result<QByteArray>)> done) override
    {
        QMetaObject::invokeMethod(
            this, [done] { done(unavailable()); }, Qt::QueuedConnection);
    }
    void write(const QString &, const QByteArray &, std::function<void(Status)> done) override
    {
        ++writes;
        QMetaObject::invokeMethod(
            this, [done] { done(unavailable()); }, Qt::QueuedConnection);
    }
    void remove(const QString &, std::function<void(Status)> done) override
    {
        QMetaObject::invokeMethod(
            this, [done] { done(unavailable()); }, Qt::QueuedConnection);
    }

private:
    static Error unavailable()
    {
        return Error{QStringLiteral("keychain-unavailable"), QStringLiteral("no keychain"), {}};
    }
};

// One client as the app has it: network, transport, session.
struct Client
{
    Client(const QUrl &server, SecretStore *secrets, const QUrl &transportUrl = {})
        : transport(&network, transportUrl.isEmpty() ? server : transportUrl)
        , session(&transport, secrets, server)
        , signedIn(&session, &Session::signedIn)
        , failed(&session, &Session::signInFailed)
        , signedOut(&session, &Session::signedOut)
        , keychainUnavailable(&session, &Session::keychainUnavailable)
    {
        transport.setTimeoutMs(answerMs);
    }

    // Waits for the one answer of the last operation.
    bool answered()
    {
        const auto count = [this] {
            return signedIn.size() + failed.size() + signedOut.size();
        };
        const qsizetype before = count();
        const QDeadlineTimer deadline(answerMs);
        while (count() == before && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        return count() > before;
    }

    Error lastError() const
    {
        return failed.isEmpty() ? Error{} : failed.last().at(0).value<Error>();
    }

    QNetworkAccessManager network;
    NetworkTransport transport;
    Session session;
    QSignalSpy signedIn;
    QSignalSpy failed;
    QSignalSpy signedOut;
    QSignalSpy keychainUnavailable;
};

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { NB_START_SERVER(m_server); }

    void signInReportsUserAndStoresToken();
    void wrongPasswordStoresNothing();
    void restoreUsesTheStoredToken();
    void restoreWithoutStoredTokenFails();
    void restoreAfterServerSideSignOutFails();
    void restoreAfterExpiryFails();
    void restoreWhileOfflineKeepsTheToken();
    void signOutEndsTheServerSessionAndRemovesTheSecret();
    void noKeychainKeepsTheSessionInMemory();
    void tooManyAttemptsSayHowLongToWait();

private:
    QUrl serverUrl() const { return m_server.url(); }
    // GET /api/v1/session with `token`, past the client under test.
    int sessionStatus(const QByteArray &token)
    {
        ApiClient api(m_server);
        api.setToken(token);
        return api.get(sessionPath).status;
    }

    ServerProcess m_server;
};

void TestSession::signInReportsUserAndStoresToken()
{
    MemorySecretStore store;
    Client client(serverUrl(), &store);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    client.session.signIn(demo::musterAdmin, password);
    QVERIFY(client.answered());
    QVERIFY2(client.failed.isEmpty(), qPrintable(client.lastError().message));
    QCOMPARE(client.signedIn.size(), 1);
    QVERIFY(client.session.isSignedIn());

    const SignedInUser &user = client.session.user();
    QCOMPARE(user.email, demo::musterAdmin);
    QCOMPARE(user.role, QStringLiteral("admin"));
    QVERIFY(!user.displayName.isEmpty());
    QCOMPARE(user.companyName, QStringLiteral("Muster Handel GmbH"));
    QCOMPARE(user.customerNumber, QStringLiteral("K-100234"));
    QVERIFY2(user.expiresAt > before, qPrintable(user.expiresAt.toString(Qt::ISODate)));
    QCOMPARE(client.signedIn.at(0).at(0).value<SignedInUser>().email, demo::musterAdmin);

    // The token is on the transport and in the store, under this server and account.
    const QByteArray token = client.transport.token();
    QVERIFY(token.size() >= 16);
    QCOMPARE(store.size(), 1);
    const auto stored = readSecret(store, secretKey(serverUrl(), demo::musterAdmin));
    QVERIFY(stored && stored->ok());
    QCOMPARE(stored->value(), token);
    QCOMPARE(sessionStatus(token), 200);
    QVERIFY(client.keychainUnavailable.isEmpty());
}

void TestSession::wrongPasswordStoresNothing()
{
    MemorySecretStore store;
    Client client(serverUrl(), &store);
    client.session.signIn(demo::musterMember, QStringLiteral("not the password"));
    QVERIFY(client.answered());
    QCOMPARE(client.failed.size(), 1);
    QCOMPARE(client.lastError().code, QStringLiteral("invalid-credentials"));
    QVERIFY(!client.lastError().message.isEmpty());
    QVERIFY(client.signedIn.isEmpty());
    QVERIFY(!client.session.isSignedIn());
    QVERIFY(client.transport.token().isEmpty());
    QCOMPARE(store.size(), 0);
}

void TestSession::restoreUsesTheStoredToken()
{
    MemorySecretStore store;
    QByteArray token;
    {
        Client first(serverUrl(), &store);
        first.session.signIn(demo::musterAdmin, password);
        QVERIFY(first.answered() && first.session.isSignedIn());
        token = first.transport.token();
    }
    // The next start of the app: a new transport without a token, the account it remembers.
    Client next(serverUrl(), &store);
    QVERIFY(next.transport.token().isEmpty());
    next.session.restore(QStringLiteral("Admin@Muster-Handel.example"));
    QVERIFY(next.answered());
    QVERIFY2(next.failed.isEmpty(), qPrintable(next.lastError().message));
    QVERIFY(next.session.isSignedIn());
    QCOMPARE(next.transport.token(), token);
    QCOMPARE(next.session.user().email, demo::musterAdmin);
    QCOMPARE(next.session.user().customerNumber, QStringLiteral("K-100234"));
    QVERIFY(next.session.user().expiresAt.isValid());
}

void TestSession::restoreWithoutStoredTokenFails()
{
    MemorySecretStore store;
    Client client(serverUrl(), &store);
    client.session.restore(demo::musterAdmin);
    QVERIFY(client.answered());
    QCOMPARE(client.failed.size(), 1);
    QCOMPARE(client.lastError().code, QStringLiteral("not-found"));
    QVERIFY(!client.session.isSignedIn());
    QVERIFY(client.transport.token().isEmpty());
}

void TestSession::restoreAfterServerSideSignOutFails()
{
    MemorySecretStore store;
    Client first(serverUrl(), &store);
    first.session.signIn(demo::musterAdmin, password);
    QVERIFY(first.answered() && first.session.isSignedIn());

    // The session ends elsewhere (another device signs it out).
    ApiClient api(m_server);
    api.setToken(first.transport.token());
    NB_VERIFY_STATUS(api.del(sessionPath), 204);

    Client next(serverUrl(), &store);
    next.session.restore(demo::musterAdmin);
    QVERIFY(next.answered());
    QCOMPARE(next.failed.size(), 1);
    QCOMPARE(next.lastError().code, QStringLiteral("unauthorized"));
    QVERIFY(!next.lastError().message.isEmpty());
    QVERIFY(!next.session.isSignedIn());
    QVERIFY(next.transport.token().isEmpty());
    // The worthless token is gone from the store too.
    const auto stored = readSecret(store, secretKey(serverUrl(), demo::musterAdmin));
    QVERIFY(stored && !stored->ok());
    QCOMPARE(stored->error().code, QStringLiteral("not-found"));
}

void TestSession::restoreAfterExpiryFails()
{
    ServerProcess shortLived({QStringLiteral("--session-ttl"), QStringLiteral("1")});
    NB_START_SERVER(shortLived);
    MemorySecretStore store;
    Client first(shortLived.url(), &store);
    first.session.signIn(demo::musterAdmin, password);
    QVERIFY(first.answered() && first.session.isSignedIn());

    QTest::qWait(1500);
    Client next(shortLived.url(), &store);
    next.session.restore(demo::musterAdmin);
    QVERIFY(next.answered());
    QCOMPARE(next.failed.size(), 1);
    QCOMPARE(next.lastError().code, QStringLiteral("session-expired"));
    QVERIFY(!next.session.isSignedIn());
    QCOMPARE(store.size(), 0);
}

void TestSession::restoreWhileOfflineKeepsTheToken()
{
    MemorySecretStore store;
    Client first(serverUrl(), &store);
    first.session.signIn(demo::musterAdmin, password);
    QVERIFY(first.answered() && first.session.isSignedIn());
    const QByteArray token = first.transport.token();

    // A port nobody listens on: the server is out of reach.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    QUrl unreachable = serverUrl();
    unreachable.setPort(probe.serverPort());
    probe.close();

    Client offline(serverUrl(), &store, unreachable);
    offline.session.restore(demo::musterAdmin);
    QVERIFY(offline.answered());
    QCOMPARE(offline.failed.size(), 1);
    QCOMPARE(offline.lastError().code, QStringLiteral("network"));
    QVERIFY(!offline.session.isSignedIn());
    // The token may still be good: kept for the next try.
    QCOMPARE(offline.transport.token(), token);
    const auto stored = readSecret(store, secretKey(serverUrl(), demo::musterAdmin));
    QVERIFY(stored && stored->ok());
    QCOMPARE(stored->value(), token);
}

void TestSession::signOutEndsTheServerSessionAndRemovesTheSecret()
{
    MemorySecretStore store;
    Client client(serverUrl(), &store);
    client.session.signIn(demo::musterAdmin, password);
    QVERIFY(client.answered() && client.session.isSignedIn());
    const QByteArray token = client.transport.token();
    QCOMPARE(sessionStatus(token), 200);

    client.session.signOut();
    QVERIFY(client.answered());
    QCOMPARE(client.signedOut.size(), 1);
    QVERIFY(!client.session.isSignedIn());
    QVERIFY(client.session.user().email.isEmpty());
    QVERIFY(client.transport.token().isEmpty());
    QCOMPARE(sessionStatus(token), 401);
    QCOMPARE(store.size(), 0);
    const auto stored = readSecret(store, secretKey(serverUrl(), demo::musterAdmin));
    QVERIFY(stored && !stored->ok());
    QCOMPARE(stored->error().code, QStringLiteral("not-found"));
}

void TestSession::noKeychainKeepsTheSessionInMemory()
{
    UnavailableSecretStore keychain;
    Client client(serverUrl(), &keychain);
    client.session.signIn(demo::musterAdmin, password);
    QVERIFY(client.answered());
    QCOMPARE(client.signedIn.size(), 1);
    QVERIFY(client.session.isSignedIn());
    QCOMPARE(keychain.writes, 1);
    QCOMPARE(client.keychainUnavailable.size(), 1);
    QCOMPARE(client.keychainUnavailable.at(0).at(0).toString(), keychainUnavailableMessage());
    QVERIFY(client.session.secretStore() != &keychain);

    // For this run the session can be restored from memory, and signed out.
    const QByteArray token = client.transport.token();
    client.session.restore(demo::musterAdmin);
    QVERIFY(client.answered());
    QCOMPARE(client.signedIn.size(), 2);
    QCOMPARE(client.transport.token(), token);
    client.session.signOut();
    QVERIFY(client.answered());
    QCOMPARE(sessionStatus(token), 401);
    QCOMPARE(keychain.writes, 1);
    QCOMPARE(client.keychainUnavailable.size(), 1);
}

void TestSession::tooManyAttemptsSayHowLongToWait()
{
    ServerProcess strict({QStringLiteral("--login-max-failures"), QStringLiteral("2")});
    NB_START_SERVER(strict);
    MemorySecretStore store;
    Client client(strict.url(), &store);
    for (int i = 0; i < 2; ++i) {
        client.session.signIn(demo::musterMember, QStringLiteral("guess"));
        QVERIFY(client.answered());
        QCOMPARE(client.lastError().code, QStringLiteral("invalid-credentials"));
    }
    client.session.signIn(demo::musterMember, password);
    QVERIFY(client.answered());
    QCOMPARE(client.failed.size(), 3);
    QCOMPARE(client.lastError().code, QStringLiteral("too-many-attempts"));
    // "Try again in <n> second(s)", n from Retry-After.
    static const QRegularExpression seconds(QStringLiteral("\\b[1-9][0-9]* second"));
    QVERIFY2(client.lastError().message.contains(seconds), qPrintable(client.lastError().message));
    QVERIFY(!client.session.isSignedIn());
    QCOMPARE(store.size(), 0);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
