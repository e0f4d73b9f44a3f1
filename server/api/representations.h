#pragma once

#include "core/company.h"
#include "core/contact.h"
#include "core/distribution.h"
#include "core/mailinglint.h"
#include "server/api/apicontext.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace nb::server {

// How resources look on the wire, shared by their own routes and the account snapshot. Items
// carry their ETag as "etag", so a client that read a collection can send If-Match for an item.
QByteArray companyTag(const Company &company);
QByteArray contactTag(const Contact &contact);
QByteArray distributionTag(qint64 companyId, const DistributionList &list);

QJsonObject contactJson(const Contact &contact);
QJsonObject distributionJson(qint64 companyId, const DistributionList &list);
QJsonObject brandingJson(const BrandingConfig &branding);
// Every product with whether the company licenses it (GET /api/v1/products and the snapshot).
QJsonArray productsJson(const QList<Product> &catalogue);
// Lint findings: [{code, severity ("error"/"warning"), field, message}].
QJsonArray findingsJson(const QList<lint::Finding> &findings);

} // namespace nb::server
