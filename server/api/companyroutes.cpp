#include "server/api/httpsupport.h"
#include "server/api/representations.h"
#include "server/api/routes.h"

#include <QCoreApplication>

namespace nb::server {

namespace {

HttpResponse companyResponse(int status, const Company &company)
{
    HttpResponse response = HttpResponse::json(status, company.toJson());
    response.setHeader("ETag", companyTag(company));
    return response;
}

HttpResponse getCompany(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticateCompanyUser(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    const SessionInfo &info = std::get<SessionInfo>(session);
    return cachedCompanyGet(ctx, request, info, QStringLiteral("company"), [&] {
        auto company = ctx.accounts.company(info.user.companyId);
        if (!company)
            return internalProblem(company.error());
        if (!*company)
            return notFound(
                QCoreApplication::translate("nb::server::CompanyRoutes", "The company"));
        return companyResponse(200, **company);
    });
}

HttpResponse putCompany(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticateCompanyUser(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    const User &user = std::get<SessionInfo>(session).user;
    auto body = jsonBody(request);
    if (auto *failure = std::get_if<HttpResponse>(&body))
        return *failure;

    Transaction transaction(ctx.db);
    if (!transaction.started())
        return internalProblem(transaction.started().error());
    auto current = ctx.accounts.company(user.companyId);
    if (!current)
        return internalProblem(current.error());
    if (!*current)
        return notFound(QCoreApplication::translate("nb::server::CompanyRoutes", "The company"));
    const Company &before = **current;
    if (auto failed = checkIfMatch(request, companyTag(before)))
        return *failed;
    auto updated = companyFromJson(std::get<QJsonObject>(body), before);
    if (!updated)
        return validationProblem(updated.error());
    if (!user.isAdmin() && updated->primaryContactEmail != before.primaryContactEmail) {
        return HttpResponse::problem(
            403, "admin-required",
            QCoreApplication::translate("nb::server::CompanyRoutes",
                                        "Only an administrator of your company can change the "
                                        "Erstkontakt."),
            QStringLiteral("primaryContactEmail"));
    }
    auto stored = ctx.accounts.updateCompany(*updated, before.version);
    if (!stored)
        return internalProblem(stored.error());
    if (!*stored)
        return staleProblem();
    if (Status committed = transaction.commit(); !committed)
        return internalProblem(committed.error());
    Company result = *updated;
    result.version = before.version + 1;
    return companyResponse(200, result);
}

} // namespace

void addCompanyRoutes(Router &router, ApiContext &ctx)
{
    router.add(Method::Get, QStringLiteral("/api/v1/company"),
               [&ctx](const HttpRequest &request) { return getCompany(ctx, request); });
    router.add(Method::Put, QStringLiteral("/api/v1/company"),
               [&ctx](const HttpRequest &request) { return putCompany(ctx, request); });
}

} // namespace nb::server
