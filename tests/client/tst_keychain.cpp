// The session token in the OS keychain (client/secretstore.h): a round trip through the real
// Secret Service (gnome-keyring under the D-Bus session of scripts/with-test-services.sh), and a
// run with no Secret Service at all, which must say so and must not write the token anywhere.
//
// The run without a Secret Service happens in a child process (this binary with
// --without-keychain): QtKeychain and libsecret pick their D-Bus connection once per process.
#include "apiclient.h"
#include "client/networktransport.h"
#include "client/secretstore.h"
#include "client/session.h"
#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <memory>
#include <optional>

using namespace nb;
using namespace nb::client;
using namespace nbtest;

namespace {

constexpr char childFlag[] = "--without-keychain";
// A keychain that waits for a prompt nobody can answer would hang: everything has a deadline.
constexpr int answerMs = 15000;
const QString password = QStringLiteral("demo");

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

std::optional<Status> writeSecret(SecretStore &store, const QString &key, const QByteArray &value)
{
    return await<Status>([&](auto done) { store.write(key, value, done); });
}

std::optional<Status> removeSecret(SecretStore &store, const QString &key)
{
    return await<Status>([&](auto done) { store.remove(key, done); });
}

QString describe(const Error &error)
{
    return error.code + QStringLiteral(": ") + error.message;
}

// For failure messages: QVERIFY2 evaluates its message even when the check passes.
template <typename R> QString why(const R &result)
{
    return result.ok() ? QString() : describe(result.error());
}

bool required()
{
    return !qEnvironmentVariableIsEmpty("NOTABENE_REQUIRE_PG");
}

// Waits until `session` has answered its last operation with one of its signals.
bool sessionAnswered(QSignalSpy &signedIn, QSignalSpy &failed, QSignalSpy &signedOut)
{
    const auto count = [&] {
        return signedIn.size() + failed.size() + signedOut.size();
    };
    const qsizetype before = count();
    const QDeadlineTimer deadline(answerMs);
    while (count() == before && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return count() > before;
}

// --- the child: no Secret Service -----------------------------------------------------------

// Signs in through the keychain store while no D-Bus session can be reached and prints what
// happened as one JSON object (the token as hex, so the parent can search the disk for it).
int runWithoutKeychain(const QUrl &server)
{
    QJsonObject report;
    KeychainSecretStore keychain;
    const QString probeKey = secretKey(server, QStringLiteral("probe@example.invalid"));
    const auto written = writeSecret(keychain, probeKey, QByteArrayLiteral("probe"));
    report.insert(QStringLiteral("writeError"),
                  !written ? QStringLiteral("timeout")
                           : (written->ok() ? QString() : written->error().code));
    const auto read = readSecret(keychain, probeKey);
    report.insert(QStringLiteral("readError"), !read
                                                   ? QStringLiteral("timeout")
                                                   : (read->ok() ? QString() : read->error().code));

    QNetworkAccessManager network;
    NetworkTransport transport(&network, server);
    transport.setTimeoutMs(answerMs);
    Session session(&transport, &keychain, server);
    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy failed(&session, &Session::signInFailed);
    QSignalSpy signedOut(&session, &Session::signedOut);
    QString keychainMessage;
    QObject::connect(&session, &Session::keychainUnavailable,
                     [&keychainMessage](const QString &message) { keychainMessage = message; });
    session.signIn(demo::musterAdmin, password);
    report.insert(QStringLiteral("answered"), sessionAnswered(signedIn, failed, signedOut));
    report.insert(QStringLiteral("signedIn"), session.isSignedIn());
    report.insert(QStringLiteral("failure"),
                  failed.isEmpty() ? QString() : describe(failed.at(0).at(0).value<Error>()));
    report.insert(QStringLiteral("keychainMessage"), keychainMessage);
    report.insert(QStringLiteral("token"), QString::fromLatin1(transport.token().toHex()));

    // The session works: an authenticated request, and a restore (from memory) in this run.
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/company");
    const auto company = await<ApiResponse>([&](auto done) { transport.send(request, done); });
    report.insert(QStringLiteral("companyStatus"), company ? company->status : -1);
    session.restore(demo::musterAdmin);
    sessionAnswered(signedIn, failed, signedOut);
    report.insert(QStringLiteral("restored"), signedIn.size() == 2 && session.isSignedIn());

    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fflush(stdout);
    return 0;
}

// Every file below `root` that contains one of `needles`.
QStringList filesContaining(const QString &root, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits << path + QStringLiteral(" (unreadable)");
            continue;
        }
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles) {
            if (content.contains(needle))
                hits << path;
        }
    }
    return hits;
}

} // namespace

