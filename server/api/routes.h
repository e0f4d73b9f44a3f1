#pragma once

#include "server/api/apicontext.h"
#include "server/http/router.h"

namespace nb::server {

// Each adds its resource's routes; `ctx` must outlive the router.
void addHealthRoutes(Router &router);
void addBrandingRoutes(Router &router, const ApiContext &ctx);
void addKeyRoutes(Router &router, const ApiContext &ctx);
void addSessionRoutes(Router &router, ApiContext &ctx);
void addCompanyRoutes(Router &router, ApiContext &ctx);
void addContactRoutes(Router &router, ApiContext &ctx);
void addDistributionRoutes(Router &router, ApiContext &ctx);
void addAccountRoutes(Router &router, ApiContext &ctx);
void addProductRoutes(Router &router, ApiContext &ctx);
void addNoticeRoutes(Router &router, ApiContext &ctx);
void addNoticeMailRoutes(Router &router, ApiContext &ctx);
void addTicketRoutes(Router &router, ApiContext &ctx);
// Staff (403 "staff-required" for everyone else): mailings, their recipients, sending.
void addMailingRoutes(Router &router, ApiContext &ctx);
void addRecipientRoutes(Router &router, ApiContext &ctx);
void addMailingSendRoutes(Router &router, ApiContext &ctx);

// Issue 7: re-authentication state, pending address changes, the security state of a company,
// re-confirmation (securityroutes.cpp); the public pages behind the links in account mails
// (/confirm, /revert, /reconfirm: linkpages.cpp); the audit log (auditroutes.cpp).
void addSecurityRoutes(Router &router, ApiContext &ctx);
void addLinkPages(Router &router, ApiContext &ctx);
void addAuditRoutes(Router &router, ApiContext &ctx);
// The whole REST API v1.
Router buildApiRouter(ApiContext &ctx);

} // namespace nb::server
