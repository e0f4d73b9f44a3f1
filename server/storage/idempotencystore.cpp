#include "server/storage/idempotencystore.h"

#include <QSqlQuery>

namespace nb::server {

Result<std::optional<StoredResponse>> IdempotencyStore::find(qint64 userId, const QString &key)
{
    auto q = m_db.run(QStringLiteral("SELECT request_hash, status, etag, location, body FROM "
                                     "idempotency_keys WHERE user_id = ? AND idem_key = ?"),
                      {userId, key});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<StoredResponse>{};
    QSqlQuery &r = **q;
    return std::optional<StoredResponse>{
        StoredResponse{r.value(0).toByteArray(), r.value(1).toInt(), r.value(2).toByteArray(),
                       r.value(3).toByteArray(), r.value(4).toString().toUtf8()}};
}

Status IdempotencyStore::remember(qint64 userId, const QString &key, const StoredResponse &response)
{
    auto q =
        m_db.run(QStringLiteral("INSERT INTO idempotency_keys (user_id, idem_key, request_hash, "
                                "status, etag, location, body, created_at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {userId, key, QString::fromLatin1(response.requestHash), response.status,
                  QString::fromLatin1(response.etag), QString::fromLatin1(response.location),
                  QString::fromUtf8(response.body), nowMs()});
    if (!q)
        return q.error();
    return {};
}

} // namespace nb::server
