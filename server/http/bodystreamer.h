#pragma once

#include "server/http/httptypes.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace nb::server {

// Writes a streamed response body (HttpResponse::bodySource) to a connection in pieces, as the
// connection takes them: at most `highWater` bytes wait in the socket's buffer, so a large
// download never sits in memory as a whole. Deletes itself when done or when the connection
// goes away; a source that fails midway closes the connection (the client sees a short body,
// never a wrong one).
class BodyStreamer : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 highWater = 512 * 1024;

    // Starts writing right away. With `closeWhenDone` the connection is closed after the body.
    static void start(QTcpSocket *socket, BodySource source, qint64 length, bool closeWhenDone);

private:
    BodyStreamer(QTcpSocket *socket, BodySource source, qint64 length, bool closeWhenDone);
    void pump();
    void finish(bool ok);

    QPointer<QTcpSocket> m_socket;
    BodySource m_source;
    qint64 m_length = 0;
    qint64 m_offset = 0;
    bool m_close = false;
    bool m_finished = false;
};

} // namespace nb::server
