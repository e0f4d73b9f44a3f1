#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

namespace nb::client {

// Where secrets (session tokens) live. There is no plaintext fallback anywhere: the only
// implementations are the OS keychain and memory for this run only. Every call is asynchronous;
// `done` runs exactly once, on the caller's thread, unless the store is destroyed first.
//
// Error codes: "not-found" (read: no such secret), "keychain-unavailable" (no keychain can be
// reached: no D-Bus session, no Secret Service), "keychain-denied" (the keychain refused access,
// e.g. it stayed locked), "keychain-error" (anything else).
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString &key, std::function<void(Result<QByteArray>)> done) = 0;
    virtual void write(const QString &key, const QByteArray &secret,
                       std::function<void(Status)> done) = 0;
    // Removing a secret that does not exist succeeds.
    virtual void remove(const QString &key, std::function<void(Status)> done) = 0;
};

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows), service name "notabene". QtKeychain's insecure fallback (plaintext in
// QSettings) is switched off explicitly.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static inline const QString serviceName = QStringLiteral("notabene");

    using SecretStore::SecretStore;

    void read(const QString &key, std::function<void(Result<QByteArray>)> done) override;
    void write(const QString &key, const QByteArray &secret,
               std::function<void(Status)> done) override;
    void remove(const QString &key, std::function<void(Status)> done) override;
};

// Secrets for this run only: gone when the process ends. Answers asynchronously like the
// keychain, so callers cannot come to rely on a synchronous answer.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, std::function<void(Result<QByteArray>)> done) override;
    void write(const QString &key, const QByteArray &secret,
               std::function<void(Status)> done) override;
    void remove(const QString &key, std::function<void(Status)> done) override;

    qsizetype size() const { return m_secrets.size(); }

private:
    QHash<QString, QByteArray> m_secrets;
};

// The key of a session token: "notabene:<server url>:<email lowercased>", so every server and
// every account has its own secret.
QString secretKey(const QUrl &server, const QString &email);

} // namespace nb::client
