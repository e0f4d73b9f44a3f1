#pragma once

#include "core/result.h"
#include "server/storage/database.h"

#include <QStringList>

namespace nb::server {

struct DemoLogin
{
    QString email;
    QString role;
    QString company;
};

// Creates the demo world (two customer companies with contacts, Verteiler and licensed products,
// two staff accounts; every password "demo"). Idempotent: what exists already is left as it is.
Result<QList<DemoLogin>> createDemoData(Database &db);

inline constexpr const char *demoPassword = "demo";

} // namespace nb::server
