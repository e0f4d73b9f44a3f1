#pragma once

#include "client/transport.h"
#include "core/mailingdraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTimer>
#include <functional>

// A server for the staff widgets' unit tests, in process: `handler` answers each request (the
// answer arrives later, on the event loop, as over the network); every request is logged.
// The end-to-end suite (tst_staffendtoend) talks to the real notabene-server instead.
class StaffFakeTransport : public nb::client::Transport
{
public:
    using Handler = std::function<nb::client::ApiResponse(const nb::client::ApiRequest &)>;

    explicit StaffFakeTransport(Handler handler)
        : m_handler(std::move(handler))
    {}

    void send(const nb::client::ApiRequest &request, Callback done) override
    {
        requests.append(request);
        const nb::client::ApiResponse response = m_handler(request);
        QTimer::singleShot(0, this, [done = std::move(done), response] { done(response); });
    }

    QList<nb::client::ApiRequest> requests;

private:
    Handler m_handler;
};

inline nb::client::ApiResponse jsonAnswer(int status, const QJsonObject &body,
                                          const QByteArray &etag = {})
{
    nb::client::ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    if (!etag.isEmpty())
        response.headers.append(qMakePair(QByteArray("ETag"), etag));
    return response;
}

inline nb::client::ApiResponse problemAnswer(int status, const QString &code,
                                             const QString &message, const QString &field = {})
{
    nb::client::ApiResponse response;
    response.status = status;
    response.error = nb::Error{code, message, field};
    return response;
}

// The server's representation of mailing `id` with `draft` (as GET …/staff/mailings/{id}).
inline QJsonObject mailingJson(qint64 id, const nb::Notice &draft, const QString &state,
                               bool canApprove, qint64 version = 1)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("subject"), draft.subject},
                       {QStringLiteral("author"), QStringLiteral("staff@notabene.example")},
                       {QStringLiteral("lastEditor"), QStringLiteral("staff@notabene.example")},
                       {QStringLiteral("approvedBy"), QJsonValue()},
                       {QStringLiteral("updatedAt"), QStringLiteral("2026-07-20T09:00:00Z")},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("noticeId"), QJsonValue()},
                       {QStringLiteral("approvedAt"), QJsonValue()},
                       {QStringLiteral("sentAt"), QJsonValue()},
                       {QStringLiteral("draft"), nb::draftToJson(draft)},
                       {QStringLiteral("lint"), QJsonArray()},
                       {QStringLiteral("canApprove"), canApprove}};
}
