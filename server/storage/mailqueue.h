#pragma once

#include "core/result.h"
#include "server/storage/database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// The persistent mail queue (table mail_queue). A mail is queued once (its Message-ID is
// unique), claimed with a lease by one delivery worker (any process: SELECT … FOR UPDATE SKIP
// LOCKED on PostgreSQL, an UPDATE … WHERE state = 'queued' on SQLite), and ends sent or failed.
// A claim whose lease ran out (a killed process) is due again.
namespace nb::server {

struct QueuedMail
{
    qint64 id = 0;
    std::optional<qint64> mailingId; // unset: a test send
    std::optional<qint64> companyId;
    QString recipient;  // the envelope recipient (RCPT TO)
    QString messageId;  // without angle brackets
    QByteArray message; // the whole RFC 5322 message as rendered (CRLF line ends)
    int attempts = 0;
};

struct DeliveryCounts
{
    qint64 queued = 0; // waiting, also for a retry
    qint64 sending = 0;
    qint64 sent = 0;
    qint64 failed = 0;
};

class MailQueue
{
public:
    explicit MailQueue(Database &db)
        : m_db(db)
    {}

    // Queues every mail in one transaction (the caller's, when one is open). A Message-ID that
    // is already queued is skipped (not an error): queuing twice sends once.
    Status enqueue(const QList<QueuedMail> &mails, qint64 now);

    // Claims up to `limit` due mails (queued with next_attempt_at <= now, or sending with an
    // expired lease) for `leaseMs`, counting an attempt each.
    Result<QList<QueuedMail>> claim(int limit, qint64 now, qint64 leaseMs);
    Status markSent(qint64 id, qint64 now);
    // A transient failure: queued again at `retryAt` with the error kept.
    Status retryLater(qint64 id, const QString &error, qint64 retryAt);
    // A permanent failure (5xx from the relay, or too many attempts).
    Status markFailed(qint64 id, const QString &error);
    // Gives a claimed mail back unsent (the worker stops, or its lease would run out before its
    // turn): due again at once, the attempt not counted. Only while the claim with this
    // `leaseUntil` (claim's now + leaseMs) still holds, so a claim taken over is left alone.
    Status release(qint64 id, qint64 leaseUntil);

    Result<DeliveryCounts> counts(std::optional<qint64> mailingId);
    // Per company of a mailing: company id -> counts.
    Result<QHash<qint64, DeliveryCounts>> countsByCompany(qint64 mailingId);

private:
    Database &m_db;
};

} // namespace nb::server
