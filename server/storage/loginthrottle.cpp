#include "server/storage/loginthrottle.h"

#include <QSqlQuery>

namespace nb::server {

Result<qint64> LoginThrottle::lockedFor(const QString &bucket, qint64 now)
{
    auto q = m_db.run(QStringLiteral("SELECT locked_until FROM login_failures WHERE bucket = ?"),
                      {bucket});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return qint64(0);
    const qint64 lockedUntil = (*q)->value(0).toLongLong();
    return lockedUntil > now ? lockedUntil - now : qint64(0);
}

Status LoginThrottle::recordFailure(const QString &bucket, int maxFailures, qint64 now)
{
    // One statement, so concurrent failures from several processes all count.
    auto q = m_db.run(
        QStringLiteral("INSERT INTO login_failures (bucket, window_start, failures, locked_until) "
                       "VALUES (?, ?, 1, 0) ON CONFLICT (bucket) DO UPDATE SET "
                       "failures = CASE WHEN login_failures.window_start <= ? THEN 1 "
                       "ELSE login_failures.failures + 1 END, "
                       "window_start = CASE WHEN login_failures.window_start <= ? THEN ? "
                       "ELSE login_failures.window_start END"),
        {bucket, now, now - m_policy.windowMs, now - m_policy.windowMs, now});
    if (!q)
        return q.error();
    auto lock = m_db.run(QStringLiteral("UPDATE login_failures SET locked_until = ?, failures = 0, "
                                        "window_start = ? WHERE bucket = ? AND failures >= ?"),
                         {now + m_policy.windowMs, now, bucket, maxFailures});
    if (!lock)
        return lock.error();
    return {};
}

Status LoginThrottle::reset(const QString &bucket)
{
    auto q = m_db.run(QStringLiteral("DELETE FROM login_failures WHERE bucket = ?"), {bucket});
    if (!q)
        return q.error();
    return {};
}

} // namespace nb::server
