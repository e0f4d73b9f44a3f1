#include "core/crypto.h"

#include <QCoreApplication>
#include <sodium.h>

namespace nb::crypto {

bool initialize()
{
    return sodium_init() >= 0;
}

Result<QByteArray> hashPassword(const QString &password, bool moderate)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    const auto ops =
        moderate ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const auto mem =
        moderate ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str(out.data(), utf8.constData(),
                          static_cast<unsigned long long>(utf8.size()), ops, mem) != 0) {
        return Error{
            QStringLiteral("out-of-memory"),
            QCoreApplication::translate("nb::crypto", "Not enough memory to protect the password."),
            {}};
    }
    out.truncate(static_cast<qsizetype>(qstrlen(out.constData())));
    return out;
}

bool verifyPassword(const QByteArray &storedHash, const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(storedHash.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

QByteArray newToken()
{
    QByteArray raw(32, '\0');
    randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray sha256(const QByteArray &data)
{
    QByteArray digest(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return digest;
}

QByteArray tokenHash(const QByteArray &token)
{
    return sha256(token).toHex();
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace nb::crypto
