#include "client/trustedroots.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nb::client {

namespace {

Error invalidRoots(const QString &field, const QString &detail)
{
    return Error{QStringLiteral("invalid-trusted-roots"),
                 QCoreApplication::translate("nb::client::TrustedRoots",
                                             "The trusted root keys cannot be read: %1")
                     .arg(detail),
                 field};
}

} // namespace

Result<QList<signing::PublicKey>> parseTrustedRoots(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return invalidRoots(
            {}, QCoreApplication::translate("nb::client::TrustedRoots", "not a JSON object."));
    }
    const QJsonObject object = document.object();
    const QJsonValue rootKeys = object.value(QStringLiteral("rootKeys"));
    if (object.size() != 1 || !rootKeys.isArray()) {
        return invalidRoots(
            QStringLiteral("rootKeys"),
            QCoreApplication::translate("nb::client::TrustedRoots",
                                        "exactly one array \"rootKeys\" expected."));
    }
    QList<signing::PublicKey> keys;
    for (const QJsonValue &value : rootKeys.toArray()) {
        const QJsonObject entry = value.toObject();
        const QJsonValue keyId = entry.value(QStringLiteral("keyid"));
        const QJsonValue encoded = entry.value(QStringLiteral("publicKey"));
        if (!value.isObject() || entry.size() != 2 || !keyId.isString() || !encoded.isString()) {
            return invalidRoots(
                QStringLiteral("rootKeys"),
                QCoreApplication::translate("nb::client::TrustedRoots",
                                            "each key needs exactly \"keyid\" and \"publicKey\"."));
        }
        const QByteArray text = encoded.toString().toLatin1();
        const auto decoded = QByteArray::fromBase64Encoding(
            text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        const signing::PublicKey key{decoded.decoded};
        if (!decoded || key.bytes.toBase64() != text || !key.isValid()) {
            return invalidRoots(
                QStringLiteral("publicKey"),
                QCoreApplication::translate("nb::client::TrustedRoots",
                                            "a public key is not 32 bytes of canonical base64."));
        }
        if (key.keyId() != keyId.toString().toLatin1()) {
            return invalidRoots(QStringLiteral("keyid"),
                                QCoreApplication::translate("nb::client::TrustedRoots",
                                                            "the key id %1 does not match its key.")
                                    .arg(keyId.toString()));
        }
        if (keys.contains(key)) {
            return invalidRoots(QStringLiteral("publicKey"),
                                QCoreApplication::translate("nb::client::TrustedRoots",
                                                            "the key %1 is listed twice.")
                                    .arg(keyId.toString()));
        }
        keys.append(key);
    }
    return keys;
}

Result<QList<signing::PublicKey>> shippedRootKeys()
{
    QFile file(QStringLiteral(":/keys/roots.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return invalidRoots({}, QCoreApplication::translate("nb::client::TrustedRoots",
                                                            "the built-in file is missing."));
    }
    return parseTrustedRoots(file.readAll());
}

} // namespace nb::client
