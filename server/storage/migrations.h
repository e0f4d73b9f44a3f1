#pragma once

#include <QStringList>

namespace nb::server {

// The schema, as numbered steps. Step N (1-based) is a list of statements; "{{id}}" stands for the
// engine's auto-increment primary key column type. Never edit a released step: add one.
const QList<QStringList> &migrations();

} // namespace nb::server
