#pragma once

#include "core/result.h"
#include "server/storage/database.h"

// Issue 7: pending address changes, action tokens, address states, re-authentication marks and
// the company lock. Being written (see /work/notes/s13/issue7-contract.md).
namespace nb::server {

class SecurityStore
{
public:
    explicit SecurityStore(Database &db)
        : m_db(db)
    {}

private:
    Database &m_db;
};

} // namespace nb::server
