#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A critical notice (Pflichtmailing) as the vendor signs it. Notices are immutable once
// published: a change of status is a follow-up notice (followUpOf names the notice it follows),
// so the thread of a notice is its timeline.
namespace nb {

inline constexpr char noticePayloadType[] = "application/vnd.notabene.notice+json";

enum class NoticeSeverity
{
    Info,
    Important,
    Urgent
};

enum class NoticeStatus
{
    Announced,
    InProgress,
    Resolved
};

// "info", "important", "urgent" / "announced", "in-progress", "resolved" (the JSON values).
QString severityKey(NoticeSeverity severity);
std::optional<NoticeSeverity> severityFromKey(const QString &key);
QString statusKey(NoticeStatus status);
std::optional<NoticeStatus> statusFromKey(const QString &key);

// A patch the customer downloads from the authenticated server (never a mail attachment).
struct PatchReference
{
    QString fileName;  // a plain file name: no path separators, no leading dot, <= 128 chars
    qint64 size = 0;   // bytes, > 0
    QByteArray sha256; // 32 raw bytes (hex in JSON)

    bool operator==(const PatchReference &) const = default;
};

struct Notice
{
    QString id;            // [A-Za-z0-9-]{1,64}, e.g. "2026-0007"
    qint64 sequence = 0;   // the feed position, >= 1; assigned at publish, only grows
    QStringList products;  // product codes (at least one), e.g. "fiskal"
    QString category;      // a Verteiler category (distributionCategories())
    NoticeSeverity severity = NoticeSeverity::Info;
    QString subject;       // one short sentence
    QString body;          // Markdown without raw HTML
    std::optional<QDate> actBy;
    NoticeStatus status = NoticeStatus::Announced;
    QString followUpOf;    // the id of the notice this one follows up; empty for a first mailing
    QString link;          // forum/status page, an https URL; may be empty
    QList<PatchReference> patches;
    QDateTime issuedAt;    // UTC, second precision

    // The signed payload: compact JSON with the keys in a fixed order
    // {"id","sequence","products","category","severity","subject","body","actBy"(or null),
    //  "status","followUpOf"(or null),"link"(or null),"patches":[{"fileName","size","sha256"}],
    //  "issuedAt"}. Dates as ISO 8601 ("2026-08-01", "2026-07-20T09:00:00Z").
    QByteArray toPayload() const;

    bool operator==(const Notice &) const = default;
};

// Strict parse of a payload: every key above, no others, right types. Error code
// "malformed-notice" with the offending field. Does not apply validateNotice().
Result<Notice> parseNotice(const QByteArray &payload);

// The publishing rules (server side, before signing). Error codes, each with its field and a
// translated message: "invalid-id", "invalid-products", "invalid-category", "invalid-subject"
// (empty, longer than 200 characters, or a line break), "invalid-body" (empty, or raw HTML),
// "invalid-link" (not https), "invalid-follow-up" (names itself), "invalid-patch" (name, size,
// hash), "invalid-sequence".
Status validateNotice(const Notice &notice);

// Days from `today` to the act-by date (negative when past); nullopt without one.
std::optional<qint64> daysLeft(const Notice &notice, const QDate &today);

} // namespace nb
