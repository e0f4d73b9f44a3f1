#pragma once

#include "core/error.h"
#include "server/api/apicontext.h"
#include "server/http/httptypes.h"

#include <QJsonObject>
#include <functional>
#include <optional>
#include <variant>

namespace nb::server {

// Either what the handler wanted, or the response that ends the request early.
template <typename T> using OrResponse = std::variant<T, HttpResponse>;

// The signed-in user of a request (Authorization: Bearer), or 401.
OrResponse<SessionInfo> authenticate(ApiContext &ctx, const HttpRequest &request);
// Like authenticate, but also requires a company account (staff have no Firmenprofil): 403.
OrResponse<SessionInfo> authenticateCompanyUser(ApiContext &ctx, const HttpRequest &request);
// Like authenticate, but only for the vendor's staff (role "staff"): 403 "staff-required".
OrResponse<SessionInfo> authenticateStaff(ApiContext &ctx, const HttpRequest &request);

// Who makes a change through `request` (audit log): the user, their role, the remote address and
// the User-Agent.
AuditActor auditActor(const HttpRequest &request, const User &user);

// The JSON object in the body: 415 for a non-JSON content type, 400 when malformed.
OrResponse<QJsonObject> jsonBody(const HttpRequest &request);

// Strong entity tags: "<kind><id>-v<version>".
QByteArray entityTag(const char *kind, qint64 id, qint64 version);
// For collections: a strong tag from the hash of the representation.
QByteArray contentTag(const QByteArray &body);
// For PUT and DELETE: 428 without If-Match, 412 when it does not name `current`.
std::optional<HttpResponse> checkIfMatch(const HttpRequest &request, const QByteArray &current);
// For GET: a 304 when If-None-Match names `current`.
std::optional<HttpResponse> checkIfNoneMatch(const HttpRequest &request, const QByteArray &current);

// A company's GET answer through the response cache (`build` runs on a miss and sets the ETag),
// then If-None-Match applied: 304 when the client has it already.
HttpResponse cachedCompanyGet(ApiContext &ctx, const HttpRequest &request,
                              const SessionInfo &session, const QString &key,
                              const std::function<HttpResponse()> &build);

// 422 for validation errors, 500 (without internals) for storage errors.
HttpResponse validationProblem(const Error &error);
HttpResponse internalProblem(const Error &error);
HttpResponse notFound(const QString &what);
HttpResponse staleProblem();

// The hex SHA-256 of method, path and body: what an Idempotency-Key is bound to.
QByteArray requestFingerprint(const HttpRequest &request);

// The Idempotency-Key of a POST (empty when there is none), or 400 invalid-idempotency-key.
OrResponse<QString> idempotencyKey(const HttpRequest &request);
// Inside the POST's transaction: the first answer again when `key` was used for this request
// before, 422 idempotency-key-reused when it was used for another; nullopt to go on.
std::optional<HttpResponse> replayIdempotent(ApiContext &ctx, qint64 userId, const QString &key,
                                             const HttpRequest &request);
// Inside the same transaction: remembers `response` for `key` (nothing for an empty key).
Status rememberIdempotent(ApiContext &ctx, qint64 userId, const QString &key,
                          const HttpRequest &request, const HttpResponse &response);

} // namespace nb::server
