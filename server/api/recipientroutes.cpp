#include "server/api/routes.h"

namespace nb::server {

void addRecipientRoutes(Router &, ApiContext &) {}

} // namespace nb::server
