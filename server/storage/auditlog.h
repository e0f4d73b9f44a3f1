#pragma once

#include "core/auditchain.h"
#include "core/result.h"
#include "server/storage/database.h"

#include <QJsonValue>
#include <QList>
#include <QString>

// The audit log of account changes (issue 7): append-only, one hash chain per company
// (nb::audit). Every route that changes a company's account data records one entry in the same
// transaction as the change, so there is no change without its entry and no entry without its
// change.
namespace nb::server {

// Who made a change, and through what.
struct AuditActor
{
    QString email; // or "system" (expiry, bounce), or the address a mail link was sent to
    QString role;  // "admin", "member", "staff", "system", "link"
    QString clientAddress;
    QString client; // User-Agent (truncated to 200 characters)
};

class AuditLog
{
public:
    explicit AuditLog(Database &db)
        : m_db(db)
    {}

    // Appends an entry in the caller's transaction (required: error "no-transaction" otherwise).
    // Takes the company row's lock first (UPDATE companies SET audit_seq = audit_seq + 1 …), so
    // concurrent writers of one company (also in other processes) append one after the other;
    // stores the new head in the company row.
    Status record(qint64 companyId, const AuditActor &actor, const QString &action,
                  const QJsonValue &before, const QJsonValue &after, qint64 atMs);

    // The company's whole chain, oldest first, and its head as stored in the company row.
    Result<QList<audit::Entry>> entries(qint64 companyId);
    Result<audit::Anchor> head(qint64 companyId);

private:
    Database &m_db;
};

} // namespace nb::server
