#pragma once

#include "core/dsse.h"
#include "core/keylist.h"
#include "core/notice.h"
#include "core/noticeverification.h"
#include "core/result.h"
#include "core/signing.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace nb::client {

// What the inbox filters on. Empty strings and false flags mean "all".
struct NoticeFilter
{
    QString product;  // a product code
    QString category; // a Verteiler category
    bool unreadOnly = false;
    bool actionRequired = false; // not acknowledged, not resolved, and urgent or with an act-by
    QString text;                // full-text search in subject and body (words, prefix match)

    bool operator==(const NoticeFilter &) const = default;
};

// One inbox line, read from the store's columns (filled from the payload when it was stored).
// Whether the envelope still verifies is decided lazily, per shown row, by verify().
struct NoticeRow
{
    qint64 sequence = 0;
    QString id;
    QString subject;
    QStringList products;
    QString category;
    NoticeSeverity severity = NoticeSeverity::Info;
    NoticeStatus status = NoticeStatus::Announced;       // of this notice (see threadStatus)
    NoticeStatus threadStatus = NoticeStatus::Announced; // of the latest follow-up in its thread
    std::optional<QDate> actBy;
    QDateTime issuedAt;
    QString followUpOf;
    bool read = false;
    bool acknowledged = false;

    bool operator==(const NoticeRow &) const = default;
};

struct StoredNotice
{
    NoticeRow row;
    QByteArray envelope; // the envelope JSON exactly as stored
    std::optional<QDateTime> acknowledgedAt;
    bool acknowledgementPending = false; // made offline or not yet pushed
};

// A page of GET /api/v1/notices: the feed sequence and the envelope of each notice.
struct FeedItem
{
    qint64 sequence = 0;
    QByteArray envelope; // the envelope JSON (dsse::Envelope::toJson())
};

// The account's received notices, in their own SQLite file (WAL) beside the OfflineStore: the
// envelopes byte for byte (verification runs again on every display), the verified key lists,
// the read and acknowledgement state, and the acknowledgements and reads still to push.
class NoticeStore : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<NoticeStore>> open(const QString &path,
                                                     const QString &connectionName);
    ~NoticeStore() override;

    // --- key lists
    // The shipped roots. Once set, keyLists() checks the stored chain again from them when it
    // loads it, so a key list edited in the file is not trusted (it reads as no key list).
    void setTrustedRoots(const QList<signing::PublicKey> &roots);
    // Every verified key list, oldest first (empty before the first fetch).
    Result<QList<KeyList>> keyLists() const;
    // The server's chain (versions 1..N). The first time it is checked from version 1 against
    // `shippedRoots`; later from the newest stored version with the rotation rule. Error codes:
    // "key-list-rollback" (the server's newest version is lower than the stored one; nothing
    // changes), and the codes of verifyInitialKeyList / verifyKeyListChain.
    Status updateKeyLists(const QList<dsse::Envelope> &chain,
                          const QList<signing::PublicKey> &shippedRoots,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());

    // --- the feed
    Result<qint64> latestSequence() const; // 0 before the first notice
    // Stores a page in one transaction and returns the rows that were new. Errors (nothing is
    // stored): "feed-rollback" (a sequence not above latestSequence(), or the item's sequence
    // differs from the one in its signed payload), "malformed-notice" (an envelope or payload
    // that cannot be read at all). A notice whose signature fails is stored and shows as
    // invalid, it is never dropped silently.
    Result<QList<NoticeRow>> storeFeedPage(const QList<FeedItem> &items);
    Result<QDateTime> lastRefresh() const; // the last successful feed poll (invalid: never)
    Status setLastRefresh(const QDateTime &when);

    // --- reads for the inbox (newest first) and the notice view
    Result<int> count(const NoticeFilter &filter) const;
    Result<QList<NoticeRow>> rows(const NoticeFilter &filter, int offset, int limit) const;
    Result<std::optional<StoredNotice>> notice(const QString &id) const;
    // The notice's thread: its root and every follow-up (transitively), oldest first.
    Result<QList<NoticeRow>> thread(const QString &id) const;
    Result<int> unreadCount() const;
    // verifyNotice() of `envelope` with keyLists().
    NoticeVerification verify(const QByteArray &envelope,
                              const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // --- user actions
    // The first time a notice is marked read (also by acknowledge()) the read is queued for the
    // server (works offline); marking it unread again changes only the local flag, the server
    // keeps the read.
    Status markRead(const QString &id, bool read = true);
    // "Zur Kenntnis genommen": stored at once and queued for the server (works offline).
    Status acknowledge(const QString &id, const QDateTime &when);
    Result<QStringList> pendingAcknowledgements() const;
    Status acknowledgementPushed(const QString &id, const QDateTime &serverTime);
    // The server does not know the notice (404): the acknowledgement is dropped, the notice
    // shows as not acknowledged again.
    Status acknowledgementRejected(const QString &id);
    // Notices opened in the app whose read the server has not confirmed yet, in feed order.
    Result<QStringList> pendingReads() const;
    // The server has the read, or answered that it does not know the notice (404): the read is
    // no longer pending, and it is not queued again. Unknown ids are ignored.
    Status readSettled(const QString &id);

    // --- what the SyncEngine keeps between runs (ETags, times), small values by name
    Result<QByteArray> syncValue(const QString &name) const;
    Status setSyncValue(const QString &name, const QByteArray &value);

    // For tests of failure paths: makes the n-th database access from now fail (0: never).
    void failAccessAfter(int n);

Q_SIGNALS:
    void changed();
    void noticesArrived(const QList<nb::client::NoticeRow> &rows);
    void refreshed(const QDateTime &when); // a feed poll succeeded (setLastRefresh)

private:
    NoticeStore();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nb::client
