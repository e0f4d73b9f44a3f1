#include "server/keys/keystore.h"

#include "server/keys/keyfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <functional>
#include <sodium.h>
#include <sys/stat.h>

namespace nb::server::keys {

namespace {

const QString rootFile = QStringLiteral("root.key");
const QString signingFile = QStringLiteral("signing.key");

Error folderError(const QString &message, const QString &code = QStringLiteral("key-folder"))
{
    return Error{code, message, {}};
}

// "FILE: what is wrong" for an error about one file of the folder.
Error about(const QString &file, const Error &error)
{
    return folderError(QStringLiteral("%1: %2").arg(file, error.message));
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
}

QString keyListName(qint64 version)
{
    return QStringLiteral("keylist-%1.json").arg(version);
}

Result<signing::KeyPair> readKey(const QString &path)
{
    auto text = readPrivateFile(path);
    if (!text)
        return text.error();
    auto seed = seedFromText(*text);
    wipe(*text);
    if (!seed)
        return about(path, seed.error());
    auto pair = signing::keyPairFromSeed(*seed);
    wipe(*seed);
    if (!pair)
        return folderError(
            QCoreApplication::translate("nb::server::Keys", "%1 does not hold a valid key.")
                .arg(path));
    return std::move(*pair);
}

Status writeKey(const QString &path, const signing::SecretKey &key)
{
    QByteArray seed = key.seed();
    QByteArray text = seed.toHex() + '\n';
    wipe(seed);
    Status written = writeAtomically(path, text, 0600);
    wipe(text);
    return written;
}

// Runs `steps` in order up to the first failure.
Status runSteps(const QList<std::function<Status()>> &steps)
{
    for (const auto &step : steps) {
        if (Status status = step(); !status)
            return status;
    }
    return {};
}

// The versions of keylist-<N>.json in the folder, which must be exactly 1..N.
Result<qint64> keyListCount(const QDir &dir)
{
    static const QRegularExpression name(QStringLiteral("^keylist-([1-9][0-9]{0,8})\\.json$"));
    QList<qint64> versions;
    for (const QString &entry : dir.entryList({QStringLiteral("keylist-*.json")}, QDir::Files)) {
        const QRegularExpressionMatch match = name.match(entry);
        if (match.hasMatch())
            versions.append(match.captured(1).toLongLong());
    }
    std::sort(versions.begin(), versions.end());
    for (qsizetype i = 0; i < versions.size(); ++i) {
        if (versions.at(i) != i + 1)
            return folderError(QCoreApplication::translate(
                                   "nb::server::Keys",
                                   "%1: the key list versions are not complete (%2 is missing).")
                                   .arg(dir.path(), keyListName(i + 1)));
    }
    if (versions.isEmpty())
        return folderError(
            QCoreApplication::translate(
                "nb::server::Keys",
                "%1 has no key list; create one with: notabene-server keys init --dir %1")
                .arg(dir.path()));
    return qint64(versions.size());
}

KeyList newKeyList(qint64 version, const QDateTime &expires, const signing::PublicKey &root,
                   const signing::PublicKey &signingKey)
{
    KeyList list;
    list.version = version;
    list.expires = expires;
    list.rootKeys = {root};
    list.rootThreshold = 1;
    list.signingKeys = {SigningKeyEntry{signingKey, expires}};
    return list;
}

QDateTime expiryFrom(const QDateTime &now, int days)
{
    return QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC).addDays(days);
}

// Version 1 is trusted because it is signed by the root keys it lists itself (the clients ship
// them); every later version must follow the rotation rule.
Result<KeyList> verifyChain(const QList<dsse::Envelope> &chain)
{
    const dsse::Envelope &first = chain.constFirst();
    if (first.payloadType != QByteArray(keyListPayloadType))
        return folderError(QCoreApplication::translate("nb::server::Keys", "%1 is not a key list.")
                               .arg(keyListName(1)));
    auto initial = parseKeyList(first.payload);
    if (!initial)
        return about(keyListName(1), initial.error());
    if (initial->version != 1)
        return folderError(
            QCoreApplication::translate("nb::server::Keys", "%1 does not hold version 1.")
                .arg(keyListName(1)));
    if (auto verified = dsse::verifyEnvelope(first, initial->rootKeys, initial->rootThreshold);
        !verified)
        return about(keyListName(1), verified.error());
    // Expiry is the caller's concern: check the chain at a time the last version is valid.
    QDateTime at = initial->expires.addSecs(-1);
    if (auto last = parseKeyList(chain.constLast().payload))
        at = last->expires.addSecs(-1);
    auto current = verifyKeyListChain(*initial, chain.mid(1), at);
    if (!current)
        return folderError(
            QCoreApplication::translate("nb::server::Keys", "The key list chain is invalid: %1")
                .arg(current.error().message));
    return current;
}

} // namespace

