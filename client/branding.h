#pragma once

#include <QJsonObject>
#include <QString>
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

    QJsonObject toJson() const;
    bool operator==(const Branding &other) const = default;
};

// nullopt when `json` is not a branding: a missing or empty name, a colour not "#RRGGBB".
std::optional<Branding> brandingFromServer(const QJsonObject &json);

} // namespace nb::client
