#pragma once

#include "core/result.h"
#include "core/signing.h"

#include <QByteArray>
#include <QList>
#include <utility>

// DSSE envelopes (https://github.com/secure-systems-lab/dsse, protocol v1). Signatures cover
// PAE(payloadType, payload) of the exact payload bytes, never re-serialised JSON.
namespace nb::dsse {

// "DSSEv1" SP LEN(type) SP type SP LEN(payload) SP payload, LEN in ASCII decimal.
QByteArray pae(const QByteArray &payloadType, const QByteArray &payload);

struct Signature
{
    QByteArray keyId; // signing::PublicKey::keyId() of the signer: a hint, never trusted
    QByteArray sig;   // raw 64-byte Ed25519 signature

    bool operator==(const Signature &) const = default;
};

struct Envelope
{
    QByteArray payloadType;
    QByteArray payload;
    QList<Signature> signatures;

    // {"payloadType": "...", "payload": base64, "signatures": [{"keyid": "...", "sig": base64}]}
    QByteArray toJson() const;

    bool operator==(const Envelope &) const = default;
};

// Strict: exactly the fields above (unknown or missing → error), standard base64 in canonical
// form only. Error code: "malformed-envelope", with the offending field.
Result<Envelope> envelopeFromJson(const QByteArray &json);

using Signer = std::pair<signing::PublicKey, signing::SecretKey>;
Envelope signEnvelope(const QByteArray &payloadType, const QByteArray &payload,
                      const QList<Signer> &signers);

struct VerifiedPayload
{
    QByteArray payloadType;
    QByteArray payload;
    QList<QByteArray> keyIds; // the trusted keys whose signatures verified
};

// A signature counts only if its key id names a trusted key AND it verifies with that whole
// key; each trusted key counts at most once; threshold < 1 is treated as 1. Errors:
// "invalid-signature" (a trusted key's signature does not verify: content altered),
// "untrusted-key" (no signature names a trusted key), "threshold-not-met".
Result<VerifiedPayload> verifyEnvelope(const Envelope &envelope,
                                       const QList<signing::PublicKey> &trustedKeys,
                                       int threshold = 1);

} // namespace nb::dsse
