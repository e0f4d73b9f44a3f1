#pragma once

#include "core/result.h"
#include "server/storage/databaseurl.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>
#include <memory>
#include <unordered_map>

namespace nb::server {

// One Qt Sql connection (SQLite in WAL mode, or PostgreSQL) with its schema migrated, and a cache
// of prepared statements. Not thread-safe: one per thread.
class Database
{
public:
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url,
                                                  const QString &connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    DatabaseUrl::Engine engine() const { return m_url.engine; }
    const DatabaseUrl &url() const { return m_url; }
    QSqlDatabase handle() const { return QSqlDatabase::database(m_name, false); }

    // Applies every migration newer than the stored schema version, each in its own transaction.
    Status migrate();
    int schemaVersion();

    // Runs a prepared statement (cached by its text) with positional bindings. The returned query
    // stays valid until the next statement runs (or a transaction begins or ends): read its rows
    // before running another.
    Result<QSqlQuery *> run(const QString &sql, std::initializer_list<QVariant> bindings = {});

    Status begin();
    Status commit();
    void rollback();
    // Whether begin() opened a transaction that commit() or rollback() has not yet ended.
    bool inTransaction() const { return m_inTransaction; }

    // For tests of failure paths: makes the n-th statement from now fail (0 disables).
    void failStatementAfter(int n) { m_failCountdown = n; }

private:
    Database(DatabaseUrl url, QString name);
    Error error(const QString &what, const QString &detail) const;
    void finishStatements();

    DatabaseUrl m_url;
    QString m_name;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    int m_failCountdown = 0;
    bool m_inTransaction = false;
};

// Rolls back unless committed: nothing half-written stays after an error.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &started() const { return m_started; }
    Status commit();

private:
    Database &m_db;
    Status m_started;
    bool m_done = false;
};

qint64 nowMs();

} // namespace nb::server
