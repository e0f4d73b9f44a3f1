#include "server/storage/mailqueue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace nb::server {

namespace {

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> idOrNull(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// Opens a transaction for enqueue unless the caller has one open. Returns whether it opened
// one (then the caller of this function commits it).
Result<bool> beginUnlessInTransaction(Database &db)
{
    if (db.inTransaction())
        return false;
    if (Status begun = db.begin(); !begun)
        return begun.error();
    return true;
}

// Adds one (state, count) row to `counts`.
void addCounts(QSqlQuery &rows, int stateColumn, int countColumn, DeliveryCounts &counts)
{
    const QString state = rows.value(stateColumn).toString();
    const qint64 n = rows.value(countColumn).toLongLong();
    if (state == QLatin1String("queued"))
        counts.queued += n;
    else if (state == QLatin1String("sending"))
        counts.sending += n;
    else if (state == QLatin1String("sent"))
        counts.sent += n;
    else if (state == QLatin1String("failed"))
        counts.failed += n;
}

} // namespace

Status MailQueue::enqueue(const QList<QueuedMail> &mails, qint64 now)
{
    if (mails.isEmpty())
        return {};
    auto own = beginUnlessInTransaction(m_db);
    if (!own)
        return own.error();
    for (const QueuedMail &mail : mails) {
        auto q = m_db.run(
            QStringLiteral("INSERT INTO mail_queue (mailing_id, company_id, recipient, message_id, "
                           "message, state, attempts, next_attempt_at, queued_at) "
                           "VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, ?) "
                           "ON CONFLICT (message_id) DO NOTHING"),
            {optionalId(mail.mailingId), optionalId(mail.companyId), mail.recipient, mail.messageId,
             mail.message, now, now});
        if (!q) {
            if (*own)
                m_db.rollback();
            return q.error();
        }
    }
    if (*own)
        return m_db.commit();
    return {};
}

Result<QList<QueuedMail>> MailQueue::claim(int limit, qint64 now, qint64 leaseMs)
{
    // Due: queued and its time has come, or claimed by a worker whose lease ran out; the longest
    // due first. On PostgreSQL concurrent claimers skip each other's rows; on SQLite the write
    // transaction serialises them.
    static const QString postgresSql = QStringLiteral(
        "UPDATE mail_queue SET state = 'sending', lease_until = ?, attempts = attempts + 1 "
        "WHERE id IN (SELECT id FROM mail_queue "
        "WHERE (state = 'queued' AND next_attempt_at <= ?) "
        "OR (state = 'sending' AND lease_until < ?) "
        "ORDER BY COALESCE(lease_until, next_attempt_at), id LIMIT ? FOR UPDATE SKIP LOCKED) "
        "RETURNING id, mailing_id, company_id, recipient, message_id, message, attempts");
    // SQLite reads the due mails in the order of the index mail_queue_due (state,
    // next_attempt_at, id), never the rows: their state and times come after the message in the
    // row, so a test against the row (as an OR would make) reads every queued message, and a
    // sort by id every queued mail, for each claim.
    static const QString sqliteSql = QStringLiteral(
        "UPDATE mail_queue SET state = 'sending', lease_until = ?, attempts = attempts + 1 "
        "WHERE id IN (SELECT id FROM ("
        "SELECT * FROM (SELECT id, next_attempt_at AS due FROM mail_queue "
        "WHERE state = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?) "
        "UNION ALL "
        "SELECT * FROM (SELECT id, lease_until AS due FROM mail_queue "
        "WHERE state = 'sending' AND lease_until < ? ORDER BY lease_until, id LIMIT ?)) "
        "ORDER BY due, id LIMIT ?) "
        "RETURNING id, mailing_id, company_id, recipient, message_id, message, attempts");
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started().error();
    auto q = m_db.engine() == DatabaseUrl::Engine::Postgres
                 ? m_db.run(postgresSql, {now + leaseMs, now, now, limit})
                 : m_db.run(sqliteSql, {now + leaseMs, now, limit, now, limit, limit});
    if (!q)
        return q.error();
    QList<QueuedMail> mails;
    QSqlQuery &rows = **q;
    while (rows.next()) {
        QueuedMail mail;
        mail.id = rows.value(0).toLongLong();
        mail.mailingId = idOrNull(rows.value(1));
        mail.companyId = idOrNull(rows.value(2));
        mail.recipient = rows.value(3).toString();
        mail.messageId = rows.value(4).toString();
        mail.message = rows.value(5).toByteArray();
        mail.attempts = rows.value(6).toInt();
        mails.append(std::move(mail));
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    std::sort(mails.begin(), mails.end(),
              [](const QueuedMail &a, const QueuedMail &b) { return a.id < b.id; });
    return mails;
}

Status MailQueue::markSent(qint64 id, qint64 now)
{
    auto q = m_db.run(QStringLiteral("UPDATE mail_queue SET state = 'sent', sent_at = ?, "
                                     "lease_until = NULL, last_error = '' WHERE id = ?"),
                      {now, id});
    if (!q)
        return q.error();
    return {};
}

Status MailQueue::retryLater(qint64 id, const QString &error, qint64 retryAt)
{
    auto q = m_db.run(QStringLiteral("UPDATE mail_queue SET state = 'queued', next_attempt_at = ?, "
                                     "lease_until = NULL, last_error = ? "
                                     "WHERE id = ? AND state = 'sending'"),
                      {retryAt, error, id});
    if (!q)
        return q.error();
    return {};
}

Status MailQueue::markFailed(qint64 id, const QString &error)
{
    auto q = m_db.run(QStringLiteral("UPDATE mail_queue SET state = 'failed', lease_until = NULL, "
                                     "last_error = ? WHERE id = ?"),
                      {error, id});
    if (!q)
        return q.error();
    return {};
}

Status MailQueue::release(qint64 id, qint64 leaseUntil)
{
    auto q = m_db.run(QStringLiteral("UPDATE mail_queue SET state = 'queued', lease_until = NULL, "
                                     "attempts = attempts - 1 "
                                     "WHERE id = ? AND state = 'sending' AND lease_until = ?"),
                      {id, leaseUntil});
    if (!q)
        return q.error();
    return {};
}

Result<DeliveryCounts> MailQueue::counts(std::optional<qint64> mailingId)
{
    // Unset: the whole queue (every mailing and the test sends).
    auto q =
        mailingId
            ? m_db.run(QStringLiteral("SELECT state, COUNT(*) FROM mail_queue "
                                      "WHERE mailing_id = ? GROUP BY state"),
                       {*mailingId})
            : m_db.run(QStringLiteral("SELECT state, COUNT(*) FROM mail_queue GROUP BY state"));
    if (!q)
        return q.error();
    DeliveryCounts counts;
    while ((*q)->next())
        addCounts(**q, 0, 1, counts);
    return counts;
}

Result<QHash<qint64, DeliveryCounts>> MailQueue::countsByCompany(qint64 mailingId)
{
    auto q = m_db.run(QStringLiteral("SELECT company_id, state, COUNT(*) FROM mail_queue "
                                     "WHERE mailing_id = ? AND company_id IS NOT NULL "
                                     "GROUP BY company_id, state"),
                      {mailingId});
    if (!q)
        return q.error();
    QHash<qint64, DeliveryCounts> byCompany;
    while ((*q)->next())
        addCounts(**q, 1, 2, byCompany[(*q)->value(0).toLongLong()]);
    return byCompany;
}

} // namespace nb::server
