#pragma once

#include "core/result.h"
#include "server/storage/database.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nb::server {

// A product of the vendor: its name and colour are the branding the client shows with it.
struct Product
{
    QString code;  // stable key, e.g. "wawi"
    QString name;  // e.g. "Warenwirtschaft"
    QString color; // "#RRGGBB"
    int sortOrder = 0;
    bool licensed = false; // only in catalogue(): whether the company licenses it
};

// The products and which of them each company licenses. Every change to a company's licenses
// bumps the company's revision, so cached answers refresh.
class ProductStore
{
public:
    explicit ProductStore(Database &db)
        : m_db(db)
    {}

    // Every product, in display order (sort order, then code).
    Result<QList<Product>> list();
    // The products `companyId` licenses, in display order.
    Result<QList<Product>> licensed(qint64 companyId);
    // Every product, each with `licensed` set for `companyId`.
    Result<QList<Product>> catalogue(qint64 companyId);
    // Adds the product unless one with its code exists (then nothing changes); true when added.
    // Adding a product changes every company's catalogue: all company revisions are bumped.
    Result<bool> add(const Product &product);
    // Makes exactly `codes` the company's licenses; true when that changed anything. An unknown
    // code is an error ("unknown-product") and changes nothing when run in a transaction.
    Result<bool> setLicenses(qint64 companyId, const QStringList &codes);

private:
    Result<QList<Product>> select(const QString &sql, std::initializer_list<QVariant> bindings);

    Database &m_db;
};

} // namespace nb::server
