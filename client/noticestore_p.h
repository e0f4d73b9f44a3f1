#pragma once

// Shared by noticestore.cpp (the feed, the inbox reads), noticestorekeys.cpp (the key lists)
// and noticestoreactions.cpp (read, acknowledgements, sync values).

#include "client/noticestore.h"
#include "client/storedatabase.h"

#include <optional>

namespace nb::client {

struct NoticeStore::Private
{
    std::unique_ptr<StoreDatabase> db;
    bool fullText = false; // FTS5 (notice_text); otherwise LIKE on notice_text_plain
    std::optional<QList<signing::PublicKey>> roots;
    mutable std::optional<QList<KeyList>> keyLists; // loaded (and checked) once, then cached
};

namespace noticestore {

Status setMeta(StoreDatabase &db, const QString &key, const QByteArray &value);
Result<QByteArray> meta(StoreDatabase &db, const QString &key);
Error notFound(const QString &id);

} // namespace noticestore
} // namespace nb::client
