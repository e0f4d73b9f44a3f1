#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace nb::crypto {

// libsodium must be initialised once before any other call; safe to call repeatedly.
bool initialize();

// Argon2id password hash in libsodium's self-describing string form ($argon2id$v=19$...).
// Cost: libsodium's "interactive" limits unless `moderate` is set.
Result<QByteArray> hashPassword(const QString &password, bool moderate = false);
bool verifyPassword(const QByteArray &storedHash, const QString &password);

// A fresh session token: 256 random bits, base64url without padding (43 characters).
QByteArray newToken();
// What the server stores instead of a token: hex SHA-256 of it. Tokens are high-entropy, so a
// fast hash is the right tool (no salt or stretching needed).
QByteArray tokenHash(const QByteArray &token);

QByteArray sha256(const QByteArray &data);
// Constant-time comparison of two equal-length byte strings (false when lengths differ).
bool equalConstantTime(const QByteArray &a, const QByteArray &b);

} // namespace nb::crypto
