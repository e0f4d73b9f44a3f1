#pragma once

#include "core/signing.h"
#include "exitcode.h"

#include <QList>

namespace nb::client {
class NoticeStore;
class OfflineStore;
class Transport;
} // namespace nb::client

namespace nb::cli {

// `sync`: one SyncEngine run over a signed-in transport, reported line by line on standard
// output ("Syncing", progress, the new notices, the end), so a caller can follow it. A replayed
// feed or key list is reported on standard error and fails the run.
class SyncVerb
{
public:
    SyncVerb(client::OfflineStore &store, client::NoticeStore *notices,
             const QList<signing::PublicKey> &roots, client::Transport &transport);
    ExitCode run();

private:
    client::OfflineStore &m_store;
    client::NoticeStore *m_notices;
    QList<signing::PublicKey> m_roots;
    client::Transport &m_transport;
};

} // namespace nb::cli
