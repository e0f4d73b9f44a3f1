// The notabene-server command line: --help and --version, exit code 2 with a message for wrong
// arguments, an unreachable database and a busy port; demo-data is idempotent and prints the demo
// logins; serve logs one line per request and stops cleanly on SIGTERM.
#include "apiclient.h"
#include "serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace nbtest;

class TestServerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void versionAndHelp_data();
    void versionAndHelp();
    void wrongArgumentsExitWithUsageError_data();
    void wrongArgumentsExitWithUsageError();
    void unreachableDatabaseExitsWithUsageError_data();
    void unreachableDatabaseExitsWithUsageError();
    void busyPortExitsWithUsageError();
    void demoDataPrintsTheLogins();
    void demoDataIsIdempotent();
    void serveLogsOneLinePerRequest();
    void serveStopsCleanlyOnTerminate();

private:
    ServerProcess m_server;
    QTemporaryDir m_dir;
};

void TestServerCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    NB_START_SERVER(m_server);
}

void TestServerCli::versionAndHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("pattern"); // a regular expression the whole output must match
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                               << QStringLiteral("^notabene-server \\d+\\.\\d+\\.\\d+\\n$");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                            << QStringLiteral("^Usage: notabene-server .*serve.*demo-data");
    QTest::newRow("serve --help") << QStringList{QStringLiteral("serve"), QStringLiteral("--help")}
                                  << QStringLiteral("(?=.*--listen)(?=.*--db)(?=.*--idle-timeout)");
    QTest::newRow("demo-data --help")
        << QStringList{QStringLiteral("demo-data"), QStringLiteral("--help")}
        << QStringLiteral("--db");
}

void TestServerCli::versionAndHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, pattern);
    const CommandResult result = runServerCommand(arguments);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    const QRegularExpression expected(pattern, QRegularExpression::DotMatchesEverythingOption);
    QVERIFY2(expected.match(QString::fromUtf8(result.out)).hasMatch(), result.out.constData());
    QVERIFY2(result.err.isEmpty(), result.err.constData());
}

void TestServerCli::wrongArgumentsExitWithUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("never.db"));
    const auto row = [](const char *name, const QStringList &arguments, const char *message) {
        QTest::newRow(name) << arguments << QString::fromLatin1(message);
    };
    const auto s = [](const char *text) {
        return QString::fromLatin1(text);
    };
    row("no command", {}, "Missing command");
    row("unknown command", {s("frobnicate")}, "Unknown command");
    row("unknown option", {s("serve"), s("--db"), db, s("--verbose")}, "Unknown option");
    row("stray argument", {s("serve"), s("--db"), db, s("now")}, "Unexpected argument");
    row("no database", {s("serve"), s("--listen"), s("127.0.0.1:0")}, "Missing --db");
    row("unknown database kind", {s("serve"), s("--db"), s("mysql://root@127.0.0.1/notabene")},
        "Unknown database address");
    row("listen without port", {s("serve"), s("--db"), db, s("--listen"), s("127.0.0.1")},
        "--listen");
    row("listen on a name", {s("serve"), s("--db"), db, s("--listen"), s("example.org:80")},
        "--listen");
    row("port out of range", {s("serve"), s("--db"), db, s("--listen"), s("127.0.0.1:70000")},
        "--listen");
    row("idle timeout zero", {s("serve"), s("--db"), db, s("--idle-timeout"), s("0")},
        "--idle-timeout");
    row("session ttl not a number", {s("serve"), s("--db"), db, s("--session-ttl"), s("1h")},
        "--session-ttl");
    row("certificate without key", {s("serve"), s("--db"), db, s("--tls-cert"), s("cert.pem")},
        "--tls-key");
    row("demo-data without database", {s("demo-data")}, "Missing --db");
}

void TestServerCli::wrongArgumentsExitWithUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CommandResult result = runServerCommand(arguments);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.startsWith(QLatin1String("notabene-server: ")), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    // Refused before anything was touched.
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.db"))));
}

void TestServerCli::unreachableDatabaseExitsWithUsageError_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("db");
    QStringList databases{QStringLiteral("sqlite:/nonexistent-folder/notabene.db"),
                          QStringLiteral("postgresql://notabene@127.0.0.1:1/notabene")};
    if (testEngine() == Engine::Postgres) {
        // A cluster that is up, but a database that is not there.
        QUrl url(qEnvironmentVariable("NOTABENE_TEST_PG_URL"));
        url.setPath(QStringLiteral("/nbtest_does_not_exist"));
        databases.append(url.toString());
    }
    for (const char *command : {"serve", "demo-data", "migrate"}) {
        for (const QString &db : databases)
            QTest::addRow("%s %s", command, qPrintable(db)) << QString::fromLatin1(command) << db;
    }
}

void TestServerCli::unreachableDatabaseExitsWithUsageError()
{
    QFETCH(QString, command);
    QFETCH(QString, db);
    QStringList arguments{command, QStringLiteral("--db"), db};
    if (command == QLatin1String("serve"))
        arguments << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:0");
    const CommandResult result = runServerCommand(arguments, 30000);
    QVERIFY2(result.finished, "did not give up on the database within 30 s");
    QCOMPARE(result.exitCode, 2);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(QLatin1String("Cannot open the database")), qPrintable(err));
    QVERIFY2(!result.out.contains("listening"), result.out.constData());
}

