#include "server/storage/contactstore.h"

#include "server/storage/accountstore.h"

#include <QSqlQuery>

namespace nb::server {

namespace {
const QString columns = QStringLiteral(
    "id, salutation, title, first_name, last_name, position, email, phone, mobile, areas, "
    "data_protection_officer, emergency_contact, receives_critical_information, language, version");

Contact fromRow(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.salutation = q.value(1).toString();
    c.title = q.value(2).toString();
    c.firstName = q.value(3).toString();
    c.lastName = q.value(4).toString();
    c.position = q.value(5).toString();
    c.email = q.value(6).toString();
    c.phone = q.value(7).toString();
    c.mobile = q.value(8).toString();
    c.areas = q.value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.dataProtectionOfficer = q.value(10).toInt() != 0;
    c.emergencyContact = q.value(11).toInt() != 0;
    c.receivesCriticalInformation = q.value(12).toInt() != 0;
    c.language = q.value(13).toString();
    c.version = q.value(14).toLongLong();
    return c;
}
} // namespace

Result<QList<Contact>> ContactStore::list(qint64 companyId)
{
    auto q = m_db.run(QStringLiteral("SELECT ") + columns +
                          QStringLiteral(" FROM contacts WHERE company_id = ? ORDER BY id"),
                      {companyId});
    if (!q)
        return q.error();
    QList<Contact> contacts;
    while ((*q)->next())
        contacts.append(fromRow(**q));
    return contacts;
}

Result<std::optional<Contact>> ContactStore::get(qint64 companyId, qint64 id)
{
    auto q = m_db.run(QStringLiteral("SELECT ") + columns +
                          QStringLiteral(" FROM contacts WHERE company_id = ? AND id = ?"),
                      {companyId, id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Contact>{};
    return std::optional<Contact>{fromRow(**q)};
}

Result<Contact> ContactStore::create(qint64 companyId, const Contact &c)
{
    auto q =
        m_db.run(QStringLiteral(
                     "INSERT INTO contacts (company_id, salutation, title, first_name, last_name, "
                     "position, email, phone, mobile, areas, data_protection_officer, "
                     "emergency_contact, receives_critical_information, language, version) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
                 {companyId, c.salutation, c.title, c.firstName, c.lastName, c.position, c.email,
                  c.phone, c.mobile, c.areas.join(QLatin1Char(',')), int(c.dataProtectionOfficer),
                  int(c.emergencyContact), int(c.receivesCriticalInformation), c.language});
    if (!q)
        return q.error();
    (*q)->next();
    Contact created = c;
    created.id = (*q)->value(0).toLongLong();
    created.version = 1;
    if (auto marked = markCompanyChanged(m_db, companyId, true); !marked)
        return marked.error();
    return created;
}

Result<bool> ContactStore::update(qint64 companyId, const Contact &c, qint64 expectedVersion)
{
    auto q = m_db.run(
        QStringLiteral("UPDATE contacts SET salutation = ?, title = ?, first_name = ?, "
                       "last_name = ?, position = ?, email = ?, phone = ?, mobile = ?, areas = ?, "
                       "data_protection_officer = ?, emergency_contact = ?, "
                       "receives_critical_information = ?, language = ?, version = version + 1 "
                       "WHERE company_id = ? AND id = ? AND version = ?"),
        {c.salutation, c.title, c.firstName, c.lastName, c.position, c.email, c.phone, c.mobile,
         c.areas.join(QLatin1Char(',')), int(c.dataProtectionOfficer), int(c.emergencyContact),
         int(c.receivesCriticalInformation), c.language, companyId, c.id, expectedVersion});
    if (!q)
        return q.error();
    return markCompanyChanged(m_db, companyId, (*q)->numRowsAffected() == 1);
}

Result<bool> ContactStore::remove(qint64 companyId, qint64 id, qint64 expectedVersion)
{
    auto q = m_db.run(
        QStringLiteral("DELETE FROM contacts WHERE company_id = ? AND id = ? AND version = ?"),
        {companyId, id, expectedVersion});
    if (!q)
        return q.error();
    return markCompanyChanged(m_db, companyId, (*q)->numRowsAffected() == 1);
}

} // namespace nb::server
