#include "server/api/httpsupport.h"
#include "server/api/representations.h"
#include "server/api/routes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nb::server {

namespace {

HttpResponse listResponse(int status, qint64 companyId, const DistributionList &list)
{
    HttpResponse response = HttpResponse::json(status, distributionJson(companyId, list));
    response.setHeader("ETag", distributionTag(companyId, list));
    return response;
}

HttpResponse unknownCategory(const QString &category)
{
    return notFound(QCoreApplication::translate("nb::server::DistributionRoutes",
                                                "The Verteiler category \"%1\"")
                        .arg(category));
}

HttpResponse getAll(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticateCompanyUser(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    const SessionInfo &info = std::get<SessionInfo>(session);
    const qint64 companyId = info.user.companyId;
    return cachedCompanyGet(ctx, request, info, QStringLiteral("distribution"), [&] {
        auto lists = ctx.distribution.list(companyId);
        if (!lists)
            return internalProblem(lists.error());
        QJsonArray array;
        for (const DistributionList &list : *lists)
            array.append(distributionJson(companyId, list));
        HttpResponse response =
            HttpResponse::json(200, QJsonObject{{QStringLiteral("categories"), array}});
        response.setHeader("ETag", contentTag(response.body));
        return response;
    });
}

HttpResponse getOne(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticateCompanyUser(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    const qint64 companyId = std::get<SessionInfo>(session).user.companyId;
    const QString category = request.params.value(QStringLiteral("category"));
    if (!distributionCategories().contains(category))
        return unknownCategory(category);
    auto list = ctx.distribution.get(companyId, category);
    if (!list)
        return internalProblem(list.error());
    if (auto notModified = checkIfNoneMatch(request, distributionTag(companyId, *list)))
        return *notModified;
    return listResponse(200, companyId, *list);
}

HttpResponse putOne(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticateCompanyUser(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    const User &user = std::get<SessionInfo>(session).user;
    const QString category = request.params.value(QStringLiteral("category"));
    if (!distributionCategories().contains(category))
        return unknownCategory(category);
    if (!user.isAdmin()) {
        return HttpResponse::problem(
            403, "admin-required",
            QCoreApplication::translate("nb::server::DistributionRoutes",
                                        "Only an administrator of your company can change the "
                                        "Verteiler."));
    }
    auto body = jsonBody(request);
    if (auto *failure = std::get_if<HttpResponse>(&body))
        return *failure;
    auto addresses = distributionAddressesFromJson(std::get<QJsonObject>(body));
    if (!addresses)
        return validationProblem(addresses.error());

    Transaction transaction(ctx.db);
    if (!transaction.started())
        return internalProblem(transaction.started().error());
    auto current = ctx.distribution.get(user.companyId, category);
    if (!current)
        return internalProblem(current.error());
    if (auto failed = checkIfMatch(request, distributionTag(user.companyId, *current)))
        return *failed;
    auto replaced =
        ctx.distribution.replace(user.companyId, category, *addresses, current->version);
    if (!replaced)
        return internalProblem(replaced.error());
    if (!*replaced)
        return staleProblem();
    if (Status committed = transaction.commit(); !committed)
        return internalProblem(committed.error());
    return listResponse(200, user.companyId,
                        DistributionList{category, *addresses, current->version + 1});
}

} // namespace

void addDistributionRoutes(Router &router, ApiContext &ctx)
{
    router.add(Method::Get, QStringLiteral("/api/v1/distribution"),
               [&ctx](const HttpRequest &request) { return getAll(ctx, request); });
    router.add(Method::Get, QStringLiteral("/api/v1/distribution/{category}"),
               [&ctx](const HttpRequest &request) { return getOne(ctx, request); });
    router.add(Method::Put, QStringLiteral("/api/v1/distribution/{category}"),
               [&ctx](const HttpRequest &request) { return putOne(ctx, request); });
}

} // namespace nb::server
