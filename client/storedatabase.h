#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <unordered_map>

namespace nb::client {

using Row = QVariantList;

// The OfflineStore's (and the NoticeStore's) SQLite connection: WAL, foreign keys, a busy timeout,
// the schema migrated (PRAGMA user_version), prepared statements cached by their text. Every access
// (statement, BEGIN, COMMIT) goes through run()/begin()/commit(), where tests can inject a failure.
class StoreDatabase
{
public:
    static Result<std::unique_ptr<StoreDatabase>> open(const QString &path,
                                                       const QString &connectionName);
    // The same with another schema (one list of statements per version): the NoticeStore's.
    static Result<std::unique_ptr<StoreDatabase>>
    open(const QString &path, const QString &connectionName, const QList<QStringList> &schemaSteps);
    ~StoreDatabase();
    StoreDatabase(const StoreDatabase &) = delete;
    StoreDatabase &operator=(const StoreDatabase &) = delete;

    // Runs a statement; the rows it returns (all of them, read at once).
    Result<QList<Row>> run(const QString &sql, const QVariantList &bindings = {});
    // The first row, or an empty Row when there is none.
    Result<Row> one(const QString &sql, const QVariantList &bindings = {});

    Status begin();
    Status commit();
    void rollback();

    // Makes the n-th access from now fail (0: never); one-shot.
    void failAccessAfter(int n) { m_failCountdown = n; }

private:
    explicit StoreDatabase(QString name);
    QSqlDatabase handle() const { return QSqlDatabase::database(m_name, false); }
    Status countAccess();
    Status migrate(const QList<QStringList> &steps);
    void finishStatements();

    QString m_name;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    int m_failCountdown = 0;
};

// Rolls back unless committed: an edit is either fully stored or not at all.
class StoreTransaction
{
public:
    explicit StoreTransaction(StoreDatabase &db);
    ~StoreTransaction();
    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;

    const Status &started() const { return m_started; }
    Status commit();

private:
    StoreDatabase &m_db;
    Status m_started;
    bool m_done = false;
};

} // namespace nb::client
