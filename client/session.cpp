#include "client/session.h"

#include "client/secretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <optional>

namespace nb::client {

namespace {

Q_LOGGING_CATEGORY(lcSession, "notabene.client.session")

const QString sessionPath = QStringLiteral("/api/v1/session");

std::optional<SignedInUser> userFromAnswer(const QJsonObject &answer)
{
    const QJsonObject user = answer.value(QStringLiteral("user")).toObject();
    const QJsonObject company = user.value(QStringLiteral("company")).toObject();
    SignedInUser result{
        user.value(QStringLiteral("email")).toString(),
        user.value(QStringLiteral("role")).toString(),
        user.value(QStringLiteral("displayName")).toString(),
        company.value(QStringLiteral("name")).toString(),
        company.value(QStringLiteral("customerNumber")).toString(),
        QDateTime::fromString(answer.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate),
    };
    if (result.email.isEmpty() || result.role.isEmpty() || !result.expiresAt.isValid())
        return std::nullopt;
    return result;
}

Error malformedAnswer()
{
    return Error{QStringLiteral("malformed-response"),
                 QCoreApplication::translate("nb::client::Session",
                                             "The server sent an answer that cannot be read. "
                                             "Try again later."),
                 {}};
}

// The error a user sees for a failed sign-in or restore: the known session problems in the
// client's language, everything else as the transport reported it.
Error sessionError(const ApiResponse &response)
{
    Error error = response.error.value_or(Error{
        QStringLiteral("http-%1").arg(response.status),
        QCoreApplication::translate("nb::client::Session", "The server answered with error %1.")
            .arg(response.status),
        {}});
    if (error.code == QLatin1String("invalid-credentials")) {
        error.message = QCoreApplication::translate(
            "nb::client::Session", "The e-mail address or the password is not correct.");
    } else if (error.code == QLatin1String("too-many-attempts")) {
        bool ok = false;
        const int seconds = response.header("Retry-After").toInt(&ok);
        if (ok && seconds > 0) {
            error.message = QCoreApplication::translate(
                "nb::client::Session", "Too many failed sign-ins. Try again in %n second(s).",
                nullptr, seconds);
        }
    } else if (error.code == QLatin1String("session-expired")) {
        error.message = QCoreApplication::translate(
            "nb::client::Session", "Your session has expired. Please sign in again.");
    } else if (error.code == QLatin1String("unauthorized")) {
        error.message = QCoreApplication::translate(
            "nb::client::Session", "The session is no longer valid. Please sign in again.");
    }
    return error;
}

} // namespace

QString keychainUnavailableMessage()
{
    return QCoreApplication::translate(
        "nb::client::Session",
        "No keychain is available: you stay signed in only until Notabene is closed.");
}

Session::Session(Transport *transport, SecretStore *secrets, QUrl server, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_secrets(secrets)
    , m_server(std::move(server))
{}

Session::~Session() = default;

void Session::setSecretStore(SecretStore *fallback)
{
    m_secrets = fallback;
}

void Session::signIn(const QString &email, const QString &password)
{
    const quint64 operation = nextOperation();
    const QString account = email.trimmed();
    ApiRequest request;
    request.method = "POST";
    request.path = sessionPath;
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("email"), account},
                                             {QStringLiteral("password"), password}})
                       .toJson(QJsonDocument::Compact);
    m_transport->send(request,
                      [self = QPointer(this), operation, account](const ApiResponse &response) {
                          if (self && self->isCurrent(operation))
                              self->signInAnswered(operation, account, response);
                      });
}

void Session::signInAnswered(quint64 operation, const QString &email, const ApiResponse &response)
{
    if (!response.ok()) {
        fail(sessionError(response));
        return;
    }
    const QJsonObject answer = response.json();
    const QByteArray token = answer.value(QStringLiteral("token")).toString().toLatin1();
    const std::optional<SignedInUser> user = userFromAnswer(answer);
    if (token.isEmpty() || !user) {
        fail(malformedAnswer());
        return;
    }
    m_transport->setToken(token);
    m_email = email.toLower();
    storeToken(operation, token, *user);
}

