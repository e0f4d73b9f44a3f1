#pragma once

#include "core/auditchain.h"
#include "core/coverage.h"
#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// What the server says about the safety of the company's critical information (issue 7):
// GET /api/v1/security, also the "security" part of GET /api/v1/account, stored with the
// account pull so the app shows it offline.
namespace nb::client {

struct PendingChange
{
    qint64 id = 0;
    QString kind;         // "primary-contact", "security-address", "contact"
    qint64 contactId = 0; // kind "contact"
    QString oldAddress;
    QString newAddress;
    QString requestedBy;
    QDateTime requestedAt;
    QDateTime expiresAt;
    int attemptsLeft = 0;
    QString state; // "pending", "confirmed", "cancelled", "expired", "reverted"
};

struct SecurityState
{
    QList<PendingChange> pendingChanges;
    // By recipients::dedupKey of the address; roles as the server sent them.
    QHash<QString, coverage::AddressState> addresses;
    QHash<QString, QStringList> addressRoles;
    bool locked = false;
    QDateTime lockedAt;
    QDateTime reconfirmedAt; // invalid: never
    QDateTime reconfirmDueAt;
    bool reconfirmDue = false;
    audit::Anchor auditHead;
};

// Reads the server's JSON (the contract in docs/api/openapi.yaml, SecurityState); nullopt when
// it does not have that shape. securityStateToJson writes the same shape back (for storage).
std::optional<SecurityState> securityStateFromServer(const QJsonObject &json);
QJsonObject securityStateToJson(const SecurityState &state);

} // namespace nb::client
