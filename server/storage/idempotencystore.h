#pragma once

#include "core/result.h"
#include "server/storage/database.h"

#include <optional>

namespace nb::server {

struct StoredResponse
{
    QByteArray requestHash;
    int status = 0;
    QByteArray etag;
    QByteArray location;
    QByteArray body;
};

// Remembers the first response to each (user, Idempotency-Key) so that a retried POST returns it
// instead of creating a second resource. Written in the same transaction as the resource.
class IdempotencyStore
{
public:
    explicit IdempotencyStore(Database &db)
        : m_db(db)
    {}

    Result<std::optional<StoredResponse>> find(qint64 userId, const QString &key);
    Status remember(qint64 userId, const QString &key, const StoredResponse &response);

private:
    Database &m_db;
};

} // namespace nb::server
