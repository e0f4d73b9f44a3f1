#include "server/http/router.h"

namespace nb::server {

void Router::add(Method method, const QString &pattern, Handler handler, qint64 maxBodyBytes)
{
    m_routes.push_back(Route{method, pattern, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts),
                             std::move(handler), maxBodyBytes});
}

bool Router::matches(const Route &route, const QStringList &segments,
                     QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (expected.startsWith(QLatin1Char('{')) && expected.endsWith(QLatin1Char('}'))) {
            if (params)
                params->insert(expected.mid(1, expected.size() - 2), segments.at(i));
        } else if (expected != segments.at(i)) {
            return false;
        }
    }
    return true;
}

Router::Match Router::match(Method method, const QString &path) const
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Method lookup = method == Method::Head ? Method::Get : method;
    Match result;
    QList<QByteArray> allowed;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matches(route, segments, &params))
            continue;
        if (route.method == lookup) {
            result.handler = &route.handler;
            result.status = 0;
            result.params = std::move(params);
            result.maxBodyBytes = route.maxBodyBytes;
            return result;
        }
        allowed.append(methodName(route.method));
        if (route.method == Method::Get)
            allowed.append("HEAD");
    }
    if (!allowed.isEmpty()) {
        result.status = 405;
        result.allow = allowed.join(", ");
    }
    return result;
}

QStringList Router::routeList() const
{
    QStringList list;
    for (const Route &route : m_routes)
        list.append(QString::fromLatin1(methodName(route.method)) + QLatin1Char(' ') +
                    route.pattern);
    return list;
}

} // namespace nb::server
