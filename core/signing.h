#pragma once

#include <QByteArray>
#include <array>
#include <optional>

namespace nb::signing {

// An Ed25519 public key (32 bytes). Trust decisions always compare whole keys (operator==);
// the key id is only for display and lookup.
struct PublicKey
{
    QByteArray bytes;

    bool isValid() const { return bytes.size() == 32; }
    // First 8 bytes of SHA-256(bytes) as lower-case hex: 16 characters, shown to users.
    QByteArray keyId() const;

    bool operator==(const PublicKey &) const = default;
};

// An Ed25519 secret key in libsodium's 64-byte form (seed followed by the public key). Never
// printed or logged; every copy is wiped with sodium_memzero when it is destroyed.
class SecretKey
{
public:
    SecretKey();
    SecretKey(const SecretKey &);
    SecretKey &operator=(const SecretKey &);
    ~SecretKey();

    // The 32-byte seed the key derives from, for writing a key file. The caller owns the copy.
    QByteArray seed() const;

private:
    friend struct Access;
    std::array<unsigned char, 64> m_bytes;
};

struct KeyPair
{
    PublicKey publicKey;
    SecretKey secretKey;
};

// A fresh random key pair (libsodium must be initialised, see crypto::initialize()).
KeyPair generateKeyPair();
// The key pair derived from a 32-byte seed (RFC 8032 private key); nullopt for a wrong size.
std::optional<KeyPair> keyPairFromSeed(const QByteArray &seed);

// Detached Ed25519 signature (64 bytes) over `message`.
QByteArray sign(const SecretKey &key, const QByteArray &message);
// False for a wrong-sized key or signature as well as for a signature that does not verify.
bool verify(const PublicKey &key, const QByteArray &message, const QByteArray &signature);

} // namespace nb::signing
