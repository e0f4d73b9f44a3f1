#include "server/storage/databaseurl.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace nb::server {

namespace {
Error invalid(const QString &text)
{
    return Error{QStringLiteral("invalid-database-url"),
                 QCoreApplication::translate("nb::server::DatabaseUrl",
                                             "Unknown database address \"%1\": use sqlite:PATH or "
                                             "postgresql://USER@HOST:PORT/DATABASE.")
                     .arg(text),
                 QStringLiteral("db")};
}
} // namespace

QString DatabaseUrl::display() const
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

Result<DatabaseUrl> parseDatabaseUrl(const QString &text)
{
    DatabaseUrl result;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        result.path = text.mid(7);
        if (result.path.startsWith(QLatin1String("//")))
            result.path = result.path.mid(2);
        if (result.path.isEmpty())
            return invalid(text);
        return result;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return invalid(text);
    result.engine = DatabaseUrl::Engine::Postgres;
    result.user = url.userName();
    result.password = url.password();
    result.host = url.host();
    result.port = url.port(5432);
    result.database = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        result.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (result.database.isEmpty() || result.host.isEmpty())
        return invalid(text);
    return result;
}

} // namespace nb::server
