#pragma once

#include "core/distribution.h"
#include "core/result.h"
#include "server/storage/database.h"

#include <QList>

namespace nb::server {

// The Verteiler of each company: one row per category. A category without a row is empty at
// version 0.
class DistributionStore
{
public:
    explicit DistributionStore(Database &db)
        : m_db(db)
    {}

    Result<QList<DistributionList>> list(qint64 companyId); // every category, in display order
    Result<DistributionList> get(qint64 companyId, const QString &category);
    // Optimistic replace: false when `expectedVersion` is stale.
    Result<bool> replace(qint64 companyId, const QString &category, const QStringList &addresses,
                         qint64 expectedVersion);

private:
    Database &m_db;
};

} // namespace nb::server
