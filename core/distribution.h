#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nb {

// One Verteiler category: who receives mandatory mailings of this kind. An empty list means the
// mailings of this category go to the Erstkontakt.
struct DistributionList
{
    QString category;
    QStringList addresses;
    qint64 version = 1;

    QJsonObject toJson() const;
    bool operator==(const DistributionList &) const = default;
};

// The fixed Verteiler categories, in display order.
const QStringList &distributionCategories();
// The display name of a category ("Security", translated; context "nb::Distribution"), the
// category itself when it is unknown. Core texts (coverage warnings, account mails) name
// categories with it.
QString distributionCategoryLabel(const QString &category);
constexpr qsizetype maxDistributionAddresses = 50;

// Reads a PUT body {"addresses": [...]}: each address validated and normalised; duplicates
// (compared case-insensitively after normalisation) rejected naming the entry.
Result<QStringList> distributionAddressesFromJson(const QJsonObject &json);

} // namespace nb
