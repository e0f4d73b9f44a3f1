#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <span>

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

// The writable fields of the Firmenprofil as the API names them, with their length limits: the one
// table that the server's checks and the client's forms share.
struct CompanyField
{
    const char *key;
    QString Company::*member;
    qsizetype maxLength;
};
const std::span<const CompanyField> &companyFields();

// Applies a full PUT representation to `current`: every writable field must be present, unknown
// fields and a changed customer number are rejected; all values validated and normalised.
Result<Company> companyFromJson(const QJsonObject &json, const Company &current);

} // namespace nb
