#include "companysetverb.h"

#include "client/offlinestore.h"
#include "console.h"

#include <QCoreApplication>

namespace nb::cli {

namespace {

// The fields a customer may change (Company::toJson() without the customer number).
const QStringList &writableFields()
{
    static const QStringList fields{QStringLiteral("name"),
                                    QStringLiteral("street"),
                                    QStringLiteral("postcode"),
                                    QStringLiteral("city"),
                                    QStringLiteral("country"),
                                    QStringLiteral("phone"),
                                    QStringLiteral("website"),
                                    QStringLiteral("vatId"),
                                    QStringLiteral("primaryContactEmail")};
    return fields;
}

} // namespace

CompanySetVerb::CompanySetVerb(client::OfflineStore &store)
    : m_store(store)
{}

ExitCode CompanySetVerb::run(const QString &field, const QString &value)
{
    if (!writableFields().contains(field)) {
        printError(Error{QStringLiteral("unknown-field"),
                         QCoreApplication::translate("nb::cli::CompanySetVerb",
                                                     "Not a field of the Firmenprofil; one of: %1.")
                             .arg(writableFields().join(QStringLiteral(", "))),
                         field});
        return ExitCode::Usage;
    }
    const auto current = m_store.company();
    if (!current) {
        printError(current.error());
        return ExitCode::Failure;
    }
    if (!*current) {
        printErr(QCoreApplication::translate("nb::cli::CompanySetVerb",
                                             "The Firmenprofil has not been loaded yet: run sync "
                                             "once, then change it."));
        return ExitCode::Failure;
    }
    QJsonObject json = (*current)->toJson();
    json.insert(field, value);
    const auto company = companyFromJson(json, **current);
    if (!company) {
        printError(company.error());
        return exitCodeFor(company.error());
    }
    if (const Status saved = m_store.saveCompany(*company); !saved) {
        printError(saved.error());
        return exitCodeFor(saved.error());
    }
    printOut(QCoreApplication::translate("nb::cli::CompanySetVerb",
                                         "Saved; it is sent to the server with the next sync."));
    return ExitCode::Ok;
}

} // namespace nb::cli
