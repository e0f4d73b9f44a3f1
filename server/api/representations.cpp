#include "server/api/representations.h"

#include "server/api/httpsupport.h"

namespace nb::server {

QByteArray companyTag(const Company &company)
{
    return entityTag("company", company.id, company.version);
}

QByteArray contactTag(const Contact &contact)
{
    return entityTag("contact", contact.id, contact.version);
}

QByteArray distributionTag(qint64 companyId, const DistributionList &list)
{
    return entityTag(("distribution-" + list.category.toLatin1() + '-').constData(), companyId,
                     list.version);
}

QJsonObject contactJson(const Contact &contact)
{
    QJsonObject object = contact.toJson();
    object.insert(QStringLiteral("etag"), QString::fromLatin1(contactTag(contact)));
    return object;
}

QJsonObject distributionJson(qint64 companyId, const DistributionList &list)
{
    QJsonObject object = list.toJson();
    object.insert(QStringLiteral("etag"), QString::fromLatin1(distributionTag(companyId, list)));
    return object;
}

QJsonObject brandingJson(const BrandingConfig &branding)
{
    return QJsonObject{{QStringLiteral("vendorName"), branding.vendorName},
                       {QStringLiteral("primaryColor"), branding.primaryColor},
                       {QStringLiteral("accentColor"), branding.accentColor},
                       {QStringLiteral("mailFrom"), branding.mailFrom},
                       {QStringLiteral("domains"), QJsonArray::fromStringList(branding.domains)}};
}

QJsonArray productsJson(const QList<Product> &catalogue)
{
    QJsonArray array;
    for (const Product &product : catalogue) {
        array.append(QJsonObject{{QStringLiteral("code"), product.code},
                                 {QStringLiteral("name"), product.name},
                                 {QStringLiteral("color"), product.color},
                                 {QStringLiteral("licensed"), product.licensed}});
    }
    return array;
}

QJsonArray findingsJson(const QList<lint::Finding> &findings)
{
    QJsonArray array;
    for (const lint::Finding &finding : findings)
        array.append(QJsonObject{{QStringLiteral("code"), finding.code},
                                 {QStringLiteral("severity"), lint::severityKey(finding.severity)},
                                 {QStringLiteral("field"), finding.field},
                                 {QStringLiteral("message"), finding.message}});
    return array;
}

} // namespace nb::server
