#pragma once

#include "core/company.h"
#include "core/contact.h"
#include "core/distribution.h"
#include "server/api/apicontext.h"

#include <QByteArray>
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

} // namespace nb::server
