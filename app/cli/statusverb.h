#pragma once

#include "exitcode.h"

namespace nb::client {
class OfflineStore;
}

namespace nb::cli {

struct Account;

// `status`: the pending changes, the last sync and the open conflicts, from the local data only.
class StatusVerb
{
public:
    StatusVerb(const Account &account, client::OfflineStore &store);
    ExitCode run();

private:
    const Account &m_account;
    client::OfflineStore &m_store;
};

} // namespace nb::cli
