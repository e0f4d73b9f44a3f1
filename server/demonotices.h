#pragma once

#include "core/dsse.h"
#include "core/result.h"
#include "server/storage/database.h"

#include <QDate>
#include <QDateTime>

namespace nb::server {

// The demo notices: the three examples of the seed (the Fiskal-Connector update, the PayPal
// PLUS changes, the Cloud-TSE maintenance window) with their follow-ups, and a security patch
// for the Warenwirtschaft with a downloadable demo patch file. Dates are relative to `now`, so
// act-by dates lie ahead. Idempotent: notices whose id exists are skipped. Returns how many were
// published now.
Result<int> createDemoNotices(Database &db, const dsse::Signer &signer,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());

// The demo patch file's name and content (a few KB of deterministic bytes).
QString demoPatchName(const QDate &today);
QByteArray demoPatchContent();

} // namespace nb::server
