#include "core/jsonreader.h"
#include "server/api/httpsupport.h"
#include "server/api/routes.h"

#include <QCoreApplication>
#include <QDateTime>

// POST /api/v1/tickets: the way to answer a mandatory mailing is a support ticket about it.
namespace nb::server {

namespace {

constexpr qsizetype maxSubject = 200;
constexpr qsizetype maxMessage = 10000;

struct TicketRequest
{
    QString noticeId;
    QString subject;
    QString message;
};

Error invalidTicket(const QString &field, const QString &message)
{
    return Error{QStringLiteral("invalid-ticket"), message, field};
}

// A text of 1..max characters; the message may span lines (line breaks and tabs), the subject
// may not.
Result<QString> ticketText(const QJsonObject &json, const QString &field, qsizetype max,
                           bool multiline)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined() || value.isNull())
        return invalidTicket(field, QCoreApplication::translate("nb::server::TicketRoutes",
                                                                "Enter the %1 of the ticket.")
                                        .arg(field));
    if (!value.isString())
        return Error{QStringLiteral("wrong-type"),
                     QCoreApplication::translate("nb::server::TicketRoutes",
                                                 "The field \"%1\" must be a text.")
                         .arg(field),
                     field};
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return invalidTicket(field, QCoreApplication::translate("nb::server::TicketRoutes",
                                                                "Enter the %1 of the ticket.")
                                        .arg(field));
    if (text.size() > max)
        return invalidTicket(field,
                             QCoreApplication::translate("nb::server::TicketRoutes",
                                                         "The %1 may hold at most %2 characters.")
                                 .arg(field)
                                 .arg(max));
    for (const QChar c : text) {
        const bool allowed = multiline && (c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
                                           c == QLatin1Char('\t'));
        if (c.category() == QChar::Other_Control && !allowed)
            return invalidTicket(field,
                                 QCoreApplication::translate("nb::server::TicketRoutes",
                                                             "The %1 contains a control character.")
                                     .arg(field));
    }
    return text;
}

Result<TicketRequest> ticketFromJson(const QJsonObject &json)
{
    JsonReader reader(
        json, {QStringLiteral("noticeId"), QStringLiteral("subject"), QStringLiteral("message")});
    const std::optional<QString> noticeId = reader.string(QStringLiteral("noticeId"), true, 64);
    if (!reader.ok())
        return reader.error();
    auto subject = ticketText(json, QStringLiteral("subject"), maxSubject, false);
    if (!subject)
        return subject.error();
    auto message = ticketText(json, QStringLiteral("message"), maxMessage, true);
    if (!message)
        return message.error();
    return TicketRequest{*noticeId, *subject, *message};
}

HttpResponse createTicket(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticateCompanyUser(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    const User &user = std::get<SessionInfo>(session).user;
    auto key = idempotencyKey(request);
    if (auto *failure = std::get_if<HttpResponse>(&key))
        return *failure;
    auto body = jsonBody(request);
    if (auto *failure = std::get_if<HttpResponse>(&body))
        return *failure;
    auto ticket = ticketFromJson(std::get<QJsonObject>(body));
    if (!ticket)
        return validationProblem(ticket.error());

    Transaction transaction(ctx.db);
    if (!transaction.started())
        return internalProblem(transaction.started().error());
    const QString &idempotency = std::get<QString>(key);
    if (auto replay = replayIdempotent(ctx, user.id, idempotency, request))
        return *replay;
    auto notice = ctx.notices.visible(user.companyId, ticket->noticeId);
    if (!notice)
        return internalProblem(notice.error());
    if (!*notice)
        return notFound(QCoreApplication::translate("nb::server::TicketRoutes", "This notice"));
    auto created = ctx.notices.createTicket(user.companyId, user.id, **notice, ticket->subject,
                                            ticket->message, nowMs());
    if (!created)
        return internalProblem(created.error());
    HttpResponse response = HttpResponse::json(
        201,
        QJsonObject{
            {QStringLiteral("number"), created->number},
            {QStringLiteral("noticeId"), created->noticeId},
            {QStringLiteral("subject"), created->subject},
            {QStringLiteral("createdAt"),
             QDateTime::fromMSecsSinceEpoch(created->createdAt, Qt::UTC).toString(Qt::ISODate)}});
    response.setHeader("Location", "/api/v1/tickets/" + created->number.toUtf8());
    if (Status remembered = rememberIdempotent(ctx, user.id, idempotency, request, response);
        !remembered)
        return internalProblem(remembered.error());
    if (Status committed = transaction.commit(); !committed)
        return internalProblem(committed.error());
    return response;
}

} // namespace

void addTicketRoutes(Router &router, ApiContext &ctx)
{
    router.add(Method::Post, QStringLiteral("/api/v1/tickets"),
               [&ctx](const HttpRequest &request) { return createTicket(ctx, request); });
}

} // namespace nb::server
