#pragma once

#include "exitcode.h"

#include <QString>

namespace nb::client {
class OfflineStore;
}

namespace nb::cli {

// `company set FIELD VALUE`: one field of the Firmenprofil changed offline, checked with the core
// rules (companyFromJson) before it is stored and queued.
class CompanySetVerb
{
public:
    explicit CompanySetVerb(client::OfflineStore &store);
    ExitCode run(const QString &field, const QString &value);

private:
    client::OfflineStore &m_store;
};

} // namespace nb::cli
