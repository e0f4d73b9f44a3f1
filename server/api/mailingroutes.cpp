#include "server/api/routes.h"

namespace nb::server {

void addMailingRoutes(Router &, ApiContext &) {}

} // namespace nb::server
