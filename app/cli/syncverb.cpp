#include "syncverb.h"

#include "client/noticestore.h"
#include "client/offlinestore.h"
#include "client/syncengine.h"
#include "console.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <optional>

namespace nb::cli {

using client::SyncEngine;

SyncVerb::SyncVerb(client::OfflineStore &store, client::NoticeStore *notices,
                   const QList<signing::PublicKey> &roots, client::Transport &transport)
    : m_store(store)
    , m_notices(notices)
    , m_roots(roots)
    , m_transport(transport)
{}

ExitCode SyncVerb::run()
{
    QEventLoop loop;
    SyncEngine engine(&m_store, m_notices, m_roots, &m_transport);
    std::optional<bool> result;
    bool security = false;
    QObject::connect(&engine, &SyncEngine::securityProblem, &loop, [&](const Error &problem) {
        security = true;
        printErr(QCoreApplication::translate("nb::cli::SyncVerb", "Security problem: %1")
                     .arg(problem.message));
    });
    if (m_notices) {
        QObject::connect(m_notices, &client::NoticeStore::noticesArrived, &loop,
                         [](const QList<client::NoticeRow> &rows) {
                             printOut(QCoreApplication::translate("nb::cli::SyncVerb",
                                                                  "%n new notice(s).", nullptr,
                                                                  int(rows.size())));
                         });
    }
    QObject::connect(&engine, &SyncEngine::progress, &loop, [](int done, int total) {
        printOut(QCoreApplication::translate("nb::cli::SyncVerb", "Sent %1 of %2 changes.")
                     .arg(done)
                     .arg(total));
    });
    QObject::connect(&engine, &SyncEngine::rejected, &loop, [](const Error &reason) {
        printErr(QCoreApplication::translate("nb::cli::SyncVerb", "The server refused a change: %1")
                     .arg(reason.field.isEmpty()
                              ? reason.message
                              : reason.field + QStringLiteral(": ") + reason.message));
    });
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](bool ok) {
        result = ok;
        loop.quit();
    });
    printOut(QCoreApplication::translate("nb::cli::SyncVerb", "Syncing."));
    engine.syncNow();
    if (!result)
        loop.exec();

    if (*result) {
        const auto conflicts = m_store.conflicts();
        if (conflicts && !conflicts->isEmpty()) {
            printOut(QCoreApplication::translate(
                "nb::cli::SyncVerb", "%n conflict(s): resolve them in the Notabene app.", nullptr,
                int(conflicts->size())));
        }
        printOut(QCoreApplication::translate("nb::cli::SyncVerb", "Sync finished."));
        return ExitCode::Ok;
    }
    switch (engine.state()) {
    case SyncEngine::State::SignedOut:
        printErr(QCoreApplication::translate("nb::cli::SyncVerb",
                                             "The session has ended: sign in again with "
                                             "--password-stdin. The changes stay queued."));
        return ExitCode::SignedOut;
    case SyncEngine::State::Offline:
        printErr(QCoreApplication::translate("nb::cli::SyncVerb",
                                             "The server could not be reached. The changes stay "
                                             "queued for the next sync."));
        return ExitCode::SyncFailed;
    case SyncEngine::State::Idle:
    case SyncEngine::State::Syncing:
        break;
    }
    if (security)
        return ExitCode::SyncFailed; // refused: what was received before stays
    printErr(QCoreApplication::translate("nb::cli::SyncVerb",
                                         "The sync failed: the local data could not be read or "
                                         "written. The changes stay queued."));
    return ExitCode::SyncFailed;
}

} // namespace nb::cli
