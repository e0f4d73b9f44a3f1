#pragma once

#include "core/company.h"
#include "core/result.h"
#include "server/storage/database.h"

#include <QString>
#include <optional>

namespace nb::server {

struct User
{
    qint64 id = 0;
    QString email;
    QString role;         // admin, member, staff
    qint64 companyId = 0; // 0 for staff
    QString displayName;

    bool isAdmin() const { return role == QLatin1String("admin"); }
    bool isStaff() const { return role == QLatin1String("staff"); }
};

struct SessionInfo
{
    User user;
    qint64 expiresAt = 0;
    qint64 companyRevision = 0; // see bumpCompanyRevision(); 0 for staff
};

// Users, sessions and companies. Tokens are stored only as their SHA-256.
class AccountStore
{
public:
    explicit AccountStore(Database &db)
        : m_db(db)
    {}

    Result<std::optional<std::pair<User, QByteArray>>> userWithPasswordHash(const QString &email);
    Result<qint64> createUser(const QString &email, const QByteArray &passwordHash,
                              const QString &role, qint64 companyId, const QString &displayName);

    Status createSession(const QByteArray &tokenHash, qint64 userId, qint64 expiresAt,
                         const QString &clientAddress);
    // The session's user, or nullopt when unknown or expired (expired ones are deleted).
    enum class Lookup
    {
        Valid,
        Unknown,
        Expired
    };
    Result<std::pair<Lookup, SessionInfo>> session(const QByteArray &tokenHash, qint64 now);
    Status deleteSession(const QByteArray &tokenHash);

    Result<std::optional<Company>> company(qint64 id);
    Result<std::optional<qint64>> companyIdByCustomerNumber(const QString &customerNumber);
    Result<qint64> createCompany(const Company &company);
    // Optimistic update: false when `expectedVersion` is no longer current.
    Result<bool> updateCompany(const Company &company, qint64 expectedVersion);
    // Marks a change to anything of the company (profile, contacts, Verteiler). Call inside the
    // transaction of the change.
    Status bumpCompanyRevision(qint64 companyId);

private:
    Database &m_db;
};

// For the stores of a company's data: bumps the company revision when a row changed, and passes
// `rowChanged` on.
Result<bool> markCompanyChanged(Database &db, qint64 companyId, bool rowChanged);

} // namespace nb::server
