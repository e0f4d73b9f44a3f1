#include "client/accountpaths.h"

#include <QCryptographicHash>

namespace nb::client {

namespace {

QString accountKey(const QString &server, const QString &email)
{
    const QByteArray key = QCryptographicHash::hash(
        (server + QLatin1Char('\n') + email.toLower()).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(key.toHex().left(16));
}

} // namespace

QString accountStorePath(const QString &dataFolder, const QString &server, const QString &email)
{
    return dataFolder + QStringLiteral("/account-%1.sqlite").arg(accountKey(server, email));
}

QString noticeStorePath(const QString &dataFolder, const QString &server, const QString &email)
{
    return dataFolder + QStringLiteral("/notices-%1.sqlite").arg(accountKey(server, email));
}

} // namespace nb::client
