#pragma once

#include "client/transport.h"
#include "core/result.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <functional>

namespace nb::client {

// A support ticket as the server created it: the seed's way to answer a mandatory mailing.
struct Ticket
{
    QString number; // e.g. "SR-2026-000001", shown to the user
    QString noticeId;
    QString subject;
    QDateTime createdAt;
};

// POST /api/v1/tickets. Needs the server (a ticket number only exists once it is created): when
// offline the callback gets the error and the caller keeps the user's text. Each call carries its
// own Idempotency-Key, reused on retry(), so a retried request never creates two tickets.
class TicketService : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<Ticket> &)>;
    explicit TicketService(Transport *transport, QObject *parent = nullptr);

    // Errors: "network"/"timeout" (not sent, try again), "invalid-ticket" (field: subject or
    // message), "not-found" (the notice is not visible to this account), others from the server;
    // every message translated.
    void open(const QString &noticeId, const QString &subject, const QString &message, Done done);
    // Sends the last open() again with the same Idempotency-Key (after "network"/"timeout"): the
    // server creates the ticket at most once. Nothing happens before the first open().
    void retry(Done done);

private:
    void send(Done done);

    Transport *m_transport;
    ApiRequest m_last;
};

} // namespace nb::client
