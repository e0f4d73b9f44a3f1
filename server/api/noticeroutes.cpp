#include "core/crypto.h"
#include "core/dsse.h"
#include "core/notice.h"
#include "server/api/httpsupport.h"
#include "server/api/routes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

// The notice feed, single notices, acknowledgements, reads in the app and patch downloads.
// Envelopes are served exactly as they were stored at publish time: spliced into the answer, never
// re-serialised or re-signed.
namespace nb::server {

namespace {

constexpr int defaultLimit = 500;
constexpr int maxLimit = 1000;

HttpResponse noticeNotFound()
{
    return notFound(QCoreApplication::translate("nb::server::NoticeRoutes", "This notice"));
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// A whole non-negative number within [min, max], or nullopt.
std::optional<qint64> queryNumber(const HttpRequest &request, const QString &name, qint64 fallback,
                                  qint64 min, qint64 max)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    const QString text = request.query.queryItemValue(name, QUrl::FullyDecoded);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const qint64 value = text.toLongLong();
    if (value < min || value > max)
        return std::nullopt;
    return value;
}

HttpResponse invalidQuery(const QString &field, const QString &detail)
{
    return HttpResponse::problem(400, "invalid-query", detail, field);
}

// The signed-in company user and the notice named by {id} that the company may see; anything
// else ends the request (401, 403, 404 exactly as for a notice that does not exist).
OrResponse<std::pair<SessionInfo, StoredNotice>> visibleNotice(ApiContext &ctx,
                                                               const HttpRequest &request)
{
    auto session = authenticateCompanyUser(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    const SessionInfo &info = std::get<SessionInfo>(session);
    auto notice =
        ctx.notices.visible(info.user.companyId, request.params.value(QStringLiteral("id")));
    if (!notice)
        return internalProblem(notice.error());
    if (!*notice)
        return noticeNotFound();
    return std::make_pair(info, **notice);
}

QByteArray entry(const StoredNotice &notice)
{
    return "{\"sequence\":" + QByteArray::number(notice.sequence) +
           ",\"envelope\":" + notice.envelope + '}';
}

HttpResponse rawJson(int status, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

HttpResponse listNotices(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticateCompanyUser(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    const qint64 companyId = std::get<SessionInfo>(session).user.companyId;
    const auto after =
        queryNumber(request, QStringLiteral("after"), 0, 0, std::numeric_limits<qint64>::max());
    if (!after)
        return invalidQuery(QStringLiteral("after"),
                            QCoreApplication::translate(
                                "nb::server::NoticeRoutes",
                                "\"after\" takes a sequence number: a whole number from 0 on."));
    const auto limit = queryNumber(request, QStringLiteral("limit"), defaultLimit, 1, maxLimit);
    if (!limit)
        return invalidQuery(
            QStringLiteral("limit"),
            QCoreApplication::translate("nb::server::NoticeRoutes",
                                        "\"limit\" takes a whole number from 1 to %1.")
                .arg(maxLimit));

    // The tag covers everything the page depends on; a poll with nothing new costs two small
    // queries and answers 304.
    auto state = ctx.notices.feedState(companyId);
    if (!state)
        return internalProblem(state.error());
    const QByteArray tag =
        contentTag("notices\n" + QByteArray::number(companyId) + '\n' + QByteArray::number(*after) +
                   '\n' + QByteArray::number(*limit) + '\n' + QByteArray::number(state->first) +
                   '\n' + state->second.join(QLatin1Char(',')).toUtf8());
    if (auto notModified = checkIfNoneMatch(request, tag))
        return *notModified;

    auto page = ctx.notices.feed(companyId, *after, int(*limit));
    if (!page)
        return internalProblem(page.error());
    QByteArray body = "{\"notices\":[";
    for (qsizetype i = 0; i < page->notices.size(); ++i) {
        if (i > 0)
            body += ',';
        body += entry(page->notices.at(i));
    }
    body += "],\"latest\":" + QByteArray::number(page->latest) +
            ",\"more\":" + (page->more ? "true" : "false") + '}';
    HttpResponse response = rawJson(200, body);
    response.setHeader("ETag", tag);
    return response;
}

QJsonObject acknowledgementJson(const Acknowledgement &ack, bool withNotice)
{
    QJsonObject object{{QStringLiteral("by"), ack.by}, {QStringLiteral("at"), isoUtc(ack.at)}};
    if (withNotice)
        object.insert(QStringLiteral("noticeId"), ack.noticeId);
    return object;
}

HttpResponse getNotice(ApiContext &ctx, const HttpRequest &request)
{
    auto found = visibleNotice(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const auto &[info, notice] = std::get<std::pair<SessionInfo, StoredNotice>>(found);
    auto acks = ctx.notices.acknowledgements(info.user.companyId, notice);
    if (!acks)
        return internalProblem(acks.error());
    QJsonArray array;
    for (const Acknowledgement &ack : *acks)
        array.append(acknowledgementJson(ack, false));
    QByteArray body = entry(notice);
    body.chop(1);
    body += ",\"acknowledgements\":" + QJsonDocument(array).toJson(QJsonDocument::Compact) + '}';
    const QByteArray tag = contentTag(body);
    if (auto notModified = checkIfNoneMatch(request, tag))
        return *notModified;
    HttpResponse response = rawJson(200, body);
    response.setHeader("ETag", tag);
    return response;
}

// For POSTs that take no input: nullopt when the body is empty or `{}`; otherwise the answer
// (415, 400 malformed-json, 422 unknown-field naming the first field).
std::optional<HttpResponse> bodyMustBeEmpty(const HttpRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return std::nullopt;
    auto body = jsonBody(request);
    if (auto *failure = std::get_if<HttpResponse>(&body))
        return *failure;
    const QJsonObject object = std::get<QJsonObject>(body);
    if (object.isEmpty())
        return std::nullopt;
    const QString field = object.keys().constFirst();
    return validationProblem(
        Error{QStringLiteral("unknown-field"),
              QCoreApplication::translate("nb::server::NoticeRoutes",
                                          "The field \"%1\" is not known here.")
                  .arg(field),
              field});
}

HttpResponse acknowledgeNotice(ApiContext &ctx, const HttpRequest &request)
{
    auto found = visibleNotice(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const auto &[info, notice] = std::get<std::pair<SessionInfo, StoredNotice>>(found);
    if (auto refused = bodyMustBeEmpty(request))
        return *refused;
    auto recorded = ctx.notices.acknowledge(notice, info.user.id, info.user.companyId, nowMs());
    if (!recorded)
        return internalProblem(recorded.error());
    return HttpResponse::json(recorded->second ? 201 : 200,
                              acknowledgementJson(recorded->first, true));
}

// The caller opened the notice in the app (POST …/read, body empty or `{}`): the first read is
// recorded with the server's time; every answer, also a repeated one, is 200 with that first
// record, so a client may send it again after a lost answer.
HttpResponse readNotice(ApiContext &ctx, const HttpRequest &request)
{
    auto found = visibleNotice(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const auto &[info, notice] = std::get<std::pair<SessionInfo, StoredNotice>>(found);
    if (auto refused = bodyMustBeEmpty(request))
        return *refused;
    auto recorded = ctx.notices.recordRead(notice, info.user.id, info.user.companyId, nowMs());
    if (!recorded)
        return internalProblem(recorded.error());
    const NoticeRead &read = recorded->first;
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("noticeId"), read.noticeId},
                                               {QStringLiteral("by"), read.by},
                                               {QStringLiteral("at"), isoUtc(read.at)}});
}

// Content-Disposition with the plain name (quotes and backslashes escaped) and the exact UTF-8
// name (RFC 6266, RFC 8187).
QByteArray attachment(const QString &fileName)
{
    QByteArray plain;
    for (const QChar c : fileName) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            plain += '_';
        else if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            plain += '\\' + QByteArray(1, char(c.unicode()));
        else
            plain += char(c.unicode());
    }
    return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" +
           fileName.toUtf8().toPercentEncoding();
}

HttpResponse downloadPatch(ApiContext &ctx, const HttpRequest &request)
{
    auto found = visibleNotice(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const StoredNotice &notice = std::get<std::pair<SessionInfo, StoredNotice>>(found).second;
    const QString fileName = request.params.value(QStringLiteral("fileName"));
    auto patch = ctx.notices.patch(notice, fileName);
    if (!patch)
        return internalProblem(patch.error());
    if (!*patch)
        return notFound(QCoreApplication::translate("nb::server::NoticeRoutes", "The patch \"%1\"")
                            .arg(fileName));
    const PatchInfo &info = **patch;
    const QByteArray tag = '"' + info.sha256.toHex() + '"';
    if (auto notModified = checkIfNoneMatch(request, tag))
        return *notModified;

    HttpResponse response;
    response.status = 200;
    response.setHeader("Content-Type", "application/octet-stream");
    response.setHeader("Content-Disposition", attachment(info.fileName));
    response.setHeader("Repr-Digest", "sha-256=:" + info.sha256.toBase64() + ':');
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("ETag", tag);
    response.bodyLength = info.size;
    NoticeStore *store = &ctx.notices;
    response.bodySource = [store, sequence = notice.sequence, name = info.fileName](qint64 offset) {
        auto data = store->patchData(sequence, name, offset);
        return data ? *data : QByteArray();
    };
    return response;
}

// The latest notices of every product for staff ("follow-up of" in the mailing editor): id,
// subject, status and date from the stored payload.
HttpResponse listStaffNotices(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticateStaff(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    auto latest = ctx.notices.latest(500);
    if (!latest)
        return internalProblem(latest.error());
    QJsonArray notices;
    for (const StoredNotice &stored : *latest) {
        const auto envelope = dsse::envelopeFromJson(stored.envelope);
        const auto notice = envelope ? parseNotice(envelope->payload) : Result<Notice>(Error{});
        if (!notice)
            continue; // a damaged row: the customers' clients report it, staff pick another
        notices.append(
            QJsonObject{{QStringLiteral("id"), notice->id},
                        {QStringLiteral("subject"), notice->subject},
                        {QStringLiteral("status"), statusKey(notice->status)},
                        {QStringLiteral("issuedAt"), notice->issuedAt.toString(Qt::ISODate)}});
    }
    HttpResponse response =
        HttpResponse::json(200, QJsonObject{{QStringLiteral("notices"), notices}});
    response.setHeader("Cache-Control", "no-store");
    return response;
}

} // namespace

void addNoticeRoutes(Router &router, ApiContext &ctx)
{
    router.add(Method::Get, QStringLiteral("/api/v1/notices"),
               [&ctx](const HttpRequest &request) { return listNotices(ctx, request); });
    router.add(Method::Get, QStringLiteral("/api/v1/notices/{id}"),
               [&ctx](const HttpRequest &request) { return getNotice(ctx, request); });
    router.add(Method::Post, QStringLiteral("/api/v1/notices/{id}/acknowledgement"),
               [&ctx](const HttpRequest &request) { return acknowledgeNotice(ctx, request); });
    router.add(Method::Post, QStringLiteral("/api/v1/notices/{id}/read"),
               [&ctx](const HttpRequest &request) { return readNotice(ctx, request); });
    router.add(Method::Get, QStringLiteral("/api/v1/notices/{id}/patches/{fileName}"),
               [&ctx](const HttpRequest &request) { return downloadPatch(ctx, request); });
    router.add(Method::Get, QStringLiteral("/api/v1/staff/notices"),
               [&ctx](const HttpRequest &request) { return listStaffNotices(ctx, request); });
}

} // namespace nb::server
