// The vendor's branding in the store's meta table under "branding" (the JSON) and its products
// in server_products, stored by a pull of the account snapshot (OfflineStore::storeServerAccount).
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

Result<QList<ProductInfo>> OfflineStore::products() const
{
    auto rows = d->db->run(QStringLiteral(
        "SELECT code, name, color, licensed FROM server_products ORDER BY position"));
    if (!rows)
        return rows.error();
    QList<ProductInfo> products;
    for (const Row &row : *rows) {
        products.append(ProductInfo{row.at(0).toString(), row.at(1).toString(),
                                    row.at(2).toString(), row.at(3).toInt() != 0});
    }
    return products;
}

namespace store {

Status putProducts(StoreDatabase &db, const QList<ProductInfo> &products)
{
    auto cleared = db.run(QStringLiteral("DELETE FROM server_products"));
    if (!cleared)
        return cleared.error();
    for (qsizetype i = 0; i < products.size(); ++i) {
        const ProductInfo &product = products.at(i);
        auto put = db.run(
            QStringLiteral("INSERT INTO server_products"
                           " (code, name, color, licensed, position)"
                           " VALUES (?, ?, ?, ?, ?)"),
            {product.code, product.name, product.color, product.licensed ? 1 : 0, qint64(i)});
        if (!put)
            return put.error();
    }
    return {};
}

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
