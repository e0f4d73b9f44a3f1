#include "core/distribution.h"

#include "core/fieldrules.h"
#include "core/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace nb {

const QStringList &distributionCategories()
{
    static const QStringList categories{QStringLiteral("security"),
                                        QStringLiteral("maintenance-and-outages"),
                                        QStringLiteral("updates-and-technical-changes"),
                                        QStringLiteral("billing-and-contracts"),
                                        QStringLiteral("data-protection-and-legal"),
                                        QStringLiteral("product-news")};
    return categories;
}

QJsonObject DistributionList::toJson() const
{
    return QJsonObject{{QStringLiteral("category"), category},
                       {QStringLiteral("addresses"), QJsonArray::fromStringList(addresses)}};
}

Result<QStringList> distributionAddressesFromJson(const QJsonObject &json)
{
    JsonReader reader(json, {QStringLiteral("addresses")});
    QStringList addresses =
        reader.stringList(QStringLiteral("addresses"), true, maxDistributionAddresses, 254)
            .value_or(QStringList());
    if (!reader.ok())
        return reader.error();
    QSet<QString> seen;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QString field = QStringLiteral("addresses[%1]").arg(i);
        if (auto error = rules::checkEmail(&addresses[i], field))
            return *error;
        const QString key = addresses[i].toLower();
        if (seen.contains(key)) {
            return Error{
                QStringLiteral("duplicate-address"),
                QCoreApplication::translate("nb::Distribution", "%1 is already in this list.")
                    .arg(addresses[i]),
                field};
        }
        seen.insert(key);
    }
    return addresses;
}

} // namespace nb
