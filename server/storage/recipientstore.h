#pragma once

#include "core/recipients.h"
#include "core/result.h"
#include "server/storage/database.h"

// Loads what nb::recipients::resolve needs for every customer company, in a fixed number of
// queries (companies, flagged contacts, the category's Verteiler, licences), whatever the number
// of companies.
namespace nb::server {

class RecipientStore
{
public:
    explicit RecipientStore(Database &db)
        : m_db(db)
    {}

    // Every customer company (not staff) in id order, with the Verteiler of `category` only.
    Result<QList<recipients::CompanyInput>> load(const QString &category);
    // One company (the preview "as" a company); nullopt when there is none with that id.
    Result<std::optional<recipients::CompanyInput>> loadCompany(qint64 companyId,
                                                                const QString &category);

private:
    Database &m_db;
};

} // namespace nb::server
