#include "core/mailingdraft.h"
#include "core/mailinglint.h"
#include "server/api/httpsupport.h"
#include "server/api/representations.h"
#include "server/api/routes.h"
#include "server/noticeinput.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

// Staff mailings (issue 6): compose drafts on the server (GET/POST …/staff/mailings,
// GET/PUT/DELETE …/{id}), their patch files (PUT/DELETE …/{id}/patches/{fileName}) and the
// four-eyes approval (POST …/{id}/approve). Every route is staff-only; every change needs
// If-Match with the mailing's ETag; any edit withdraws an approval; a sent mailing never changes.
namespace nb::server {

namespace {

const QString collectionPath = QStringLiteral("/api/v1/staff/mailings");

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue optionalTime(qint64 ms)
{
    return ms == 0 ? QJsonValue() : QJsonValue(isoTime(ms));
}

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QByteArray mailingTag(const Mailing &mailing)
{
    return entityTag("mailing", mailing.id, mailing.version);
}

// What the list shows of a mailing; the single representation starts with the same keys.
QJsonObject summaryJson(const Mailing &mailing)
{
    return QJsonObject{{QStringLiteral("id"), mailing.id},
                       {QStringLiteral("state"), mailingStateKey(mailing.state)},
                       {QStringLiteral("subject"), mailing.draft.subject},
                       {QStringLiteral("author"), mailing.authorEmail},
                       {QStringLiteral("lastEditor"), mailing.lastEditorEmail},
                       {QStringLiteral("approvedBy"),
                        mailing.approvedBy ? QJsonValue(mailing.approverEmail) : QJsonValue()},
                       {QStringLiteral("updatedAt"), isoTime(mailing.updatedAt)},
                       {QStringLiteral("version"), mailing.version},
                       {QStringLiteral("noticeId"), optionalText(mailing.noticeId)},
                       {QStringLiteral("etag"), QString::fromLatin1(mailingTag(mailing))}};
}

QList<lint::Finding> lintOf(const ApiContext &ctx, const Notice &draft)
{
    return lint::lintMailing(
        draft, lint::Context{QDateTime::currentDateTimeUtc().date(), ctx.config.branding.domains});
}

// Why `user` may not approve `mailing` themselves (four eyes: nobody who wrote or edited it at
// any point), or nothing.
std::optional<HttpResponse> selfApproval(const Mailing &mailing, const User &user)
{
    if (user.id == mailing.authorId)
        return HttpResponse::problem(
            403, "self-approval",
            QCoreApplication::translate("nb::server::MailingRoutes",
                                        "You wrote this mailing, so you cannot approve it: a "
                                        "second member of staff has to (four-eyes principle)."));
    if (mailing.editors.contains(user.id))
        return HttpResponse::problem(
            403, "self-approval",
            QCoreApplication::translate("nb::server::MailingRoutes",
                                        "You changed this mailing, so you cannot approve it: a "
                                        "member of staff who did not edit it has to (four-eyes "
                                        "principle)."));
    return std::nullopt;
}

// The whole mailing as `user` sees it, with the lint and whether they may approve it.
HttpResponse mailingResponse(const ApiContext &ctx, int status, const Mailing &mailing,
                             const User &user)
{
    const QList<lint::Finding> findings = lintOf(ctx, mailing.draft);
    QJsonObject object = summaryJson(mailing);
    object.insert(QStringLiteral("approvedAt"),
                  mailing.approvedBy ? optionalTime(mailing.approvedAt) : QJsonValue());
    object.insert(QStringLiteral("sentAt"), optionalTime(mailing.sentAt));
    object.insert(QStringLiteral("createdAt"), isoTime(mailing.createdAt));
    object.insert(QStringLiteral("editors"), QJsonArray::fromStringList(mailing.editors.values()));
    object.insert(QStringLiteral("draft"), draftToJson(mailing.draft));
    object.insert(QStringLiteral("lint"), findingsJson(findings));
    object.insert(QStringLiteral("canApprove"), mailing.state == MailingState::Draft &&
                                                    !selfApproval(mailing, user) &&
                                                    !lint::blocksApproval(findings));
    HttpResponse response = HttpResponse::json(status, object);
    response.setHeader("ETag", mailingTag(mailing));
    return response;
}

HttpResponse mailingNotFound()
{
    return notFound(QCoreApplication::translate("nb::server::MailingRoutes", "This mailing"));
}

HttpResponse sentProblem()
{
    return HttpResponse::problem(
        409, "mailing-sent",
        QCoreApplication::translate("nb::server::MailingRoutes",
                                    "This mailing has been sent and can no longer be changed. "
                                    "Write a follow-up mailing instead."));
}

// The answer to a store outcome other than Done.
HttpResponse outcomeProblem(MailingStore::Outcome outcome)
{
    switch (outcome) {
    case MailingStore::Outcome::NotFound:
        return mailingNotFound();
    case MailingStore::Outcome::Sent:
        return sentProblem();
    case MailingStore::Outcome::Stale:
    case MailingStore::Outcome::Done:
        break;
    }
    return staleProblem();
}

// The signed-in staff member and the mailing of the request's {id}, or the answer that ends it.
OrResponse<std::pair<User, Mailing>> staffMailing(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticateStaff(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    bool ok = false;
    const qint64 id = request.params.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        return mailingNotFound();
    auto mailing = ctx.mailings.get(id);
    if (!mailing)
        return internalProblem(mailing.error());
    if (!*mailing)
        return mailingNotFound();
    return std::pair{std::get<SessionInfo>(session).user, **mailing};
}

// The mailing as it is now, after a change (200), for `user`.
HttpResponse reloaded(ApiContext &ctx, qint64 id, const User &user)
{
    auto mailing = ctx.mailings.get(id);
    if (!mailing)
        return internalProblem(mailing.error());
    if (!*mailing)
        return mailingNotFound();
    return mailingResponse(ctx, 200, **mailing, user);
}

// The draft in a JSON body: 415, 400, or 422 naming the field.
OrResponse<Notice> draftBody(const HttpRequest &request)
{
    auto body = jsonBody(request);
    if (auto *failure = std::get_if<HttpResponse>(&body))
        return *failure;
    auto draft = draftFromJson(std::get<QJsonObject>(body));
    if (!draft)
        return validationProblem(draft.error());
    return *draft;
}

HttpResponse listMailings(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticateStaff(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    auto mailings = ctx.mailings.list();
    if (!mailings)
        return internalProblem(mailings.error());
    QJsonArray array;
    for (const Mailing &mailing : *mailings)
        array.append(summaryJson(mailing));
    HttpResponse response =
        HttpResponse::json(200, QJsonObject{{QStringLiteral("mailings"), array}});
    response.setHeader("ETag", contentTag(response.body));
    if (auto notModified = checkIfNoneMatch(request, response.header("ETag")))
        return *notModified;
    return response;
}

HttpResponse createMailing(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticateStaff(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    const User &user = std::get<SessionInfo>(session).user;
    auto key = idempotencyKey(request);
    if (auto *failure = std::get_if<HttpResponse>(&key))
        return *failure;
    auto draft = draftBody(request);
    if (auto *failure = std::get_if<HttpResponse>(&draft))
        return *failure;

    Transaction transaction(ctx.db);
    if (!transaction.started())
        return internalProblem(transaction.started().error());
    if (auto replay = replayIdempotent(ctx, user.id, std::get<QString>(key), request))
        return *replay;
    auto created = ctx.mailings.create(std::get<Notice>(draft), user.id, nowMs());
    if (!created)
        return internalProblem(created.error());
    HttpResponse response = mailingResponse(ctx, 201, *created, user);
    response.setHeader("Location",
                       collectionPath.toLatin1() + '/' + QByteArray::number(created->id));
    if (Status remembered =
            rememberIdempotent(ctx, user.id, std::get<QString>(key), request, response);
        !remembered)
        return internalProblem(remembered.error());
    if (Status committed = transaction.commit(); !committed)
        return internalProblem(committed.error());
    return response;
}

HttpResponse getMailing(ApiContext &ctx, const HttpRequest &request)
{
    auto found = staffMailing(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const auto &[user, mailing] = std::get<std::pair<User, Mailing>>(found);
    if (auto notModified = checkIfNoneMatch(request, mailingTag(mailing)))
        return *notModified;
    return mailingResponse(ctx, 200, mailing, user);
}

HttpResponse updateMailing(ApiContext &ctx, const HttpRequest &request)
{
    auto found = staffMailing(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const auto &[user, mailing] = std::get<std::pair<User, Mailing>>(found);
    if (mailing.state == MailingState::Sent)
        return sentProblem();
    if (auto failed = checkIfMatch(request, mailingTag(mailing)))
        return *failed;
    auto draft = draftBody(request);
    if (auto *failure = std::get_if<HttpResponse>(&draft))
        return *failure;
    auto outcome =
        ctx.mailings.update(mailing.id, std::get<Notice>(draft), user.id, mailing.version, nowMs());
    if (!outcome)
        return internalProblem(outcome.error());
    if (*outcome != MailingStore::Outcome::Done)
        return outcomeProblem(*outcome);
    return reloaded(ctx, mailing.id, user);
}

HttpResponse deleteMailing(ApiContext &ctx, const HttpRequest &request)
{
    auto found = staffMailing(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const Mailing &mailing = std::get<std::pair<User, Mailing>>(found).second;
    if (mailing.state == MailingState::Sent)
        return sentProblem();
    if (auto failed = checkIfMatch(request, mailingTag(mailing)))
        return *failed;
    auto outcome = ctx.mailings.remove(mailing.id, mailing.version);
    if (!outcome)
        return internalProblem(outcome.error());
    if (*outcome != MailingStore::Outcome::Done)
        return outcomeProblem(*outcome);
    return HttpResponse::noContent();
}

// PUT (upload or replace) and DELETE of a patch file. The body of a PUT is the file itself.
HttpResponse changePatch(ApiContext &ctx, const HttpRequest &request, bool remove)
{
    auto found = staffMailing(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const auto &[user, mailing] = std::get<std::pair<User, Mailing>>(found);
    const QString fileName = request.params.value(QStringLiteral("fileName"));
    if (mailing.state == MailingState::Sent)
        return sentProblem();
    if (auto failed = checkIfMatch(request, mailingTag(mailing)))
        return *failed;
    const qint64 now = nowMs();
    Result<MailingStore::Outcome> outcome = MailingStore::Outcome::Done;
    if (remove) {
        outcome = ctx.mailings.removePatch(mailing.id, fileName, user.id, mailing.version, now);
        if (outcome && *outcome == MailingStore::Outcome::NotFound)
            return notFound(QCoreApplication::translate("nb::server::MailingRoutes",
                                                        "The patch file \"%1\" of this mailing")
                                .arg(fileName));
    } else {
        const QByteArray type = request.header("content-type").toLower();
        if (!type.startsWith("application/octet-stream"))
            return HttpResponse::problem(
                415, "unsupported-media-type",
                QCoreApplication::translate("nb::server::MailingRoutes",
                                            "Send the patch file itself as the request body, as "
                                            "application/octet-stream."));
        outcome = ctx.mailings.putPatch(mailing.id, fileName, request.body, user.id,
                                        mailing.version, now);
        if (!outcome && outcome.error().code == QLatin1String("invalid-patch"))
            return validationProblem(outcome.error());
    }
    if (!outcome)
        return internalProblem(outcome.error());
    if (*outcome != MailingStore::Outcome::Done)
        return outcomeProblem(*outcome);
    return reloaded(ctx, mailing.id, user);
}

HttpResponse approveMailing(ApiContext &ctx, const HttpRequest &request)
{
    auto found = staffMailing(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const auto &[user, mailing] = std::get<std::pair<User, Mailing>>(found);
    if (mailing.state != MailingState::Draft)
        return HttpResponse::problem(
            409, "not-a-draft",
            mailing.state == MailingState::Sent
                ? QCoreApplication::translate("nb::server::MailingRoutes",
                                              "This mailing has been sent already.")
                : QCoreApplication::translate("nb::server::MailingRoutes",
                                              "This mailing is approved already."));
    // If-Match names the version the approver reviewed: an approval never covers a later edit,
    // so "*" (any version) is not enough here.
    const QList<QByteArray> tags = request.header("if-match").split(',');
    if (std::any_of(tags.begin(), tags.end(),
                    [](const QByteArray &tag) { return tag.trimmed() == "*"; }))
        return HttpResponse::problem(
            428, "precondition-required",
            QCoreApplication::translate("nb::server::MailingRoutes",
                                        "Send If-Match with the ETag of the version you reviewed: "
                                        "an approval covers exactly that version."));
    if (auto failed = checkIfMatch(request, mailingTag(mailing)))
        return *failed;
    if (auto refused = selfApproval(mailing, user))
        return *refused;
    const QList<lint::Finding> findings = lintOf(ctx, mailing.draft);
    if (lint::blocksApproval(findings)) {
        HttpResponse problem = HttpResponse::problem(
            422, "lint-errors",
            QCoreApplication::translate("nb::server::MailingRoutes",
                                        "The mailing breaks rules for mandatory mailings (see "
                                        "the findings): fix the errors before approving it."));
        QJsonObject body = QJsonDocument::fromJson(problem.body).object();
        body.insert(QStringLiteral("findings"), findingsJson(findings));
        problem.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return problem;
    }
    auto outcome = ctx.mailings.approve(mailing.id, user.id, mailing.version, nowMs());
    if (!outcome)
        return internalProblem(outcome.error());
    if (*outcome != MailingStore::Outcome::Done)
        return outcomeProblem(*outcome);
    return reloaded(ctx, mailing.id, user);
}

} // namespace

void addMailingRoutes(Router &router, ApiContext &ctx)
{
    const QString item = collectionPath + QStringLiteral("/{id}");
    const QString patch = item + QStringLiteral("/patches/{fileName}");
    router.add(Method::Get, collectionPath,
               [&ctx](const HttpRequest &request) { return listMailings(ctx, request); });
    router.add(Method::Post, collectionPath,
               [&ctx](const HttpRequest &request) { return createMailing(ctx, request); });
    router.add(Method::Get, item,
               [&ctx](const HttpRequest &request) { return getMailing(ctx, request); });
    router.add(Method::Put, item,
               [&ctx](const HttpRequest &request) { return updateMailing(ctx, request); });
    router.add(Method::Delete, item,
               [&ctx](const HttpRequest &request) { return deleteMailing(ctx, request); });
    // A patch file is the only body larger than the server's usual limit.
    router.add(
        Method::Put, patch,
        [&ctx](const HttpRequest &request) { return changePatch(ctx, request, false); },
        maxPatchBytes);
    router.add(Method::Delete, patch,
               [&ctx](const HttpRequest &request) { return changePatch(ctx, request, true); });
    router.add(Method::Post, item + QStringLiteral("/approve"),
               [&ctx](const HttpRequest &request) { return approveMailing(ctx, request); });
}

} // namespace nb::server
