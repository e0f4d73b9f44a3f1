#include "server/http/bodystreamer.h"

namespace nb::server {

void BodyStreamer::start(QTcpSocket *socket, BodySource source, qint64 length, bool closeWhenDone)
{
    auto *streamer = new BodyStreamer(socket, std::move(source), length, closeWhenDone);
    streamer->pump();
}

BodyStreamer::BodyStreamer(QTcpSocket *socket, BodySource source, qint64 length, bool closeWhenDone)
    : QObject(socket)
    , m_socket(socket)
    , m_source(std::move(source))
    , m_length(length)
    , m_close(closeWhenDone)
{
    connect(socket, &QTcpSocket::bytesWritten, this, &BodyStreamer::pump);
    connect(socket, &QTcpSocket::disconnected, this, [this] { finish(false); });
}

void BodyStreamer::pump()
{
    if (m_finished)
        return;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        finish(false);
        return;
    }
    while (m_offset < m_length && m_socket->bytesToWrite() < highWater) {
        QByteArray piece = m_source(m_offset);
        if (piece.isEmpty()) {
            finish(false);
            return;
        }
        if (piece.size() > m_length - m_offset)
            piece.truncate(m_length - m_offset);
        if (m_socket->write(piece) != piece.size()) {
            finish(false);
            return;
        }
        m_offset += piece.size();
    }
    if (m_offset >= m_length)
        finish(true);
}

void BodyStreamer::finish(bool ok)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        if (!ok)
            m_socket->abort();
        else if (m_close)
            m_socket->disconnectFromHost();
    }
    deleteLater();
}

} // namespace nb::server
