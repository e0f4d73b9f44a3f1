#include "client/serverendpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace nb::client {

namespace {
bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

Result<QUrl> parseServerUrl(const QString &input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return Error{
            QStringLiteral("required"),
            QCoreApplication::translate("nb::client::ServerEndpoint", "Enter the server address."),
            QStringLiteral("server")};
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return Error{QStringLiteral("invalid-url"),
                     QCoreApplication::translate(
                         "nb::client::ServerEndpoint",
                         "Enter the server address as https://host or https://host:port."),
                     QStringLiteral("server")};
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return Error{QStringLiteral("invalid-url"),
                     QCoreApplication::translate(
                         "nb::client::ServerEndpoint",
                         "The server address must not contain a user name, query or fragment."),
                     QStringLiteral("server")};
    }
    if (url.scheme() == QLatin1String("http") && !isLoopback(url.host())) {
        return Error{QStringLiteral("https-required"),
                     QCoreApplication::translate(
                         "nb::client::ServerEndpoint",
                         "The connection to %1 must use https: passwords and the session would "
                         "otherwise travel unencrypted.")
                         .arg(url.host()),
                     QStringLiteral("server")};
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace nb::client
