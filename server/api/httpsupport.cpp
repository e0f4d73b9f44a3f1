#include "server/api/httpsupport.h"

#include "core/crypto.h"
#include "core/jsonreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>

namespace nb::server {

namespace {
HttpResponse unauthorized(const char *code, const QString &detail)
{
    HttpResponse response = HttpResponse::problem(401, code, detail);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"notabene\"");
    return response;
}
} // namespace

OrResponse<SessionInfo> authenticate(ApiContext &ctx, const HttpRequest &request)
{
    const QByteArray header = request.header("authorization");
    // The scheme is case-insensitive (RFC 9110, section 11.1).
    if (header.size() <= 7 || header.left(7).toLower() != "bearer ")
        return unauthorized("unauthorized",
                            QCoreApplication::translate(
                                "nb::server::Api", "Sign in first: this request needs a session."));
    const QByteArray token = header.mid(7).trimmed();
    auto session = ctx.accounts.session(crypto::tokenHash(token), nowMs());
    if (!session)
        return internalProblem(session.error());
    switch (session->first) {
    case AccountStore::Lookup::Valid:
        return session->second;
    case AccountStore::Lookup::Expired:
        return unauthorized(
            "session-expired",
            QCoreApplication::translate("nb::server::Api",
                                        "Your session has expired. Please sign in again."));
    case AccountStore::Lookup::Unknown:
        break;
    }
    return unauthorized("unauthorized",
                        QCoreApplication::translate(
                            "nb::server::Api", "The session is not valid. Please sign in again."));
}

OrResponse<SessionInfo> authenticateCompanyUser(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticate(ctx, request);
    if (auto *info = std::get_if<SessionInfo>(&session); info && info->user.companyId == 0) {
        return HttpResponse::problem(
            403, "no-company",
            QCoreApplication::translate("nb::server::Api",
                                        "This account belongs to no customer company."));
    }
    return session;
}

OrResponse<SessionInfo> authenticateStaff(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticate(ctx, request);
    if (auto *info = std::get_if<SessionInfo>(&session); info && !info->user.isStaff()) {
        return HttpResponse::problem(
            403, "staff-required",
            QCoreApplication::translate("nb::server::Api", "Only the vendor's staff may do this."));
    }
    return session;
}

OrResponse<QJsonObject> jsonBody(const HttpRequest &request)
{
    const QByteArray type = request.header("content-type").toLower();
    if (!type.isEmpty() && !type.startsWith("application/json")) {
        return HttpResponse::problem(
            415, "unsupported-media-type",
            QCoreApplication::translate("nb::server::Api",
                                        "Send the request body as application/json."));
    }
    Error error;
    std::optional<QJsonObject> object = parseJsonObject(request.body, &error);
    if (!object)
        return HttpResponse::problem(400, error);
    return *object;
}

QByteArray entityTag(const char *kind, qint64 id, qint64 version)
{
    return '"' + QByteArray(kind) + QByteArray::number(id) + "-v" + QByteArray::number(version) +
           '"';
}

QByteArray contentTag(const QByteArray &body)
{
    return '"' + crypto::sha256(body).toHex().left(32) + '"';
}

static bool tagListContains(const QByteArray &header, const QByteArray &tag)
{
    for (QByteArray candidate : header.split(',')) {
        candidate = candidate.trimmed();
        if (candidate == "*" || candidate == tag)
            return true;
    }
    return false;
}

std::optional<HttpResponse> checkIfMatch(const HttpRequest &request, const QByteArray &current)
{
    const QByteArray header = request.header("if-match");
    if (header.isEmpty()) {
        return HttpResponse::problem(
            428, "precondition-required",
            QCoreApplication::translate(
                "nb::server::Api",
                "Send If-Match with the ETag you last read, so that no change is overwritten."));
    }
    if (!tagListContains(header, current))
        return staleProblem();
    return std::nullopt;
}

std::optional<HttpResponse> checkIfNoneMatch(const HttpRequest &request, const QByteArray &current)
{
    const QByteArray header = request.header("if-none-match");
    if (header.isEmpty() || !tagListContains(header, current))
        return std::nullopt;
    HttpResponse response;
    response.status = 304;
    response.setHeader("ETag", current);
    return response;
}

