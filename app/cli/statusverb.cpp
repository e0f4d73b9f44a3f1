#include "statusverb.h"

#include "account.h"
#include "client/offlinestore.h"
#include "console.h"

#include <QCoreApplication>

namespace nb::cli {

StatusVerb::StatusVerb(const Account &account, client::OfflineStore &store)
    : m_account(account)
    , m_store(store)
{}

ExitCode StatusVerb::run()
{
    const auto pending = m_store.pendingChanges();
    const auto lastSync = m_store.lastSync();
    const auto conflicts = m_store.conflicts();
    for (const Error *error :
         {pending ? nullptr : &pending.error(), lastSync ? nullptr : &lastSync.error(),
          conflicts ? nullptr : &conflicts.error()}) {
        if (error) {
            printError(*error);
            return ExitCode::Failure;
        }
    }
    printOut(QCoreApplication::translate("nb::cli::StatusVerb", "Account: %1 on %2")
                 .arg(m_account.email, m_account.server.toString()));
    printOut(
        QCoreApplication::translate("nb::cli::StatusVerb", "Pending changes: %1").arg(*pending));
    printOut(QCoreApplication::translate("nb::cli::StatusVerb", "Last sync: %1")
                 .arg(lastSync->isValid()
                          ? lastSync->toLocalTime().toString(Qt::ISODate)
                          : QCoreApplication::translate("nb::cli::StatusVerb", "never")));
    printOut(
        QCoreApplication::translate("nb::cli::StatusVerb", "Conflicts: %1").arg(conflicts->size()));
    for (const client::Conflict &conflict : *conflicts)
        printOut(QStringLiteral("  %1 %2").arg(conflict.kind, conflict.key).trimmed());
    return ExitCode::Ok;
}

} // namespace nb::cli
