#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <functional>
#include <optional>

namespace nb::client {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct ApiRequest
{
    QByteArray method = "GET"; // GET, POST, PUT, DELETE
    QString path;    // e.g. "/api/v1/contacts/3" or "/api/v1/notices?after=12" (percent-encoded),
                     // appended to the server's base URL
    QByteArray body; // JSON; empty for GET and DELETE
    HeaderList headers; // extra headers: If-Match, If-None-Match, Idempotency-Key
};

// What came back. `status` is 0 when no HTTP answer arrived (network down, refused, dropped,
// timed out); then `error` says why (code "network" or "timeout").
struct ApiResponse
{
    int status = 0;
    HeaderList headers;
    QByteArray body;
    // Set for status 0, for every status >= 400 (from the problem+json: code, detail, field; or
    // a generic one when the body is not a problem) and for a 2xx whose JSON is malformed
    // (code "malformed-response").
    std::optional<Error> error;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const; // the body as an object (empty when it is not one)
    bool ok() const { return !error.has_value() && status >= 200 && status < 300; }
};

// How the client reaches the server. The real one is NetworkTransport (QNetworkAccessManager);
// tests wrap it to inject faults a real server cannot produce on demand (drops, hangs, 500s,
// malformed JSON). Every call is asynchronous; `done` runs exactly once, on the caller's thread.
class Transport : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResponse &)>;

    using QObject::QObject;
    ~Transport() override = default;

    virtual void send(const ApiRequest &request, Callback done) = 0;

    // The bearer token sent with every request (empty: none).
    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }

private:
    QByteArray m_token;
};

} // namespace nb::client
