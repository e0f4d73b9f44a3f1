#pragma once

#include "server/http/requestlog.h"
#include "server/http/router.h"

#include <QAbstractHttpServer>
#include <functional>

namespace nb::server {

// The HTTP front: turns Qt HttpServer requests into HttpRequest, dispatches through the Router,
// enforces the body limit, answers HEAD for GET routes, 404/405 as problem+json, and logs one line
// per request (never a header value or body).
class ApiHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    explicit ApiHttpServer(Router router, QObject *parent = nullptr);

    // Receives each finished request's log line; by default lines go to stdout.
    void setLogSink(std::function<void(const QByteArray &)> sink) { m_log = std::move(sink); }
    const Router &router() const { return m_router; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse dispatch(HttpRequest &request);
    // Returns true when the body is still being streamed (BodyStreamer) after the call.
    bool send(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response,
              bool headOnly, bool closeAfterStream);

    Router m_router;
    RequestLog *m_requestLog;
    std::function<void(const QByteArray &)> m_log;
};

} // namespace nb::server
