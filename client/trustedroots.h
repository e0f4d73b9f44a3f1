#pragma once

#include "core/result.h"
#include "core/signing.h"

#include <QByteArray>
#include <QList>

// The vendor's root public keys the client trusts: the start of every key list chain. They are
// compiled into notabene_client (:/keys/roots.json, from the CMake cache variable
// NOTABENE_TRUSTED_ROOTS, the file `notabene-server keys export-roots` writes). An empty list
// means that no notice can be verified.
namespace nb::client {

// Strict: {"rootKeys": [{"keyid": "…", "publicKey": "base64"}]}, nothing else; each key 32 bytes
// in canonical base64 whose keyid equals PublicKey::keyId(); no key twice. Error code
// "invalid-trusted-roots" with the offending field.
Result<QList<signing::PublicKey>> parseTrustedRoots(const QByteArray &json);

// The roots built into this client.
Result<QList<signing::PublicKey>> shippedRootKeys();

} // namespace nb::client
