#include "client/accountpaths.h"

#include <QCryptographicHash>

namespace nb::client {

QString accountStorePath(const QString &dataFolder, const QString &server, const QString &email)
{
    const QByteArray key = QCryptographicHash::hash(
        (server + QLatin1Char('\n') + email.toLower()).toUtf8(), QCryptographicHash::Sha256);
    return dataFolder +
           QStringLiteral("/account-%1.sqlite").arg(QString::fromLatin1(key.toHex().left(16)));
}

} // namespace nb::client
