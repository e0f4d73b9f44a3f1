#include "server/storage/recipientstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace nb::server {

namespace {

using recipients::CompanyInput;

// The companies being loaded (in id order), and a cursor for the other queries' rows, which come
// in company order as well: a merge join, no lookup table.
class Loaded
{
public:
    QList<CompanyInput> companies;

    // The company with `id`, or null when there is none (rows of a company that is not loaded).
    // `id` must not be smaller than in the previous call of the same pass.
    CompanyInput *find(qint64 id)
    {
        while (m_cursor < companies.size() && companies.at(m_cursor).id < id)
            ++m_cursor;
        if (m_cursor < companies.size() && companies.at(m_cursor).id == id)
            return &companies[m_cursor];
        return nullptr;
    }
    // Starts a pass over the rows of another query.
    void rewind() { m_cursor = 0; }

private:
    qsizetype m_cursor = 0;
};

// A JSON string without escapes from `json` at `pos` (just after the opening quote) up to the
// closing quote; false when there is an escape (the slow path then decodes the whole array).
bool plainString(QStringView json, qsizetype &pos, QString &out)
{
    const qsizetype start = pos;
    for (; pos < json.size(); ++pos) {
        const char16_t c = json.at(pos).unicode();
        if (c == u'\\' || c < 0x20)
            return false;
        if (c == u'"') {
            out = json.mid(start, pos - start).toString();
            ++pos;
            return true;
        }
    }
    return false;
}

// A Verteiler's addresses as stored: a compact JSON array of strings (as DistributionStore
// writes it). The common case, ["a@x","b@y"] without escapes, is split directly; anything else
// goes through QJsonDocument.
QStringList decodeAddresses(const QString &json)
{
    QStringList list;
    const QStringView view(json);
    qsizetype pos = 1;
    bool plain = view.startsWith(u'[') && view.endsWith(u']');
    while (plain && pos < view.size() - 1) {
        QString address;
        plain = view.at(pos) == u'"' && plainString(view, ++pos, address);
        if (!plain)
            break;
        list.append(std::move(address));
        if (view.at(pos) == u',' && pos + 1 < view.size() - 1)
            ++pos;
        else
            plain = pos == view.size() - 1;
    }
    if (plain)
        return list;
    list.clear();
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

// " AND <column> = ?" when one company is wanted, nothing for all of them.
QString only(const char *column, bool one)
{
    return one ? QStringLiteral(" AND %1 = ?").arg(QLatin1String(column)) : QString();
}

Result<QSqlQuery *> run(Database &db, const QString &sql, std::optional<qint64> one)
{
    return one ? db.run(sql, {*one}) : db.run(sql);
}

Status loadCompanies(Database &db, std::optional<qint64> one, Loaded &out)
{
    auto q = run(db,
                 QStringLiteral("SELECT id, name, customer_number, primary_contact_email "
                                "FROM companies WHERE 1 = 1") +
                     only("id", one.has_value()) + QStringLiteral(" ORDER BY id"),
                 one);
    if (!q)
        return q.error();
    while ((*q)->next()) {
        CompanyInput c;
        c.id = (*q)->value(0).toLongLong();
        c.name = (*q)->value(1).toString();
        c.customerNumber = (*q)->value(2).toString();
        c.primaryContactEmail = (*q)->value(3).toString();
        out.companies.append(std::move(c));
    }
    return {};
}

Status loadContacts(Database &db, std::optional<qint64> one, Loaded &out)
{
    auto q =
        run(db,
            QStringLiteral("SELECT company_id, TRIM(first_name || ' ' || last_name), email "
                           "FROM contacts WHERE receives_critical_information <> 0") +
                only("company_id", one.has_value()) + QStringLiteral(" ORDER BY company_id, id"),
            one);
    if (!q)
        return q.error();
    out.rewind();
    while ((*q)->next()) {
        if (CompanyInput *company = out.find((*q)->value(0).toLongLong()))
            company->criticalContacts.append(
                {(*q)->value(2).toString(), (*q)->value(1).toString()});
    }
    return {};
}

Status loadDistribution(Database &db, const QString &category, std::optional<qint64> one,
                        Loaded &out)
{
    const QString sql =
        QStringLiteral("SELECT company_id, addresses FROM distribution_lists WHERE category = ?") +
        only("company_id", one.has_value()) + QStringLiteral(" ORDER BY company_id");
    auto q = one ? db.run(sql, {category, *one}) : db.run(sql, {category});
    if (!q)
        return q.error();
    out.rewind();
    while ((*q)->next()) {
        if (CompanyInput *company = out.find((*q)->value(0).toLongLong()))
            company->distribution.insert(category, decodeAddresses((*q)->value(1).toString()));
    }
    return {};
}

// The product codes by id: few, and shared by every company's list.
Result<QHash<qint64, QString>> loadProductCodes(Database &db)
{
    auto q = db.run(QStringLiteral("SELECT id, code FROM products"));
    if (!q)
        return q.error();
    QHash<qint64, QString> codes;
    while ((*q)->next())
        codes.insert((*q)->value(0).toLongLong(), (*q)->value(1).toString());
    return codes;
}

Status loadLicences(Database &db, std::optional<qint64> one, Loaded &out)
{
    auto codes = loadProductCodes(db);
    if (!codes)
        return codes.error();
    auto q = run(db,
                 QStringLiteral("SELECT company_id, product_id FROM company_products WHERE 1 = 1") +
                     only("company_id", one.has_value()) +
                     QStringLiteral(" ORDER BY company_id, product_id"),
                 one);
    if (!q)
        return q.error();
    out.rewind();
    while ((*q)->next()) {
        CompanyInput *company = out.find((*q)->value(0).toLongLong());
        const auto code = codes->constFind((*q)->value(1).toLongLong());
        if (company && code != codes->constEnd())
            company->licensedProducts.append(*code);
    }
    return {};
}

// Five queries, whatever the number of companies.
Result<QList<CompanyInput>> loadAll(Database &db, const QString &category,
                                    std::optional<qint64> one)
{
    Loaded loaded;
    if (Status s = loadCompanies(db, one, loaded); !s)
        return s.error();
    if (loaded.companies.isEmpty())
        return loaded.companies;
    if (Status s = loadContacts(db, one, loaded); !s)
        return s.error();
    if (Status s = loadDistribution(db, category, one, loaded); !s)
        return s.error();
    if (Status s = loadLicences(db, one, loaded); !s)
        return s.error();
    return std::move(loaded.companies);
}

} // namespace

Result<QList<recipients::CompanyInput>> RecipientStore::load(const QString &category)
{
    return loadAll(m_db, category, std::nullopt);
}

Result<std::optional<recipients::CompanyInput>> RecipientStore::loadCompany(qint64 companyId,
                                                                            const QString &category)
{
    auto loaded = loadAll(m_db, category, companyId);
    if (!loaded)
        return loaded.error();
    if (loaded->isEmpty())
        return std::optional<recipients::CompanyInput>{};
    return std::optional<recipients::CompanyInput>{loaded->first()};
}

} // namespace nb::server
