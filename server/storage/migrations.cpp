#include "server/storage/migrations.h"

namespace nb::server {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        // 1: accounts, Firmenprofil, Ansprechpartner, Verteiler, idempotency, login throttling.
        {
            QStringLiteral("CREATE TABLE companies ("
                           " id {{id}},"
                           " customer_number TEXT NOT NULL UNIQUE,"
                           " name TEXT NOT NULL,"
                           " street TEXT NOT NULL DEFAULT '',"
                           " postcode TEXT NOT NULL DEFAULT '',"
                           " city TEXT NOT NULL DEFAULT '',"
                           " country TEXT NOT NULL DEFAULT '',"
                           " phone TEXT NOT NULL DEFAULT '',"
                           " website TEXT NOT NULL DEFAULT '',"
                           " vat_id TEXT NOT NULL DEFAULT '',"
                           " primary_contact_email TEXT NOT NULL,"
                           " version BIGINT NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE TABLE users ("
                           " id {{id}},"
                           " email TEXT NOT NULL UNIQUE,"
                           " password_hash TEXT NOT NULL,"
                           " role TEXT NOT NULL CHECK (role IN ('admin', 'member', 'staff')),"
                           " company_id BIGINT REFERENCES companies(id) ON DELETE CASCADE,"
                           " display_name TEXT NOT NULL DEFAULT '',"
                           " created_at BIGINT NOT NULL,"
                           " CHECK ((role = 'staff') = (company_id IS NULL)))"),
            QStringLiteral("CREATE TABLE sessions ("
                           " token_hash TEXT PRIMARY KEY,"
                           " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                           " created_at BIGINT NOT NULL,"
                           " expires_at BIGINT NOT NULL,"
                           " client_address TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX sessions_user ON sessions(user_id)"),
            QStringLiteral("CREATE TABLE contacts ("
                           " id {{id}},"
                           " company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                           " salutation TEXT NOT NULL DEFAULT '',"
                           " title TEXT NOT NULL DEFAULT '',"
                           " first_name TEXT NOT NULL,"
                           " last_name TEXT NOT NULL,"
                           " position TEXT NOT NULL DEFAULT '',"
                           " email TEXT NOT NULL,"
                           " phone TEXT NOT NULL DEFAULT '',"
                           " mobile TEXT NOT NULL DEFAULT '',"
                           " areas TEXT NOT NULL DEFAULT '',"
                           " data_protection_officer INTEGER NOT NULL DEFAULT 0,"
                           " emergency_contact INTEGER NOT NULL DEFAULT 0,"
                           " receives_critical_information INTEGER NOT NULL DEFAULT 0,"
                           " language TEXT NOT NULL DEFAULT 'de',"
                           " version BIGINT NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE INDEX contacts_company ON contacts(company_id, id)"),
            QStringLiteral("CREATE TABLE distribution_lists ("
                           " company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                           " category TEXT NOT NULL,"
                           " addresses TEXT NOT NULL DEFAULT '[]',"
                           " version BIGINT NOT NULL DEFAULT 1,"
                           " PRIMARY KEY (company_id, category))"),
            QStringLiteral("CREATE TABLE idempotency_keys ("
                           " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                           " idem_key TEXT NOT NULL,"
                           " request_hash TEXT NOT NULL,"
                           " status INTEGER NOT NULL,"
                           " etag TEXT NOT NULL DEFAULT '',"
                           " location TEXT NOT NULL DEFAULT '',"
                           " body TEXT NOT NULL,"
                           " created_at BIGINT NOT NULL,"
                           " PRIMARY KEY (user_id, idem_key))"),
            QStringLiteral("CREATE TABLE login_failures ("
                           " bucket TEXT PRIMARY KEY,"
                           " window_start BIGINT NOT NULL,"
                           " failures INTEGER NOT NULL,"
                           " locked_until BIGINT NOT NULL DEFAULT 0)"),
        },
        // 2: a revision per company, bumped in the same transaction as every change to the
        // company's data, so that any server process can tell whether a cached answer is current.
        {
            QStringLiteral("ALTER TABLE companies ADD COLUMN revision BIGINT NOT NULL DEFAULT 1"),
        },
        // 3: products (name and colour, shown by the client) and which of them each company
        // licenses.
        {
            QStringLiteral("CREATE TABLE products ("
                           " id {{id}},"
                           " code TEXT NOT NULL UNIQUE,"
                           " name TEXT NOT NULL,"
                           " color TEXT NOT NULL,"
                           " sort_order INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE company_products ("
                           " company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                           " product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,"
                           " PRIMARY KEY (company_id, product_id))"),
            QStringLiteral("CREATE INDEX company_products_product ON company_products(product_id)"),
        },
        // 4: signed notices (the envelope JSON exactly as signed, never re-serialised), their
        // products and patches, acknowledgements and support tickets. `counters` hands out the
        // notice sequence and ticket numbers: its row lock orders concurrent publishers, so
        // sequences become visible in the order they were assigned, on either engine.
        {
            QStringLiteral("CREATE TABLE counters ("
                           " name TEXT PRIMARY KEY,"
                           " value BIGINT NOT NULL)"),
            QStringLiteral(
                "INSERT INTO counters (name, value) VALUES ('notice', 0), ('ticket', 0)"),
            QStringLiteral("CREATE TABLE notices ("
                           " sequence BIGINT PRIMARY KEY CHECK (sequence > 0),"
                           " id TEXT NOT NULL UNIQUE,"
                           " category TEXT NOT NULL,"
                           " severity TEXT NOT NULL,"
                           " issued_at BIGINT NOT NULL,"
                           " follow_up_of TEXT NOT NULL DEFAULT '',"
                           " subject TEXT NOT NULL,"
                           " envelope TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE notice_products ("
                           " notice_sequence BIGINT NOT NULL REFERENCES notices(sequence)"
                           " ON DELETE CASCADE,"
                           " product_id BIGINT NOT NULL REFERENCES products(id),"
                           " PRIMARY KEY (notice_sequence, product_id))"),
            // The feed: a company's licensed products, then their notices by sequence.
            QStringLiteral("CREATE INDEX notice_products_feed ON notice_products(product_id, "
                           "notice_sequence)"),
            QStringLiteral("CREATE TABLE notice_patches ("
                           " notice_sequence BIGINT NOT NULL REFERENCES notices(sequence)"
                           " ON DELETE CASCADE,"
                           " file_name TEXT NOT NULL,"
                           " size BIGINT NOT NULL CHECK (size > 0),"
                           " sha256 TEXT NOT NULL,"
                           " PRIMARY KEY (notice_sequence, file_name))"),
            // Patch contents in chunks, so a download streams without loading the whole file.
            QStringLiteral(
                "CREATE TABLE notice_patch_chunks ("
                " notice_sequence BIGINT NOT NULL,"
                " file_name TEXT NOT NULL,"
                " chunk INTEGER NOT NULL,"
                " data {{blob}} NOT NULL,"
                " PRIMARY KEY (notice_sequence, file_name, chunk),"
                " FOREIGN KEY (notice_sequence, file_name)"
                " REFERENCES notice_patches(notice_sequence, file_name) ON DELETE CASCADE)"),
            QStringLiteral("CREATE TABLE acknowledgements ("
                           " notice_sequence BIGINT NOT NULL REFERENCES notices(sequence)"
                           " ON DELETE CASCADE,"
                           " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                           " company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                           " acknowledged_at BIGINT NOT NULL,"
                           " PRIMARY KEY (notice_sequence, user_id))"),
            QStringLiteral("CREATE INDEX acknowledgements_company"
                           " ON acknowledgements(company_id, notice_sequence)"),
            QStringLiteral("CREATE TABLE tickets ("
                           " number TEXT PRIMARY KEY,"
                           " company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                           " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                           " notice_sequence BIGINT NOT NULL REFERENCES notices(sequence),"
                           " subject TEXT NOT NULL,"
                           " message TEXT NOT NULL,"
                           " created_at BIGINT NOT NULL)"),
            QStringLiteral("CREATE INDEX tickets_company ON tickets(company_id, created_at)"),
        },
        // 5: staff mailings (drafts → approved → sent), their patch files and exclusions, and
        // the persistent mail queue. A mailing's `version` is its ETag: every edit bumps it and
        // withdraws an approval. The queue's `message_id` is unique, so a mail is queued once;
        // `lease_until` lets any process take over the claims of one that died.
        {
            QStringLiteral("INSERT INTO counters (name, value) VALUES ('mailing', 0)"),
            QStringLiteral("CREATE TABLE mailings ("
                           " id {{id}},"
                           " state TEXT NOT NULL DEFAULT 'draft'"
                           " CHECK (state IN ('draft', 'approved', 'sent')),"
                           " draft TEXT NOT NULL,"
                           " subject TEXT NOT NULL DEFAULT '',"
                           " author_id BIGINT NOT NULL REFERENCES users(id),"
                           " last_editor_id BIGINT NOT NULL REFERENCES users(id),"
                           " approved_by BIGINT REFERENCES users(id),"
                           " approved_at BIGINT,"
                           " notice_id TEXT,"
                           " sent_at BIGINT,"
                           " created_at BIGINT NOT NULL,"
                           " updated_at BIGINT NOT NULL,"
                           " version BIGINT NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE TABLE mailing_patches ("
                           " mailing_id BIGINT NOT NULL REFERENCES mailings(id) ON DELETE CASCADE,"
                           " file_name TEXT NOT NULL,"
                           " size BIGINT NOT NULL CHECK (size > 0),"
                           " sha256 TEXT NOT NULL,"
                           " PRIMARY KEY (mailing_id, file_name))"),
            QStringLiteral(
                "CREATE TABLE mailing_patch_chunks ("
                " mailing_id BIGINT NOT NULL,"
                " file_name TEXT NOT NULL,"
                " chunk INTEGER NOT NULL,"
                " data {{blob}} NOT NULL,"
                " PRIMARY KEY (mailing_id, file_name, chunk),"
                " FOREIGN KEY (mailing_id, file_name)"
                " REFERENCES mailing_patches(mailing_id, file_name) ON DELETE CASCADE)"),
            // An excluded company (address '') or one excluded address of a company.
            QStringLiteral("CREATE TABLE mailing_exclusions ("
                           " mailing_id BIGINT NOT NULL REFERENCES mailings(id) ON DELETE CASCADE,"
                           " company_id BIGINT NOT NULL REFERENCES companies(id)"
                           " ON DELETE CASCADE,"
                           " address TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (mailing_id, company_id, address))"),
            QStringLiteral("CREATE TABLE mail_queue ("
                           " id {{id}},"
                           " mailing_id BIGINT REFERENCES mailings(id) ON DELETE SET NULL,"
                           " company_id BIGINT REFERENCES companies(id) ON DELETE SET NULL,"
                           " recipient TEXT NOT NULL,"
                           " message_id TEXT NOT NULL UNIQUE,"
                           " message {{blob}} NOT NULL,"
                           " state TEXT NOT NULL DEFAULT 'queued'"
                           " CHECK (state IN ('queued', 'sending', 'sent', 'failed')),"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " next_attempt_at BIGINT NOT NULL,"
                           " lease_until BIGINT,"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " queued_at BIGINT NOT NULL,"
                           " sent_at BIGINT)"),
            QStringLiteral("CREATE INDEX mail_queue_due ON mail_queue(state, next_attempt_at)"),
            QStringLiteral("CREATE INDEX mail_queue_mailing ON mail_queue(mailing_id, state)"),
        },
        // 6: who opened a notice in the app (the "read" count of a mailing's results, one row per
        // user, the first time counts), and every staff account that edited a mailing (four
        // eyes: none of them may approve it, not only the author and the last editor).
        {
            QStringLiteral("CREATE TABLE notice_reads ("
                           " notice_sequence BIGINT NOT NULL REFERENCES notices(sequence)"
                           " ON DELETE CASCADE,"
                           " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                           " company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                           " read_at BIGINT NOT NULL,"
                           " PRIMARY KEY (notice_sequence, user_id))"),
            QStringLiteral("CREATE INDEX notice_reads_company"
                           " ON notice_reads(company_id, notice_sequence)"),
            QStringLiteral("CREATE TABLE mailing_editors ("
                           " mailing_id BIGINT NOT NULL REFERENCES mailings(id) ON DELETE CASCADE,"
                           " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                           " PRIMARY KEY (mailing_id, user_id))"),
            QStringLiteral("INSERT INTO mailing_editors (mailing_id, user_id)"
                           " SELECT id, author_id FROM mailings"),
            QStringLiteral("INSERT INTO mailing_editors (mailing_id, user_id)"
                           " SELECT id, last_editor_id FROM mailings WHERE last_editor_id <> author_id"),
        },
        // 7: changing who receives critical information is a security event (issue 7): fresh
        // re-authentication per session, the company lock after "Das war ich nicht", the
        // periodic re-confirmation, pending address changes confirmed by code or link, one-time
        // tokens of the links in account mails (only hashes stored), what is known of each
        // address (confirmed, bounced), and the hash-chained audit log with its head per company.
        {
            QStringLiteral("ALTER TABLE sessions ADD COLUMN reauthenticated_at BIGINT"),
            QStringLiteral("ALTER TABLE companies ADD COLUMN locked_at BIGINT"),
            QStringLiteral("ALTER TABLE companies ADD COLUMN reconfirmed_at BIGINT"),
            QStringLiteral("ALTER TABLE companies ADD COLUMN reconfirm_mailed_at BIGINT"),
            QStringLiteral("ALTER TABLE companies ADD COLUMN audit_seq BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE companies ADD COLUMN audit_head TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE pending_changes ("
                           " id {{id}},"
                           " company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL"
                           " CHECK (kind IN ('primary-contact', 'security-address', 'contact')),"
                           " contact_id BIGINT REFERENCES contacts(id) ON DELETE CASCADE,"
                           " old_address TEXT NOT NULL DEFAULT '',"
                           " new_address TEXT NOT NULL,"
                           " requested_by BIGINT REFERENCES users(id) ON DELETE SET NULL,"
                           " requested_at BIGINT NOT NULL,"
                           " expires_at BIGINT NOT NULL,"
                           " attempts_left INTEGER NOT NULL,"
                           " code_hash TEXT NOT NULL,"
                           " resent_at BIGINT,"
                           " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending',"
                           " 'confirmed', 'cancelled', 'expired', 'reverted')),"
                           " resolved_at BIGINT)"),
            QStringLiteral("CREATE INDEX pending_changes_company ON pending_changes(company_id,"
                           " state)"),
            QStringLiteral("CREATE TABLE action_tokens ("
                           " token_hash TEXT PRIMARY KEY,"
                           " kind TEXT NOT NULL CHECK (kind IN ('confirm', 'revert', 'reconfirm')),"
                           " company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                           " change_id BIGINT REFERENCES pending_changes(id) ON DELETE CASCADE,"
                           " user_id BIGINT REFERENCES users(id) ON DELETE CASCADE,"
                           " expires_at BIGINT NOT NULL,"
                           " used_at BIGINT)"),
            QStringLiteral("CREATE TABLE address_states ("
                           " company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                           " address TEXT NOT NULL,"
                           " state TEXT NOT NULL CHECK (state IN ('confirmed', 'bounced')),"
                           " confirmed_at BIGINT,"
                           " bounced_at BIGINT,"
                           " PRIMARY KEY (company_id, address))"),
            QStringLiteral("CREATE TABLE audit_log ("
                           " company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,"
                           " seq BIGINT NOT NULL,"
                           " at BIGINT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " role TEXT NOT NULL,"
                           " client_address TEXT NOT NULL DEFAULT '',"
                           " client TEXT NOT NULL DEFAULT '',"
                           " action TEXT NOT NULL,"
                           " before_json TEXT NOT NULL,"
                           " after_json TEXT NOT NULL,"
                           " prev_hash TEXT NOT NULL,"
                           " hash TEXT NOT NULL,"
                           " PRIMARY KEY (company_id, seq))"),
        },
    };
    return steps;
}

} // namespace nb::server
