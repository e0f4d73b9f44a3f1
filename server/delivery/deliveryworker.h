#pragma once

#include "server/delivery/smtpsender.h"
#include "server/storage/databaseurl.h"

#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

// Delivers the mail queue in the background of `serve`: `connections` threads, each with its own
// database connection and SmtpSender (whose SMTP connection stays open between mails), claim due
// mails (MailQueue::claim), send them, and record each outcome right after the relay's answer.
// Transient failures retry with exponential backoff (30 s, 1 min, 2 min, … capped at 1 h; faster
// in tests through Policy), permanent ones and mails out of attempts are failed.
//
// The guarantee of a single connection holds for all of them: the connections send the end of a
// message's data (the "." the relay accepts a mail with) one at a time, each only after the mail
// accepted before it was recorded. So at most one mail is ever accepted by the relay and not yet
// recorded sent: only a process killed in that window sends that one mail again.
namespace nb::server {

// The turn to send the end of a message's data, shared by a worker's connections: taken before the
// ".", given back once the mail's outcome is recorded.
class EndOfDataTurn
{
public:
    // Blocks until no other connection has the turn, then takes it.
    void take();
    // Gives the turn back; the caller must have it.
    void giveBack();

private:
    std::mutex m_mutex;
    std::condition_variable m_free;
    bool m_taken = false;
};

class DeliveryWorker
{
public:
    struct Policy
    {
        qint64 firstRetryMs = 30'000;
        qint64 maxRetryMs = 3'600'000;
        int maxAttempts = 12;
        qint64 leaseMs = 120'000;  // a claim older than this is taken over (the sender died)
        qint64 idlePollMs = 1'000; // how often an idle worker looks for due mail
        int batch = 50;
        // SMTP connections in parallel, a thread and a database connection each. More than one
        // only pays off where the database is not the limit: on SQLite, two connections that
        // write in turns made delivery slower (bench/delivery.sh).
        int connections = 1;

        // The policy of `serve`, with the test-only overrides NOTABENE_DELIVERY_RETRY_MS (first
        // retry), NOTABENE_DELIVERY_POLL_MS (idle poll) and NOTABENE_DELIVERY_LEASE_MS (lease),
        // each a positive whole number (error "invalid-delivery-tuning" naming the variable).
        static Result<Policy> fromEnvironment();
    };

    DeliveryWorker(DatabaseUrl database, SmtpConfig smtp, QString envelopeFrom, Policy policy);
    ~DeliveryWorker(); // stops and joins

    void start();
    // Wakes the worker now (new mail was queued).
    void wake();
    // Finishes the mail in flight, then stops.
    void stop();

private:
    // The loop of connection thread `index`.
    void run(int index);
    // Sleeps until wake(), stop() or idlePollMs passed; `seen` is the wake-up this thread saw
    // last (updated).
    void waitForWork(quint64 *seen);

    DatabaseUrl m_database;
    SmtpConfig m_smtp;
    QString m_envelopeFrom;
    Policy m_policy;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    quint64 m_wakeUps = 0; // counts wake()
    std::atomic<bool> m_stop{false};
    EndOfDataTurn m_endOfData;
};

} // namespace nb::server
