#include "client/branding.h"

#include <QRegularExpression>

namespace nb::client {

QJsonObject Branding::toJson() const
{
    return QJsonObject{{QStringLiteral("vendorName"), vendorName},
                       {QStringLiteral("primaryColor"), primaryColor},
                       {QStringLiteral("accentColor"), accentColor}};
}

std::optional<Branding> brandingFromServer(const QJsonObject &json)
{
    static const QRegularExpression colour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    const QJsonValue name = json.value(QLatin1String("vendorName"));
    const QJsonValue primary = json.value(QLatin1String("primaryColor"));
    const QJsonValue accent = json.value(QLatin1String("accentColor"));
    if (!name.isString() || name.toString().trimmed().isEmpty() ||
        !colour.match(primary.toString()).hasMatch() || !colour.match(accent.toString()).hasMatch())
        return std::nullopt;
    return Branding{name.toString(), primary.toString(), accent.toString()};
}

} // namespace nb::client
