#pragma once

#include "core/dsse.h"
#include "core/result.h"
#include "core/signing.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

// The signed key list (TUF-like): root keys sign the list, the list names the signing keys
// that sign notices. The client ships the root public key(s) and follows rotations one version
// at a time.
namespace nb {

inline constexpr char keyListPayloadType[] = "application/vnd.notabene.keylist+json";

struct SigningKeyEntry
{
    signing::PublicKey key;
    QDateTime validUntil; // UTC

    bool operator==(const SigningKeyEntry &) const = default;
};

struct KeyList
{
    qint64 version = 0; // >= 1
    QDateTime expires;  // UTC
    QList<signing::PublicKey> rootKeys;
    int rootThreshold = 1;
    QList<SigningKeyEntry> signingKeys;

    // Whole-key comparison; the key must still be valid at `now` (now < validUntil).
    bool isSigningKey(const signing::PublicKey &key, const QDateTime &now) const;
    bool isExpired(const QDateTime &now) const { return !(now < expires); }

    // The JSON payload: {"version", "expires", "rootKeys": [{"keyid", "publicKey"}],
    // "rootThreshold", "signingKeys": [{"keyid", "publicKey", "validUntil"}]}.
    QByteArray toPayload() const;

    bool operator==(const KeyList &) const = default;
};

// Strict parse of a payload. Error code "malformed-key-list", with the offending field.
Result<KeyList> parseKeyList(const QByteArray &payload);

// The first list a client accepts: verified against the shipped roots, and signed by a
// threshold (its rootThreshold) of the shipped roots it lists itself; not expired at `now`.
// Errors: "wrong-payload-type", the verifyEnvelope() codes, "malformed-key-list", "expired".
Result<KeyList> verifyInitialKeyList(const dsse::Envelope &envelope,
                                     const QList<signing::PublicKey> &shippedRoots,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

// The TUF rule: `next` must be signed by a threshold of the trusted list's root keys AND by a
// threshold of its own root keys (so a rotation needs the old and the new root), its version
// must be exactly trusted.version + 1 ("rollback" for lower or equal, "version-gap" for a jump),
// and it must not be expired at `now` ("expired").
Result<KeyList> verifyKeyListUpdate(const KeyList &trusted, const dsse::Envelope &next,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc());

// Follows a chain of consecutive versions from `trusted`; as in TUF, only the last list must
// be unexpired. An empty chain returns `trusted` (checked for expiry).
Result<KeyList> verifyKeyListChain(const KeyList &trusted, const QList<dsse::Envelope> &chain,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());

// The signing keys of every list, whole keys, each once; the current (last) list's first.
QList<signing::PublicKey> knownSigningKeys(const QList<KeyList> &keyLists);

// Whether `current` lists `key` as valid for something signed (issued) at `signedAt`.
bool validInCurrentList(const KeyList &current, const signing::PublicKey &key,
                        const QDateTime &signedAt);

} // namespace nb
