#include "server/demoproducts.h"

#include "server/storage/productstore.h"

namespace nb::server {

namespace {

struct DemoProduct
{
    const char *code, *name, *color;
};

const DemoProduct products[] = {
    {"wawi", "Warenwirtschaft", "#0B5CAD"},
    {"fiskal", "Fiskal-Connector", "#C0392B"},
    {"cloud-tse", "Cloud-TSE", "#7D3C98"},
    {"paypal", "PayPal-Anbindung", "#1E8449"},
    {"shop", "Shop", "#D68910"},
};

// The codes each demo company licenses, in the order of the demo world.
QList<QStringList> demoLicenses()
{
    const auto s = [](const char *code) {
        return QString::fromLatin1(code);
    };
    return {{s("wawi"), s("fiskal"), s("cloud-tse"), s("paypal")},
            {s("shop"), s("cloud-tse"), s("paypal")}};
}

} // namespace

Status createDemoProducts(Database &db, const QList<qint64> &companyIds)
{
    ProductStore store(db);
    int sortOrder = 0;
    for (const DemoProduct &p : products) {
        sortOrder += 10;
        const Product product{QString::fromLatin1(p.code), QString::fromUtf8(p.name),
                              QString::fromLatin1(p.color), sortOrder, false};
        if (auto added = store.add(product); !added)
            return added.error();
    }
    const QList<QStringList> licenses = demoLicenses();
    for (qsizetype i = 0; i < companyIds.size() && i < licenses.size(); ++i) {
        auto current = store.licensed(companyIds.at(i));
        if (!current)
            return current.error();
        if (!current->isEmpty())
            continue;
        if (auto set = store.setLicenses(companyIds.at(i), licenses.at(i)); !set)
            return set.error();
    }
    return {};
}

} // namespace nb::server
