#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace nb {

// The Firmenprofil. `primaryContactEmail` is the Erstkontakt: where mandatory mailings go.
struct Company
{
    qint64 id = 0;
    QString customerNumber; // assigned by the vendor; read-only for customers
    QString name;
    QString street;
    QString postcode;
    QString city;
    QString country; // ISO 3166-1 alpha-2
    QString phone;
    QString website;
    QString vatId;
    QString primaryContactEmail;
    qint64 version = 1;

    QJsonObject toJson() const;
    bool operator==(const Company &) const = default;
};

// Applies a full PUT representation to `current`: every writable field must be present, unknown
// fields and a changed customer number are rejected; all values validated and normalised.
Result<Company> companyFromJson(const QJsonObject &json, const Company &current);

} // namespace nb
