// The vendor's branding in the store's meta table under "branding" (the JSON), stored by a pull
// of the account snapshot (OfflineStore::storeServerAccount).
#include "client/offlinestore_p.h"

namespace nb::client {

using namespace store;

Result<std::optional<Branding>> OfflineStore::branding() const
{
    auto row = d->db->one(QStringLiteral("SELECT value FROM meta WHERE key = 'branding'"));
    if (!row)
        return row.error();
    if (row->isEmpty())
        return std::optional<Branding>();
    return brandingFromServer(fromText(row->at(0).toString()));
}

namespace store {

Status putBranding(StoreDatabase &db, const Branding &branding)
{
    auto json = db.run(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
                       {QStringLiteral("branding"), toText(branding.toJson())});
    if (!json)
        return json.error();
    return {};
}

} // namespace store

} // namespace nb::client
