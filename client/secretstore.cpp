#include "client/secretstore.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace nb::client {

namespace {

QString notFoundMessage()
{
    return QCoreApplication::translate("nb::client::SecretStore",
                                       "No secret is stored for this account.");
}

// QtKeychain's outcome as our error. libsecret reports an unreachable D-Bus session or a missing
// Secret Service (the usual "no keychain" cases on Linux) as OtherError, so that is mapped to
// keychain-unavailable as well.
Error keychainError(const QKeychain::Job &job)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return Error{QStringLiteral("not-found"), notFoundMessage(), {}};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error{QStringLiteral("keychain-denied"),
                     QCoreApplication::translate("nb::client::SecretStore",
                                                 "The keychain refused access: %1")
                         .arg(detail),
                     {}};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return Error{
            QStringLiteral("keychain-unavailable"),
            QCoreApplication::translate("nb::client::SecretStore", "No keychain is available: %1")
                .arg(detail),
            {}};
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return Error{
        QStringLiteral("keychain-error"),
        QCoreApplication::translate("nb::client::SecretStore", "The keychain reported an error: %1")
            .arg(detail),
        {}};
}

// Jobs have no parent: QtKeychain's backends call back into the job when their answer arrives,
// so a job must live until it has finished (it deletes itself then). The connection's context
// is the store: once the store is gone, `done` is not called any more.
template <typename Job> Job *newJob(const QString &key)
{
    auto *job = new Job(KeychainSecretStore::serviceName);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext in QSettings
    job->setKey(key);
    return job;
}

Status statusOf(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::NoError)
        return {};
    return keychainError(job);
}

} // namespace

void KeychainSecretStore::read(const QString &key, std::function<void(Result<QByteArray>)> done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError)
            done(job->binaryData());
        else
            done(keychainError(*job));
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret,
                                std::function<void(Status)> done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [job, done = std::move(done)](QKeychain::Job *) { done(statusOf(*job)); });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, std::function<void(Status)> done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)](QKeychain::Job *) {
        if (job->error() == QKeychain::EntryNotFound)
            done(Status{}); // already gone
        else
            done(statusOf(*job));
    });
    job->start();
}

void MemorySecretStore::read(const QString &key, std::function<void(Result<QByteArray>)> done)
{
    QTimer::singleShot(0, this, [this, key, done = std::move(done)] {
        const auto found = m_secrets.constFind(key);
        if (found == m_secrets.cend())
            done(Error{QStringLiteral("not-found"), notFoundMessage(), {}});
        else
            done(*found);
    });
}

void MemorySecretStore::write(const QString &key, const QByteArray &secret,
                              std::function<void(Status)> done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(Status{}); });
}

void MemorySecretStore::remove(const QString &key, std::function<void(Status)> done)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(Status{}); });
}

QString secretKey(const QUrl &server, const QString &email)
{
    const QString url = server.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery |
                                        QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return QStringLiteral("notabene:") + url + QLatin1Char(':') + email.trimmed().toLower();
}

} // namespace nb::client
