#include "core/distribution.h"

#include "core/fieldrules.h"
#include "core/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <utility>

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

QString distributionCategoryLabel(const QString &category)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"security", QT_TRANSLATE_NOOP("nb::Distribution", "Security")},
        {"maintenance-and-outages",
         QT_TRANSLATE_NOOP("nb::Distribution", "Maintenance and outages")},
        {"updates-and-technical-changes",
         QT_TRANSLATE_NOOP("nb::Distribution", "Updates and technical changes")},
        {"billing-and-contracts", QT_TRANSLATE_NOOP("nb::Distribution", "Billing and contracts")},
        {"data-protection-and-legal",
         QT_TRANSLATE_NOOP("nb::Distribution", "Data protection and legal")},
        {"product-news", QT_TRANSLATE_NOOP("nb::Distribution", "Product news")},
    };
    for (const auto &[key, label] : labels) {
        if (category == QLatin1String(key))
            return QCoreApplication::translate("nb::Distribution", label);
    }
    return category;
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
