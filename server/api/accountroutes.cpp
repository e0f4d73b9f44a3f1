#include "server/api/httpsupport.h"
#include "server/api/representations.h"
#include "server/api/routes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nb::server {

namespace {

// Everything the desktop client keeps of its company in one answer: the Firmenprofil, the
// Ansprechpartner and the Verteiler (each item with its own ETag), the branding and the products
// (each with whether the company licenses it). The answer's ETag changes with every change to the
// company's data, so a client with nothing new to fetch costs one request answered 304.
HttpResponse buildSnapshot(ApiContext &ctx, qint64 companyId)
{
    auto company = ctx.accounts.company(companyId);
    if (!company)
        return internalProblem(company.error());
    if (!*company)
        return notFound(QCoreApplication::translate("nb::server::AccountRoutes", "The company"));
    auto contacts = ctx.contacts.list(companyId);
    if (!contacts)
        return internalProblem(contacts.error());
    auto lists = ctx.distribution.list(companyId);
    if (!lists)
        return internalProblem(lists.error());
    auto products = ctx.products.catalogue(companyId);
    if (!products)
        return internalProblem(products.error());

    QJsonObject companyJson = (*company)->toJson();
    companyJson.insert(QStringLiteral("etag"), QString::fromLatin1(companyTag(**company)));
    QJsonArray contactArray;
    for (const Contact &contact : *contacts)
        contactArray.append(contactJson(contact));
    QJsonArray categoryArray;
    for (const DistributionList &list : *lists)
        categoryArray.append(distributionJson(companyId, list));
    HttpResponse response = HttpResponse::json(
        200, QJsonObject{{QStringLiteral("company"), companyJson},
                         {QStringLiteral("contacts"), contactArray},
                         {QStringLiteral("categories"), categoryArray},
                         {QStringLiteral("branding"), brandingJson(ctx.config.branding)},
                         {QStringLiteral("products"), productsJson(*products)}});
    response.setHeader("ETag", contentTag(response.body));
    return response;
}

} // namespace

void addAccountRoutes(Router &router, ApiContext &ctx)
{
    router.add(Method::Get, QStringLiteral("/api/v1/account"), [&ctx](const HttpRequest &request) {
        auto session = authenticateCompanyUser(ctx, request);
        if (auto *failure = std::get_if<HttpResponse>(&session))
            return *failure;
        const SessionInfo &info = std::get<SessionInfo>(session);
        return cachedCompanyGet(ctx, request, info, QStringLiteral("account"),
                                [&] { return buildSnapshot(ctx, info.user.companyId); });
    });
}

} // namespace nb::server
