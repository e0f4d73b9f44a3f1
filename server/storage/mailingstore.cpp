#include "server/storage/mailingstore.h"

#include "core/crypto.h"
#include "core/distribution.h"
#include "core/mailingdraft.h"
#include "server/storage/noticestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

// The draft column holds nb::draftToJson of the draft, patch references included; the patch
// contents live in mailing_patches / mailing_patch_chunks. Every write that changes a mailing
// starts with the UPDATE that checks and bumps its version: on SQLite a write lock taken after a
// read could fail with a stale snapshot instead of waiting, and on PostgreSQL the row lock it
// takes serialises concurrent editors.
namespace nb::server {

QString mailingStateKey(MailingState state)
{
    switch (state) {
    case MailingState::Draft:
        return QStringLiteral("draft");
    case MailingState::Approved:
        return QStringLiteral("approved");
    case MailingState::Sent:
        return QStringLiteral("sent");
    }
    return {};
}

namespace {

const QString columns = QStringLiteral(
    "m.id, m.state, m.draft, m.author_id, ua.email, m.last_editor_id, ue.email, m.approved_by, "
    "up.email, m.approved_at, m.notice_id, m.sent_at, m.created_at, m.updated_at, m.version "
    "FROM mailings m JOIN users ua ON ua.id = m.author_id "
    "JOIN users ue ON ue.id = m.last_editor_id LEFT JOIN users up ON up.id = m.approved_by");

Error storageError(const QString &message)
{
    return Error{QStringLiteral("database-error"), message, {}};
}

std::optional<MailingState> stateFromKey(const QString &key)
{
    for (const MailingState state :
         {MailingState::Draft, MailingState::Approved, MailingState::Sent}) {
        if (mailingStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

QString draftText(const Notice &draft)
{
    return QString::fromUtf8(QJsonDocument(draftToJson(draft)).toJson(QJsonDocument::Compact));
}

Result<Notice> parseDraft(qint64 id, const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isObject()) {
        if (Result<Notice> draft = draftFromJson(document.object()))
            return draft;
    }
    return storageError(QStringLiteral("the stored draft of mailing %1 is unreadable").arg(id));
}

Result<Mailing> fromRow(const QSqlQuery &q)
{
    Mailing m;
    m.id = q.value(0).toLongLong();
    const auto state = stateFromKey(q.value(1).toString());
    if (!state)
        return storageError(QStringLiteral("mailing %1 has an unknown state").arg(m.id));
    m.state = *state;
    auto draft = parseDraft(m.id, q.value(2).toString());
    if (!draft)
        return draft.error();
    m.draft = std::move(draft).value();
    m.authorId = q.value(3).toLongLong();
    m.authorEmail = q.value(4).toString();
    m.lastEditorId = q.value(5).toLongLong();
    m.lastEditorEmail = q.value(6).toString();
    if (!q.value(7).isNull()) {
        m.approvedBy = q.value(7).toLongLong();
        m.approverEmail = q.value(8).toString();
        m.approvedAt = q.value(9).toLongLong();
    }
    m.noticeId = q.value(10).toString();
    m.sentAt = q.value(11).isNull() ? 0 : q.value(11).toLongLong();
    m.createdAt = q.value(12).toLongLong();
    m.updatedAt = q.value(13).toLongLong();
    m.version = q.value(14).toLongLong();
    return m;
}

// The publishing rules for a patch's file name (nb::validateNotice), applied to a notice that
// passes every other rule, so that a draft's patches obey exactly what publishing will check.
Status checkPatchFile(const QString &fileName, const QByteArray &content)
{
    if (content.isEmpty())
        return Error{QStringLiteral("invalid-patch"),
                     QCoreApplication::translate("nb::server::MailingStore",
                                                 "The patch file \"%1\" is empty.")
                         .arg(fileName),
                     QStringLiteral("fileName")};
    Notice probe;
    probe.id = QStringLiteral("probe");
    probe.sequence = 1;
    probe.products = QStringList{QStringLiteral("probe")};
    probe.category = distributionCategories().value(0);
    probe.subject = QStringLiteral("Probe");
    probe.body = QStringLiteral("Probe");
    probe.issuedAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    probe.patches = {PatchReference{fileName, content.size(), QByteArray(32, '\0')}};
    Status valid = validateNotice(probe);
    if (!valid)
        return Error{QStringLiteral("invalid-patch"), valid.error().message,
                     QStringLiteral("fileName")};
    return {};
}

// Why a guarded UPDATE changed no row: the mailing is gone, sent, or at another version.
Result<MailingStore::Outcome> missedOutcome(Database &db, qint64 id)
{
    auto q = db.run(QStringLiteral("SELECT state FROM mailings WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return MailingStore::Outcome::NotFound;
    if ((*q)->value(0).toString() == mailingStateKey(MailingState::Sent))
        return MailingStore::Outcome::Sent;
    return MailingStore::Outcome::Stale;
}

// Adds `userId` to the mailing's editors (four eyes: none of them may approve it).
Status recordEditor(Database &db, qint64 id, qint64 userId)
{
    auto q = db.run(QStringLiteral("INSERT INTO mailing_editors (mailing_id, user_id) VALUES "
                                   "(?, ?) ON CONFLICT DO NOTHING"),
                    {id, userId});
    if (!q)
        return q.error();
    return {};
}

// Fills the editors of `mailings` (one query; all mailings' editors when `only` is unset).
Status loadEditors(Database &db, QList<Mailing> &mailings, std::optional<qint64> only)
{
    const QString sql = QStringLiteral("SELECT e.mailing_id, e.user_id, u.email FROM "
                                       "mailing_editors e JOIN users u ON u.id = e.user_id");
    auto q = only ? db.run(sql + QStringLiteral(" WHERE e.mailing_id = ?"), {*only}) : db.run(sql);
    if (!q)
        return q.error();
    QHash<qint64, Mailing *> byId;
    for (Mailing &mailing : mailings)
        byId.insert(mailing.id, &mailing);
    while ((*q)->next()) {
        if (Mailing *mailing = byId.value((*q)->value(0).toLongLong()))
            mailing->editors.insert((*q)->value(1).toLongLong(), (*q)->value(2).toString());
    }
    return {};
}

// Deletes a patch file of a mailing, chunks first.
Status deletePatchFile(Database &db, qint64 id, const QString &fileName)
{
    for (const QString &sql : {QStringLiteral("DELETE FROM mailing_patch_chunks WHERE "
                                              "mailing_id = ? AND file_name = ?"),
                               QStringLiteral("DELETE FROM mailing_patches WHERE mailing_id = ? "
                                              "AND file_name = ?")}) {
        auto deleted = db.run(sql, {id, fileName});
        if (!deleted)
            return deleted.error();
    }
    return {};
}

// An edit's first statement: bumps the version of an unsent mailing at `expectedVersion`,
// records the editor and withdraws an approval. False when no row matched.
Result<bool> claimEdit(Database &db, qint64 id, qint64 editorId, qint64 expectedVersion, qint64 now)
{
    auto q = db.run(QStringLiteral("UPDATE mailings SET version = version + 1, last_editor_id = ?, "
                                   "state = 'draft', approved_by = NULL, approved_at = NULL, "
                                   "updated_at = ? WHERE id = ? AND version = ? AND state <> "
                                   "'sent'"),
                    {editorId, now, id, expectedVersion});
    if (!q)
        return q.error();
    if ((*q)->numRowsAffected() != 1)
        return false;
    if (Status recorded = recordEditor(db, id, editorId); !recorded)
        return recorded.error();
    return true;
}

// The stored draft of a mailing (inside the caller's transaction).
Result<Notice> storedDraft(Database &db, qint64 id)
{
    auto q = db.run(QStringLiteral("SELECT draft FROM mailings WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return storageError(QStringLiteral("mailing %1 vanished").arg(id));
    return parseDraft(id, (*q)->value(0).toString());
}

Status storeDraft(Database &db, qint64 id, const Notice &draft)
{
    auto q = db.run(QStringLiteral("UPDATE mailings SET draft = ?, subject = ? WHERE id = ?"),
                    {draftText(draft), draft.subject, id});
    if (!q)
        return q.error();
    return {};
}

// One edit of an unsent mailing at `expectedVersion`, in one transaction: claims it (version
// bump, editor recorded, approval withdrawn), hands the stored draft to `change` (which may run
// statements of its own and answers NotFound to roll everything back), stores the changed draft.
Result<MailingStore::Outcome>
editDraft(Database &db, qint64 id, qint64 editorId, qint64 expectedVersion, qint64 now,
          const std::function<Result<MailingStore::Outcome>(Notice &)> &change)
{
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    auto claimed = claimEdit(db, id, editorId, expectedVersion, now);
    if (!claimed)
        return claimed.error();
    if (!*claimed)
        return missedOutcome(db, id);
    auto draft = storedDraft(db, id);
    if (!draft)
        return draft.error();
    auto changed = change(*draft);
    if (!changed || *changed != MailingStore::Outcome::Done)
        return changed;
    if (Status stored = storeDraft(db, id, *draft); !stored)
        return stored.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return MailingStore::Outcome::Done;
}

} // namespace

Result<QList<Mailing>> MailingStore::list()
{
    auto q = m_db.run(QStringLiteral("SELECT ") + columns +
                      QStringLiteral(" ORDER BY m.updated_at DESC, m.id DESC"));
    if (!q)
        return q.error();
    QList<Mailing> mailings;
    while ((*q)->next()) {
        auto mailing = fromRow(**q);
        if (!mailing)
            return mailing.error();
        mailings.append(std::move(mailing).value());
    }
    if (Status loaded = loadEditors(m_db, mailings, std::nullopt); !loaded)
        return loaded.error();
    return mailings;
}

Result<std::optional<Mailing>> MailingStore::get(qint64 id)
{
    auto q =
        m_db.run(QStringLiteral("SELECT ") + columns + QStringLiteral(" WHERE m.id = ?"), {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Mailing>();
    auto mailing = fromRow(**q);
    if (!mailing)
        return mailing.error();
    QList<Mailing> one{std::move(mailing).value()};
    if (Status loaded = loadEditors(m_db, one, id); !loaded)
        return loaded.error();
    return std::optional<Mailing>(std::move(one.first()));
}

Result<Mailing> MailingStore::create(const Notice &draft, qint64 authorId, qint64 now)
{
    Notice stored = draft;
    stored.patches.clear(); // patches come through putPatch, with their content
    // Two inserts: atomic in the route's (idempotency) transaction; the author check does not
    // depend on the editors row anyway.
    auto q = m_db.run(QStringLiteral("INSERT INTO mailings (state, draft, subject, author_id, "
                                     "last_editor_id, created_at, updated_at, version) VALUES "
                                     "('draft', ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
                      {draftText(stored), stored.subject, authorId, authorId, now, now});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return storageError(QStringLiteral("INSERT INTO mailings returned no id"));
    const qint64 id = (*q)->value(0).toLongLong();
    if (Status recorded = recordEditor(m_db, id, authorId); !recorded)
        return recorded.error();
    auto created = get(id);
    if (!created)
        return created.error();
    if (!*created)
        return storageError(QStringLiteral("mailing %1 vanished").arg(id));
    return **created;
}

Result<MailingStore::Outcome> MailingStore::update(qint64 id, const Notice &draft, qint64 editorId,
                                                   qint64 expectedVersion, qint64 now)
{
    return editDraft(m_db, id, editorId, expectedVersion, now, [&](Notice &current) {
        Notice replacement = draft;
        replacement.patches = current.patches;
        current = std::move(replacement);
        return Result<Outcome>(Outcome::Done);
    });
}

Result<MailingStore::Outcome> MailingStore::remove(qint64 id, qint64 expectedVersion)
{
    auto q = m_db.run(
        QStringLiteral("DELETE FROM mailings WHERE id = ? AND version = ? AND state <> 'sent'"),
        {id, expectedVersion});
    if (!q)
        return q.error();
    if ((*q)->numRowsAffected() == 1)
        return Outcome::Done;
    return missedOutcome(m_db, id);
}

Result<MailingStore::Outcome> MailingStore::putPatch(qint64 id, const QString &fileName,
                                                     const QByteArray &content, qint64 editorId,
                                                     qint64 expectedVersion, qint64 now)
{
    if (Status valid = checkPatchFile(fileName, content); !valid)
        return valid.error();
    return editDraft(
        m_db, id, editorId, expectedVersion, now, [&](Notice &draft) -> Result<Outcome> {
            // A replaced file loses its old chunks first (the chunk count may shrink).
            if (Status deleted = deletePatchFile(m_db, id, fileName); !deleted)
                return deleted.error();
            const PatchReference reference{fileName, content.size(), crypto::sha256(content)};
            auto inserted = m_db.run(
                QStringLiteral("INSERT INTO mailing_patches (mailing_id, file_name, size, sha256) "
                               "VALUES (?, ?, ?, ?)"),
                {id, fileName, reference.size, QString::fromLatin1(reference.sha256.toHex())});
            if (!inserted)
                return inserted.error();
            for (qsizetype offset = 0, chunk = 0; offset < content.size();
                 offset += NoticeStore::chunkSize, ++chunk) {
                auto stored =
                    m_db.run(QStringLiteral("INSERT INTO mailing_patch_chunks (mailing_id, "
                                            "file_name, chunk, data) VALUES (?, ?, ?, ?)"),
                             {id, fileName, chunk, content.mid(offset, NoticeStore::chunkSize)});
                if (!stored)
                    return stored.error();
            }
            // Replacing keeps the file's place in the list; a new file goes last.
            auto existing =
                std::find_if(draft.patches.begin(), draft.patches.end(),
                             [&](const PatchReference &p) { return p.fileName == fileName; });
            if (existing != draft.patches.end())
                *existing = reference;
            else
                draft.patches.append(reference);
            return Outcome::Done;
        });
}

Result<MailingStore::Outcome> MailingStore::removePatch(qint64 id, const QString &fileName,
                                                        qint64 editorId, qint64 expectedVersion,
                                                        qint64 now)
{
    return editDraft(m_db, id, editorId, expectedVersion, now,
                     [&](Notice &draft) -> Result<Outcome> {
                         const qsizetype removed = draft.patches.removeIf(
                             [&](const PatchReference &p) { return p.fileName == fileName; });
                         if (removed == 0)
                             return Outcome::NotFound; // rolls the version bump back
                         if (Status deleted = deletePatchFile(m_db, id, fileName); !deleted)
                             return deleted.error();
                         return Outcome::Done;
                     });
}

Result<QHash<QString, QByteArray>> MailingStore::patchContents(qint64 id)
{
    auto q = m_db.run(QStringLiteral("SELECT file_name, data FROM mailing_patch_chunks WHERE "
                                     "mailing_id = ? ORDER BY file_name, chunk"),
                      {id});
    if (!q)
        return q.error();
    QHash<QString, QByteArray> contents;
    while ((*q)->next())
        contents[(*q)->value(0).toString()] += (*q)->value(1).toByteArray();
    return contents;
}

Result<MailingStore::Outcome> MailingStore::approve(qint64 id, qint64 approverId,
                                                    qint64 expectedVersion, qint64 now)
{
    // Approval changes the representation, so it bumps the version (the ETag) as well.
    auto q = m_db.run(QStringLiteral("UPDATE mailings SET state = 'approved', approved_by = ?, "
                                     "approved_at = ?, updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ? AND state = 'draft' AND "
                                     "NOT EXISTS (SELECT 1 FROM mailing_editors WHERE "
                                     "mailing_id = ? AND user_id = ?)"),
                      {approverId, now, now, id, expectedVersion, id, approverId});
    if (!q)
        return q.error();
    if ((*q)->numRowsAffected() == 1)
        return Outcome::Done;
    return missedOutcome(m_db, id);
}

Result<MailingStore::Outcome> MailingStore::markSent(qint64 id, qint64 expectedVersion,
                                                     const QString &noticeId, qint64 now)
{
    auto q = m_db.run(QStringLiteral("UPDATE mailings SET state = 'sent', notice_id = ?, "
                                     "sent_at = ?, updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ? AND state = 'approved'"),
                      {noticeId, now, now, id, expectedVersion});
    if (!q)
        return q.error();
    if ((*q)->numRowsAffected() == 1)
        return Outcome::Done;
    return missedOutcome(m_db, id);
}

} // namespace nb::server
