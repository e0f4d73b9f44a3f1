#include "client/noticestore.h"

#include "client/noticeschema.h"
#include "client/noticestore_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nb::client {

using namespace noticestore;

namespace {

// The columns of a NoticeRow, in the order rowFrom() reads them.
const QString rowColumns = QStringLiteral(
    "sequence, id, subject, products, category, severity, status, thread_status, act_by,"
    " issued_at, follow_up_of, read, acknowledged_at");

NoticeRow rowFrom(const Row &row)
{
    NoticeRow notice;
    notice.sequence = row.at(0).toLongLong();
    notice.id = row.at(1).toString();
    notice.subject = row.at(2).toString();
    notice.products = row.at(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    notice.category = row.at(4).toString();
    notice.severity = severityFromKey(row.at(5).toString()).value_or(NoticeSeverity::Info);
    notice.status = statusFromKey(row.at(6).toString()).value_or(NoticeStatus::Announced);
    notice.threadStatus = statusFromKey(row.at(7).toString()).value_or(notice.status);
    const QString actBy = row.at(8).toString();
    if (!actBy.isEmpty())
        notice.actBy = QDate::fromString(actBy, Qt::ISODate);
    notice.issuedAt = QDateTime::fromMSecsSinceEpoch(row.at(9).toLongLong(), Qt::UTC);
    notice.followUpOf = row.at(10).toString();
    notice.read = row.at(11).toInt() != 0;
    notice.acknowledged = !row.at(12).isNull();
    return notice;
}

Error malformedNotice(const QString &field, const QString &detail)
{
    return Error{QStringLiteral("malformed-notice"),
                 QCoreApplication::translate("nb::client::NoticeStore",
                                             "The server sent a notice that cannot be read (%1). "
                                             "Nothing of this page was stored.")
                     .arg(detail),
                 field};
}

Error feedRollback(qint64 sequence, qint64 latest)
{
    return Error{QStringLiteral("feed-rollback"),
                 QCoreApplication::translate(
                     "nb::client::NoticeStore",
                     "The server sent notice number %1, but notices up to number %2 were "
                     "received before: an old or replayed feed. Nothing of it was stored.")
                     .arg(sequence)
                     .arg(latest),
                 QStringLiteral("sequence")};
}

// One notice of a page, read (not verified) from its payload.
struct Incoming
{
    FeedItem item;
    Notice notice;
};

Result<QList<Incoming>> readPage(const QList<FeedItem> &items, qint64 latest)
{
    QList<Incoming> page;
    qint64 previous = latest;
    QSet<QString> ids;
    for (const FeedItem &item : items) {
        if (item.sequence <= previous)
            return feedRollback(item.sequence, previous);
        auto envelope = dsse::envelopeFromJson(item.envelope);
        if (!envelope)
            return malformedNotice(envelope.error().field, envelope.error().message);
        if (envelope->payloadType != noticePayloadType) {
            return malformedNotice(QStringLiteral("payloadType"),
                                   QString::fromUtf8(envelope->payloadType));
        }
        auto notice = parseNotice(envelope->payload);
        if (!notice)
            return malformedNotice(notice.error().field, notice.error().message);
        // The signed payload names its place in the feed: a replayed notice cannot move.
        if (notice->sequence != item.sequence)
            return feedRollback(item.sequence, notice->sequence);
        if (ids.contains(notice->id))
            return feedRollback(item.sequence, previous);
        ids.insert(notice->id);
        page.append(Incoming{item, *notice});
        previous = item.sequence;
    }
    return page;
}

// Quoted prefix terms: the user's words can never be FTS5 syntax.
QString ftsQuery(const QStringList &words)
{
    QStringList terms;
    for (QString word : words) {
        word.remove(QLatin1Char('"'));
        if (!word.isEmpty())
            terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

QString likePattern(QString word)
{
    word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    word.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    word.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

} // namespace

namespace noticestore {

Status setMeta(StoreDatabase &db, const QString &key, const QByteArray &value)
{
    auto done = db.run(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
                       {key, value});
    if (!done)
        return done.error();
    return {};
}

Result<QByteArray> meta(StoreDatabase &db, const QString &key)
{
    auto row = db.one(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!row)
        return row.error();
    return row->isEmpty() ? QByteArray() : row->at(0).toByteArray();
}

Error notFound(const QString &id)
{
    return Error{QStringLiteral("not-found"),
                 QCoreApplication::translate("nb::client::NoticeStore",
                                             "The notice %1 is not in the local data.")
                     .arg(id),
                 QStringLiteral("id")};
}

} // namespace noticestore

NoticeStore::NoticeStore()
    : d(std::make_unique<Private>())
{}

NoticeStore::~NoticeStore() = default;

Result<std::unique_ptr<NoticeStore>> NoticeStore::open(const QString &path,
                                                       const QString &connectionName)
{
    auto db = StoreDatabase::open(path, connectionName, noticeSchemaSteps());
    if (!db)
        return db.error();
    std::unique_ptr<NoticeStore> store(new NoticeStore());
    store->d->db = std::move(*db);
    // FTS5 where the SQLite library has it (Debian's has); LIKE on a plain copy otherwise.
    auto fts = store->d->db->run(
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS notice_text USING fts5(subject, body,"
                       " content='', tokenize='unicode61 remove_diacritics 2')"));
    store->d->fullText = fts.ok();
    if (!fts) {
        auto plain = store->d->db->run(
            QStringLiteral("CREATE TABLE IF NOT EXISTS notice_text_plain"
                           " (sequence INTEGER PRIMARY KEY, text TEXT NOT NULL)"));
        if (!plain)
            return plain.error();
    }
    return store;
}

void NoticeStore::failAccessAfter(int n)
{
    d->db->failAccessAfter(n);
}

// --- the feed

Result<qint64> NoticeStore::latestSequence() const
{
    auto row = d->db->one(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) FROM notices"));
    if (!row)
        return row.error();
    return row->at(0).toLongLong();
}

namespace {

// The thread a new notice joins: the root of the notice it follows up (or that notice's id
// while it is not here), its own id for a first mailing.
Result<QString> threadRootFor(StoreDatabase &db, const Notice &notice)
{
    if (notice.followUpOf.isEmpty())
        return notice.id;
    auto row =
        db.one(QStringLiteral("SELECT thread_root FROM notices WHERE id = ?"), {notice.followUpOf});
    if (!row)
        return row.error();
    return row->isEmpty() ? notice.followUpOf : row->at(0).toString();
}

Status insertNotice(StoreDatabase &db, const Incoming &incoming, bool fullText)
{
    const Notice &notice = incoming.notice;
    auto root = threadRootFor(db, notice);
    if (!root)
        return root.error();
    auto inserted = db.run(
        QStringLiteral("INSERT INTO notices (sequence, id, envelope, subject, products, category,"
                       " severity, status, act_by, issued_at, follow_up_of, thread_root,"
                       " thread_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {incoming.item.sequence, notice.id, incoming.item.envelope, notice.subject,
         notice.products.join(QLatin1Char(' ')), notice.category, severityKey(notice.severity),
         statusKey(notice.status), notice.actBy ? notice.actBy->toString(Qt::ISODate) : QString(),
         notice.issuedAt.toMSecsSinceEpoch(), notice.followUpOf, *root, statusKey(notice.status)});
    if (!inserted)
        return inserted.error();
    for (const QString &product : notice.products) {
        auto put =
            db.run(QStringLiteral(
                       "INSERT OR IGNORE INTO notice_products (product, sequence) VALUES (?, ?)"),
                   {product, incoming.item.sequence});
        if (!put)
            return put.error();
    }
    auto text =
        fullText
            ? db.run(
                  QStringLiteral("INSERT INTO notice_text (rowid, subject, body) VALUES (?, ?, ?)"),
                  {incoming.item.sequence, notice.subject, notice.body})
            : db.run(QStringLiteral("INSERT INTO notice_text_plain (sequence, text) VALUES (?, ?)"),
                     {incoming.item.sequence, notice.subject + QLatin1Char('\n') + notice.body});
    if (!text)
        return text.error();
    // Follow-ups that arrived before this notice join its thread.
    if (*root != notice.id) {
        auto moved =
            db.run(QStringLiteral("UPDATE notices SET thread_root = ? WHERE thread_root = ?"),
                   {*root, notice.id});
        if (!moved)
            return moved.error();
    }
    // The thread's status is the status of its newest notice.
    auto status =
        db.run(QStringLiteral("UPDATE notices SET thread_status = (SELECT status FROM notices"
                              " WHERE thread_root = ? ORDER BY sequence DESC LIMIT 1)"
                              " WHERE thread_root = ?"),
               {*root, *root});
    if (!status)
        return status.error();
    return {};
}

} // namespace

Result<QList<NoticeRow>> NoticeStore::storeFeedPage(const QList<FeedItem> &items)
{
    if (items.isEmpty())
        return QList<NoticeRow>();
    StoreDatabase &db = *d->db;
    StoreTransaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    auto latest = latestSequence();
    if (!latest)
        return latest.error();
    auto page = readPage(items, *latest);
    if (!page)
        return page.error();
    for (const Incoming &incoming : *page) {
        auto known = db.one(QStringLiteral("SELECT sequence FROM notices WHERE id = ?"),
                            {incoming.notice.id});
        if (!known)
            return known.error();
        if (!known->isEmpty())
            return feedRollback(incoming.item.sequence, known->at(0).toLongLong());
        if (Status inserted = insertNotice(db, incoming, d->fullText); !inserted)
            return inserted.error();
    }
    auto rows = db.run(QStringLiteral("SELECT ") + rowColumns +
                           QStringLiteral(" FROM notices WHERE sequence > ? ORDER BY sequence"),
                       {*latest});
    if (!rows)
        return rows.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    QList<NoticeRow> arrived;
    for (const Row &row : *rows)
        arrived.append(rowFrom(row));
    Q_EMIT noticesArrived(arrived);
    Q_EMIT changed();
    return arrived;
}

Result<QDateTime> NoticeStore::lastRefresh() const
{
    auto value = meta(*d->db, QStringLiteral("last_refresh"));
    if (!value)
        return value.error();
    if (value->isEmpty())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(value->toLongLong(), Qt::UTC);
}

Status NoticeStore::setLastRefresh(const QDateTime &when)
{
    Status stored = setMeta(*d->db, QStringLiteral("last_refresh"),
                            QByteArray::number(when.toMSecsSinceEpoch()));
    if (stored)
        Q_EMIT refreshed(when);
    return stored;
}

// --- reads

namespace {

struct Where
{
    QString sql; // " WHERE …" or empty
    QVariantList bindings;
};

Where whereFor(const NoticeFilter &filter, bool fullText)
{
    QStringList conditions;
    Where where;
    if (!filter.product.isEmpty()) {
        conditions.append(
            QStringLiteral("sequence IN (SELECT sequence FROM notice_products WHERE product = ?)"));
        where.bindings.append(filter.product);
    }
    if (!filter.category.isEmpty()) {
        conditions.append(QStringLiteral("category = ?"));
        where.bindings.append(filter.category);
    }
    if (filter.unreadOnly)
        conditions.append(QStringLiteral("read = 0"));
    if (filter.actionRequired) {
        conditions.append(QStringLiteral("acknowledged_at IS NULL AND thread_status <> 'resolved'"
                                         " AND (severity = 'urgent' OR act_by <> '')"));
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = filter.text.split(spaces, Qt::SkipEmptyParts);
    if (fullText) {
        const QString query = ftsQuery(words);
        if (!query.isEmpty()) {
            conditions.append(QStringLiteral(
                "sequence IN (SELECT rowid FROM notice_text WHERE notice_text MATCH ?)"));
            where.bindings.append(query);
        }
    } else {
        for (const QString &word : words) {
            conditions.append(QStringLiteral("sequence IN (SELECT sequence FROM notice_text_plain"
                                             " WHERE text LIKE ? ESCAPE '\\')"));
            where.bindings.append(likePattern(word));
        }
    }
    if (!conditions.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return where;
}

} // namespace

Result<int> NoticeStore::count(const NoticeFilter &filter) const
{
    const Where where = whereFor(filter, d->fullText);
    auto row =
        d->db->one(QStringLiteral("SELECT COUNT(*) FROM notices") + where.sql, where.bindings);
    if (!row)
        return row.error();
    return row->at(0).toInt();
}

Result<QList<NoticeRow>> NoticeStore::rows(const NoticeFilter &filter, int offset, int limit) const
{
    Where where = whereFor(filter, d->fullText);
    where.bindings.append(std::max(limit, 0));
    where.bindings.append(std::max(offset, 0));
    auto rows =
        d->db->run(QStringLiteral("SELECT ") + rowColumns + QStringLiteral(" FROM notices") +
                       where.sql + QStringLiteral(" ORDER BY sequence DESC LIMIT ? OFFSET ?"),
                   where.bindings);
    if (!rows)
        return rows.error();
    QList<NoticeRow> notices;
    notices.reserve(rows->size());
    for (const Row &row : *rows)
        notices.append(rowFrom(row));
    return notices;
}

Result<std::optional<StoredNotice>> NoticeStore::notice(const QString &id) const
{
    auto row = d->db->one(QStringLiteral("SELECT ") + rowColumns +
                              QStringLiteral(", envelope, ack_pending FROM notices WHERE id = ?"),
                          {id});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return std::optional<StoredNotice>();
    StoredNotice stored;
    stored.row = rowFrom(*row);
    stored.envelope = row->at(13).toByteArray();
    if (!row->at(12).isNull())
        stored.acknowledgedAt = QDateTime::fromMSecsSinceEpoch(row->at(12).toLongLong(), Qt::UTC);
    stored.acknowledgementPending = row->at(14).toInt() != 0;
    return std::optional<StoredNotice>(stored);
}

Result<QList<NoticeRow>> NoticeStore::thread(const QString &id) const
{
    auto root = d->db->one(QStringLiteral("SELECT thread_root FROM notices WHERE id = ?"), {id});
    if (!root)
        return root.error();
    if (root->isEmpty())
        return notFound(id);
    auto rows = d->db->run(QStringLiteral("SELECT ") + rowColumns +
                               QStringLiteral(" FROM notices WHERE thread_root = ?"
                                              " ORDER BY sequence"),
                           {root->at(0)});
    if (!rows)
        return rows.error();
    QList<NoticeRow> notices;
    for (const Row &row : *rows)
        notices.append(rowFrom(row));
    return notices;
}

Result<int> NoticeStore::unreadCount() const
{
    auto row = d->db->one(QStringLiteral("SELECT COUNT(*) FROM notices WHERE read = 0"));
    if (!row)
        return row.error();
    return row->at(0).toInt();
}

NoticeVerification NoticeStore::verify(const QByteArray &envelope, const QDateTime &now) const
{
    auto lists = keyLists();
    if (!lists) {
        NoticeVerification verification;
        verification.state = VerificationState::Unverified;
        verification.reason = lists.error().message;
        return verification;
    }
    return verifyNotice(envelope, *lists, now);
}

} // namespace nb::client