// Skips when there is no D-Bus session to test against; fails instead under
// scripts/with-test-services.sh (NOTABENE_REQUIRE_PG), which always provides one.
#define NB_REQUIRE_SECRET_SERVICE()                                                                \
    do {                                                                                           \
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {                             \
            if (required())                                                                        \
                QFAIL("No D-Bus session although NOTABENE_REQUIRE_PG is set");                     \
            QSKIP("No D-Bus session: run through scripts/with-test-services.sh");                  \
        }                                                                                          \
    } while (false)

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void roundTripThroughSecretService();
    void sessionKeepsItsTokenInTheKeychain();
    void withoutSecretServiceNothingIsWritten();

private:
    ServerProcess m_server;
    KeychainSecretStore m_keychain;
    // A server address of its own per run, so this run's secrets never meet a real one.
    QUrl m_fakeServer;
    QStringList m_written;
};

void TestKeychain::initTestCase()
{
    m_fakeServer = QUrl(QStringLiteral("https://keychain-test-%1.example")
                            .arg(QRandomGenerator::global()->generate64(), 0, 16));
    NB_START_SERVER(m_server);
}

void TestKeychain::cleanupTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return;
    for (const QString &key : std::as_const(m_written))
        removeSecret(m_keychain, key);
}

void TestKeychain::roundTripThroughSecretService()
{
    NB_REQUIRE_SECRET_SERVICE();
    const QString key = secretKey(m_fakeServer, QStringLiteral("Anna@Example.test"));
    const QString otherAccount = secretKey(m_fakeServer, QStringLiteral("ben@example.test"));
    const QString otherServer = secretKey(QUrl(m_fakeServer.toString() + QStringLiteral(":8443")),
                                          QStringLiteral("anna@example.test"));
    m_written << key << otherAccount << otherServer;

    const auto first = writeSecret(m_keychain, key, QByteArrayLiteral("first secret"));
    QVERIFY2(first, "the keychain did not answer (a locked keyring waiting for a prompt?)");
    if (!first->ok() && first->error().code == QLatin1String("keychain-unavailable") && !required())
        QSKIP(qPrintable(QStringLiteral("No Secret Service on this D-Bus session: ") +
                         first->error().message));
    QVERIFY2(first->ok(), qPrintable(why(*first)));

    auto read = readSecret(m_keychain, key);
    QVERIFY(read);
    QVERIFY2(read->ok(), qPrintable(why(*read)));
    QCOMPARE(read->value(), QByteArrayLiteral("first secret"));

    // Overwrite, with bytes that are not text.
    const QByteArray binary = QByteArray("tok\0en\xff\x01", 8);
    auto overwritten = writeSecret(m_keychain, key, binary);
    QVERIFY(overwritten && overwritten->ok());
    read = readSecret(m_keychain, key);
    QVERIFY(read && read->ok());
    QCOMPARE(read->value(), binary);

    // Another account on the same server and the same account on another server are separate.
    QVERIFY(secretKey(m_fakeServer, QStringLiteral("anna@example.test")) == key);
    auto other = writeSecret(m_keychain, otherAccount, QByteArrayLiteral("ben"));
    QVERIFY(other && other->ok());
    other = writeSecret(m_keychain, otherServer, QByteArrayLiteral("anna elsewhere"));
    QVERIFY(other && other->ok());
    read = readSecret(m_keychain, key);
    QVERIFY(read && read->ok());
    QCOMPARE(read->value(), binary);
    read = readSecret(m_keychain, otherAccount);
    QVERIFY(read && read->ok());
    QCOMPARE(read->value(), QByteArrayLiteral("ben"));
    read = readSecret(m_keychain, otherServer);
    QVERIFY(read && read->ok());
    QCOMPARE(read->value(), QByteArrayLiteral("anna elsewhere"));

    // Remove: gone, the others stay; removing again is fine.
    auto removed = removeSecret(m_keychain, key);
    QVERIFY(removed);
    QVERIFY2(removed->ok(), qPrintable(why(*removed)));
    read = readSecret(m_keychain, key);
    QVERIFY(read);
    QVERIFY(!read->ok());
    QCOMPARE(read->error().code, QStringLiteral("not-found"));
    read = readSecret(m_keychain, otherAccount);
    QVERIFY(read && read->ok());
    removed = removeSecret(m_keychain, key);
    QVERIFY(removed && removed->ok());
    for (const QString &k : {otherAccount, otherServer}) {
        removed = removeSecret(m_keychain, k);
        QVERIFY(removed && removed->ok());
    }
}

