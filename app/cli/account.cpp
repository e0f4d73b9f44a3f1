#include "account.h"

#include "client/accountpaths.h"
#include "client/serverendpoint.h"
#include "client/trustedroots.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace nb::cli {

Result<Account> Account::resolve(const Invocation &invocation)
{
    QSettings settings;
    const QString serverText = invocation.server.isEmpty()
                                   ? settings.value(QStringLiteral("server")).toString()
                                   : invocation.server;
    const Result<QUrl> server = client::parseServerUrl(serverText);
    if (!server)
        return server.error();
    const QString email = invocation.email.isEmpty()
                              ? settings.value(QStringLiteral("email")).toString().trimmed()
                              : invocation.email.trimmed();
    if (email.isEmpty()) {
        return Error{
            QStringLiteral("required"),
            QCoreApplication::translate("nb::cli::Account", "Name the account with --email."),
            QStringLiteral("email")};
    }
    const QString folder = invocation.dataDir.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                               : QDir(invocation.dataDir).absolutePath();
    // The desktop app keys the store by the server address as parseServerUrl() returns it.
    return Account{*server, email, client::accountStorePath(folder, server->toString(), email),
                   client::noticeStorePath(folder, server->toString(), email),
                   invocation.trustedRoots};
}

Result<QList<signing::PublicKey>> Account::roots() const
{
    if (trustedRoots.isEmpty())
        return client::shippedRootKeys();
    QFile file(trustedRoots);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("invalid-trusted-roots"),
                     QCoreApplication::translate("nb::cli::Account", "%1 cannot be read: %2")
                         .arg(trustedRoots, file.errorString()),
                     QStringLiteral("trusted-roots")};
    }
    auto roots = client::parseTrustedRoots(file.readAll());
    if (!roots)
        return Error{roots.error().code, roots.error().message, QStringLiteral("trusted-roots")};
    return roots;
}

Result<std::unique_ptr<client::NoticeStore>> Account::openNoticeStore() const
{
    auto trusted = roots();
    if (!trusted)
        return trusted.error();
    const QString folder = QFileInfo(noticeStorePath).absolutePath();
    if (!QDir().mkpath(folder)) {
        return Error{
            QStringLiteral("store-error"),
            QCoreApplication::translate("nb::cli::Account", "The data folder %1 cannot be created.")
                .arg(folder),
            {}};
    }
    auto store = client::NoticeStore::open(noticeStorePath, QStringLiteral("notabene-cli-notices"));
    if (!store)
        return store.error();
    (*store)->setTrustedRoots(*trusted);
    return store;
}

Result<std::unique_ptr<client::OfflineStore>> Account::openStore() const
{
    const QString folder = QFileInfo(storePath).absolutePath();
    if (!QDir().mkpath(folder)) {
        return Error{
            QStringLiteral("store-error"),
            QCoreApplication::translate("nb::cli::Account", "The data folder %1 cannot be created.")
                .arg(folder),
            {}};
    }
    return client::OfflineStore::open(storePath, QStringLiteral("notabene-cli"));
}

} // namespace nb::cli
