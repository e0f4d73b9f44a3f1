#pragma once

#include <QList>
#include <QStringList>

namespace nb::client {

// The OfflineStore's schema, one list of statements per version (PRAGMA user_version).
const QList<QStringList> &storeSchemaSteps();

} // namespace nb::client
