#include "client/noticeschema.h"

namespace nb::client {

const QList<QStringList> &noticeSchemaSteps()
{
    static const QList<QStringList> steps{
        {
            // Version 1.
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)"),
            // The envelope exactly as received; the other columns are read from its payload when it
            // is stored (the inbox lists them without parsing), and the envelope is verified again
            // on every display.
            QStringLiteral(
                "CREATE TABLE notices (sequence INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
                " envelope BLOB NOT NULL, subject TEXT NOT NULL, products TEXT NOT NULL,"
                " category TEXT NOT NULL, severity TEXT NOT NULL, status TEXT NOT NULL,"
                " act_by TEXT NOT NULL, issued_at INTEGER NOT NULL, follow_up_of TEXT NOT NULL,"
                " thread_root TEXT NOT NULL, thread_status TEXT NOT NULL,"
                " read INTEGER NOT NULL DEFAULT 0 CHECK (read IN (0, 1)), acknowledged_at INTEGER,"
                " ack_pending INTEGER NOT NULL DEFAULT 0 CHECK (ack_pending IN (0, 1)))"),
            QStringLiteral("CREATE INDEX notices_thread ON notices (thread_root, sequence)"),
            QStringLiteral("CREATE INDEX notices_category ON notices (category, sequence)"),
            QStringLiteral("CREATE INDEX notices_read ON notices (read, sequence)"),
            QStringLiteral(
                "CREATE INDEX notices_ack_pending ON notices (ack_pending, acknowledged_at)"),
            QStringLiteral("CREATE TABLE notice_products (product TEXT NOT NULL,"
                           " sequence INTEGER NOT NULL REFERENCES notices (sequence),"
                           " PRIMARY KEY (product, sequence)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE key_lists (version INTEGER PRIMARY KEY,"
                           " envelope BLOB NOT NULL)"),
        },
        {
            // Version 2: opening a notice in the app is told to the server once (the "read in the
            // app" of a mailing's results). read_push: 0 never opened here, 1 opened and not yet
            // pushed, 2 pushed (or the server did not know the notice). Marking a notice unread
            // again leaves it at 2: the server keeps the first read. Notices opened before this
            // version are pushed once.
            QStringLiteral("ALTER TABLE notices ADD COLUMN read_push INTEGER NOT NULL DEFAULT 0"
                           " CHECK (read_push IN (0, 1, 2))"),
            QStringLiteral("UPDATE notices SET read_push = 1 WHERE read = 1"),
            QStringLiteral("CREATE INDEX notices_read_push ON notices (read_push, sequence)"),
        }};
    return steps;
}

} // namespace nb::client
