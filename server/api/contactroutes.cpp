#include "server/api/httpsupport.h"
#include "server/api/representations.h"
#include "server/api/routes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nb::server {

namespace {

HttpResponse contactResponse(int status, const Contact &contact)
{
    HttpResponse response = HttpResponse::json(status, contactJson(contact));
    response.setHeader("ETag", contactTag(contact));
    return response;
}

// A contact id from the path; anything that is not a positive number is simply not found.
std::optional<qint64> contactId(const HttpRequest &request)
{
    bool ok = false;
    const qint64 id = request.params.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

HttpResponse contactNotFound()
{
    return notFound(QCoreApplication::translate("nb::server::ContactRoutes", "This contact"));
}

HttpResponse listContacts(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticateCompanyUser(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    const SessionInfo &info = std::get<SessionInfo>(session);
    return cachedCompanyGet(ctx, request, info, QStringLiteral("contacts"), [&] {
        auto contacts = ctx.contacts.list(info.user.companyId);
        if (!contacts)
            return internalProblem(contacts.error());
        QJsonArray array;
        for (const Contact &contact : *contacts)
            array.append(contactJson(contact));
        HttpResponse response =
            HttpResponse::json(200, QJsonObject{{QStringLiteral("contacts"), array}});
        response.setHeader("ETag", contentTag(response.body));
        return response;
    });
}

HttpResponse getContact(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticateCompanyUser(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    const auto id = contactId(request);
    if (!id)
        return contactNotFound();
    auto contact = ctx.contacts.get(std::get<SessionInfo>(session).user.companyId, *id);
    if (!contact)
        return internalProblem(contact.error());
    if (!*contact)
        return contactNotFound();
    if (auto notModified = checkIfNoneMatch(request, contactTag(**contact)))
        return *notModified;
    return contactResponse(200, **contact);
}

HttpResponse createContact(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticateCompanyUser(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    const User &user = std::get<SessionInfo>(session).user;
    const QString key = QString::fromUtf8(request.header("idempotency-key")).trimmed();
    if (request.headers.contains("idempotency-key") && (key.isEmpty() || key.size() > 200)) {
        return HttpResponse::problem(
            400, "invalid-idempotency-key",
            QCoreApplication::translate("nb::server::ContactRoutes",
                                        "The Idempotency-Key must be 1 to 200 characters long."));
    }
    auto body = jsonBody(request);
    if (auto *failure = std::get_if<HttpResponse>(&body))
        return *failure;
    auto contact = contactFromJson(std::get<QJsonObject>(body));
    if (!contact)
        return validationProblem(contact.error());

    Transaction transaction(ctx.db);
    if (!transaction.started())
        return internalProblem(transaction.started().error());
    const QByteArray fingerprint = requestFingerprint(request);
    if (!key.isEmpty()) {
        auto earlier = ctx.idempotency.find(user.id, key);
        if (!earlier)
            return internalProblem(earlier.error());
        if (*earlier) {
            const StoredResponse &stored = **earlier;
            if (stored.requestHash != fingerprint) {
                return HttpResponse::problem(
                    422, "idempotency-key-reused",
                    QCoreApplication::translate(
                        "nb::server::ContactRoutes",
                        "This Idempotency-Key was already used for a different request."));
            }
            HttpResponse replay;
            replay.status = stored.status;
            replay.body = stored.body;
            replay.setHeader("Content-Type", "application/json; charset=utf-8");
            replay.setHeader("ETag", stored.etag);
            replay.setHeader("Location", stored.location);
            replay.setHeader("Idempotent-Replayed", "true");
            return replay;
        }
    }
    auto created = ctx.contacts.create(user.companyId, *contact);
    if (!created)
        return internalProblem(created.error());
    HttpResponse response = contactResponse(201, *created);
    response.setHeader("Location", "/api/v1/contacts/" + QByteArray::number(created->id));
    if (!key.isEmpty()) {
        const StoredResponse stored{fingerprint, response.status, response.header("ETag"),
                                    response.header("Location"), response.body};
        if (Status remembered = ctx.idempotency.remember(user.id, key, stored); !remembered)
            return internalProblem(remembered.error());
    }
    if (Status committed = transaction.commit(); !committed)
        return internalProblem(committed.error());
    return response;
}

HttpResponse changeContact(ApiContext &ctx, const HttpRequest &request, bool remove)
{
    auto session = authenticateCompanyUser(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    const qint64 companyId = std::get<SessionInfo>(session).user.companyId;
    const auto id = contactId(request);
    if (!id)
        return contactNotFound();
    std::optional<Contact> replacement;
    if (!remove) {
        auto body = jsonBody(request);
        if (auto *failure = std::get_if<HttpResponse>(&body))
            return *failure;
        auto parsed = contactFromJson(std::get<QJsonObject>(body));
        if (!parsed)
            return validationProblem(parsed.error());
        replacement = *parsed;
        replacement->id = *id;
    }

    Transaction transaction(ctx.db);
    if (!transaction.started())
        return internalProblem(transaction.started().error());
    auto current = ctx.contacts.get(companyId, *id);
    if (!current)
        return internalProblem(current.error());
    if (!*current)
        return contactNotFound();
    if (auto failed = checkIfMatch(request, contactTag(**current)))
        return *failed;
    const qint64 version = (*current)->version;
    auto changed = remove ? ctx.contacts.remove(companyId, *id, version)
                          : ctx.contacts.update(companyId, *replacement, version);
    if (!changed)
        return internalProblem(changed.error());
    if (!*changed)
        return staleProblem();
    if (Status committed = transaction.commit(); !committed)
        return internalProblem(committed.error());
    if (remove)
        return HttpResponse::noContent();
    replacement->version = version + 1;
    return contactResponse(200, *replacement);
}

} // namespace

void addContactRoutes(Router &router, ApiContext &ctx)
{
    router.add(Method::Get, QStringLiteral("/api/v1/contacts"),
               [&ctx](const HttpRequest &request) { return listContacts(ctx, request); });
    router.add(Method::Post, QStringLiteral("/api/v1/contacts"),
               [&ctx](const HttpRequest &request) { return createContact(ctx, request); });
    router.add(Method::Get, QStringLiteral("/api/v1/contacts/{id}"),
               [&ctx](const HttpRequest &request) { return getContact(ctx, request); });
    router.add(Method::Put, QStringLiteral("/api/v1/contacts/{id}"),
               [&ctx](const HttpRequest &request) { return changeContact(ctx, request, false); });
    router.add(Method::Delete, QStringLiteral("/api/v1/contacts/{id}"),
               [&ctx](const HttpRequest &request) { return changeContact(ctx, request, true); });
}

} // namespace nb::server
