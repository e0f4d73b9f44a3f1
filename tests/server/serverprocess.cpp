#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrlQuery>
#include <QtDebug>
#include <algorithm>

namespace nbtest {

namespace {

QString serverBinary()
{
    return QStringLiteral(NOTABENE_SERVER_BIN);
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, '\0');
    for (char &c : raw)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString uniqueConnectionName()
{
    return QStringLiteral("nbtest-") + randomHex(8);
}

// Opens a Qt Sql connection, runs `work` on it and removes the connection again.
template <typename Configure, typename Work>
bool withConnection(const QString &driver, Configure configure, QString *error, Work work)
{
    const QString name = uniqueConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        configure(db);
        if (!db.open()) {
            *error = QStringLiteral("Cannot open %1: %2").arg(driver, db.lastError().text());
        } else {
            ok = work(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void configurePostgres(QSqlDatabase &db, const QUrl &url, const QString &database)
{
    const QUrlQuery query(url);
    db.setHostName(query.hasQueryItem(QStringLiteral("host"))
                       ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                       : url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(database);
    db.setConnectOptions(QStringLiteral("connect_timeout=5"));
}

} // namespace

Engine testEngine()
{
    return qEnvironmentVariable("NOTABENE_TEST_DB") == QLatin1String("postgres") ? Engine::Postgres
                                                                                 : Engine::Sqlite;
}

QString skipReason()
{
    if (testEngine() == Engine::Postgres && qEnvironmentVariableIsEmpty("NOTABENE_TEST_PG_URL") &&
        qEnvironmentVariableIsEmpty("NOTABENE_REQUIRE_PG")) {
        return QStringLiteral("PostgreSQL variant: NOTABENE_TEST_PG_URL is not set (run through "
                              "scripts/with-test-services.sh or make test)");
    }
    return {};
}

TestDatabase::TestDatabase()
    : m_engine(testEngine())
{}

TestDatabase::~TestDatabase()
{
    if (m_engine == Engine::Postgres && m_created) {
        QString error;
        if (!adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName),
                       &error))
            qWarning("Could not drop the test database %s: %s", qPrintable(m_pgName),
                     qPrintable(error));
    }
}

bool TestDatabase::adminExec(const QString &sql, QString *error) const
{
    return withConnection(
        QStringLiteral("QPSQL"),
        [this](QSqlDatabase &db) {
            configurePostgres(db, m_pgAdminUrl, m_pgAdminUrl.path().mid(1));
        },
        error,
        [&sql, error](QSqlDatabase &db) {
            QSqlQuery query(db);
            if (query.exec(sql))
                return true;
            *error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
            return false;
        });
}

bool TestDatabase::create(QString *error)
{
    if (m_engine == Engine::Sqlite) {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("Cannot create a temporary folder: ") + m_dir.errorString();
            return false;
        }
        m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("notabene.db"));
        m_created = true;
        return true;
    }
    const QString adminUrl = qEnvironmentVariable("NOTABENE_TEST_PG_URL");
    if (adminUrl.isEmpty()) {
        *error = QStringLiteral("NOTABENE_REQUIRE_PG is set but NOTABENE_TEST_PG_URL is not: run "
                                "the PostgreSQL variant through scripts/with-test-services.sh");
        return false;
    }
    m_pgAdminUrl = QUrl(adminUrl, QUrl::StrictMode);
    if (!m_pgAdminUrl.isValid() || m_pgAdminUrl.path().size() < 2) {
        *error = QStringLiteral("NOTABENE_TEST_PG_URL is not postgresql://USER@HOST:PORT/DB: ") +
                 adminUrl;
        return false;
    }
    m_pgName = QStringLiteral("nbtest_") + randomHex(6);
    if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_pgName), error))
        return false;
    m_created = true;
    QUrl url = m_pgAdminUrl;
    url.setPath(QLatin1Char('/') + m_pgName);
    m_url = url.toString(QUrl::FullyEncoded);
    return true;
}

QList<QVariantList> TestDatabase::select(const QString &sql, QString *error) const
{
    QList<QVariantList> rows;
    const bool sqlite = m_engine == Engine::Sqlite;
    const auto configure = [this, sqlite](QSqlDatabase &db) {
        if (sqlite)
            db.setDatabaseName(m_dir.filePath(QStringLiteral("notabene.db")));
        else
            configurePostgres(db, m_pgAdminUrl, m_pgName);
    };
    withConnection(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), configure, error,
                   [&](QSqlDatabase &db) {
                       QSqlQuery query(db);
                       if (!query.exec(sql)) {
                           *error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
                           return false;
                       }
                       while (query.next()) {
                           QVariantList row;
                           for (int i = 0; i < query.record().count(); ++i)
                               row.append(query.value(i));
                           rows.append(row);
                       }
                       return true;
                   });
    return rows;
}

