#pragma once

#include <QList>
#include <QStringList>

namespace nb::client {

// The NoticeStore's schema, one list of statements per version (PRAGMA user_version). The
// full-text table is not part of it: NoticeStore::open creates it with FTS5 when the SQLite
// library has it, and a plain table searched with LIKE otherwise.
const QList<QStringList> &noticeSchemaSteps();

} // namespace nb::client