Result<KeyFolder> loadKeyFolder(const QString &dir)
{
    const QDir folder(dir);
    if (!folder.exists())
        return folderError(
            QCoreApplication::translate("nb::server::Keys", "The key folder %1 does not exist.")
                .arg(dir));
    if (Status status = checkPrivate(folder.path()); !status)
        return status.error();
    KeyFolder keys;
    keys.dir = folder.path();
    auto root = readKey(folder.filePath(rootFile));
    if (!root)
        return root.error();
    auto signingKey = readKey(folder.filePath(signingFile));
    if (!signingKey)
        return signingKey.error();
    keys.rootKey = std::move(*root);
    keys.signingKey = std::move(*signingKey);

    auto count = keyListCount(folder);
    if (!count)
        return count.error();
    for (qint64 version = 1; version <= *count; ++version) {
        QFile file(folder.filePath(keyListName(version)));
        if (!file.open(QIODevice::ReadOnly))
            return folderError(QCoreApplication::translate("nb::server::Keys", "Cannot read %1: %2")
                                   .arg(file.fileName(), file.errorString()));
        keys.keyListFiles.append(file.readAll());
        auto envelope = dsse::envelopeFromJson(keys.keyListFiles.constLast());
        if (!envelope)
            return about(file.fileName(), envelope.error());
        keys.chain.append(*envelope);
    }
    auto current = verifyChain(keys.chain);
    if (!current)
        return current.error();
    keys.current = *current;

    if (!keys.current.rootKeys.contains(keys.rootKey.publicKey))
        return folderError(QCoreApplication::translate(
                               "nb::server::Keys", "%1 is not a root key of the latest key list.")
                               .arg(rootFile));
    const bool listed = std::any_of(
        keys.current.signingKeys.cbegin(), keys.current.signingKeys.cend(),
        [&keys](const SigningKeyEntry &entry) { return entry.key == keys.signingKey.publicKey; });
    if (!listed)
        return folderError(
            QCoreApplication::translate("nb::server::Keys",
                                        "%1 is not a signing key of the latest key list.")
                .arg(signingFile));
    return keys;
}

Result<KeyFolder> initKeyFolder(const QString &dir, int expiresDays, const QDateTime &now)
{
    QDir folder(dir);
    if (folder.exists()) {
        const QStringList existing = folder.entryList(
            {rootFile, signingFile, QStringLiteral("keylist-*.json")}, QDir::Files);
        if (!existing.isEmpty())
            return folderError(
                QCoreApplication::translate("nb::server::Keys",
                                            "%1 already holds keys (%2); refusing to replace them.")
                    .arg(dir, existing.join(QStringLiteral(", "))),
                QStringLiteral("keys-exist"));
    } else if (!folder.mkpath(QStringLiteral(".")) ||
               ::chmod(QFile::encodeName(folder.path()).constData(), 0700) != 0) {
        return folderError(
            QCoreApplication::translate("nb::server::Keys", "Cannot create the key folder %1.")
                .arg(dir));
    }
    if (Status status = checkPrivate(folder.path()); !status)
        return status.error();

    const signing::KeyPair root = signing::generateKeyPair();
    const signing::KeyPair signingKey = signing::generateKeyPair();
    const KeyList list =
        newKeyList(1, expiryFrom(now, expiresDays), root.publicKey, signingKey.publicKey);
    const dsse::Envelope envelope = dsse::signEnvelope(keyListPayloadType, list.toPayload(),
                                                       {{root.publicKey, root.secretKey}});
    if (auto verified = verifyInitialKeyList(envelope, {root.publicKey}, now); !verified)
        return verified.error();

    const QList<std::function<Status()>> steps{
        [&] { return writeKey(folder.filePath(rootFile), root.secretKey); },
        [&] { return writeKey(folder.filePath(signingFile), signingKey.secretKey); },
        [&] { return writeAtomically(folder.filePath(keyListName(1)), envelope.toJson(), 0644); },
    };
    if (Status status = runSteps(steps); !status)
        return status.error();
    return loadKeyFolder(dir);
}

