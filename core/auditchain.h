#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

// The audit log's hash chain (issue 7). Each company's account changes form one chain:
// entries seq 1, 2, 3, …; entry.hash = SHA-256(entry.prevHash || canonical(entry)), prevHash of
// seq 1 is 32 zero bytes. The server appends (server/storage/auditlog.h), the client and
// `notabene-server audit verify` check with verifyChain().
namespace nb::audit {

struct Entry
{
    qint64 companyId = 0;
    qint64 seq = 0;
    QDateTime at;          // UTC, millisecond precision
    QString actor;         // e-mail of the user (or "system", or "link:<address>" for a mail link)
    QString role;          // "admin", "member", "staff", "system", "link"
    QString clientAddress; // remote address as the server saw it
    QString client;        // User-Agent
    QString action;        // e.g. "company.update", "contact.create", "pending.confirm"
    QJsonValue before;     // Null when nothing was there
    QJsonValue after;      // Null when nothing is left
    QByteArray prevHash;   // 32 bytes
    QByteArray hash;       // 32 bytes
};

// The bytes that are hashed (everything but `hash`): a deterministic encoding (length-prefixed
// fields, the JSON values as compact JSON with sorted keys) — equal entries give equal bytes,
// any changed field gives other bytes.
QByteArray canonical(const Entry &entry);
// SHA-256(entry.prevHash || canonical(entry)).
QByteArray computeHash(const Entry &entry);
// Fills prevHash from `previous` (nullptr: the chain's first entry, 32 zero bytes), seq, and hash.
void seal(Entry &entry, const Entry *previous);

// The last entry a reader saw: a later chain must still contain it unchanged.
struct Anchor
{
    qint64 seq = 0;
    QByteArray hash;
};

struct Problem
{
    enum class Kind
    {
        Edited,     // the entry's hash does not match its content
        Missing,    // a gap in seq (entries deleted), or entries missing at the end
        BrokenLink, // prevHash is not the previous entry's hash (reordered or replaced)
        AnchorLost  // the remembered anchor is gone or changed (history rewritten)
    };
    Kind kind = Kind::Edited;
    qint64 seq = 0;
    QString message; // translated (context "nb::audit"), names the entry
};

// Checks `entries` (one company, sorted by seq as delivered) against themselves, against the
// head the server states (`head`: the last entry must be it) and, when given, the anchor the
// reader saw before. Empty: intact.
QList<Problem> verifyChain(const QList<Entry> &entries, const Anchor &head,
                           const std::optional<Anchor> &seenBefore = std::nullopt);

// The JSON of GET /api/v1/audit ("prevHash" and "hash" in lower-case hex, "at" ISO 8601 UTC
// with milliseconds, plus "companyId": the company is part of what is hashed, so a reader needs
// it to check the chain); entryFromJson reads it back strictly (no unknown keys; "companyId" may
// be absent, then 0), error "malformed-audit-entry" naming the field. An anchor of an empty chain
// is {"seq": 0, "hash": ""}.
QJsonObject toJson(const Entry &entry);
Result<Entry> entryFromJson(const QJsonObject &json);
QJsonObject anchorToJson(const Anchor &anchor);
Result<Anchor> anchorFromJson(const QJsonObject &json);

} // namespace nb::audit
