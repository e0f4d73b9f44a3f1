#include "core/signing.h"

#include "core/crypto.h"

#include <sodium.h>

namespace nb::signing {

struct Access
{
    static unsigned char *data(SecretKey &key) { return key.m_bytes.data(); }
    static const unsigned char *data(const SecretKey &key) { return key.m_bytes.data(); }
};

namespace {

const unsigned char *bytesOf(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

} // namespace

QByteArray PublicKey::keyId() const
{
    return crypto::sha256(bytes).left(8).toHex();
}

SecretKey::SecretKey()
{
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

SecretKey::SecretKey(const SecretKey &other) = default;
SecretKey &SecretKey::operator=(const SecretKey &other) = default;

SecretKey::~SecretKey()
{
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

QByteArray SecretKey::seed() const
{
    QByteArray out(crypto_sign_SEEDBYTES, '\0');
    crypto_sign_ed25519_sk_to_seed(reinterpret_cast<unsigned char *>(out.data()), m_bytes.data());
    return out;
}

KeyPair generateKeyPair()
{
    KeyPair pair;
    pair.publicKey.bytes = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.bytes.data()),
                        Access::data(pair.secretKey));
    return pair;
}

std::optional<KeyPair> keyPairFromSeed(const QByteArray &seed)
{
    if (seed.size() != crypto_sign_SEEDBYTES)
        return std::nullopt;
    KeyPair pair;
    pair.publicKey.bytes = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.bytes.data()),
                             Access::data(pair.secretKey), bytesOf(seed));
    return pair;
}

QByteArray sign(const SecretKey &key, const QByteArray &message)
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         bytesOf(message), static_cast<unsigned long long>(message.size()),
                         Access::data(key));
    return signature;
}

bool verify(const PublicKey &key, const QByteArray &message, const QByteArray &signature)
{
    if (!key.isValid() || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(bytesOf(signature), bytesOf(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytesOf(key.bytes)) == 0;
}

} // namespace nb::signing
