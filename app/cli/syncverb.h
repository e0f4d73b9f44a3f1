#pragma once

#include "exitcode.h"

namespace nb::client {
class OfflineStore;
class Transport;
} // namespace nb::client

namespace nb::cli {

// `sync`: one SyncEngine run over a signed-in transport, reported line by line on standard
// output ("Syncing", progress, the end), so a caller can follow it.
class SyncVerb
{
public:
    SyncVerb(client::OfflineStore &store, client::Transport &transport);
    ExitCode run();

private:
    client::OfflineStore &m_store;
    client::Transport &m_transport;
};

} // namespace nb::cli
