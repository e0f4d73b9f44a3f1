#include "server/api/httpsupport.h"
#include "server/api/representations.h"
#include "server/api/routes.h"

namespace nb::server {

namespace {

// Every product with its name and colour, and whether the caller's company licenses it.
HttpResponse listProducts(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticateCompanyUser(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    const SessionInfo &info = std::get<SessionInfo>(session);
    return cachedCompanyGet(ctx, request, info, QStringLiteral("products"), [&] {
        auto catalogue = ctx.products.catalogue(info.user.companyId);
        if (!catalogue)
            return internalProblem(catalogue.error());
        HttpResponse response = HttpResponse::json(
            200, QJsonObject{{QStringLiteral("products"), productsJson(*catalogue)}});
        response.setHeader("ETag", contentTag(response.body));
        return response;
    });
}

// Every product, for staff composing a mailing (no company: "licensed" is false throughout).
HttpResponse listStaffProducts(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticateStaff(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    auto products = ctx.products.list();
    if (!products)
        return internalProblem(products.error());
    HttpResponse response =
        HttpResponse::json(200, QJsonObject{{QStringLiteral("products"), productsJson(*products)}});
    response.setHeader("ETag", contentTag(response.body));
    if (auto notModified = checkIfNoneMatch(request, response.header("ETag")))
        return *notModified;
    return response;
}

} // namespace

void addProductRoutes(Router &router, ApiContext &ctx)
{
    router.add(Method::Get, QStringLiteral("/api/v1/products"),
               [&ctx](const HttpRequest &request) { return listProducts(ctx, request); });
    router.add(Method::Get, QStringLiteral("/api/v1/staff/products"),
               [&ctx](const HttpRequest &request) { return listStaffProducts(ctx, request); });
}

} // namespace nb::server