CommandResult runServerCommand(const QStringList &arguments, int timeoutMs)
{
    CommandResult result;
    QProcess process;
    process.start(serverBinary(), arguments);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList apiRoutes()
{
    const CommandResult result = runServerCommand({QStringLiteral("routes")});
    if (!result.finished || result.exitCode != 0)
        return {};
    return QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString serverBinaryPath()
{
    return serverBinary();
}

bool initKeyFolder(const QString &dir, QString *error)
{
    const CommandResult result = runServerCommand(
        {QStringLiteral("keys"), QStringLiteral("init"), QStringLiteral("--dir"), dir});
    if (result.finished && result.exitCode == 0)
        return true;
    *error = QStringLiteral("notabene-server keys init --dir %1 failed (exit code %2): %3")
                 .arg(dir)
                 .arg(result.exitCode)
                 .arg(QString::fromUtf8(result.err));
    return false;
}

QByteArray exportRoots(const QString &dir)
{
    const CommandResult result = runServerCommand(
        {QStringLiteral("keys"), QStringLiteral("export-roots"), QStringLiteral("--dir"), dir});
    return result.finished && result.exitCode == 0 ? result.out : QByteArray();
}

void ServerProcess::enableNotices(const QString &keysDir)
{
    m_extra << QStringLiteral("--keys") << keysDir;
    m_demoExtra << QStringLiteral("--keys") << keysDir;
}

ServerProcess::ServerProcess(QStringList extraServeArguments)
    : m_extra(std::move(extraServeArguments))
{}

ServerProcess::~ServerProcess()
{
    if (!m_process || m_stopped)
        return;
    const bool crashedEarlier = !isRunning();
    if (const int code = stop(); code != 0 || crashedEarlier) {
        qWarning("notabene-server ended with %d%s; its stderr:\n%s", code,
                 crashedEarlier ? " before the test stopped it" : "",
                 m_process->readAllStandardError().constData());
    }
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool ServerProcess::start()
{
    if (!m_database.create(&m_error))
        return false;
    const CommandResult demo = runServerCommand(
        QStringList{QStringLiteral("demo-data"), QStringLiteral("--db"), m_database.url()} +
        m_demoExtra);
    if (!demo.finished || demo.exitCode != 0) {
        m_error = QStringLiteral("notabene-server demo-data --db %1 failed (exit code %2):\n%3")
                      .arg(m_database.url())
                      .arg(demo.exitCode)
                      .arg(QString::fromUtf8(demo.err));
        return false;
    }
    m_demoOutput = demo.out;
    return launch(m_database.url(), m_database.engine());
}

bool ServerProcess::startOnDatabaseOf(const ServerProcess &other)
{
    return launch(other.database().url(), other.database().engine());
}

bool ServerProcess::launch(const QString &databaseUrl, Engine engine)
{
    m_process = std::make_unique<QProcess>();
    m_process->start(serverBinary(),
                     QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                                 databaseUrl} +
                         m_extra);
    if (!m_process->waitForStarted(10000)) {
        m_error =
            QStringLiteral("Cannot start %1: %2").arg(serverBinary(), m_process->errorString());
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("listening on (https?)://127\\.0\\.0\\.1:(\\d+)"));
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && isRunning()) {
        m_process->waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 200)));
        m_out += m_process->readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_out));
        if (match.hasMatch()) {
            m_scheme = match.captured(1);
            m_port = match.captured(2).toUShort();
            // The suite runs against the engine it was asked for, not a default.
            const QByteArray expected = engine == Engine::Postgres
                                            ? QByteArray("(database postgresql://")
                                            : QByteArray("(database sqlite:");
            if (m_out.contains(expected))
                return true;
            m_error = QStringLiteral("notabene-server serves another database than asked for:\n") +
                      QString::fromUtf8(m_out);
            return false;
        }
    }
    const bool exited = !isRunning();
    if (!exited) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_error = QStringLiteral("notabene-server serve %1 (exit code %2); stdout:\n%3\nstderr:\n%4")
                  .arg(exited ? QStringLiteral("ended before it listened")
                              : QStringLiteral("did not report listening within 30 s"))
                  .arg(m_process->exitCode())
                  .arg(QString::fromUtf8(m_out + m_process->readAllStandardOutput()),
                       QString::fromUtf8(m_process->readAllStandardError()));
    m_process.reset();
    return false;
}

int ServerProcess::stop()
{
    if (!m_process)
        return -1;
    m_stopped = true;
    if (isRunning()) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
            return -1;
        }
    }
    m_out += m_process->readAllStandardOutput();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

QUrl ServerProcess::url(const QString &path) const
{
    QUrl url;
    url.setScheme(m_scheme);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? path : path.left(question), QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(path.mid(question + 1), QUrl::TolerantMode);
    return url;
}

QByteArray ServerProcess::output()
{
    if (m_process)
        m_out += m_process->readAllStandardOutput();
    return m_out;
}

} // namespace nbtest
