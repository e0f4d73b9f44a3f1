#include "client/storedatabase.h"

#include "client/storeschema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace nb::client {

namespace {

Error storeError(const QString &detail)
{
    return Error{QStringLiteral("store-error"),
                 QCoreApplication::translate("nb::client::StoreDatabase",
                                             "The local data could not be read or written: %1")
                     .arg(detail),
                 {}};
}

// Text and blob columns are NOT NULL: a null string or byte array is bound as an empty one.
QVariant bindable(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        return QString(QLatin1String(""));
    if (value.metaType() == QMetaType::fromType<QByteArray>() && value.toByteArray().isNull())
        return QByteArray("");
    return value;
}

} // namespace

StoreDatabase::StoreDatabase(QString name)
    : m_name(std::move(name))
{}

StoreDatabase::~StoreDatabase()
{
    m_statements.clear();
    {
        QSqlDatabase db = handle();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<StoreDatabase>> StoreDatabase::open(const QString &path,
                                                           const QString &connectionName)
{
    return open(path, connectionName, storeSchemaSteps());
}

Result<std::unique_ptr<StoreDatabase>> StoreDatabase::open(const QString &path,
                                                           const QString &connectionName,
                                                           const QList<QStringList> &schemaSteps)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return Error{QStringLiteral("store-driver-missing"),
                     QCoreApplication::translate("nb::client::StoreDatabase",
                                                 "The Qt Sql driver QSQLITE is not installed "
                                                 "(Debian: libqt6sql6-sqlite)."),
                     {}};
    }
    std::unique_ptr<StoreDatabase> database(new StoreDatabase(connectionName));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return storeError(db.lastError().text());
    // synchronous=FULL: a committed edit survives even a power cut, not only kill -9.
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        QSqlQuery query(db);
        if (!query.exec(QLatin1String(pragma)))
            return storeError(query.lastError().text());
    }
    if (Status migrated = database->migrate(schemaSteps); !migrated)
        return migrated.error();
    return database;
}

Status StoreDatabase::migrate(const QList<QStringList> &steps)
{
    QSqlDatabase db = handle();
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return storeError(version.lastError().text());
    const int current = version.value(0).toInt();
    version.finish();
    if (current > steps.size()) {
        return Error{QStringLiteral("store-too-new"),
                     QCoreApplication::translate("nb::client::StoreDatabase",
                                                 "The local data was written by a newer version "
                                                 "of Notabene. Update the application."),
                     {}};
    }
    for (int step = current + 1; step <= steps.size(); ++step) {
        if (!db.transaction())
            return storeError(db.lastError().text());
        QStringList statements = steps.at(step - 1);
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(step));
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                const QString detail = query.lastError().text();
                db.rollback();
                return storeError(detail);
            }
        }
        if (!db.commit()) {
            const QString detail = db.lastError().text();
            db.rollback();
            return storeError(detail);
        }
    }
    return {};
}

Status StoreDatabase::countAccess()
{
    if (m_failCountdown > 0 && --m_failCountdown == 0)
        return storeError(QStringLiteral("injected fault"));
    return {};
}

void StoreDatabase::finishStatements()
{
    for (auto &[sql, query] : m_statements)
        query->finish();
}

Result<QList<Row>> StoreDatabase::run(const QString &sql, const QVariantList &bindings)
{
    if (Status counted = countAccess(); !counted)
        return counted.error();
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(handle());
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return storeError(query->lastError().text());
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = *it->second;
    finishStatements();
    for (int i = 0; i < bindings.size(); ++i)
        query.bindValue(i, bindable(bindings.at(i)));
    if (!query.exec()) {
        const QString detail = query.lastError().text();
        m_statements.erase(it);
        return storeError(detail);
    }
    QList<Row> rows;
    const int columns = query.record().count();
    while (query.next()) {
        Row row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row.append(query.value(column));
        rows.append(row);
    }
    query.finish();
    return rows;
}

Result<Row> StoreDatabase::one(const QString &sql, const QVariantList &bindings)
{
    auto rows = run(sql, bindings);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? Row{} : rows->first();
}

Status StoreDatabase::begin()
{
    if (Status counted = countAccess(); !counted)
        return counted;
    finishStatements();
    QSqlDatabase db = handle();
    if (!db.transaction())
        return storeError(db.lastError().text());
    return {};
}

Status StoreDatabase::commit()
{
    if (Status counted = countAccess(); !counted)
        return counted;
    finishStatements();
    QSqlDatabase db = handle();
    if (!db.commit())
        return storeError(db.lastError().text());
    return {};
}

void StoreDatabase::rollback()
{
    finishStatements();
    handle().rollback();
}

StoreTransaction::StoreTransaction(StoreDatabase &db)
    : m_db(db)
    , m_started(db.begin())
{}

StoreTransaction::~StoreTransaction()
{
    if (m_started && !m_done)
        m_db.rollback();
}

Status StoreTransaction::commit()
{
    Status committed = m_db.commit();
    if (committed)
        m_done = true;
    return committed;
}

} // namespace nb::client
