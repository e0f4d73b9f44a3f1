#pragma once

#include "core/result.h"
#include "server/storage/database.h"

#include <QList>

namespace nb::server {

// The demo products, and the licenses of the demo companies (in the order of the demo world:
// Muster Handel, Beispiel Shop). Idempotent: existing products are left as they are, and a
// company that licenses anything already keeps its licenses.
Status createDemoProducts(Database &db, const QList<qint64> &companyIds);

} // namespace nb::server
