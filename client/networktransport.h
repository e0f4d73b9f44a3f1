#pragma once

#include "client/transport.h"

#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace nb::client {

// The real transport: HTTP(S) through an injected QNetworkAccessManager, JSON bodies,
// problem+json mapped to nb::Error, a timeout per request.
class NetworkTransport : public Transport
{
    Q_OBJECT

public:
    NetworkTransport(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent = nullptr);

    void send(const ApiRequest &request, Callback done) override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    QUrl baseUrl() const { return m_baseUrl; }

private:
    void finished(QNetworkReply *reply, const Callback &done);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    int m_timeoutMs = 30000;
};

// Maps an HTTP answer to the Error a user sees (problem+json when present).
std::optional<Error> errorFromAnswer(int status, const QByteArray &contentType,
                                     const QByteArray &body);

} // namespace nb::client
