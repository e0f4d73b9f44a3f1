#include "core/keylist.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>
#include <optional>

namespace nb {

namespace {

Error malformed(const QString &field)
{
    return Error{QStringLiteral("malformed-key-list"),
                 QCoreApplication::translate("nb::Dsse", "The key list is malformed."), field};
}

Error keyListError(const char *code, const char *message)
{
    return Error{QString::fromLatin1(code), QCoreApplication::translate("nb::Dsse", message), {}};
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// "yyyy-MM-ddTHH:mm:ss[.zzz]Z" only: an explicit UTC designator is required.
std::optional<QDateTime> parseUtc(const QJsonValue &value)
{
    const QString text = value.toString();
    if (!value.isString() || !text.endsWith(QLatin1Char('Z')))
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

std::optional<qint64> parseInteger(const QJsonValue &value, qint64 min, qint64 max)
{
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number || number < static_cast<double>(min) ||
        number > static_cast<double>(max)) {
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

bool hasExactly(const QJsonObject &object, const QStringList &keys)
{
    if (object.size() != keys.size())
        return false;
    for (const QString &key : keys) {
        if (!object.contains(key))
            return false;
    }
    return true;
}

// {"keyid", "publicKey"}: the key must be 32 bytes of canonical base64 and match its key id.
std::optional<signing::PublicKey> parseKey(const QJsonObject &object)
{
    const QJsonValue keyId = object.value(QStringLiteral("keyid"));
    const QJsonValue encoded = object.value(QStringLiteral("publicKey"));
    if (!keyId.isString() || !encoded.isString())
        return std::nullopt;
    const QByteArray text = encoded.toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    signing::PublicKey key{decoded.decoded};
    if (!decoded || key.bytes.toBase64() != text || !key.isValid() ||
        key.keyId() != keyId.toString().toLatin1()) {
        return std::nullopt;
    }
    return key;
}

QJsonObject keyJson(const signing::PublicKey &key)
{
    return {{QStringLiteral("keyid"), QString::fromLatin1(key.keyId())},
            {QStringLiteral("publicKey"), QString::fromLatin1(key.bytes.toBase64())}};
}

Result<QList<signing::PublicKey>> parseRootKeys(const QJsonValue &value)
{
    const QString field = QStringLiteral("rootKeys");
    if (!value.isArray() || value.toArray().isEmpty())
        return malformed(field);
    QList<signing::PublicKey> keys;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        if (!hasExactly(object, {QStringLiteral("keyid"), QStringLiteral("publicKey")}))
            return malformed(field);
        const auto key = parseKey(object);
        if (!key || keys.contains(*key))
            return malformed(field);
        keys.append(*key);
    }
    return keys;
}

Result<QList<SigningKeyEntry>> parseSigningKeys(const QJsonValue &value)
{
    const QString field = QStringLiteral("signingKeys");
    if (!value.isArray())
        return malformed(field);
    QList<SigningKeyEntry> entries;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        if (!hasExactly(object, {QStringLiteral("keyid"), QStringLiteral("publicKey"),
                                 QStringLiteral("validUntil")})) {
            return malformed(field);
        }
        const auto key = parseKey(object);
        const auto validUntil = parseUtc(object.value(QStringLiteral("validUntil")));
        if (!key || !validUntil)
            return malformed(field);
        entries.append({*key, *validUntil});
    }
    return entries;
}

Result<KeyList> checkType(const dsse::Envelope &envelope)
{
    if (envelope.payloadType != keyListPayloadType) {
        return keyListError("wrong-payload-type",
                            QT_TRANSLATE_NOOP("nb::Dsse", "This is not a signed key list."));
    }
    return KeyList{};
}

// Signed by a threshold of `roots` (and the envelope type is right); returns the parsed list.
Result<KeyList> verifiedList(const dsse::Envelope &envelope, const QList<signing::PublicKey> &roots,
                             int threshold)
{
    if (auto type = checkType(envelope); !type)
        return type.error();
    const auto verified = dsse::verifyEnvelope(envelope, roots, threshold);
    if (!verified)
        return verified.error();
    return parseKeyList(verified->payload);
}

Result<KeyList> checkSelfSigned(const dsse::Envelope &envelope, Result<KeyList> list,
                                const QList<signing::PublicKey> &allowedRoots)
{
    if (!list)
        return list;
    QList<signing::PublicKey> roots;
    for (const signing::PublicKey &key : list->rootKeys) {
        if (allowedRoots.contains(key))
            roots.append(key);
    }
    const auto verified = dsse::verifyEnvelope(envelope, roots, list->rootThreshold);
    if (!verified)
        return verified.error();
    return list;
}

Result<KeyList> checkExpiry(Result<KeyList> list, const QDateTime &now)
{
    if (list && list->isExpired(now)) {
        return keyListError("expired",
                            QT_TRANSLATE_NOOP("nb::Dsse", "The key list has expired: its data "
                                                          "is out of date."));
    }
    return list;
}

Result<KeyList> updateStep(const KeyList &trusted, const dsse::Envelope &next)
{
    auto list = verifiedList(next, trusted.rootKeys, trusted.rootThreshold);
    if (!list)
        return list;
    if (list->version <= trusted.version) {
        return keyListError("rollback",
                            QT_TRANSLATE_NOOP("nb::Dsse", "The key list is older than the one "
                                                          "already known (rollback)."));
    }
    if (list->version != trusted.version + 1) {
        return keyListError("version-gap",
                            QT_TRANSLATE_NOOP("nb::Dsse", "The key list skips a version."));
    }
    const QList<signing::PublicKey> newRoots = list->rootKeys;
    return checkSelfSigned(next, std::move(list), newRoots);
}

} // namespace

bool KeyList::isSigningKey(const signing::PublicKey &key, const QDateTime &now) const
{
    for (const SigningKeyEntry &entry : signingKeys) {
        if (entry.key == key && now < entry.validUntil)
            return true;
    }
    return false;
}

QByteArray KeyList::toPayload() const
{
    QJsonArray roots;
    for (const signing::PublicKey &key : rootKeys)
        roots.append(keyJson(key));
    QJsonArray signers;
    for (const SigningKeyEntry &entry : signingKeys) {
        QJsonObject object = keyJson(entry.key);
        object.insert(QStringLiteral("validUntil"), isoUtc(entry.validUntil));
        signers.append(object);
    }
    const QJsonObject object{{QStringLiteral("version"), static_cast<double>(version)},
                             {QStringLiteral("expires"), isoUtc(expires)},
                             {QStringLiteral("rootKeys"), roots},
                             {QStringLiteral("rootThreshold"), rootThreshold},
                             {QStringLiteral("signingKeys"), signers}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<KeyList> parseKeyList(const QByteArray &payload)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        !hasExactly(object, {QStringLiteral("version"), QStringLiteral("expires"),
                             QStringLiteral("rootKeys"), QStringLiteral("rootThreshold"),
                             QStringLiteral("signingKeys")})) {
        return malformed({});
    }
    KeyList list;
    const auto version = parseInteger(object.value(QStringLiteral("version")), 1, 1LL << 53);
    if (!version)
        return malformed(QStringLiteral("version"));
    list.version = *version;
    const auto expires = parseUtc(object.value(QStringLiteral("expires")));
    if (!expires)
        return malformed(QStringLiteral("expires"));
    list.expires = *expires;
    auto roots = parseRootKeys(object.value(QStringLiteral("rootKeys")));
    if (!roots)
        return roots.error();
    list.rootKeys = std::move(roots).value();
    const auto threshold =
        parseInteger(object.value(QStringLiteral("rootThreshold")), 1, list.rootKeys.size());
    if (!threshold)
        return malformed(QStringLiteral("rootThreshold"));
    list.rootThreshold = static_cast<int>(*threshold);
    auto signers = parseSigningKeys(object.value(QStringLiteral("signingKeys")));
    if (!signers)
        return signers.error();
    list.signingKeys = std::move(signers).value();
    return list;
}

Result<KeyList> verifyInitialKeyList(const dsse::Envelope &envelope,
                                     const QList<signing::PublicKey> &shippedRoots,
                                     const QDateTime &now)
{
    // Authenticate first (one shipped root), parse only then, then apply the list's threshold.
    auto list = checkSelfSigned(envelope, verifiedList(envelope, shippedRoots, 1), shippedRoots);
    return checkExpiry(std::move(list), now);
}

Result<KeyList> verifyKeyListUpdate(const KeyList &trusted, const dsse::Envelope &next,
                                    const QDateTime &now)
{
    return checkExpiry(updateStep(trusted, next), now);
}

Result<KeyList> verifyKeyListChain(const KeyList &trusted, const QList<dsse::Envelope> &chain,
                                   const QDateTime &now)
{
    Result<KeyList> current = trusted;
    for (const dsse::Envelope &next : chain) {
        current = updateStep(*current, next);
        if (!current)
            return current;
    }
    return checkExpiry(std::move(current), now);
}

QList<signing::PublicKey> knownSigningKeys(const QList<KeyList> &keyLists)
{
    QList<signing::PublicKey> keys;
    for (auto list = keyLists.crbegin(); list != keyLists.crend(); ++list) {
        for (const SigningKeyEntry &entry : list->signingKeys) {
            if (entry.key.isValid() && !keys.contains(entry.key))
                keys.append(entry.key);
        }
    }
    return keys;
}

bool validInCurrentList(const KeyList &current, const signing::PublicKey &key,
                        const QDateTime &signedAt)
{
    for (const SigningKeyEntry &entry : current.signingKeys) {
        if (entry.key == key && signedAt < entry.validUntil)
            return true;
    }
    return false;
}

} // namespace nb
