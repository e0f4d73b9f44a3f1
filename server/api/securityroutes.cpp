#include "server/api/httpsupport.h"
#include "server/api/routes.h"

namespace nb::server {

void addSecurityRoutes(Router &router, ApiContext &ctx)
{
    Q_UNUSED(router)
    Q_UNUSED(ctx)
    // Issue 7: being written (see /work/notes/s13/issue7-contract.md).
}

} // namespace nb::server
