#include "server/storage/accountstore.h"

#include <QSqlQuery>

namespace nb::server {

namespace {
const QString companyColumns = QStringLiteral(
    "id, customer_number, name, street, postcode, city, country, phone, website, vat_id, "
    "primary_contact_email, version");

Company companyFromRow(const QSqlQuery &q)
{
    Company c;
    c.id = q.value(0).toLongLong();
    c.customerNumber = q.value(1).toString();
    c.name = q.value(2).toString();
    c.street = q.value(3).toString();
    c.postcode = q.value(4).toString();
    c.city = q.value(5).toString();
    c.country = q.value(6).toString();
    c.phone = q.value(7).toString();
    c.website = q.value(8).toString();
    c.vatId = q.value(9).toString();
    c.primaryContactEmail = q.value(10).toString();
    c.version = q.value(11).toLongLong();
    return c;
}
} // namespace

Result<std::optional<std::pair<User, QByteArray>>>
AccountStore::userWithPasswordHash(const QString &email)
{
    auto q =
        m_db.run(QStringLiteral("SELECT id, email, role, company_id, display_name, password_hash "
                                "FROM users WHERE email = ?"),
                 {email.toLower()});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<std::pair<User, QByteArray>>{};
    QSqlQuery &r = **q;
    User user{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
              r.value(3).toLongLong(), r.value(4).toString()};
    return std::optional<std::pair<User, QByteArray>>{std::pair{user, r.value(5).toByteArray()}};
}

Result<qint64> AccountStore::createUser(const QString &email, const QByteArray &passwordHash,
                                        const QString &role, qint64 companyId,
                                        const QString &displayName)
{
    auto q =
        m_db.run(QStringLiteral("INSERT INTO users (email, password_hash, role, company_id, "
                                "display_name, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                 {email.toLower(), QString::fromLatin1(passwordHash), role,
                  companyId > 0 ? QVariant(companyId) : QVariant(QMetaType::fromType<qint64>()),
                  displayName, nowMs()});
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toLongLong();
}

Status AccountStore::createSession(const QByteArray &tokenHash, qint64 userId, qint64 expiresAt,
                                   const QString &clientAddress)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, "
                                     "expires_at, client_address) VALUES (?, ?, ?, ?, ?)"),
                      {QString::fromLatin1(tokenHash), userId, nowMs(), expiresAt, clientAddress});
    if (!q)
        return q.error();
    return {};
}

Result<std::pair<AccountStore::Lookup, SessionInfo>>
AccountStore::session(const QByteArray &tokenHash, qint64 now)
{
    auto q = m_db.run(QStringLiteral("SELECT u.id, u.email, u.role, u.company_id, u.display_name, "
                                     "s.expires_at, c.revision FROM sessions s "
                                     "JOIN users u ON u.id = s.user_id "
                                     "LEFT JOIN companies c ON c.id = u.company_id "
                                     "WHERE s.token_hash = ?"),
                      {QString::fromLatin1(tokenHash)});
    if (!q)
        return q.error();
    QSqlQuery &r = **q;
    if (!r.next())
        return std::pair{Lookup::Unknown, SessionInfo{}};
    SessionInfo info{User{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
                          r.value(3).toLongLong(), r.value(4).toString()},
                     r.value(5).toLongLong(), r.value(6).toLongLong()};
    if (info.expiresAt <= now) {
        if (Status deleted = deleteSession(tokenHash); !deleted)
            return deleted.error();
        return std::pair{Lookup::Expired, SessionInfo{}};
    }
    return std::pair{Lookup::Valid, info};
}

Status AccountStore::deleteSession(const QByteArray &tokenHash)
{
    auto q = m_db.run(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"),
                      {QString::fromLatin1(tokenHash)});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<Company>> AccountStore::company(qint64 id)
{
    auto q = m_db.run(QStringLiteral("SELECT ") + companyColumns +
                          QStringLiteral(" FROM companies WHERE id = ?"),
                      {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Company>{};
    return std::optional<Company>{companyFromRow(**q)};
}

Result<std::optional<qint64>> AccountStore::companyIdByCustomerNumber(const QString &customerNumber)
{
    auto q = m_db.run(QStringLiteral("SELECT id FROM companies WHERE customer_number = ?"),
                      {customerNumber});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<qint64>{};
    return std::optional<qint64>{(*q)->value(0).toLongLong()};
}

Result<qint64> AccountStore::createCompany(const Company &c)
{
    auto q = m_db.run(
        QStringLiteral("INSERT INTO companies (customer_number, name, street, postcode, city, "
                       "country, phone, website, vat_id, primary_contact_email, version) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
        {c.customerNumber, c.name, c.street, c.postcode, c.city, c.country, c.phone, c.website,
         c.vatId, c.primaryContactEmail});
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toLongLong();
}

Result<bool> AccountStore::updateCompany(const Company &c, qint64 expectedVersion)
{
    auto q =
        m_db.run(QStringLiteral(
                     "UPDATE companies SET name = ?, street = ?, postcode = ?, city = ?, "
                     "country = ?, phone = ?, website = ?, vat_id = ?, primary_contact_email = ?, "
                     "version = version + 1, revision = revision + 1 WHERE id = ? AND version = ?"),
                 {c.name, c.street, c.postcode, c.city, c.country, c.phone, c.website, c.vatId,
                  c.primaryContactEmail, c.id, expectedVersion});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

Status AccountStore::bumpCompanyRevision(qint64 companyId)
{
    auto q = m_db.run(QStringLiteral("UPDATE companies SET revision = revision + 1 WHERE id = ?"),
                      {companyId});
    if (!q)
        return q.error();
    return {};
}

Result<bool> markCompanyChanged(Database &db, qint64 companyId, bool rowChanged)
{
    if (!rowChanged)
        return false;
    if (Status bumped = AccountStore(db).bumpCompanyRevision(companyId); !bumped)
        return bumped.error();
    return true;
}

} // namespace nb::server
