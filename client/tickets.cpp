#include "client/tickets.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUuid>

namespace nb::client {

namespace {

Error malformedTicket()
{
    return Error{QStringLiteral("malformed-response"),
                 QCoreApplication::translate("nb::client::TicketService",
                                             "The server sent an answer that cannot be read. "
                                             "Try again: the ticket is created at most once."),
                 {}};
}

Error ticketError(const ApiResponse &response)
{
    if (!response.error)
        return malformedTicket();
    Error error = *response.error;
    if (error.code == QLatin1String("not-found")) {
        error.message = QCoreApplication::translate(
            "nb::client::TicketService",
            "The notice is not known to the server for this account; no ticket was created.");
    } else if (error.message.isEmpty()) {
        error.message = QCoreApplication::translate("nb::client::TicketService",
                                                    "The ticket could not be created (error %1).")
                            .arg(response.status);
    }
    return error;
}

} // namespace

TicketService::TicketService(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{}

void TicketService::open(const QString &noticeId, const QString &subject, const QString &message,
                         Done done)
{
    m_last = ApiRequest{};
    m_last.method = "POST";
    m_last.path = QStringLiteral("/api/v1/tickets");
    m_last.body = QJsonDocument(QJsonObject{{QStringLiteral("noticeId"), noticeId},
                                            {QStringLiteral("subject"), subject},
                                            {QStringLiteral("message"), message}})
                      .toJson(QJsonDocument::Compact);
    m_last.headers.append(
        {"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    send(std::move(done));
}

void TicketService::retry(Done done)
{
    if (m_last.path.isEmpty())
        return;
    send(std::move(done));
}

void TicketService::send(Done done)
{
    QPointer<TicketService> self(this);
    m_transport->send(m_last, [self, done = std::move(done)](const ApiResponse &response) {
        if (!self)
            return;
        if (!response.ok())
            return done(ticketError(response));
        const QJsonObject json = response.json();
        Ticket ticket;
        ticket.number = json.value(QStringLiteral("number")).toString();
        ticket.noticeId = json.value(QStringLiteral("noticeId")).toString();
        ticket.subject = json.value(QStringLiteral("subject")).toString();
        ticket.createdAt =
            QDateTime::fromString(json.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
        if (ticket.number.isEmpty())
            return done(malformedTicket());
        done(ticket);
    });
}

} // namespace nb::client
