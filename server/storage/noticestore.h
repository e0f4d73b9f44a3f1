#pragma once

#include "core/dsse.h"
#include "core/notice.h"
#include "core/result.h"
#include "server/storage/database.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace nb::server {

// A published notice as the database keeps it: the DSSE envelope JSON exactly as it was signed.
struct StoredNotice
{
    qint64 sequence = 0;
    QString id;
    QByteArray envelope;
};

// One page of a company's feed (GET /api/v1/notices).
struct NoticePage
{
    QList<StoredNotice> notices; // ascending by sequence
    qint64 latest = 0;           // the highest sequence the company may see (0: none)
    bool more = false;           // another page follows the last notice of this one
};

struct PatchInfo
{
    QString fileName;
    qint64 size = 0;
    QByteArray sha256; // 32 raw bytes
};

struct Acknowledgement
{
    QString noticeId;
    QString by;    // the e-mail address of the user who acknowledged
    qint64 at = 0; // ms since the epoch
};

// A user's first opening of a notice in the app ("read in the app" of a mailing's results).
struct NoticeRead
{
    QString noticeId;
    QString by;    // the e-mail address of the user who opened it
    qint64 at = 0; // ms since the epoch: when the server first heard of it
};

struct Ticket
{
    QString number; // "SR-2026-000001"
    QString noticeId;
    QString subject;
    QString message;
    qint64 createdAt = 0; // ms since the epoch
};

// Notices: published once (signed in the same transaction that assigns the sequence), never
// changed. Every read for a company is scoped by the company's licensed products, so a notice
// the company may not see is simply not found.
class NoticeStore
{
public:
    // Patch contents are stored in chunks of this size.
    static constexpr qsizetype chunkSize = 256 * 1024;

    explicit NoticeStore(Database &db)
        : m_db(db)
    {}

    // Publishes `notice` in one transaction: assigns the next sequence (concurrent publishers,
    // also in other processes, are serialised so sequences become visible in order), sets
    // issuedAt when it is unset, checks nb::validateNotice, that the products and the notice it
    // follows up exist, and that every patch reference matches its content in `patchContents`
    // (by file name; size and SHA-256); then signs the payload with `signer` and stores the
    // envelope. Errors: the validateNotice codes, "unknown-product", "invalid-follow-up",
    // "invalid-patch", "notice-exists", or a storage error. Returns the notice as published.
    Result<Notice> publish(Notice notice, const QHash<QString, QByteArray> &patchContents,
                           const dsse::Signer &signer);

    // Whether a notice with this id exists (for any company).
    Result<bool> exists(const QString &id);

    // Notices of `companyId`'s licensed products with sequence > after, at most `limit`.
    Result<NoticePage> feed(qint64 companyId, qint64 after, int limit);
    // The highest visible sequence and the licensed product codes: what the feed's ETag covers.
    Result<std::pair<qint64, QStringList>> feedState(qint64 companyId);
    // The newest `limit` notices of every product (staff: "follow-up of"), newest first.
    Result<QList<StoredNotice>> latest(int limit);
    // The notice with this id, for any company (staff: the rendered mail).
    Result<std::optional<StoredNotice>> find(const QString &id);
    // The notice, if `companyId` may see it.
    Result<std::optional<StoredNotice>> visible(qint64 companyId, const QString &id);

    // The company's acknowledgements of the notice, oldest first.
    Result<QList<Acknowledgement>> acknowledgements(qint64 companyId, const StoredNotice &notice);
    // Per company: how many of its users acknowledged the notice, and when the first did (ms).
    Result<QHash<qint64, std::pair<qint64, qint64>>> acknowledgementsByCompany(qint64 sequence);
    // Records the user's acknowledgement unless there is one; returns the (first) record and
    // whether it was created now.
    Result<std::pair<Acknowledgement, bool>> acknowledge(const StoredNotice &notice, qint64 userId,
                                                         qint64 companyId, qint64 at);

    // Per company: how many of its users opened the notice in the app.
    Result<QHash<qint64, qint64>> readsByCompany(qint64 sequence);
    // Records that the user opened the notice in the app unless that is recorded already (the
    // first read counts; a notice marked unread again on the client stays read here); returns
    // the (first) record and whether it was created now.
    Result<std::pair<NoticeRead, bool>> recordRead(const StoredNotice &notice, qint64 userId,
                                                   qint64 companyId, qint64 at);

    Result<std::optional<PatchInfo>> patch(const StoredNotice &notice, const QString &fileName);
    // The content bytes from `offset` up to the end of its chunk (empty at the end).
    Result<QByteArray> patchData(qint64 sequence, const QString &fileName, qint64 offset);

    // A new support ticket about a notice the company can see; its number comes from a counter.
    Result<Ticket> createTicket(qint64 companyId, qint64 userId, const StoredNotice &notice,
                                const QString &subject, const QString &message, qint64 at);

private:
    Result<qint64> nextValue(const QString &counter);
    Status checkReferences(const Notice &notice, QList<qint64> *productIds);
    Status storePatches(const Notice &notice, const QHash<QString, QByteArray> &patchContents);

    Database &m_db;
};

} // namespace nb::server
