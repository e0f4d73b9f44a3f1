#pragma once

#include "server/delivery/smtpsender.h"
#include "server/storage/databaseurl.h"

#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

// Delivers the mail queue in the background of `serve`: a thread with its own database
// connection and SmtpSender claims due mails (MailQueue::claim), sends them, and records the
// outcome. Transient failures retry with exponential backoff (30 s, 1 min, 2 min, … capped at
// 1 h; faster in tests through Policy), permanent ones and mails out of attempts are failed.
namespace nb::server {

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
    void run();
    // Sleeps until wake(), stop() or idlePollMs passed.
    void waitForWork();

    DatabaseUrl m_database;
    SmtpConfig m_smtp;
    QString m_envelopeFrom;
    Policy m_policy;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_woken = false;
    std::atomic<bool> m_stop{false};
};

} // namespace nb::server
