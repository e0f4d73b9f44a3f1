#pragma once

#include "server/http/httptypes.h"

#include <QStringList>
#include <functional>
#include <vector>

namespace nb::server {

using Handler = std::function<HttpResponse(const HttpRequest &)>;

// Maps (method, path pattern) to handlers. Patterns are literal segments and placeholders such as
// "/api/v1/contacts/{id}". HEAD is answered by every GET route; a known path with another method
// answers 405 with an Allow header; anything else 404.
class Router
{
public:
    // `maxBodyBytes` > 0 raises (or lowers) the server's request body limit for this route only,
    // e.g. for file uploads; 0 keeps ApiHttpServer::maxBodyBytes.
    void add(Method method, const QString &pattern, Handler handler, qint64 maxBodyBytes = 0);

    struct Match
    {
        const Handler *handler = nullptr; // null: see status
        int status = 404;                 // 404 or 405 when handler is null
        QByteArray allow;                 // for 405
        QHash<QString, QString> params;
        qint64 maxBodyBytes = 0; // the route's own body limit (0: the server's)
    };
    Match match(Method method, const QString &path) const;

    // Every route as "METHOD /pattern" (HEAD not listed), for the OpenAPI comparison.
    QStringList routeList() const;

private:
    struct Route
    {
        Method method;
        QString pattern;
        QStringList segments;
        Handler handler;
        qint64 maxBodyBytes = 0;
    };
    static bool matches(const Route &route, const QStringList &segments,
                        QHash<QString, QString> *params);
    std::vector<Route> m_routes;
};

} // namespace nb::server
