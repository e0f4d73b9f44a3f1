#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <functional>

namespace nb::server {

enum class Method
{
    Get,
    Head,
    Post,
    Put,
    Delete,
    Patch,
    Options,
    Other
};

QByteArray methodName(Method method);

// What a route handler sees of a request. Header names are lower-case.
struct HttpRequest
{
    Method method = Method::Get;
    QString path;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QHostAddress remoteAddress;
    QHash<QString, QString> params; // path placeholders such as {id}
    QUrlQuery query;                // the query string, e.g. ?after=12&limit=500

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

// Produces a streamed body piece by piece: the bytes from `offset` on (any positive amount), or
// an empty array when it cannot (the connection is then closed: the length was promised).
using BodySource = std::function<QByteArray(qint64 offset)>;

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // A streamed body instead of `body` (large downloads): exactly `bodyLength` bytes, sent as
    // Content-Length and written in pieces as the connection takes them.
    BodySource bodySource;
    qint64 bodyLength = 0;

    HttpResponse &setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse noContent();
    // An RFC 9457 problem: {type, title, status, code, detail, field?}.
    static HttpResponse problem(int status, const Error &error);
    static HttpResponse problem(int status, const char *code, const QString &detail,
                                const QString &field = {});
};

const char *reasonPhrase(int status);

} // namespace nb::server
