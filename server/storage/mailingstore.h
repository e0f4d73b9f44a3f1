#pragma once

#include "core/notice.h"
#include "core/result.h"
#include "server/storage/database.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <optional>

// Staff mailings: a draft (the Notice it will become, core/mailingdraft.h) that staff edit,
// a second staff member approves (four eyes) and that is sent once. Every edit bumps `version`
// (the ETag) and withdraws an approval; a sent mailing never changes again.
namespace nb::server {

enum class MailingState
{
    Draft,
    Approved,
    Sent
};
QString mailingStateKey(MailingState state); // "draft", "approved", "sent"

struct Mailing
{
    qint64 id = 0;
    MailingState state = MailingState::Draft;
    Notice draft; // id, sequence and issuedAt unset until sent
    qint64 authorId = 0;
    QString authorEmail;
    qint64 lastEditorId = 0;
    QString lastEditorEmail;
    QMap<qint64, QString> editors; // every staff account that wrote or edited it: id → e-mail
    std::optional<qint64> approvedBy;
    QString approverEmail;
    qint64 approvedAt = 0; // ms since the epoch, 0: not approved
    QString noticeId;      // once sent
    qint64 sentAt = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 version = 1;
};

// A mailing's exclusions (see nb::recipients::Exclusions): whole companies, or single
// addresses of a company (stored as recipients::dedupKey).
struct MailingExclusions
{
    QSet<qint64> companies;
    QHash<qint64, QSet<QString>> addresses;
};

class MailingStore
{
public:
    explicit MailingStore(Database &db)
        : m_db(db)
    {}

    // Newest first (by updatedAt), without patch contents.
    Result<QList<Mailing>> list();
    Result<std::optional<Mailing>> get(qint64 id);
    // In the caller's transaction (the route's), the author recorded as first editor.
    Result<Mailing> create(const Notice &draft, qint64 authorId, qint64 now);

    enum class Outcome
    {
        Done,
        NotFound,
        Stale, // expectedVersion is not the current version
        Sent   // a sent mailing cannot change
    };
    // Replaces the draft's content (keeps its patches: those change through the patch calls),
    // records the editor, bumps the version, and withdraws an approval.
    Result<Outcome> update(qint64 id, const Notice &draft, qint64 editorId, qint64 expectedVersion,
                           qint64 now);
    Result<Outcome> remove(qint64 id, qint64 expectedVersion);

    // Stores a patch file (chunked like notice patches) and adds or replaces its reference in
    // the draft: an edit (version bump, approval withdrawn). Error "invalid-patch" for a bad
    // file name or an empty file.
    Result<Outcome> putPatch(qint64 id, const QString &fileName, const QByteArray &content,
                             qint64 editorId, qint64 expectedVersion, qint64 now);
    Result<Outcome> removePatch(qint64 id, const QString &fileName, qint64 editorId,
                                qint64 expectedVersion, qint64 now);
    // Every patch file's content by file name (for publishing at send).
    Result<QHash<QString, QByteArray>> patchContents(qint64 id);

    // Four eyes: approves version `expectedVersion` for `approverId`. The caller has checked
    // the lint and that the approver is none of the mailing's editors; an editor slipping
    // through anyway (a race with an edit) is Stale here, never approved.
    Result<Outcome> approve(qint64 id, qint64 approverId, qint64 expectedVersion, qint64 now);

    Result<MailingExclusions> exclusions(qint64 id);
    // Replaces the exclusions (not an edit of the content: the approval stays).
    Result<Outcome> setExclusions(qint64 id, const MailingExclusions &exclusions);

    // Marks an approved mailing sent with the published notice's id, in the caller's transaction.
    Result<Outcome> markSent(qint64 id, qint64 expectedVersion, const QString &noticeId,
                             qint64 now);

private:
    Database &m_db;
};

} // namespace nb::server
