#include "sessionopener.h"

#include "console.h"

#include <QEventLoop>

namespace nb::cli {

namespace {

SessionOpener::Outcome outcomeOf(const Error &error)
{
    const bool transient = error.code == QLatin1String("network") ||
                           error.code == QLatin1String("timeout") ||
                           error.code == QLatin1String("malformed-response") ||
                           error.code.startsWith(QLatin1String("http-5"));
    return transient ? SessionOpener::Outcome::Offline : SessionOpener::Outcome::SignedOut;
}

} // namespace

SessionOpener::SessionOpener(const QUrl &server)
    : m_transport(&m_network, server)
    , m_session(&m_transport, &m_keychain, server)
{
    QObject::connect(&m_session, &client::Session::keychainUnavailable,
                     [](const QString &message) { printErr(message); });
}

SessionOpener::Outcome SessionOpener::signIn(const QString &email, const QString &password)
{
    return wait([&] { m_session.signIn(email, password); });
}

SessionOpener::Outcome SessionOpener::restore(const QString &email)
{
    return wait([&] { m_session.restore(email); });
}

SessionOpener::Outcome SessionOpener::wait(const std::function<void()> &start)
{
    std::optional<Outcome> outcome;
    QEventLoop loop;
    QObject::connect(&m_session, &client::Session::signedIn, &loop, [&] {
        outcome = Outcome::SignedIn;
        loop.quit();
    });
    QObject::connect(&m_session, &client::Session::signInFailed, &loop, [&](const Error &error) {
        m_error = error;
        outcome = outcomeOf(error);
        loop.quit();
    });
    start();
    if (!outcome)
        loop.exec();
    return *outcome;
}

void SessionOpener::signOut()
{
    bool done = false;
    QEventLoop loop;
    QObject::connect(&m_session, &client::Session::signedOut, &loop, [&] {
        done = true;
        loop.quit();
    });
    m_session.signOut();
    if (!done)
        loop.exec();
}

} // namespace nb::cli
