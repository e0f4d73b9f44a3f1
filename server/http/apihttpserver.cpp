#include "server/http/apihttpserver.h"

#include "server/http/bodystreamer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

namespace nb::server {

namespace {

Method toMethod(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return Method::Get;
    case QHttpServerRequest::Method::Head:
        return Method::Head;
    case QHttpServerRequest::Method::Post:
        return Method::Post;
    case QHttpServerRequest::Method::Put:
        return Method::Put;
    case QHttpServerRequest::Method::Delete:
        return Method::Delete;
    case QHttpServerRequest::Method::Patch:
        return Method::Patch;
    case QHttpServerRequest::Method::Options:
        return Method::Options;
    default:
        return Method::Other;
    }
}

} // namespace

ApiHttpServer::ApiHttpServer(Router router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(std::move(router))
    , m_log([](const QByteArray &line) {
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    })
{}

HttpResponse ApiHttpServer::dispatch(HttpRequest &request)
{
    const Router::Match match = m_router.match(request.method, request.path);
    if (!match.handler) {
        if (match.status == 405) {
            const QString method = request.method == Method::Other
                                       ? tr("This method")
                                       : QString::fromLatin1(methodName(request.method));
            HttpResponse response =
                HttpResponse::problem(405, "method-not-allowed",
                                      tr("%1 is not allowed here; allowed: %2.")
                                          .arg(method, QString::fromLatin1(match.allow)));
            response.setHeader("Allow", match.allow);
            return response;
        }
        return HttpResponse::problem(404, "not-found",
                                     tr("There is nothing at %1.").arg(request.path));
    }
    // Qt HttpServer 6.4 has read the whole body by now: the limit keeps oversized bodies away
    // from the handlers, it does not bound what the connection buffered.
    const qint64 limit = match.maxBodyBytes > 0 ? match.maxBodyBytes : qint64(maxBodyBytes);
    if (request.body.size() > limit) {
        return HttpResponse::problem(413, "body-too-large",
                                     tr("The request body is larger than %1 bytes.").arg(limit));
    }
    request.params = match.params;
    return (*match.handler)(request);
}

bool ApiHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    HttpRequest req;
    req.method = toMethod(request.method());
    req.path = request.url().path();
    req.query = QUrlQuery(request.url());
    for (const auto &header : request.headers())
        req.headers.insert(header.first.toLower(), header.second);
    req.body = request.body();
    req.remoteAddress = request.remoteAddress();

    // Methods the server does not know (TRACE, PROPFIND, ...) go through the router too: 404 on an
    // unknown path, otherwise 405 with the Allow header that RFC 9110 requires.
    const HttpResponse response = dispatch(req);
    const bool close = req.header("connection").toLower() == "close";
    const bool streaming = send(request, socket, response, req.method == Method::Head, close);

    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    m_log(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() + ' ' +
          req.remoteAddress.toString().toLatin1() + ' ' + methodName(req.method) + ' ' +
          request.url().path(QUrl::FullyEncoded).toLatin1() + ' ' +
          QByteArray::number(response.status) + ' ' + QByteArray::number(ms, 'f', 2) + "ms");

    if (close && !streaming) // a streamed body closes the connection when it is written
        socket->disconnectFromHost();
    return true;
}

void ApiHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket,
         HttpResponse::problem(404, "not-found",
                               tr("There is nothing at %1.").arg(request.url().path())),
         false, false);
}

bool ApiHttpServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
                         const HttpResponse &response, bool headOnly, bool closeAfterStream)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    const bool streamed = bool(response.bodySource);
    // RFC 9110: no Content-Length on 204 and 304.
    if (response.status != 204 && response.status != 304)
        responder.writeHeader(
            "Content-Length",
            QByteArray::number(streamed ? response.bodyLength : qint64(response.body.size())));
    const bool withBody = !headOnly && response.status != 204 && response.status != 304;
    if (!streamed || !withBody) {
        responder.writeBody(withBody ? response.body : QByteArray());
        return false;
    }
    responder.writeBody(QByteArray()); // ends the header block
    BodyStreamer::start(socket, response.bodySource, response.bodyLength, closeAfterStream);
    return true;
}

} // namespace nb::server
