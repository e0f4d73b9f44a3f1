#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>
#include <memory>

// The harness of the server suites: a fresh database on the engine the run asks for
// (NOTABENE_TEST_DB=sqlite|postgres) and the real notabene-server executable serving it on a
// loopback port, driven over real HTTP.
namespace nbtest {

enum class Engine
{
    Sqlite,
    Postgres
};

// The engine of this run, from NOTABENE_TEST_DB (default sqlite).
Engine testEngine();
// Non-empty when this run must be skipped: PostgreSQL is wanted but NOTABENE_TEST_PG_URL is unset
// and NOTABENE_REQUIRE_PG is not set (when it is set, starting fails instead).
QString skipReason();

// One fresh, empty database: a SQLite file in a temporary folder, or a PostgreSQL database
// nbtest_<random> created on the cluster of NOTABENE_TEST_PG_URL and dropped again at the end.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool create(QString *error);
    Engine engine() const { return m_engine; }
    // The address handed to notabene-server --db.
    QString url() const { return m_url; }
    // Reads the database directly, past the server (for what the API cannot show, such as how
    // secrets are stored): every row of `sql`, each as a list of column values.
    QList<QVariantList> select(const QString &sql, QString *error) const;

private:
    bool adminExec(const QString &sql, QString *error) const;

    Engine m_engine;
    QTemporaryDir m_dir;
    QUrl m_pgAdminUrl;
    QString m_pgName;
    QString m_url;
    bool m_created = false;
};

struct CommandResult
{
    bool finished = false; // false: did not start or did not end in time (then killed)
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The notabene-server executable the suites run.
QString serverBinaryPath();

// Runs `notabene-server <arguments>` to its end.
CommandResult runServerCommand(const QStringList &arguments, int timeoutMs = 60000);

// Every route of the REST API as "METHOD /pattern", from `notabene-server routes`.
QStringList apiRoutes();

// `notabene-server keys init --dir DIR` (DIR must not hold keys yet).
bool initKeyFolder(const QString &dir, QString *error);
// `notabene-server keys export-roots --dir DIR`: {"rootKeys": [...]} (empty on failure).
QByteArray exportRoots(const QString &dir);

// notabene-server serve on 127.0.0.1:<free port> over a fresh database with the demo world.
class ServerProcess
{
public:
    explicit ServerProcess(QStringList extraServeArguments = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Serves the notices signed with the key folder `keysDir` (see initKeyFolder): demo-data
    // publishes the demo notices with it and serve answers its key list. Call before start().
    void enableNotices(const QString &keysDir);

    // Creates the database, runs demo-data, starts serve and waits for its "listening on" line.
    bool start();
    // Starts serve on the database of `other` (already started): a second server process of the
    // same deployment.
    bool startOnDatabaseOf(const ServerProcess &other);
    // SIGTERM, then SIGKILL if it does not end; returns the exit code (-1 when it was killed).
    int stop();
    bool isRunning() const;

    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    // "http", or "https" when serve was started with --tls-cert/--tls-key (from its start line).
    QString scheme() const { return m_scheme; }
    // The server's address for `path`, which may end in a query ("/api/v1/notices?after=3").
    QUrl url(const QString &path = {}) const;
    const TestDatabase &database() const { return m_database; }
    // What the server wrote to stdout so far (its start line and one line per request).
    QByteArray output();
    QByteArray demoDataOutput() const { return m_demoOutput; }

private:
    bool launch(const QString &databaseUrl, Engine engine);

    QStringList m_extra;
    QStringList m_demoExtra;
    TestDatabase m_database;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_out;
    QByteArray m_demoOutput;
    QString m_error;
    quint16 m_port = 0;
    QString m_scheme = QStringLiteral("http");
    bool m_stopped = false;
};

} // namespace nbtest

// Starts `server` from a test function (usually initTestCase): skips the test when the wanted
// engine is not available and not required, fails it with the server's output when it does not
// come up.
#define NB_START_SERVER(server)                                                                    \
    do {                                                                                           \
        if (const QString nbSkipReason = nbtest::skipReason(); !nbSkipReason.isEmpty())            \
            QSKIP(qPrintable(nbSkipReason));                                                       \
        QVERIFY2((server).start(), qPrintable((server).errorString()));                            \
    } while (false)
