#include "server/delivery/deliveryworker.h"

#include "server/storage/database.h"
#include "server/storage/mailqueue.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>

namespace nb::server {

namespace {

// A mail is only sent while its claim has at least the SMTP timeout and this much left, so a
// slow batch never overlaps with another worker taking over its lease.
constexpr qint64 leaseMarginMs = 1000;

// One line of the delivery log (stdout, beside the request log).
void logLine(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("delivery: ") + text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// firstRetryMs × 2^(attempts − 1), capped at maxRetryMs.
qint64 backoffMs(const DeliveryWorker::Policy &policy, int attempts)
{
    qint64 delay = policy.firstRetryMs;
    for (int i = 1; i < attempts && delay < policy.maxRetryMs; ++i)
        delay *= 2;
    return std::min(delay, policy.maxRetryMs);
}

// Reads one test-only tuning variable into `value` (left alone when unset).
Status readTuning(const char *variable, qint64 *value)
{
    if (!qEnvironmentVariableIsSet(variable))
        return {};
    bool ok = false;
    const qint64 parsed = qEnvironmentVariable(variable).toLongLong(&ok);
    if (!ok || parsed <= 0)
        return Error{QStringLiteral("invalid-delivery-tuning"),
                     QCoreApplication::translate("nb::server::DeliveryWorker",
                                                 "%1 takes a positive whole number.")
                         .arg(QString::fromLatin1(variable)),
                     {}};
    *value = parsed;
    return {};
}

} // namespace

Result<DeliveryWorker::Policy> DeliveryWorker::Policy::fromEnvironment()
{
    Policy policy;
    if (Status s = readTuning("NOTABENE_DELIVERY_RETRY_MS", &policy.firstRetryMs); !s)
        return s.error();
    if (Status s = readTuning("NOTABENE_DELIVERY_POLL_MS", &policy.idlePollMs); !s)
        return s.error();
    if (Status s = readTuning("NOTABENE_DELIVERY_LEASE_MS", &policy.leaseMs); !s)
        return s.error();
    return policy;
}

void EndOfDataTurn::take()
{
    std::unique_lock lock(m_mutex);
    m_free.wait(lock, [this] { return !m_taken; });
    m_taken = true;
}

void EndOfDataTurn::giveBack()
{
    {
        std::lock_guard lock(m_mutex);
        m_taken = false;
    }
    m_free.notify_one();
}

DeliveryWorker::DeliveryWorker(DatabaseUrl database, SmtpConfig smtp, QString envelopeFrom,
                               Policy policy)
    : m_database(std::move(database))
    , m_smtp(std::move(smtp))
    , m_envelopeFrom(std::move(envelopeFrom))
    , m_policy(policy)
{}

DeliveryWorker::~DeliveryWorker()
{
    stop();
}

void DeliveryWorker::start()
{
    if (!m_threads.empty())
        return;
    m_stop = false;
    for (int i = 0; i < std::max(1, m_policy.connections); ++i)
        m_threads.emplace_back(&DeliveryWorker::run, this, i);
}

void DeliveryWorker::wake()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_wakeUps;
    }
    m_wake.notify_all();
}

void DeliveryWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
    m_threads.clear();
}

namespace {

// The work of one connection thread: owns the thread's database connection (Qt Sql connections
// belong to the thread that opened them) and its SMTP connection.
class Delivery
{
public:
    Delivery(Database &db, const SmtpConfig &smtp, const QString &envelopeFrom,
             const DeliveryWorker::Policy &policy, const std::atomic<bool> &stop,
             EndOfDataTurn &endOfData)
        : m_queue(db)
        , m_sender(smtp)
        , m_envelopeFrom(envelopeFrom)
        , m_policy(policy)
        , m_timeoutMs(qint64(smtp.timeoutSeconds) * 1000)
        , m_stop(stop)
        , m_endOfData(endOfData)
    {
        m_sender.setBeforeEndOfData([this] {
            m_endOfData.take();
            m_hasTurn = true;
        });
    }

    // Claims one batch and delivers it; false when nothing was due (or the claim failed).
    bool deliverBatch();

private:
    // Sends one mail and records its outcome (then gives the end-of-data turn back).
    SmtpResult deliver(const QueuedMail &mail);
    void record(const QueuedMail &mail, const SmtpResult &result);
    void recordSent(const QueuedMail &mail);
    void report(const QString &what, const Status &status);

