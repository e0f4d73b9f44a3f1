#include "core/dsse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <optional>

namespace nb::dsse {

namespace {

Error malformed(const QString &field)
{
    return Error{QStringLiteral("malformed-envelope"),
                 QCoreApplication::translate("nb::Dsse", "The signed message is malformed."),
                 field};
}

// Standard base64 in canonical form (padding included, no whitespace); else nullopt.
std::optional<QByteArray> strictBase64(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QByteArray text = value.toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != text)
        return std::nullopt;
    return decoded.decoded;
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

Result<Signature> signatureFromJson(const QJsonValue &value)
{
    const QString field = QStringLiteral("signatures");
    const QJsonObject object = value.toObject();
    if (!value.isObject() || !hasExactly(object, {QStringLiteral("keyid"), QStringLiteral("sig")}))
        return malformed(field);
    const QJsonValue keyId = object.value(QStringLiteral("keyid"));
    const auto sig = strictBase64(object.value(QStringLiteral("sig")));
    if (!keyId.isString() || !sig)
        return malformed(field);
    return Signature{keyId.toString().toUtf8(), *sig};
}

} // namespace

QByteArray pae(const QByteArray &payloadType, const QByteArray &payload)
{
    return "DSSEv1 " + QByteArray::number(payloadType.size()) + ' ' + payloadType + ' ' +
           QByteArray::number(payload.size()) + ' ' + payload;
}

QByteArray Envelope::toJson() const
{
    QJsonArray sigs;
    for (const Signature &s : signatures) {
        sigs.append(QJsonObject{{QStringLiteral("keyid"), QString::fromUtf8(s.keyId)},
                                {QStringLiteral("sig"), QString::fromLatin1(s.sig.toBase64())}});
    }
    const QJsonObject object{{QStringLiteral("payloadType"), QString::fromUtf8(payloadType)},
                             {QStringLiteral("payload"), QString::fromLatin1(payload.toBase64())},
                             {QStringLiteral("signatures"), sigs}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<Envelope> envelopeFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed({});
    const QJsonObject object = document.object();
    if (!hasExactly(object, {QStringLiteral("payloadType"), QStringLiteral("payload"),
                             QStringLiteral("signatures")})) {
        return malformed({});
    }
    const QJsonValue type = object.value(QStringLiteral("payloadType"));
    if (!type.isString())
        return malformed(QStringLiteral("payloadType"));
    const auto payload = strictBase64(object.value(QStringLiteral("payload")));
    if (!payload)
        return malformed(QStringLiteral("payload"));
    const QJsonValue sigs = object.value(QStringLiteral("signatures"));
    if (!sigs.isArray())
        return malformed(QStringLiteral("signatures"));
    Envelope envelope{type.toString().toUtf8(), *payload, {}};
    for (const QJsonValue &value : sigs.toArray()) {
        auto sig = signatureFromJson(value);
        if (!sig)
            return sig.error();
        envelope.signatures.append(std::move(sig).value());
    }
    return envelope;
}

Envelope signEnvelope(const QByteArray &payloadType, const QByteArray &payload,
                      const QList<Signer> &signers)
{
    Envelope envelope{payloadType, payload, {}};
    const QByteArray message = pae(payloadType, payload);
    for (const Signer &signer : signers)
        envelope.signatures.append({signer.first.keyId(), signing::sign(signer.second, message)});
    return envelope;
}

Result<VerifiedPayload> verifyEnvelope(const Envelope &envelope,
                                       const QList<signing::PublicKey> &trustedKeys, int threshold)
{
    const QByteArray message = pae(envelope.payloadType, envelope.payload);
    VerifiedPayload result{envelope.payloadType, envelope.payload, {}};
    QSet<QByteArray> counted; // whole key bytes: each trusted key counts once
    bool invalidSeen = false;
    for (const signing::PublicKey &key : trustedKeys) {
        if (!key.isValid() || counted.contains(key.bytes))
            continue;
        const QByteArray id = key.keyId();
        for (const Signature &s : envelope.signatures) {
            if (s.keyId != id)
                continue;
            if (signing::verify(key, message, s.sig)) {
                counted.insert(key.bytes);
                result.keyIds.append(id);
                break;
            }
            invalidSeen = true;
        }
    }
    if (result.keyIds.size() >= std::max(threshold, 1))
        return result;
    if (invalidSeen) {
        return Error{QStringLiteral("invalid-signature"),
                     QCoreApplication::translate(
                         "nb::Dsse", "Invalid signature: the content has been altered."),
                     {}};
    }
    if (result.keyIds.isEmpty()) {
        return Error{QStringLiteral("untrusted-key"),
                     QCoreApplication::translate("nb::Dsse",
                                                 "Not verified: no signature from a trusted key."),
                     {}};
    }
    return Error{
        QStringLiteral("threshold-not-met"),
        QCoreApplication::translate("nb::Dsse", "Not verified: too few trusted keys have signed."),
        {}};
}

} // namespace nb::dsse
