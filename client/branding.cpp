#include "client/branding.h"

#include "core/emailaddress.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace nb::client {

namespace {

// A domain name as the server lists it: converted to punycode and lower case; nullopt when it
// is not one (empty, spaces, a scheme or path, a single label).
std::optional<QString> normalizedDomain(const QString &text)
{
    static const QRegularExpression label(
        QStringLiteral("^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}$"));
    const QString ace = QString::fromLatin1(QUrl::toAce(text.trimmed().toLower()));
    if (ace.isEmpty() || ace.size() > 253 || !label.match(ace).hasMatch())
        return std::nullopt;
    return ace;
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1);
}

} // namespace

QJsonObject Branding::toJson() const
{
    QJsonObject json{{QStringLiteral("vendorName"), vendorName},
                     {QStringLiteral("primaryColor"), primaryColor},
                     {QStringLiteral("accentColor"), accentColor}};
    if (!mailFrom.isEmpty())
        json.insert(QStringLiteral("mailFrom"), mailFrom);
    if (!domains.isEmpty())
        json.insert(QStringLiteral("domains"), QJsonArray::fromStringList(domains));
    return json;
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
    Branding branding;
    branding.vendorName = name.toString();
    branding.primaryColor = primary.toString();
    branding.accentColor = accent.toString();
    if (const QJsonValue mailFrom = json.value(QLatin1String("mailFrom"));
        !mailFrom.isUndefined()) {
        const auto address =
            mailFrom.isString() ? normalizeEmail(mailFrom.toString()) : Result<QString>(Error{});
        if (!address)
            return std::nullopt;
        branding.mailFrom = *address;
    }
    if (const QJsonValue domains = json.value(QLatin1String("domains")); !domains.isUndefined()) {
        if (!domains.isArray())
            return std::nullopt;
        for (const QJsonValue &value : domains.toArray()) {
            const auto domain =
                value.isString() ? normalizedDomain(value.toString()) : std::nullopt;
            if (!domain)
                return std::nullopt;
            if (!branding.domains.contains(*domain))
                branding.domains.append(*domain);
        }
    }
    return branding;
}

mail::VendorIdentity vendorIdentity(const Branding &branding)
{
    mail::VendorIdentity vendor;
    vendor.displayName = branding.vendorName;
    vendor.fromAddress = branding.mailFrom;
    vendor.domains = branding.domains;
    if (vendor.domains.isEmpty() && !branding.mailFrom.isEmpty())
        vendor.domains.append(domainOf(branding.mailFrom));
    return vendor;
}

} // namespace nb::client
