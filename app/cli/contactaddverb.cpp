#include "contactaddverb.h"

#include "client/offlinestore.h"
#include "console.h"

#include <QCoreApplication>

namespace nb::cli {

ContactAddVerb::ContactAddVerb(client::OfflineStore &store)
    : m_store(store)
{}

ExitCode ContactAddVerb::run(const Contact &contact)
{
    const auto added = m_store.addContact(contact);
    if (!added) {
        printError(added.error());
        return exitCodeFor(added.error());
    }
    printOut(QCoreApplication::translate("nb::cli::ContactAddVerb",
                                         "Added %1 %2; sent to the server with the next sync.")
                 .arg(added->firstName, added->lastName));
    return ExitCode::Ok;
}

} // namespace nb::cli
