#include "server/api/routes.h"

#include <QJsonObject>

namespace nb::server {

void addHealthRoutes(Router &router)
{
    router.add(Method::Get, QStringLiteral("/api/v1/health"), [](const HttpRequest &) {
        return HttpResponse::json(
            200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                             {QStringLiteral("version"), QStringLiteral(NOTABENE_VERSION)}});
    });
}

Router buildApiRouter(ApiContext &ctx)
{
    Router router;
    addHealthRoutes(router);
    addBrandingRoutes(router, ctx);
    addKeyRoutes(router, ctx);
    addSessionRoutes(router, ctx);
    addCompanyRoutes(router, ctx);
    addContactRoutes(router, ctx);
    addDistributionRoutes(router, ctx);
    addAccountRoutes(router, ctx);
    addProductRoutes(router, ctx);
    addNoticeRoutes(router, ctx);
    addNoticeMailRoutes(router, ctx);
    addTicketRoutes(router, ctx);
    addMailingRoutes(router, ctx);
    addRecipientRoutes(router, ctx);
    addMailingSendRoutes(router, ctx);
    addSecurityRoutes(router, ctx);
    addLinkPages(router, ctx);
    addAuditRoutes(router, ctx);
    return router;
}

} // namespace nb::server
