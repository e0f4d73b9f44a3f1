#include "server/http/guardedtcpserver.h"

#include <QSslSocket>
#include <QTimer>

namespace nb::server {

GuardedTcpServer::GuardedTcpServer(std::chrono::milliseconds timeout, QObject *parent)
    : QTcpServer(parent)
    , m_timeout(timeout)
{}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    if (!m_tls) {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        guard(socket);
        addPendingConnection(socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(*m_tls);
    guard(socket);
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        addPendingConnection(socket);
        Q_EMIT newConnection();
    });
    connect(socket, &QSslSocket::sslErrors, socket, [socket] { socket->abort(); });
    socket->startServerEncryption();
}

void GuardedTcpServer::guard(QTcpSocket *socket)
{
    ++m_open;
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    timer->setInterval(m_timeout);
    connect(timer, &QTimer::timeout, socket, [socket] { socket->abort(); });
    connect(socket, &QTcpSocket::bytesWritten, timer, [timer] { timer->start(); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        --m_open;
        socket->deleteLater();
    });
    timer->start();
}

} // namespace nb::server
