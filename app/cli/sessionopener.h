#pragma once

#include "client/networktransport.h"
#include "client/secretstore.h"
#include "client/session.h"

#include <QNetworkAccessManager>
#include <QUrl>
#include <functional>
#include <optional>

namespace nb::cli {

// The session of one run, waited for: sign-in with a password, or the token restored from the
// keychain. The token stays in the keychain (or, without one, in memory for this run) and on
// the transport; it is never printed.
class SessionOpener
{
public:
    enum class Outcome
    {
        SignedIn,
        Offline,  // no answer, or a server error: try again later
        SignedOut // no session, wrong password, expired: sign in again
    };

    explicit SessionOpener(const QUrl &server);

    Outcome signIn(const QString &email, const QString &password);
    Outcome restore(const QString &email);
    // Ends the session on the server (when it can be reached) and removes the secret.
    void signOut();

    client::Transport &transport() { return m_transport; }
    // Why the last signIn()/restore() did not sign in.
    const Error &error() const { return m_error; }

private:
    Outcome wait(const std::function<void()> &start);

    QNetworkAccessManager m_network;
    client::KeychainSecretStore m_keychain;
    client::NetworkTransport m_transport;
    client::Session m_session;
    Error m_error;
};

} // namespace nb::cli
