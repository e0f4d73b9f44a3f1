#include "server/storage/productstore.h"

#include "server/storage/accountstore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace nb::server {

namespace {
const QLatin1String columns("p.code, p.name, p.color, p.sort_order");
const QLatin1String order(" ORDER BY p.sort_order, p.code");
} // namespace

Result<QList<Product>> ProductStore::select(const QString &sql,
                                            std::initializer_list<QVariant> bindings)
{
    auto q = m_db.run(sql, bindings);
    if (!q)
        return q.error();
    QList<Product> products;
    while ((*q)->next()) {
        Product product;
        product.code = (*q)->value(0).toString();
        product.name = (*q)->value(1).toString();
        product.color = (*q)->value(2).toString();
        product.sortOrder = (*q)->value(3).toInt();
        product.licensed = (*q)->value(4).toInt() != 0;
        products.append(product);
    }
    return products;
}

Result<QList<Product>> ProductStore::list()
{
    return select(
        QStringLiteral("SELECT ") + columns + QStringLiteral(", 0 FROM products p") + order, {});
}

Result<QList<Product>> ProductStore::licensed(qint64 companyId)
{
    return select(QStringLiteral("SELECT ") + columns +
                      QStringLiteral(", 1 FROM products p JOIN company_products cp ON "
                                     "cp.product_id = p.id WHERE cp.company_id = ?") +
                      order,
                  {companyId});
}

Result<QList<Product>> ProductStore::catalogue(qint64 companyId)
{
    return select(QStringLiteral("SELECT ") + columns +
                      QStringLiteral(", CASE WHEN cp.company_id IS NULL THEN 0 ELSE 1 END "
                                     "FROM products p LEFT JOIN company_products cp ON "
                                     "cp.product_id = p.id AND cp.company_id = ?") +
                      order,
                  {companyId});
}

Result<bool> ProductStore::add(const Product &product)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO products (code, name, color, sort_order) "
                                     "VALUES (?, ?, ?, ?) ON CONFLICT (code) DO NOTHING"),
                      {product.code, product.name, product.color, product.sortOrder});
    if (!q)
        return q.error();
    if ((*q)->numRowsAffected() != 1)
        return false;
    auto bumped = m_db.run(QStringLiteral("UPDATE companies SET revision = revision + 1"));
    if (!bumped)
        return bumped.error();
    return true;
}

Result<bool> ProductStore::setLicenses(qint64 companyId, const QStringList &codes)
{
    auto current = licensed(companyId);
    if (!current)
        return current.error();
    QSet<QString> have;
    for (const Product &product : *current)
        have.insert(product.code);
    const QSet<QString> want(codes.begin(), codes.end());
    if (have == want)
        return false;

    auto removed =
        m_db.run(QStringLiteral("DELETE FROM company_products WHERE company_id = ?"), {companyId});
    if (!removed)
        return removed.error();
    for (const QString &code : want) {
        auto q = m_db.run(QStringLiteral("INSERT INTO company_products (company_id, product_id) "
                                         "SELECT ?, id FROM products WHERE code = ?"),
                          {companyId, code});
        if (!q)
            return q.error();
        if ((*q)->numRowsAffected() != 1) {
            return Error{QStringLiteral("unknown-product"),
                         QCoreApplication::translate("nb::server::ProductStore",
                                                     "There is no product \"%1\".")
                             .arg(code),
                         {}};
        }
    }
    return markCompanyChanged(m_db, companyId, true);
}

} // namespace nb::server
