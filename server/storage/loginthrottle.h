#pragma once

#include "core/result.h"
#include "server/storage/database.h"

namespace nb::server {

// Failed logins, counted per bucket ("account:<email>", "address:<ip>") in the database so that
// every server process sees the same counts. After `maxFailures` failures within `window` the
// bucket is locked for `window`.
class LoginThrottle
{
public:
    struct Policy
    {
        int maxFailuresPerAccount = 5;
        int maxFailuresPerAddress = 20;
        qint64 windowMs = 15 * 60 * 1000;
    };

    LoginThrottle(Database &db, Policy policy)
        : m_db(db)
        , m_policy(policy)
    {}

    // Milliseconds until the bucket may try again; 0 when not locked.
    Result<qint64> lockedFor(const QString &bucket, qint64 now);
    Status recordFailure(const QString &bucket, int maxFailures, qint64 now);
    Status reset(const QString &bucket);

    const Policy &policy() const { return m_policy; }

private:
    Database &m_db;
    Policy m_policy;
};

} // namespace nb::server
