#include "client/offlinestore.h"

#include "client/domainjson.h"
#include "client/offlinestore_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <map>

namespace nb::client {

namespace store {

QString companyKey()
{
    return QStringLiteral("company");
}

QString contactKey(qint64 id)
{
    return QStringLiteral("contact:%1").arg(id);
}

QString distributionKey(const QString &category)
{
    return QStringLiteral("distribution:") + category;
}

QString toText(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Error notFound(const QString &field)
{
    return Error{QStringLiteral("not-found"),
                 QCoreApplication::translate("nb::client::OfflineStore",
                                             "This entry does not exist (any more)."),
                 field};
}

Error notLoaded()
{
    return Error{QStringLiteral("not-loaded"),
                 QCoreApplication::translate("nb::client::OfflineStore",
                                             "The data has not been loaded from the server yet. "
                                             "Connect once, then edit it."),
                 {}};
}

Result<std::optional<LocalEdit>> localEdit(StoreDatabase &db, const QString &objectKey)
{
    auto row = db.one(QStringLiteral("SELECT json, deleted FROM local_edits WHERE object_key = ?"),
                      {objectKey});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return std::optional<LocalEdit>();
    return std::optional<LocalEdit>(
        LocalEdit{fromText(row->at(0).toString()), row->at(1).toInt() != 0});
}

Status putLocalEdit(StoreDatabase &db, const QString &objectKey, const QString &kind,
                    const QJsonObject &json, bool deleted)
{
    auto done = db.run(QStringLiteral("INSERT OR REPLACE INTO local_edits"
                                      " (object_key, kind, json, deleted) VALUES (?, ?, ?, ?)"),
                       {objectKey, kind, toText(json), deleted ? 1 : 0});
    if (!done)
        return done.error();
    return {};
}

Result<bool> conflictOpen(StoreDatabase &db, const QString &objectKey)
{
    auto row = db.one(QStringLiteral("SELECT id FROM conflicts WHERE object_key = ?"), {objectKey});
    if (!row)
        return row.error();
    return !row->isEmpty();
}

Result<QByteArray> serverEtag(StoreDatabase &db, const QString &kind, const QString &key)
{
    Result<Row> row = Row{};
    if (kind == QLatin1String("company"))
        row = db.one(QStringLiteral("SELECT etag FROM server_company WHERE id = 1"));
    else if (kind == QLatin1String("contact"))
        row = db.one(QStringLiteral("SELECT etag FROM server_contacts WHERE id = ?"),
                     {key.toLongLong()});
    else
        row = db.one(QStringLiteral("SELECT etag FROM server_distribution WHERE category = ?"),
                     {key});
    if (!row)
        return row.error();
    return row->isEmpty() ? QByteArray() : row->at(0).toByteArray();
}

Status recordEdit(StoreDatabase &db, const QString &objectKey, const OutboxEntry &entry,
                  const QJsonObject &localJson, bool deleted)
{
    auto open = conflictOpen(db, objectKey);
    if (!open)
        return open.error();
    if (*open) {
        auto updated = db.run(QStringLiteral("UPDATE conflicts SET local = ? WHERE object_key = ?"),
                              {toText(deleted ? QJsonObject() : localJson), objectKey});
        if (!updated)
            return updated.error();
    } else {
        auto queued = db.run(
            QStringLiteral("INSERT INTO outbox (method, path, body, if_match, idempotency_key,"
                           " kind, object_key, local_id, created_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {QString::fromLatin1(entry.method), entry.path, entry.body, entry.ifMatch,
             entry.idempotencyKey, entry.kind, objectKey, entry.localId, nowMs()});
        if (!queued)
            return queued.error();
    }
    return putLocalEdit(db, objectKey, entry.kind, localJson, deleted);
}

} // namespace store

using namespace store;

OfflineStore::OfflineStore()
    : d(std::make_unique<Private>())
{}

OfflineStore::~OfflineStore() = default;

Result<std::unique_ptr<OfflineStore>> OfflineStore::open(const QString &path,
                                                         const QString &connectionName)
{
    auto db = StoreDatabase::open(path, connectionName);
    if (!db)
        return db.error();
    std::unique_ptr<OfflineStore> offlineStore(new OfflineStore());
    offlineStore->d->db = std::move(*db);
    return offlineStore;
}

void OfflineStore::failAccessAfter(int n)
{
    d->db->failAccessAfter(n);
}

// --- local view

Result<std::optional<Company>> OfflineStore::company() const
{
    auto edit = localEdit(*d->db, companyKey());
    if (!edit)
        return edit.error();
    QJsonObject json;
    if (*edit) {
        json = (*edit)->json;
    } else {
        auto row = d->db->one(QStringLiteral("SELECT json FROM server_company WHERE id = 1"));
        if (!row)
            return row.error();
        if (row->isEmpty())
            return std::optional<Company>();
        json = fromText(row->at(0).toString());
    }
    return companyFromServer(json);
}

Result<QList<Contact>> OfflineStore::contacts() const
{
    auto serverRows = d->db->run(QStringLiteral("SELECT id, json FROM server_contacts"));
    if (!serverRows)
        return serverRows.error();
    auto editRows =
        d->db->run(QStringLiteral("SELECT json, deleted FROM local_edits WHERE kind = 'contact'"));
    if (!editRows)
        return editRows.error();
    // Server contacts by id, then the ones created here in the order they were created.
    const auto order = [](qint64 a, qint64 b) {
        if ((a > 0) != (b > 0))
            return a > 0;
        return a > 0 ? a < b : a > b;
    };
    std::map<qint64, std::optional<Contact>, decltype(order)> view(order);
    for (const Row &row : *serverRows)
        view[row.at(0).toLongLong()] = contactFromServer(fromText(row.at(1).toString()));
    for (const Row &row : *editRows) {
        auto contact = contactFromServer(fromText(row.at(0).toString()));
        if (!contact)
            continue;
        view[contact->id] = row.at(1).toInt() != 0 ? std::nullopt : contact;
    }
    QList<Contact> contacts;
    for (const auto &[id, contact] : view) {
        if (contact)
            contacts.append(*contact);
    }
    return contacts;
}

Result<QList<DistributionList>> OfflineStore::distribution() const
{
    auto serverRows = d->db->run(QStringLiteral("SELECT category, json FROM server_distribution"));
    if (!serverRows)
        return serverRows.error();
    auto editRows = d->db->run(QStringLiteral(
        "SELECT object_key, json FROM local_edits WHERE kind = 'distribution' AND deleted = 0"));
    if (!editRows)
        return editRows.error();
    QHash<QString, QString> json;
    for (const Row &row : *serverRows)
        json.insert(distributionKey(row.at(0).toString()), row.at(1).toString());
    for (const Row &row : *editRows)
        json.insert(row.at(0).toString(), row.at(1).toString());
    QList<DistributionList> lists;
    for (const QString &category : distributionCategories()) {
        const auto list = distributionFromServer(fromText(json.value(distributionKey(category))));
        lists.append(list ? *list : DistributionList{category, {}, 1});
    }
    return lists;
}

Result<int> OfflineStore::pendingChanges() const
{
    auto row = d->db->one(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    if (!row)
        return row.error();
    return row->value(0).toInt();
}

Result<QList<Conflict>> OfflineStore::conflicts() const
{
    auto rows = d->db->run(QStringLiteral("SELECT id, kind, key, local, server, server_etag"
                                          " FROM conflicts ORDER BY id"));
    if (!rows)
        return rows.error();
    QList<Conflict> conflicts;
    for (const Row &row : *rows) {
        conflicts.append(Conflict{row.at(0).toLongLong(), row.at(1).toString(),
                                  row.at(2).toString(), fromText(row.at(3).toString()),
                                  fromText(row.at(4).toString()), row.at(5).toByteArray()});
    }
    return conflicts;
}

// --- user edits

Status OfflineStore::saveCompany(const Company &company)
{
    auto current = this->company();
    if (!current)
        return current.error();
    if (!*current)
        return notLoaded();
    auto validated = companyFromJson(company.toJson(), **current);
    if (!validated)
        return validated.error();
    StoreTransaction transaction(*d->db);
    if (!transaction.started())
        return transaction.started();
    auto etag = serverEtag(*d->db, QStringLiteral("company"), {});
    if (!etag)
        return etag.error();
    const QJsonObject json = validated->toJson();
    OutboxEntry entry;
    entry.method = "PUT";
    entry.path = QStringLiteral("/api/v1/company");
    entry.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    entry.ifMatch = *etag;
    entry.kind = QStringLiteral("company");
    if (Status recorded = recordEdit(*d->db, companyKey(), entry, json, false); !recorded)
        return recorded;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT changed();
    return {};
}

Result<Contact> OfflineStore::addContact(const Contact &contact)
{
    auto validated = contactFromJson(contactBody(contact));
    if (!validated)
        return validated.error();
    StoreTransaction transaction(*d->db);
    if (!transaction.started())
        return transaction.started().error();
    auto next = d->db->one(QStringLiteral("SELECT value FROM meta WHERE key = 'next_local_id'"));
    if (!next)
        return next.error();
    const qint64 localId = next->isEmpty() ? -1 : next->at(0).toLongLong();
    auto advanced = d->db->run(
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('next_local_id', ?)"),
        {QString::number(localId - 1)});
    if (!advanced)
        return advanced.error();
    validated->id = localId;
    OutboxEntry entry;
    entry.method = "POST";
    entry.path = QStringLiteral("/api/v1/contacts");
    entry.body = QJsonDocument(contactBody(*validated)).toJson(QJsonDocument::Compact);
    entry.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    entry.kind = QStringLiteral("contact");
    entry.localId = localId;
    if (Status recorded =
            recordEdit(*d->db, contactKey(localId), entry, validated->toJson(), false);
        !recorded)
        return recorded.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT changed();
    return *validated;
}

namespace {

// The local view of one contact inside a transaction: its last JSON, or not-found.
Result<QJsonObject> currentContact(StoreDatabase &db, qint64 id)
{
    auto edit = localEdit(db, contactKey(id));
    if (!edit)
        return edit.error();
    if (*edit) {
        if ((*edit)->deleted)
            return notFound({});
        return (*edit)->json;
    }
    auto row = db.one(QStringLiteral("SELECT json FROM server_contacts WHERE id = ?"), {id});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return notFound({});
    return fromText(row->at(0).toString());
}

} // namespace

Status OfflineStore::updateContact(const Contact &contact)
{
    auto validated = contactFromJson(contactBody(contact));
    if (!validated)
        return validated.error();
    validated->id = contact.id;
    StoreTransaction transaction(*d->db);
    if (!transaction.started())
        return transaction.started();
    auto current = currentContact(*d->db, contact.id);
    if (!current)
        return current.error();
    // A contact created here has no ETag yet: completing its POST fills in the If-Match.
    auto etag = contact.id > 0
                    ? serverEtag(*d->db, QStringLiteral("contact"), QString::number(contact.id))
                    : Result<QByteArray>(QByteArray());
    if (!etag)
        return etag.error();
    OutboxEntry entry;
    entry.method = "PUT";
    entry.path = QStringLiteral("/api/v1/contacts/%1").arg(contact.id);
    entry.body = QJsonDocument(contactBody(*validated)).toJson(QJsonDocument::Compact);
    entry.ifMatch = *etag;
    entry.kind = QStringLiteral("contact");
    entry.localId = contact.id < 0 ? contact.id : 0;
    if (Status recorded =
            recordEdit(*d->db, contactKey(contact.id), entry, validated->toJson(), false);
        !recorded)
        return recorded;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT changed();
    return {};
}

Status OfflineStore::removeContact(qint64 id)
{
    StoreTransaction transaction(*d->db);
    if (!transaction.started())
        return transaction.started();
    auto current = currentContact(*d->db, id);
    if (!current)
        return current.error();
    auto etag = id > 0 ? serverEtag(*d->db, QStringLiteral("contact"), QString::number(id))
                       : Result<QByteArray>(QByteArray());
    if (!etag)
        return etag.error();
    OutboxEntry entry;
    entry.method = "DELETE";
    entry.path = QStringLiteral("/api/v1/contacts/%1").arg(id);
    entry.ifMatch = *etag;
    entry.kind = QStringLiteral("contact");
    entry.localId = id < 0 ? id : 0;
    if (Status recorded = recordEdit(*d->db, contactKey(id), entry, *current, true); !recorded)
        return recorded;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT changed();
    return {};
}

Status OfflineStore::saveDistribution(const QString &category, const QStringList &addresses)
{
    if (!distributionCategories().contains(category)) {
        return Error{QStringLiteral("invalid-value"),
                     QCoreApplication::translate("nb::client::OfflineStore",
                                                 "\"%1\" is not a Verteiler category.")
                         .arg(category),
                     QStringLiteral("category")};
    }
    auto validated = distributionAddressesFromJson(
        QJsonObject{{QStringLiteral("addresses"), QJsonArray::fromStringList(addresses)}});
    if (!validated)
        return validated.error();
    StoreTransaction transaction(*d->db);
    if (!transaction.started())
        return transaction.started();
    auto etag = serverEtag(*d->db, QStringLiteral("distribution"), category);
    if (!etag)
        return etag.error();
    if (etag->isEmpty())
        return notLoaded();
    OutboxEntry entry;
    entry.method = "PUT";
    entry.path = QStringLiteral("/api/v1/distribution/") + category;
    entry.body = QJsonDocument(QJsonObject{{QStringLiteral("addresses"),
                                            QJsonArray::fromStringList(*validated)}})
                     .toJson(QJsonDocument::Compact);
    entry.ifMatch = *etag;
    entry.kind = QStringLiteral("distribution");
    const QJsonObject json = DistributionList{category, *validated, 1}.toJson();
    if (Status recorded = recordEdit(*d->db, distributionKey(category), entry, json, false);
        !recorded)
        return recorded;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT changed();
    return {};
}

} // namespace nb::client
