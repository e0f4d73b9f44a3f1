#pragma once

#include "core/contact.h"
#include "exitcode.h"

namespace nb::client {
class OfflineStore;
}

namespace nb::cli {

// `contact add ...`: a new Ansprechpartner stored and queued offline (the store checks it with
// the core rules).
class ContactAddVerb
{
public:
    explicit ContactAddVerb(client::OfflineStore &store);
    ExitCode run(const Contact &contact);

private:
    client::OfflineStore &m_store;
};

} // namespace nb::cli