Result<KeyFolder> rotateKeyFolder(const QString &dir, bool newRoot, int expiresDays,
                                  Rotation rotation, const QDateTime &now)
{
    auto loaded = loadKeyFolder(dir);
    if (!loaded)
        return loaded.error();
    const KeyFolder &old = *loaded;
    const QDir folder(old.dir);
    const qint64 version = old.current.version;

    const signing::KeyPair root = newRoot ? signing::generateKeyPair() : old.rootKey;
    const signing::KeyPair signingKey = signing::generateKeyPair();
    KeyList list =
        newKeyList(version + 1, expiryFrom(now, expiresDays), root.publicKey, signingKey.publicKey);
    const QDateTime rotatedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    for (SigningKeyEntry entry : old.current.signingKeys) {
        if (entry.key == old.signingKey.publicKey) {
            if (rotation == Rotation::Revoke)
                continue;
            entry.validUntil = std::min(entry.validUntil, rotatedAt);
        }
        list.signingKeys.append(entry);
    }
    QList<dsse::Signer> signers{{old.rootKey.publicKey, old.rootKey.secretKey}};
    if (newRoot)
        signers.append({root.publicKey, root.secretKey});
    const dsse::Envelope envelope =
        dsse::signEnvelope(keyListPayloadType, list.toPayload(), signers);
    if (auto verified = verifyKeyListUpdate(old.current, envelope, now); !verified)
        return folderError(QCoreApplication::translate("nb::server::Keys",
                                                       "The new key list would not be accepted: %1")
                               .arg(verified.error().message));

    // The replaced keys are kept first, then the new keys are written, the new list last.
    const QString suffix = QStringLiteral(".%1").arg(version);
    QList<std::function<Status()>> steps{
        [&] { return writeKey(folder.filePath(signingFile + suffix), old.signingKey.secretKey); },
    };
    if (newRoot)
        steps.append(
            [&] { return writeKey(folder.filePath(rootFile + suffix), old.rootKey.secretKey); });
    steps.append([&] { return writeKey(folder.filePath(signingFile), signingKey.secretKey); });
    if (newRoot)
        steps.append([&] { return writeKey(folder.filePath(rootFile), root.secretKey); });
    steps.append([&] {
        return writeAtomically(folder.filePath(keyListName(version + 1)), envelope.toJson(), 0644);
    });
    if (Status status = runSteps(steps); !status)
        return status.error();
    return loadKeyFolder(dir);
}

Result<dsse::Signer> publishingSigner(const KeyFolder &folder, const QDateTime &now)
{
    if (folder.current.isExpired(now))
        return folderError(QCoreApplication::translate(
                               "nb::server::Keys",
                               "The key list expired; renew it with: notabene-server keys rotate "
                               "--dir %1")
                               .arg(folder.dir));
    if (!folder.current.isSigningKey(folder.signingKey.publicKey, now))
        return folderError(QCoreApplication::translate(
                               "nb::server::Keys",
                               "%1 is no longer valid; replace it with: notabene-server keys "
                               "rotate --dir %2")
                               .arg(signingFile, folder.dir));
    return dsse::Signer{folder.signingKey.publicKey, folder.signingKey.secretKey};
}

QByteArray exportRoots(const KeyFolder &folder)
{
    QJsonArray roots;
    if (auto first = parseKeyList(folder.chain.constFirst().payload)) {
        for (const signing::PublicKey &key : first->rootKeys)
            roots.append(QJsonObject{
                {QStringLiteral("keyid"), QString::fromLatin1(key.keyId())},
                {QStringLiteral("publicKey"), QString::fromLatin1(key.bytes.toBase64())}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("rootKeys"), roots}})
        .toJson(QJsonDocument::Indented);
}

} // namespace nb::server::keys
