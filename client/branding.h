#pragma once

#include "core/mail.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace nb::client {

// The vendor's name and colours, from GET /api/v1/branding (stored by the sync). Colours stay
// "#RRGGBB" strings here: the client library has no GUI types. Default-constructed it is what
// the client shows before the first sync.
struct Branding
{
    QString vendorName = QStringLiteral("Notabene");
    QString primaryColor = QStringLiteral("#0B5CAD");
    QString accentColor = QStringLiteral("#E8A317");
    // The sender of the vendor's mails ("pflichtmailing@notabene.example", normalised) and the
    // vendor's registrable domains (punycode, lower case): what a mail check compares links and
    // From with, offline. Empty when the server is older than the mail check (issue 5).
    QString mailFrom;
    QStringList domains;

    QJsonObject toJson() const;
    bool operator==(const Branding &other) const = default;
};

// nullopt when `json` is not a branding: a missing or empty name, a colour not "#RRGGBB", a
// "mailFrom" that is not an e-mail address, "domains" that are not an array of domain names.
// "mailFrom" and "domains" may be missing (older servers).
std::optional<Branding> brandingFromServer(const QJsonObject &json);

// Who the vendor is for a mail check: the display name is the vendor's name, the domains are the
// branding's (or, when it names none, the domain of mailFrom).
mail::VendorIdentity vendorIdentity(const Branding &branding);

} // namespace nb::client
