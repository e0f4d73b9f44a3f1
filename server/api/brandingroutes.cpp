#include "server/api/httpsupport.h"
#include "server/api/representations.h"
#include "server/api/routes.h"

#include <QJsonObject>

namespace nb::server {

namespace {

// The answer never changes while the server runs: built once, tagged by its content.
HttpResponse brandingResponse(const BrandingConfig &branding)
{
    HttpResponse response = HttpResponse::json(200, brandingJson(branding));
    response.setHeader("ETag", contentTag(response.body));
    return response;
}

} // namespace

void addBrandingRoutes(Router &router, const ApiContext &ctx)
{
    // Public: the client shows the vendor's name before anyone has signed in.
    router.add(Method::Get, QStringLiteral("/api/v1/branding"),
               [response = brandingResponse(ctx.config.branding)](const HttpRequest &request) {
                   if (auto notModified = checkIfNoneMatch(request, response.header("ETag")))
                       return *notModified;
                   return response;
               });
}

} // namespace nb::server
