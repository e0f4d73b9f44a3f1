#pragma once

#include "core/contact.h"
#include "core/result.h"
#include "server/storage/database.h"

#include <QList>
#include <optional>

namespace nb::server {

// Ansprechpartner, always scoped to one company: another company's ids are simply not found.
class ContactStore
{
public:
    explicit ContactStore(Database &db)
        : m_db(db)
    {}

    Result<QList<Contact>> list(qint64 companyId);
    Result<std::optional<Contact>> get(qint64 companyId, qint64 id);
    Result<Contact> create(qint64 companyId, const Contact &contact);
    // Optimistic update/delete: false when the contact is gone or `expectedVersion` is stale.
    Result<bool> update(qint64 companyId, const Contact &contact, qint64 expectedVersion);
    Result<bool> remove(qint64 companyId, qint64 id, qint64 expectedVersion);

private:
    Database &m_db;
};

} // namespace nb::server
