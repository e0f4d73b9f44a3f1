#pragma once

#include <QSslConfiguration>
#include <QTcpServer>
#include <chrono>
#include <optional>

namespace nb::server {

// A QTcpServer that closes connections which stay idle, or send a request too slowly, for longer
// than the timeout: Qt HttpServer 6.4 keeps every connection open forever by itself. The clock
// starts at accept and restarts whenever a response has been written, so a trickling
// ("slowloris") client is cut off as surely as a silent one. With a TLS configuration the
// handshake happens here too and counts against the same timeout.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(std::chrono::milliseconds timeout, QObject *parent = nullptr);

    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void guard(QTcpSocket *socket);

    std::chrono::milliseconds m_timeout;
    std::optional<QSslConfiguration> m_tls;
    int m_open = 0;
};

} // namespace nb::server