HttpResponse cachedCompanyGet(ApiContext &ctx, const HttpRequest &request,
                              const SessionInfo &session, const QString &key,
                              const std::function<HttpResponse()> &build)
{
    HttpResponse response =
        ctx.cache.get(session.user.companyId, key, session.companyRevision, build);
    if (response.status == 200) {
        if (auto notModified = checkIfNoneMatch(request, response.header("ETag")))
            return *notModified;
    }
    return response;
}

HttpResponse validationProblem(const Error &error)
{
    return HttpResponse::problem(422, error);
}

HttpResponse internalProblem(const Error &error)
{
    const QByteArray stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    std::fprintf(stderr, "%s internal error %s: %s\n", stamp.constData(), qPrintable(error.code),
                 qPrintable(error.message));
    return HttpResponse::problem(
        500, "internal-error",
        QCoreApplication::translate("nb::server::Api",
                                    "The server could not complete the request (logged at %1). "
                                    "Nothing was changed.")
            .arg(QString::fromLatin1(stamp)));
}

HttpResponse notFound(const QString &what)
{
    return HttpResponse::problem(
        404, "not-found",
        QCoreApplication::translate("nb::server::Api", "%1 does not exist.").arg(what));
}

HttpResponse staleProblem()
{
    return HttpResponse::problem(
        412, "stale",
        QCoreApplication::translate("nb::server::Api",
                                    "Someone changed this in the meantime. Reload and apply your "
                                    "change again."));
}

QByteArray requestFingerprint(const HttpRequest &request)
{
    return crypto::sha256(methodName(request.method) + ' ' + request.path.toUtf8() + '\n' +
                          request.body)
        .toHex();
}

OrResponse<QString> idempotencyKey(const HttpRequest &request)
{
    const QString key = QString::fromUtf8(request.header("idempotency-key")).trimmed();
    if (request.headers.contains("idempotency-key") && (key.isEmpty() || key.size() > 200)) {
        return HttpResponse::problem(
            400, "invalid-idempotency-key",
            QCoreApplication::translate("nb::server::Api",
                                        "The Idempotency-Key must be 1 to 200 characters long."));
    }
    return key;
}

std::optional<HttpResponse> replayIdempotent(ApiContext &ctx, qint64 userId, const QString &key,
                                             const HttpRequest &request)
{
    if (key.isEmpty())
        return std::nullopt;
    auto earlier = ctx.idempotency.find(userId, key);
    if (!earlier)
        return internalProblem(earlier.error());
    if (!*earlier)
        return std::nullopt;
    const StoredResponse &stored = **earlier;
    if (stored.requestHash != requestFingerprint(request)) {
        return HttpResponse::problem(
            422, "idempotency-key-reused",
            QCoreApplication::translate(
                "nb::server::Api",
                "This Idempotency-Key was already used for a different request."));
    }
    HttpResponse replay;
    replay.status = stored.status;
    replay.body = stored.body;
    replay.setHeader("Content-Type", "application/json; charset=utf-8");
    if (!stored.etag.isEmpty())
        replay.setHeader("ETag", stored.etag);
    if (!stored.location.isEmpty())
        replay.setHeader("Location", stored.location);
    replay.setHeader("Idempotent-Replayed", "true");
    return replay;
}

Status rememberIdempotent(ApiContext &ctx, qint64 userId, const QString &key,
                          const HttpRequest &request, const HttpResponse &response)
{
    if (key.isEmpty())
        return {};
    return ctx.idempotency.remember(userId, key,
                                    StoredResponse{requestFingerprint(request), response.status,
                                                   response.header("ETag"),
                                                   response.header("Location"), response.body});
}

AuditActor auditActor(const HttpRequest &request, const User &user)
{
    return AuditActor{user.email, user.role, request.remoteAddress.toString(),
                      QString::fromUtf8(request.header("user-agent")).left(200)};
}

} // namespace nb::server
