#pragma once

#include "client/transport.h"
#include "core/error.h"
#include "core/result.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

namespace nb::client {

class MemorySecretStore;
class SecretStore;

struct SignedInUser
{
    QString email;
    QString role; // "admin", "member", "staff"
    QString displayName;
    QString companyName;    // empty: the account belongs to no company (staff)
    QString customerNumber; // empty as well then
    QDateTime expiresAt;    // when the server ends the session (UTC)
};

// Sign-in, restore and sign-out of one account on one server. The session token goes to the
// Transport (setToken) and to the SecretStore, never anywhere else: not QSettings, not the
// database, not logs.
//
// Every operation answers with exactly one signal: signIn() and restore() with signedIn or
// signInFailed, signOut() with signedOut. A newer operation supersedes one still running (the
// older one's answer is then dropped).
//
// Error codes of signInFailed: those of the server ("invalid-credentials", "too-many-attempts",
// "session-expired", "unauthorized", a 422 with its code and field ...) and of the transport
// ("network", "timeout", "malformed-response"); restore() also "not-found" (no token stored for
// that account) and the SecretStore's "keychain-*" codes. When the server answers restore() with
// 401 (session-expired, unauthorized) the token is forgotten: removed from the transport and the
// store. On any other failure (no answer, a server error) the token stays on the transport and in
// the store, so the caller may work offline and call restore() again later.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(Transport *transport, SecretStore *secrets, QUrl server, QObject *parent = nullptr);
    ~Session() override;

    // POST /api/v1/session, then the token into the SecretStore. When no keychain can take it the
    // session switches to memory for this run (keychainUnavailable) and is signed in all the same.
    void signIn(const QString &email, const QString &password);
    // The token from the SecretStore, checked with GET /api/v1/session.
    void restore(const QString &email);
    // DELETE /api/v1/session, then the secret is removed ("Abmelden"). Signed out locally even
    // when the server cannot be reached.
    void signOut();

    bool isSignedIn() const { return m_signedIn; }
    const SignedInUser &user() const { return m_user; }
    QUrl server() const { return m_server; }
    SecretStore *secretStore() const { return m_secrets; }
    // For example MemorySecretStore after keychainUnavailable. Not owned.
    void setSecretStore(SecretStore *fallback);

Q_SIGNALS:
    void signedIn(const nb::client::SignedInUser &user);
    // Wrong password, 429 (the message says how long to wait), network, expired ...
    void signInFailed(const nb::Error &error);
    void signedOut();
    // The session is kept in memory for this run only; `message` says so to the user.
    void keychainUnavailable(const QString &message);

private:
    void signInAnswered(quint64 operation, const QString &email, const ApiResponse &response);
    void storeToken(quint64 operation, const QByteArray &token, const SignedInUser &user);
    void tokenStored(quint64 operation, const QByteArray &token, const SignedInUser &user,
                     const Status &stored);
    void restoreRead(quint64 operation, const QString &email, const Result<QByteArray> &token);
    void restoreAnswered(const QString &email, const ApiResponse &response);
    void finishSignIn(const SignedInUser &user);
    void fail(const Error &error);
    void forgetLocally();
    bool isCurrent(quint64 operation) const { return operation == m_operation; }
    quint64 nextOperation() { return ++m_operation; }

    Transport *m_transport;
    SecretStore *m_secrets;
    MemorySecretStore *m_memory = nullptr; // created when the keychain fails
    QUrl m_server;
    SignedInUser m_user;
    QString m_email; // the account whose token is in the transport, lowercased
    bool m_signedIn = false;
    quint64 m_operation = 0;
};

// The user-visible message of keychainUnavailable.
QString keychainUnavailableMessage();

} // namespace nb::client
