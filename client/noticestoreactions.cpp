// What the user does with a notice (read, "Zur Kenntnis genommen") and what the SyncEngine
// reports back about it (acknowledgements and reads pushed), each in one transaction.
#include "client/noticestore.h"
#include "client/noticestore_p.h"

namespace nb::client {

using namespace noticestore;

namespace {

// The acknowledged_at and ack_pending of `id` inside the caller's transaction; notFound when the
// notice is not here.
struct AckState
{
    bool acknowledged = false;
    bool pending = false;
};

Result<AckState> ackState(StoreDatabase &db, const QString &id)
{
    auto row = db.one(
        QStringLiteral("SELECT acknowledged_at, ack_pending FROM notices WHERE id = ?"), {id});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return notFound(id);
    return AckState{!row->at(0).isNull(), row->at(1).toInt() != 0};
}

} // namespace

Status NoticeStore::markRead(const QString &id, bool read)
{
    StoreDatabase &db = *d->db;
    StoreTransaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    auto row = db.one(QStringLiteral("SELECT read FROM notices WHERE id = ?"), {id});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return notFound(id);
    if ((row->at(0).toInt() != 0) == read)
        return {};
    // The first read is queued for the server (read_push 0 → 1); unread again stays read there.
    auto done = db.run(QStringLiteral("UPDATE notices SET read = ?, read_push = MAX(read_push, ?)"
                                      " WHERE id = ?"),
                       {read ? 1 : 0, read ? 1 : 0, id});
    if (!done)
        return done.error();
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT changed();
    return {};
}

Status NoticeStore::acknowledge(const QString &id, const QDateTime &when)
{
    StoreDatabase &db = *d->db;
    StoreTransaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    auto state = ackState(db, id);
    if (!state)
        return state.error();
    if (state->acknowledged)
        return {}; // the first acknowledgement counts
    auto done = db.run(QStringLiteral("UPDATE notices SET acknowledged_at = ?, ack_pending = 1,"
                                      " read = 1, read_push = MAX(read_push, 1) WHERE id = ?"),
                       {when.toMSecsSinceEpoch(), id});
    if (!done)
        return done.error();
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT changed();
    return {};
}

Result<QStringList> NoticeStore::pendingAcknowledgements() const
{
    auto rows = d->db->run(QStringLiteral(
        "SELECT id FROM notices WHERE ack_pending = 1 ORDER BY acknowledged_at, sequence"));
    if (!rows)
        return rows.error();
    QStringList ids;
    for (const Row &row : *rows)
        ids.append(row.at(0).toString());
    return ids;
}

Status NoticeStore::acknowledgementPushed(const QString &id, const QDateTime &serverTime)
{
    StoreDatabase &db = *d->db;
    StoreTransaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    auto state = ackState(db, id);
    if (!state)
        return state.error();
    if (!state->pending)
        return {};
    auto done =
        db.run(QStringLiteral("UPDATE notices SET ack_pending = 0,"
                              " acknowledged_at = COALESCE(?, acknowledged_at) WHERE id = ?"),
               {serverTime.isValid() ? QVariant(serverTime.toMSecsSinceEpoch()) : QVariant(), id});
    if (!done)
        return done.error();
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT changed();
    return {};
}

Status NoticeStore::acknowledgementRejected(const QString &id)
{
    StoreDatabase &db = *d->db;
    StoreTransaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    auto state = ackState(db, id);
    if (!state)
        return state.error();
    if (!state->pending)
        return {};
    auto done = db.run(QStringLiteral("UPDATE notices SET ack_pending = 0, acknowledged_at = NULL"
                                      " WHERE id = ?"),
                       {id});
    if (!done)
        return done.error();
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT changed();
    return {};
}

Result<QStringList> NoticeStore::pendingReads() const
{
    auto rows =
        d->db->run(QStringLiteral("SELECT id FROM notices WHERE read_push = 1 ORDER BY sequence"));
    if (!rows)
        return rows.error();
    QStringList ids;
    for (const Row &row : *rows)
        ids.append(row.at(0).toString());
    return ids;
}

Status NoticeStore::readSettled(const QString &id)
{
    // Not visible in the inbox: no changed() signal.
    auto done = d->db->run(
        QStringLiteral("UPDATE notices SET read_push = 2 WHERE id = ? AND read_push = 1"), {id});
    if (!done)
        return done.error();
    return {};
}

Result<QByteArray> NoticeStore::syncValue(const QString &name) const
{
    return meta(*d->db, QStringLiteral("sync:") + name);
}

Status NoticeStore::setSyncValue(const QString &name, const QByteArray &value)
{
    return setMeta(*d->db, QStringLiteral("sync:") + name, value);
}

} // namespace nb::client