void TestServerCli::busyPortExitsWithUsageError()
{
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(m_server.port());
    const CommandResult result =
        runServerCommand({QStringLiteral("serve"), QStringLiteral("--listen"), listen,
                          QStringLiteral("--db"), m_server.database().url()},
                         30000);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(QStringLiteral("Cannot listen on ") + listen), qPrintable(err));
    // The server that holds the port is unharmed.
    ApiClient client(m_server);
    NB_VERIFY_STATUS(client.get(QStringLiteral("/api/v1/health")), 200);
}

void TestServerCli::demoDataPrintsTheLogins()
{
    const QString out = QString::fromUtf8(m_server.demoDataOutput());
    QVERIFY2(out.contains(QLatin1String("\"demo\"")), qPrintable(out));
    const std::pair<QString, const char *> logins[] = {
        {demo::musterAdmin, "admin +Muster Handel GmbH"},
        {demo::musterMember, "member +Muster Handel GmbH"},
        {demo::beispielAdmin, "admin +Beispiel Shop KG"},
        {demo::staff, "staff"},
        {QStringLiteral("approver@notabene.example"), "staff"},
    };
    for (const auto &[email, rest] : logins) {
        const QRegularExpression line(QRegularExpression::escape(email) + QStringLiteral(" +") +
                                          QLatin1String(rest),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(out).hasMatch(), qPrintable(email + QStringLiteral(":\n") + out));
        // Each printed login works with the printed password.
        ApiClient client(m_server);
        NB_SIGN_IN(client, email);
    }
}

void TestServerCli::demoDataIsIdempotent()
{
    ApiClient admin(m_server);
    NB_SIGN_IN(admin, demo::musterAdmin);
    // What users changed since must survive a second run.
    const Reply company = admin.get(QStringLiteral("/api/v1/company"));
    QJsonObject profile = company.json();
    profile.insert(QStringLiteral("primaryContactEmail"),
                   QStringLiteral("anna.schmidt@muster-handel.example"));
    NB_VERIFY_STATUS(admin.put(QStringLiteral("/api/v1/company"), toJson(profile),
                               {{"If-Match", company.header("ETag")}}),
                     200);
    const auto everything = [&admin] {
        QByteArray all;
        for (const char *path : {"/api/v1/company", "/api/v1/contacts", "/api/v1/distribution"})
            all += admin.get(QLatin1String(path)).body + '\n';
        return all;
    };
    const QByteArray before = everything();

    for (int run = 0; run < 2; ++run) {
        const CommandResult again = runServerCommand(
            {QStringLiteral("demo-data"), QStringLiteral("--db"), m_server.database().url()});
        QVERIFY(again.finished);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, m_server.demoDataOutput());
    }
    QCOMPARE(everything(), before);
    QCOMPARE(admin.get(QStringLiteral("/api/v1/contacts"))
                 .json()
                 .value(QStringLiteral("contacts"))
                 .toArray()
                 .size(),
             qsizetype(4));
    // Still exactly the five demo accounts, and the session survived.
    QString error;
    const QList<QVariantList> users =
        m_server.database().select(QStringLiteral("SELECT COUNT(*) FROM users"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(users.value(0).value(0).toInt(), 5);
    NB_VERIFY_STATUS(admin.get(QStringLiteral("/api/v1/session")), 200);
}

void TestServerCli::serveLogsOneLinePerRequest()
{
    ApiClient client(m_server);
    const Reply login = client.login(demo::beispielAdmin);
    NB_VERIFY_STATUS(login, 201);
    NB_VERIFY_STATUS(client.get(QStringLiteral("/api/v1/contacts")), 200);
    NB_VERIFY_STATUS(client.get(QStringLiteral("/api/v1/cli-log-probe")), 404);

    const auto logged = [this](const char *method, const char *path, int status) {
        const QRegularExpression line(
            QStringLiteral("^.*\\b%1 %2 %3 [0-9.]+ ?ms$")
                .arg(QLatin1String(method), QRegularExpression::escape(QLatin1String(path)))
                .arg(status),
            QRegularExpression::MultilineOption);
        return line.match(QString::fromUtf8(m_server.output())).hasMatch();
    };
    QTRY_VERIFY2(logged("GET", "/api/v1/cli-log-probe", 404), m_server.output().constData());
    QVERIFY2(logged("POST", "/api/v1/session", 201), m_server.output().constData());
    QVERIFY2(logged("GET", "/api/v1/contacts", 200), m_server.output().constData());
    // Never a secret: not the token, not the password.
    QVERIFY(!m_server.output().contains(client.token()));
    QVERIFY(!m_server.output().contains("\"demo\""));
}

void TestServerCli::serveStopsCleanlyOnTerminate()
{
    ServerProcess server;
    NB_START_SERVER(server);
    ApiClient client(server);
    NB_VERIFY_STATUS(client.get(QStringLiteral("/api/v1/health")), 200);
    QCOMPARE(server.stop(), 0);
    QVERIFY(!server.isRunning());
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_server_cli.moc"