void Session::storeToken(quint64 operation, const QByteArray &token, const SignedInUser &user)
{
    m_secrets->write(secretKey(m_server, m_email), token,
                     [self = QPointer(this), operation, token, user](const Status &stored) {
                         if (self && self->isCurrent(operation))
                             self->tokenStored(operation, token, user, stored);
                     });
}

void Session::tokenStored(quint64 operation, const QByteArray &token, const SignedInUser &user,
                          const Status &stored)
{
    if (stored || m_secrets == m_memory) {
        finishSignIn(user);
        return;
    }
    // No keychain can take the token: keep it in memory for this run, never on disk.
    qCWarning(lcSession) << "The keychain did not take the session token:" << stored.error().code
                         << stored.error().message;
    if (!m_memory)
        m_memory = new MemorySecretStore(this);
    m_secrets = m_memory;
    Q_EMIT keychainUnavailable(keychainUnavailableMessage());
    storeToken(operation, token, user);
}

void Session::restore(const QString &email)
{
    const quint64 operation = nextOperation();
    const QString account = email.trimmed().toLower();
    m_secrets->read(secretKey(m_server, account),
                    [self = QPointer(this), operation, account](const Result<QByteArray> &token) {
                        if (self && self->isCurrent(operation))
                            self->restoreRead(operation, account, token);
                    });
}

void Session::restoreRead(quint64 operation, const QString &email, const Result<QByteArray> &token)
{
    if (!token) {
        fail(token.error());
        return;
    }
    m_transport->setToken(*token);
    m_email = email;
    ApiRequest request;
    request.method = "GET";
    request.path = sessionPath;
    m_transport->send(request,
                      [self = QPointer(this), operation, email](const ApiResponse &response) {
                          if (self && self->isCurrent(operation))
                              self->restoreAnswered(email, response);
                      });
}

void Session::restoreAnswered(const QString &email, const ApiResponse &response)
{
    if (response.status == 401) {
        // Expired or ended elsewhere: the token is worthless, drop it everywhere.
        forgetLocally();
        m_secrets->remove(secretKey(m_server, email), [](const Status &) {});
        fail(sessionError(response));
        return;
    }
    if (!response.ok()) {
        // Offline or a server problem: the token may still be good, keep it for a later try.
        fail(sessionError(response));
        return;
    }
    const std::optional<SignedInUser> user = userFromAnswer(response.json());
    if (!user) {
        fail(malformedAnswer());
        return;
    }
    finishSignIn(*user);
}

void Session::signOut()
{
    const quint64 operation = nextOperation();
    const QString key = secretKey(m_server, m_email.isEmpty() ? m_user.email : m_email);
    auto removeSecret = [self = QPointer(this), operation, key] {
        if (!self || !self->isCurrent(operation))
            return;
        self->forgetLocally();
        self->m_secrets->remove(key, [self, operation](const Status &removed) {
            if (!self || !self->isCurrent(operation))
                return;
            if (!removed) {
                qCWarning(lcSession)
                    << "The session token could not be removed:" << removed.error().code
                    << removed.error().message;
            }
            Q_EMIT self->signedOut();
        });
    };
    if (m_transport->token().isEmpty()) {
        removeSecret();
        return;
    }
    ApiRequest request;
    request.method = "DELETE";
    request.path = sessionPath;
    // Whatever the answer (204, 401 when already ended, no answer at all): signed out here.
    m_transport->send(request, [removeSecret](const ApiResponse &) { removeSecret(); });
}

void Session::finishSignIn(const SignedInUser &user)
{
    m_user = user;
    m_signedIn = true;
    Q_EMIT signedIn(m_user);
}

void Session::fail(const Error &error)
{
    Q_EMIT signInFailed(error);
}

void Session::forgetLocally()
{
    m_transport->setToken({});
    m_signedIn = false;
    m_user = SignedInUser{};
    m_email.clear();
}

} // namespace nb::client