    MailQueue m_queue;
    SmtpSender m_sender;
    const QString &m_envelopeFrom;
    const DeliveryWorker::Policy &m_policy;
    qint64 m_timeoutMs;
    const std::atomic<bool> &m_stop;
    EndOfDataTurn &m_endOfData;
    bool m_hasTurn = false;
};

void Delivery::report(const QString &what, const Status &status)
{
    if (!status)
        logLine(QCoreApplication::translate("nb::server::DeliveryWorker", "%1: %2")
                    .arg(what, status.error().message));
}

SmtpResult Delivery::deliver(const QueuedMail &mail)
{
    const SmtpResult result = m_sender.send(m_envelopeFrom, mail.recipient, mail.message);
    record(mail, result);
    if (m_hasTurn) {
        m_hasTurn = false;
        m_endOfData.giveBack();
    }
    return result;
}

bool Delivery::deliverBatch()
{
    const qint64 now = nowMs();
    const qint64 leaseUntil = now + m_policy.leaseMs;
    auto claimed = m_queue.claim(m_policy.batch, now, m_policy.leaseMs);
    if (!claimed) {
        report(QCoreApplication::translate("nb::server::DeliveryWorker", "Cannot claim mail"),
               claimed.error());
        return false;
    }
    const QList<QueuedMail> &mails = *claimed;
    for (qsizetype i = 0; i < mails.size(); ++i) {
        if (m_stop.load() || nowMs() + m_timeoutMs + leaseMarginMs > leaseUntil) {
            // Not started: give the rest back at once rather than after the lease.
            for (qsizetype j = i; j < mails.size(); ++j)
                report(QCoreApplication::translate("nb::server::DeliveryWorker",
                                                   "Cannot give back mail %1")
                           .arg(mails.at(j).messageId),
                       m_queue.release(mails.at(j).id, leaseUntil));
            break;
        }
        const SmtpResult result = deliver(mails.at(i));
        if (result.outcome == SmtpOutcome::Transient && result.replyCode == 0) {
            // No reply at all: the relay is unreachable, and the rest of the batch would only
            // wait for the same timeout. They retry with it.
            logLine(QCoreApplication::translate("nb::server::DeliveryWorker",
                                                "The relay is unreachable (%1); %2 mails wait "
                                                "for the next attempt.")
                        .arg(result.detail)
                        .arg(mails.size() - i));
            for (qsizetype j = i + 1; j < mails.size(); ++j)
                record(mails.at(j), result);
            break;
        }
    }
    return !mails.isEmpty();
}

void Delivery::recordSent(const QueuedMail &mail)
{
    // The relay took the mail: record that now, and try hard, since a mail left "sending" is
    // sent again once its lease runs out.
    Status sent;
    for (int tries = 0; tries < 5; ++tries) {
        sent = m_queue.markSent(mail.id, nowMs());
        if (sent)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    report(QCoreApplication::translate("nb::server::DeliveryWorker",
                                       "Mail %1 was delivered but cannot be marked sent")
               .arg(mail.messageId),
           sent);
}

void Delivery::record(const QueuedMail &mail, const SmtpResult &result)
{
    switch (result.outcome) {
    case SmtpOutcome::Delivered:
        recordSent(mail);
        return;
    case SmtpOutcome::Permanent:
        logLine(
            QCoreApplication::translate("nb::server::DeliveryWorker", "Mail %1 to %2 failed: %3")
                .arg(mail.messageId, mail.recipient, result.detail));
        report(
            QCoreApplication::translate("nb::server::DeliveryWorker", "Cannot mark mail %1 failed")
                .arg(mail.messageId),
            m_queue.markFailed(mail.id, result.detail));
        return;
    case SmtpOutcome::Transient:
        break;
    }
    if (mail.attempts >= m_policy.maxAttempts) {
        const QString error = QCoreApplication::translate("nb::server::DeliveryWorker",
                                                          "%1 (gave up after %2 attempts)")
                                  .arg(result.detail)
                                  .arg(mail.attempts);
        logLine(
            QCoreApplication::translate("nb::server::DeliveryWorker", "Mail %1 to %2 failed: %3")
                .arg(mail.messageId, mail.recipient, error));
        report(
            QCoreApplication::translate("nb::server::DeliveryWorker", "Cannot mark mail %1 failed")
                .arg(mail.messageId),
            m_queue.markFailed(mail.id, error));
        return;
    }
    if (result.replyCode != 0)
        logLine(QCoreApplication::translate("nb::server::DeliveryWorker",
                                            "Mail %1 to %2 deferred (attempt %3): %4")
                    .arg(mail.messageId, mail.recipient)
                    .arg(mail.attempts)
                    .arg(result.detail));
    report(
        QCoreApplication::translate("nb::server::DeliveryWorker",
                                    "Cannot schedule mail %1 for a retry")
            .arg(mail.messageId),
        m_queue.retryLater(mail.id, result.detail, nowMs() + backoffMs(m_policy, mail.attempts)));
}

// SQLite: lets this connection's writes grow the write-ahead log to about 40 MB (10,000 pages)
// before it copies them into the database, instead of 4 MB. Every mail is two writes (claim and
// outcome) of a few pages each, and each copy ends with two fsyncs: that way they cost a tenth.
void fewerCheckpoints(Database &db)
{
    if (db.engine() != DatabaseUrl::Engine::Sqlite)
        return;
    QSqlQuery pragma(db.handle());
    if (!pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 10000")))
        logLine(pragma.lastError().text());
}

} // namespace

void DeliveryWorker::run(int index)
{
    const QString connection =
        QStringLiteral("delivery-%1-%2").arg(quintptr(this), 0, 16).arg(index);
    quint64 seen = 0;
    // The connection is opened, used and removed on this thread only.
    std::unique_ptr<Database> db;
    while (!m_stop.load()) {
        auto opened = Database::open(m_database, connection);
        if (opened) {
            db = std::move(*opened);
            break;
        }
        logLine(opened.error().message);
        waitForWork(&seen);
    }
    if (!db)
        return;
    fewerCheckpoints(*db);
    {
        Delivery delivery(*db, m_smtp, m_envelopeFrom, m_policy, m_stop, m_endOfData);
        while (!m_stop.load()) {
            if (!delivery.deliverBatch())
                waitForWork(&seen);
        }
    }
    db.reset();
}

void DeliveryWorker::waitForWork(quint64 *seen)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(m_policy.idlePollMs),
                    [this, seen] { return m_wakeUps != *seen || m_stop.load(); });
    *seen = m_wakeUps;
}

} // namespace nb::server
