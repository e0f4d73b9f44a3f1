#include "server/storage/distributionstore.h"

#include "server/storage/accountstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace nb::server {

namespace {
QStringList decode(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

QString encode(const QStringList &addresses)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(addresses)).toJson(QJsonDocument::Compact));
}
} // namespace

Result<QList<DistributionList>> DistributionStore::list(qint64 companyId)
{
    auto q = m_db.run(QStringLiteral("SELECT category, addresses, version FROM distribution_lists "
                                     "WHERE company_id = ?"),
                      {companyId});
    if (!q)
        return q.error();
    QList<DistributionList> lists;
    for (const QString &category : distributionCategories())
        lists.append(DistributionList{category, {}, 0});
    while ((*q)->next()) {
        const qsizetype index = distributionCategories().indexOf((*q)->value(0).toString());
        if (index < 0)
            continue;
        lists[index].addresses = decode((*q)->value(1).toString());
        lists[index].version = (*q)->value(2).toLongLong();
    }
    return lists;
}

Result<DistributionList> DistributionStore::get(qint64 companyId, const QString &category)
{
    auto q = m_db.run(QStringLiteral("SELECT addresses, version FROM distribution_lists "
                                     "WHERE company_id = ? AND category = ?"),
                      {companyId, category});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return DistributionList{category, {}, 0};
    return DistributionList{category, decode((*q)->value(0).toString()),
                            (*q)->value(1).toLongLong()};
}

Result<bool> DistributionStore::replace(qint64 companyId, const QString &category,
                                        const QStringList &addresses, qint64 expectedVersion)
{
    if (expectedVersion == 0) {
        auto q = m_db.run(QStringLiteral("INSERT INTO distribution_lists (company_id, category, "
                                         "addresses, version) VALUES (?, ?, ?, 1) "
                                         "ON CONFLICT (company_id, category) DO NOTHING"),
                          {companyId, category, encode(addresses)});
        if (!q)
            return q.error();
        return markCompanyChanged(m_db, companyId, (*q)->numRowsAffected() == 1);
    }
    auto q = m_db.run(QStringLiteral("UPDATE distribution_lists SET addresses = ?, "
                                     "version = version + 1 WHERE company_id = ? AND category = ? "
                                     "AND version = ?"),
                      {encode(addresses), companyId, category, expectedVersion});
    if (!q)
        return q.error();
    return markCompanyChanged(m_db, companyId, (*q)->numRowsAffected() == 1);
}

} // namespace nb::server
