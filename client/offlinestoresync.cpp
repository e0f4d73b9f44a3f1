// The OfflineStore's side of a sync: the outbox as the SyncEngine works through it, conflicts,
// and the server state a pull brings.

#include "client/domainjson.h"
#include "client/offlinestore.h"
#include "client/offlinestore_p.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nb::client {

using namespace store;

namespace {

struct EntryRow
{
    QString objectKey;
    QString kind;
    QByteArray method;
    QByteArray body;
};

// The outbox row of `id` as stored (nullopt when it is gone already).
Result<std::optional<EntryRow>> entryRow(StoreDatabase &db, qint64 id)
{
    auto row = db.one(
        QStringLiteral("SELECT object_key, kind, method, body FROM outbox WHERE id = ?"), {id});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return std::optional<EntryRow>();
    return std::optional<EntryRow>(EntryRow{row->at(0).toString(), row->at(1).toString(),
                                            row->at(2).toString().toLatin1(),
                                            row->at(3).toByteArray()});
}

QString keyOf(const QString &objectKey)
{
    const qsizetype colon = objectKey.indexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : objectKey.mid(colon + 1);
}

// Records the server's state of one object (what a push answered, or a 412's fresh GET).
Status storeServerObject(StoreDatabase &db, const QString &kind, const QJsonObject &state,
                         const QByteArray &etag)
{
    Result<QList<Row>> done = QList<Row>{};
    if (kind == QLatin1String("company")) {
        const auto company = companyFromServer(state);
        if (!company)
            return {};
        done = db.run(QStringLiteral("INSERT OR REPLACE INTO server_company (id, json, etag)"
                                     " VALUES (1, ?, ?)"),
                      {toText(company->toJson()), etag});
    } else if (kind == QLatin1String("contact")) {
        const auto contact = contactFromServer(state);
        if (!contact)
            return {};
        done = db.run(QStringLiteral("INSERT OR REPLACE INTO server_contacts (id, json, etag)"
                                     " VALUES (?, ?, ?)"),
                      {contact->id, toText(contact->toJson()), etag});
    } else {
        const auto list = distributionFromServer(state);
        if (!list)
            return {};
        done = db.run(QStringLiteral("INSERT OR REPLACE INTO server_distribution"
                                     " (category, json, etag) VALUES (?, ?, ?)"),
                      {list->category, toText(list->toJson()), etag});
    }
    if (!done)
        return done.error();
    return {};
}

Result<int> entriesFor(StoreDatabase &db, const QString &objectKey)
{
    auto row =
        db.one(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE object_key = ?"), {objectKey});
    if (!row)
        return row.error();
    return row->at(0).toInt();
}

// Once nothing is queued or in conflict for an object, the local view is the server state.
Status dropSettledEdit(StoreDatabase &db, const QString &objectKey)
{
    auto pending = entriesFor(db, objectKey);
    if (!pending)
        return pending.error();
    auto open = conflictOpen(db, objectKey);
    if (!open)
        return open.error();
    if (*pending == 0 && !*open) {
        auto dropped =
            db.run(QStringLiteral("DELETE FROM local_edits WHERE object_key = ?"), {objectKey});
        if (!dropped)
            return dropped.error();
    }
    return {};
}

// A contact created here reached the server as `serverId`: later entries and the local edit
// name it by that id from now on, and later edits are based on its first ETag.
Status adoptServerId(StoreDatabase &db, const QString &localKey, qint64 serverId,
                     const QByteArray &etag)
{
    const QString serverKey = contactKey(serverId);
    auto rewritten =
        db.run(QStringLiteral("UPDATE outbox SET path = ?, object_key = ?, if_match = ?"
                              " WHERE object_key = ?"),
               {QStringLiteral("/api/v1/contacts/%1").arg(serverId), serverKey, etag, localKey});
    if (!rewritten)
        return rewritten.error();
    auto edit = localEdit(db, localKey);
    if (!edit)
        return edit.error();
    if (*edit) {
        QJsonObject json = (*edit)->json;
        json.insert(QStringLiteral("id"), serverId);
        auto moved =
            db.run(QStringLiteral("DELETE FROM local_edits WHERE object_key = ?"), {localKey});
        if (!moved)
            return moved.error();
        if (Status put =
                putLocalEdit(db, serverKey, QStringLiteral("contact"), json, (*edit)->deleted);
            !put)
            return put;
    }
    return dropSettledEdit(db, serverKey);
}

Status setMeta(StoreDatabase &db, const QString &key, const QString &value)
{
    auto done = db.run(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
                       {key, value});
    if (!done)
        return done.error();
    return {};
}

} // namespace

Result<std::optional<OutboxEntry>> OfflineStore::nextOutboxEntry() const
{
    auto row = d->db->one(
        QStringLiteral("SELECT id, method, path, body, if_match, idempotency_key, kind, local_id,"
                       " created_at FROM outbox ORDER BY id LIMIT 1"));
    if (!row)
        return row.error();
    if (row->isEmpty())
        return std::optional<OutboxEntry>();
    OutboxEntry entry;
    entry.id = row->at(0).toLongLong();
    entry.method = row->at(1).toString().toLatin1();
    entry.path = row->at(2).toString();
    entry.body = row->at(3).toByteArray();
    entry.ifMatch = row->at(4).toByteArray();
    entry.idempotencyKey = row->at(5).toByteArray();
    entry.kind = row->at(6).toString();
    entry.localId = row->at(7).toLongLong();
    entry.createdAt = QDateTime::fromMSecsSinceEpoch(row->at(8).toLongLong(), Qt::UTC);
    return std::optional<OutboxEntry>(entry);
}

Status OfflineStore::completeOutboxEntry(const OutboxEntry &entry, const QJsonObject &serverState,
                                         const QByteArray &etag)
{
    StoreDatabase &db = *d->db;
    StoreTransaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    auto stored = entryRow(db, entry.id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return {}; // completed before
    const EntryRow &row = **stored;
    auto removed = db.run(QStringLiteral("DELETE FROM outbox WHERE id = ?"), {entry.id});
    if (!removed)
        return removed.error();
    if (row.method == "DELETE") {
        auto gone = db.run(QStringLiteral("DELETE FROM server_contacts WHERE id = ?"),
                           {keyOf(row.objectKey).toLongLong()});
        if (!gone)
            return gone.error();
        if (Status settled = dropSettledEdit(db, row.objectKey); !settled)
            return settled;
    } else {
        if (Status put = storeServerObject(db, row.kind, serverState, etag); !put)
            return put;
        if (row.method == "POST") {
            const qint64 serverId = serverState.value(QStringLiteral("id")).toInteger();
            if (Status adopted = adoptServerId(db, row.objectKey, serverId, etag); !adopted)
                return adopted;
        } else {
            // Later edits of the same object were made on top of this one.
            auto chained =
                db.run(QStringLiteral("UPDATE outbox SET if_match = ? WHERE object_key = ?"),
                       {etag, row.objectKey});
            if (!chained)
                return chained.error();
            if (Status settled = dropSettledEdit(db, row.objectKey); !settled)
                return settled;
        }
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT changed();
    return {};
}

Status OfflineStore::rejectOutboxEntry(const OutboxEntry &entry, const Error &reason)
{
    StoreDatabase &db = *d->db;
    StoreTransaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    auto stored = entryRow(db, entry.id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return {};
    const EntryRow &row = **stored;
    auto kept = db.run(
        QStringLiteral("INSERT INTO rejections (kind, object_key, body, code,"
                       " message, field, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {row.kind, row.objectKey, row.body, reason.code, reason.message, reason.field, nowMs()});
    if (!kept)
        return kept.error();
    // Later edits of the object were built on the refused one: they go with it.
    auto dropped = db.run(QStringLiteral("DELETE FROM outbox WHERE object_key = ? AND id >= ?"),
                          {row.objectKey, entry.id});
    if (!dropped)
        return dropped.error();
    if (Status settled = dropSettledEdit(db, row.objectKey); !settled)
        return settled;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT changed();
    return {};
}

Status OfflineStore::conflictOutboxEntry(const OutboxEntry &entry, const QJsonObject &serverState,
                                         const QByteArray &serverEtag)
{
    StoreDatabase &db = *d->db;
    StoreTransaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    auto stored = entryRow(db, entry.id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return {};
    const EntryRow &row = **stored;
    auto edit = localEdit(db, row.objectKey);
    if (!edit)
        return edit.error();
    QJsonObject local = QJsonDocument::fromJson(row.body).object();
    if (*edit)
        local = (*edit)->deleted ? QJsonObject() : (*edit)->json;
    if (Status put = storeServerObject(db, row.kind, serverState, serverEtag); !put)
        return put;
    // The user decides on the object as a whole: its queued edits become the conflict's side.
    auto dropped =
        db.run(QStringLiteral("DELETE FROM outbox WHERE object_key = ?"), {row.objectKey});
    if (!dropped)
        return dropped.error();
    auto conflict = db.run(
        QStringLiteral("INSERT OR REPLACE INTO conflicts (kind, key, object_key, local, server,"
                       " server_etag, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {row.kind, keyOf(row.objectKey), row.objectKey, toText(local), toText(serverState),
         serverEtag, nowMs()});
    if (!conflict)
        return conflict.error();
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT changed();
    return {};
}

// --- server state from a pull

namespace {

Status putServerCompany(StoreDatabase &db, const Company &company, const QByteArray &etag)
{
    auto done = db.run(QStringLiteral("INSERT OR REPLACE INTO server_company (id, json, etag)"
                                      " VALUES (1, ?, ?)"),
                       {toText(company.toJson()), etag});
    if (!done)
        return done.error();
    return {};
}

// The server's list replaces the stored one: contacts it no longer has are gone.
Status putServerContacts(StoreDatabase &db, const QList<Contact> &contacts,
                         const QList<QByteArray> &etags)
{
    auto before = db.run(QStringLiteral("SELECT id, etag FROM server_contacts"));
    if (!before)
        return before.error();
    QHash<qint64, QByteArray> knownEtags;
    for (const Row &row : *before)
        knownEtags.insert(row.at(0).toLongLong(), row.at(1).toByteArray());
    auto cleared = db.run(QStringLiteral("DELETE FROM server_contacts"));
    if (!cleared)
        return cleared.error();
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const Contact &contact = contacts.at(i);
        QByteArray etag = i < etags.size() ? etags.at(i) : QByteArray();
        if (etag.isEmpty())
            etag = knownEtags.value(contact.id);
        auto put =
            db.run(QStringLiteral("INSERT INTO server_contacts (id, json, etag) VALUES (?, ?, ?)"),
                   {contact.id, toText(contact.toJson()), etag});
        if (!put)
            return put.error();
    }
    return {};
}

Status putServerDistribution(StoreDatabase &db, const QList<DistributionList> &lists,
                             const QList<QByteArray> &etags)
{
    for (qsizetype i = 0; i < lists.size(); ++i) {
        const DistributionList &list = lists.at(i);
        QByteArray etag = i < etags.size() ? etags.at(i) : QByteArray();
        if (etag.isEmpty()) {
            auto known = serverEtag(db, QStringLiteral("distribution"), list.category);
            if (!known)
                return known.error();
            etag = *known;
        }
        auto put = db.run(QStringLiteral("INSERT OR REPLACE INTO server_distribution"
                                         " (category, json, etag) VALUES (?, ?, ?)"),
                          {list.category, toText(list.toJson()), etag});
        if (!put)
            return put.error();
    }
    return {};
}

} // namespace

Status OfflineStore::storeServerAccount(const AccountSnapshot &snapshot, const QByteArray &etag)
{
    StoreDatabase &db = *d->db;
    StoreTransaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    if (Status company = putServerCompany(db, snapshot.company, snapshot.companyEtag); !company)
        return company;
    if (Status contacts = putServerContacts(db, snapshot.contacts, snapshot.contactEtags);
        !contacts)
        return contacts;
    if (Status lists = putServerDistribution(db, snapshot.categories, snapshot.categoryEtags);
        !lists)
        return lists;
    if (Status branding = putBranding(db, snapshot.branding); !branding)
        return branding;
    if (Status products = putProducts(db, snapshot.products); !products)
        return products;
    if (Status meta = setMeta(db, QStringLiteral("etag:account"), QString::fromLatin1(etag)); !meta)
        return meta;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT changed();
    return {};
}

Result<QByteArray> OfflineStore::accountEtag() const
{
    auto row = d->db->one(QStringLiteral("SELECT value FROM meta WHERE key = 'etag:account'"));
    if (!row)
        return row.error();
    return row->isEmpty() ? QByteArray() : row->at(0).toString().toLatin1();
}

Result<QDateTime> OfflineStore::lastSync() const
{
    auto row = d->db->one(QStringLiteral("SELECT value FROM meta WHERE key = 'last_sync'"));
    if (!row)
        return row.error();
    if (row->isEmpty())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(row->at(0).toLongLong(), Qt::UTC);
}

Status OfflineStore::setLastSync(const QDateTime &when)
{
    return setMeta(*d->db, QStringLiteral("last_sync"), QString::number(when.toMSecsSinceEpoch()));
}

} // namespace nb::client

namespace nb::client {

namespace {

// The edit a conflict's chosen value turns into, validated with the core rules.
struct ChosenEdit
{
    OutboxEntry entry;
    QJsonObject localJson;
    QJsonObject body;
    bool deleted = false;
};

Result<ChosenEdit> chosenEdit(const QString &kind, const QString &key, const QJsonObject &server,
                              const QJsonObject &chosen)
{
    ChosenEdit edit;
    edit.entry.kind = kind;
    edit.entry.method = "PUT";
    const QJsonObject fields = bodyFields(kind, chosen);
    if (kind == QLatin1String("company")) {
        const Company current = companyFromServer(server).value_or(Company());
        auto company = companyFromJson(fields, current);
        if (!company)
            return company.error();
        edit.entry.path = QStringLiteral("/api/v1/company");
        edit.body = company->toJson();
        edit.localJson = edit.body;
    } else if (kind == QLatin1String("contact")) {
        edit.entry.path = QStringLiteral("/api/v1/contacts/") + key;
        if (chosen.isEmpty()) {
            edit.entry.method = "DELETE";
            edit.deleted = true;
            edit.localJson = server;
        } else {
            auto contact = contactFromJson(fields);
            if (!contact)
                return contact.error();
            contact->id = key.toLongLong();
            edit.body = contactBody(*contact);
            edit.localJson = contact->toJson();
        }
    } else {
        auto addresses = distributionAddressesFromJson(fields);
        if (!addresses)
            return addresses.error();
        edit.entry.path = QStringLiteral("/api/v1/distribution/") + key;
        edit.body =
            QJsonObject{{QStringLiteral("addresses"), QJsonArray::fromStringList(*addresses)}};
        edit.localJson = DistributionList{key, *addresses, 1}.toJson();
    }
    if (!edit.deleted)
        edit.entry.body = QJsonDocument(edit.body).toJson(QJsonDocument::Compact);
    return edit;
}

} // namespace

Status OfflineStore::resolveConflict(qint64 conflictId, const QJsonObject &chosen)
{
    StoreDatabase &db = *d->db;
    StoreTransaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    auto row = db.one(QStringLiteral("SELECT kind, key, object_key, server, server_etag"
                                     " FROM conflicts WHERE id = ?"),
                      {conflictId});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return notFound({});
    const QString kind = row->at(0).toString();
    const QString objectKey = row->at(2).toString();
    const QJsonObject server = fromText(row->at(3).toString());
    auto edit = chosenEdit(kind, row->at(1).toString(), server, chosen);
    if (!edit)
        return edit.error();
    auto resolved = db.run(QStringLiteral("DELETE FROM conflicts WHERE id = ?"), {conflictId});
    if (!resolved)
        return resolved.error();
    if (!edit->deleted && stateHasBody(server, edit->body)) {
        // The server's value was chosen: nothing to push.
        if (Status settled = dropSettledEdit(db, objectKey); !settled)
            return settled;
    } else {
        edit->entry.ifMatch = row->at(4).toByteArray();
        if (Status recorded =
                recordEdit(db, objectKey, edit->entry, edit->localJson, edit->deleted);
            !recorded)
            return recorded;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT changed();
    return {};
}

} // namespace nb::client
