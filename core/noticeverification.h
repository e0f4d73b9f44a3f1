#pragma once

#include "core/dsse.h"
#include "core/keylist.h"
#include "core/notice.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <optional>

// Verifies a stored notice envelope again (on every display: the cache may have been edited).
namespace nb {

// The four badge states, worded in the UI like Thunderbird/KMail do.
enum class VerificationState
{
    Verified,         // "Verifiziert" (with key id)
    Unverified,       // "Nicht verifiziert": no key list yet, or no signature by a known key
    Invalid,          // "Ungültige Signatur – Inhalt wurde verändert"
    KeyExpiredOrStale // "Schlüssel abgelaufen oder Daten veraltet"
};

struct NoticeVerification
{
    VerificationState state = VerificationState::Unverified;
    QByteArray keyId;              // the key whose signature verified (Verified, KeyExpired…)
    std::optional<Notice> notice;  // the parsed payload, only when a known key's signature holds
    QString reason;                // a translated sentence explaining the state
};

// `keyLists`: every key list the client has verified, oldest first; the last one is current.
// - Verified: a signing key of the current list signed the envelope's exact payload, the payload
//   is a notice issued before that key's validUntil, and the current list is not expired at now.
// - KeyExpiredOrStale: the signature holds but the key's validUntil is not after issuedAt, or
//   the key is only in an older list (rotated out or revoked), or the current list has expired
//   at `now` (the client could not refresh).
// - Invalid: the envelope is not well-formed, its payload type is wrong, a signature that names
//   a known key does not verify, or a properly signed payload is not a notice.
// - Unverified: no key list, or no signature names a known key.
NoticeVerification verifyNotice(const QByteArray &envelopeJson, const QList<KeyList> &keyLists,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace nb
