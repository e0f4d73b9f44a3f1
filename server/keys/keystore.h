#pragma once

#include "core/dsse.h"
#include "core/keylist.h"
#include "core/result.h"
#include "core/signing.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The key folder of `notabene-server keys` and `serve --keys`: root.key and signing.key (32-byte
// seeds, mode 0600, in a folder of mode 0700) and keylist-<N>.json, the DSSE envelope of every
// key list version N. The secret keys never leave the server host and never enter the database.
namespace nb::server::keys {

// A loaded, checked key folder. The secret keys are only held in memory: never printed,
// logged or stored anywhere else.
struct KeyFolder
{
    QString dir;
    signing::KeyPair rootKey;
    signing::KeyPair signingKey;
    QList<QByteArray> keyListFiles; // keylist-1.json .. keylist-N.json as stored
    QList<dsse::Envelope> chain;    // the same, parsed
    KeyList current;                // version N, verified from version 1 on
};

// Checks the permissions, that version 1 is signed by its own root keys and every later version
// follows the rotation rule, and that root.key and signing.key are listed in the latest version.
// Expiry is not checked here (see KeyList::isExpired).
Result<KeyFolder> loadKeyFolder(const QString &dir);

// Creates the folder's keys and key list version 1; refuses a folder that already has keys
// (error code "keys-exist").
Result<KeyFolder> initKeyFolder(const QString &dir, int expiresDays,
                                const QDateTime &now = QDateTime::currentDateTimeUtc());

enum class Rotation
{
    // The replaced signing key stays in the new list with validUntil = now: notices it signed
    // before stay verified.
    Routine,
    // After a compromise: the replaced signing key is dropped, its notices no longer verify.
    Revoke
};

// A new signing key (and with `newRoot` a new root key) in key list version N+1, signed by the
// old root key and the new one. The new signing key comes first in the list, then the earlier
// signing keys the current list keeps (see Rotation). The replaced key files are kept as
// root.key.<N> and signing.key.<N>.
Result<KeyFolder> rotateKeyFolder(const QString &dir, bool newRoot, int expiresDays,
                                  Rotation rotation = Rotation::Routine,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());

// The signing key of the folder for publishing at `now`: the key list must not be expired and
// must list signing.key as valid past `now` (error code "key-folder" otherwise).
Result<dsse::Signer> publishingSigner(const KeyFolder &folder,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());

// {"rootKeys": [{"keyid", "publicKey"}]}: the root keys of key list version 1, where every
// client's chain starts (the file the desktop client is built with).
QByteArray exportRoots(const KeyFolder &folder);

} // namespace nb::server::keys