void TestKeychain::sessionKeepsItsTokenInTheKeychain()
{
    NB_REQUIRE_SECRET_SERVICE();
    const QString key = secretKey(m_server.url(), demo::musterAdmin);
    m_written << key;
    QNetworkAccessManager network;
    NetworkTransport transport(&network, m_server.url());
    Session session(&transport, &m_keychain, m_server.url());
    QSignalSpy signedIn(&session, &Session::signedIn);
    QSignalSpy failed(&session, &Session::signInFailed);
    QSignalSpy signedOut(&session, &Session::signedOut);
    QSignalSpy unavailable(&session, &Session::keychainUnavailable);

    session.signIn(demo::musterAdmin, password);
    QVERIFY(sessionAnswered(signedIn, failed, signedOut));
    QVERIFY2(failed.isEmpty(), qPrintable(describe(failed.value(0).value(0).value<Error>())));
    if (!unavailable.isEmpty() && !required())
        QSKIP("No Secret Service on this D-Bus session");
    QVERIFY(unavailable.isEmpty());
    QVERIFY(session.isSignedIn());
    QCOMPARE(session.secretStore(), &m_keychain);

    // The token is in the keychain, as a fresh store (another run of the app) sees it.
    KeychainSecretStore fresh;
    auto read = readSecret(fresh, key);
    QVERIFY(read);
    QVERIFY2(read->ok(), qPrintable(why(*read)));
    QCOMPARE(read->value(), transport.token());

    // Restore in a new session, then "Abmelden" deletes the secret.
    NetworkTransport nextTransport(&network, m_server.url());
    Session next(&nextTransport, &fresh, m_server.url());
    QSignalSpy nextIn(&next, &Session::signedIn);
    QSignalSpy nextFailed(&next, &Session::signInFailed);
    QSignalSpy nextOut(&next, &Session::signedOut);
    next.restore(demo::musterAdmin);
    QVERIFY(sessionAnswered(nextIn, nextFailed, nextOut));
    QVERIFY2(nextFailed.isEmpty(),
             qPrintable(describe(nextFailed.value(0).value(0).value<Error>())));
    QCOMPARE(nextTransport.token(), transport.token());
    next.signOut();
    QVERIFY(sessionAnswered(nextIn, nextFailed, nextOut));
    QCOMPARE(nextOut.size(), 1);
    read = readSecret(m_keychain, key);
    QVERIFY(read && !read->ok());
    QCOMPARE(read->error().code, QStringLiteral("not-found"));
}

void TestKeychain::withoutSecretServiceNothingIsWritten()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QDir dir(home.path());
    QVERIFY(dir.mkpath(QStringLiteral("run")) && dir.mkpath(QStringLiteral("tmp")));
    QFile::setPermissions(dir.filePath(QStringLiteral("run")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // A home of its own, and a D-Bus address where nothing listens: no keychain at all. No
    // display either, so nothing can autolaunch a bus.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                             "XDG_CACHE_HOME", "XDG_STATE_HOME", "DBUS_SESSION_BUS_PID"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("TMPDIR"), dir.filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("run/no-bus-here")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));

    QProcess child;
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(home.path());
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(childFlag), m_server.url().toString()});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    if (!child.waitForFinished(4 * answerMs + 10000)) {
        child.kill();
        child.waitForFinished();
        QFAIL(qPrintable(QStringLiteral("The run without a keychain hung:\n") +
                         QString::fromLocal8Bit(child.readAllStandardError())));
    }
    const QByteArray out = child.readAllStandardOutput();
    const QByteArray err = child.readAllStandardError();
    const QString why = QString::fromLocal8Bit(out + "\n" + err);
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(why));
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QVERIFY2(!report.isEmpty(), qPrintable(why));

    // The store says there is no keychain ...
    QCOMPARE(report.value(QStringLiteral("writeError")).toString(),
             QStringLiteral("keychain-unavailable"));
    QCOMPARE(report.value(QStringLiteral("readError")).toString(),
             QStringLiteral("keychain-unavailable"));
    // ... the session says so in the user's words and stays signed in, in memory.
    QVERIFY2(report.value(QStringLiteral("answered")).toBool(), qPrintable(why));
    QVERIFY2(report.value(QStringLiteral("failure")).toString().isEmpty(), qPrintable(why));
    QCOMPARE(report.value(QStringLiteral("keychainMessage")).toString(),
             keychainUnavailableMessage());
    QVERIFY(report.value(QStringLiteral("signedIn")).toBool());
    QCOMPARE(report.value(QStringLiteral("companyStatus")).toInt(), 200);
    QVERIFY(report.value(QStringLiteral("restored")).toBool());

    // ... and the token is nowhere on disk under that home, not in the log either.
    const QByteArray token =
        QByteArray::fromHex(report.value(QStringLiteral("token")).toString().toLatin1());
    QVERIFY(token.size() >= 16);
    const QList<QByteArray> needles{token, token.toBase64(), token.toHex()};
    const QStringList hits = filesContaining(home.path(), needles);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    for (const QByteArray &needle : needles)
        QVERIFY2(!err.contains(needle), "the token appears in the log");
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], childFlag) == 0)
        return runWithoutKeychain(QUrl(QString::fromLocal8Bit(argv[2])));
    TestKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
