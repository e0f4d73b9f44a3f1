#include "client/storeschema.h"

namespace nb::client {

const QList<QStringList> &storeSchemaSteps()
{
    static const QList<QStringList> steps{
        {
            // Version 1.
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            // The last known server state, each object with its ETag.
            QStringLiteral("CREATE TABLE server_company (id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " json TEXT NOT NULL, etag BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE server_contacts (id INTEGER PRIMARY KEY,"
                           " json TEXT NOT NULL, etag BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE server_distribution (category TEXT PRIMARY KEY,"
                           " json TEXT NOT NULL, etag BLOB NOT NULL)"),
            // The user's pending value of an object ("company", "contact:<id>",
            // "distribution:<category>"), shown instead of the server state until pushed.
            QStringLiteral("CREATE TABLE local_edits (object_key TEXT PRIMARY KEY,"
                           " kind TEXT NOT NULL, json TEXT NOT NULL,"
                           " deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)))"),
            QStringLiteral("CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " method TEXT NOT NULL, path TEXT NOT NULL, body BLOB NOT NULL,"
                           " if_match BLOB NOT NULL, idempotency_key BLOB NOT NULL,"
                           " kind TEXT NOT NULL, object_key TEXT NOT NULL,"
                           " local_id INTEGER NOT NULL, created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX outbox_object ON outbox (object_key)"),
            QStringLiteral(
                "CREATE TABLE conflicts (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " kind TEXT NOT NULL, key TEXT NOT NULL, object_key TEXT NOT NULL UNIQUE,"
                " local TEXT NOT NULL, server TEXT NOT NULL, server_etag BLOB NOT NULL,"
                " created_at INTEGER NOT NULL)"),
            // Edits the server refused for good, with its reason (for the user to read).
            QStringLiteral("CREATE TABLE rejections (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " kind TEXT NOT NULL, object_key TEXT NOT NULL, body BLOB NOT NULL,"
                           " code TEXT NOT NULL, message TEXT NOT NULL, field TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL)"),
        },
        {
            // Version 2: the vendor's products (the colours of the notice banners), as the account
            // snapshot brings them.
            QStringLiteral(
                "CREATE TABLE server_products (code TEXT PRIMARY KEY, name TEXT NOT NULL,"
                " color TEXT NOT NULL, licensed INTEGER NOT NULL CHECK (licensed IN (0, 1)),"
                " position INTEGER NOT NULL)"),
        }};
    return steps;
}

} // namespace nb::client
