// Connections at the TCP level (raw QTcpSocket): a connection that stays silent, trickles its
// request or stops half-way through a body is closed after --idle-timeout; a keep-alive connection
// doing normal requests keeps working; "Connection: close" closes; silent connections do not keep
// others from being served.
#include "serverprocess.h"

#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <memory>
#include <optional>

using namespace nbtest;

namespace {

struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

QByteArray request(quint16 port, const QByteArray &extraHeaders = {})
{
    return "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n" +
           extraHeaders + "\r\n";
}

// Takes one complete response (head and Content-Length body) off `buffer`, if there is one.
std::optional<RawResponse> takeResponse(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    RawResponse response;
    response.head = buffer.left(end);
    qsizetype length = 0;
    for (const QByteArray &line : response.head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    response.status = response.head.mid(9, 3).toInt();
    response.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return response;
}

// Reads from `socket` until one complete response has arrived (10 s at most).
std::optional<RawResponse> readResponse(QTcpSocket &socket, QByteArray &buffer)
{
    std::optional<RawResponse> response;
    // The outcome is in `response`: empty when nothing complete came in time.
    [[maybe_unused]] const bool done = QTest::qWaitFor(
        [&] {
            buffer += socket.readAll();
            response = takeResponse(buffer);
            return response.has_value() || socket.state() == QAbstractSocket::UnconnectedState;
        },
        10000);
    return response;
}

} // namespace

class TestConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void silentConnectionIsClosed();
    void tricklingRequestIsClosed();
    void unfinishedBodyIsClosed();
    void connectionIdleAfterAResponseIsClosed();
    void keepAliveConnectionServesRequests();
    void pipelinedRequestsAreAnsweredInOrder();
    void connectionCloseIsHonoured();
    void silentConnectionsDoNotBlockOthers();

private:
    std::unique_ptr<QTcpSocket> connectTo(const ServerProcess &server);

    ServerProcess m_quick{{QStringLiteral("--idle-timeout"), QStringLiteral("1")}};
    ServerProcess m_patient; // the default idle timeout of 30 s
};

void TestConnections::initTestCase()
{
    NB_START_SERVER(m_quick);
    NB_START_SERVER(m_patient);
}

std::unique_ptr<QTcpSocket> TestConnections::connectTo(const ServerProcess &server)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QStringLiteral("127.0.0.1"), server.port());
    if (!socket->waitForConnected(10000))
        qWarning("Cannot connect: %s", qPrintable(socket->errorString()));
    return socket;
}

void TestConnections::silentConnectionIsClosed()
{
    const auto socket = connectTo(m_quick);
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(socket->readAll().isEmpty());

    // The server itself carries on.
    const auto next = connectTo(m_quick);
    next->write(request(m_quick.port()));
    QByteArray buffer;
    const auto response = readResponse(*next, buffer);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

void TestConnections::tricklingRequestIsClosed()
{
    const auto socket = connectTo(m_quick);
    // About 60 bytes, one every 100 ms: the request would take six times the timeout.
    const QByteArray slow = request(m_quick.port(), "User-Agent: slowloris\r\n");
    qsizetype sent = 0;
    QTimer trickle;
    trickle.setInterval(100);
    QObject::connect(&trickle, &QTimer::timeout, socket.get(), [&] {
        if (sent < slow.size() && socket->state() == QAbstractSocket::ConnectedState)
            socket->write(slow.mid(sent++, 1));
    });
    trickle.start();
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 8000);
    trickle.stop();
    QVERIFY2(sent < slow.size(), "the whole request went through before the connection closed");
    QVERIFY(socket->readAll().isEmpty());
}

void TestConnections::unfinishedBodyIsClosed()
{
    const auto socket = connectTo(m_quick);
    socket->write("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"email\":");
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(socket->readAll().isEmpty());
}

void TestConnections::connectionIdleAfterAResponseIsClosed()
{
    const auto socket = connectTo(m_quick);
    socket->write(request(m_quick.port()));
    QByteArray buffer;
    const auto response = readResponse(*socket, buffer);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
}

void TestConnections::keepAliveConnectionServesRequests()
{
    // Five requests 400 ms apart: the connection lives well beyond the 1 s timeout because it is
    // never idle for that long.
    const auto socket = connectTo(m_quick);
    QByteArray buffer;
    for (int i = 0; i < 5; ++i) {
        if (i > 0)
            QTest::qWait(400);
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        socket->write(request(m_quick.port()));
        const auto response = readResponse(*socket, buffer);
        QVERIFY2(response, qPrintable(QStringLiteral("no answer to request %1").arg(i + 1)));
        QCOMPARE(response->status, 200);
        QVERIFY(response->body.contains("\"status\":\"ok\""));
    }
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
}

void TestConnections::pipelinedRequestsAreAnsweredInOrder()
{
    const auto socket = connectTo(m_patient);
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(m_patient.port()) + "\r\n\r\n";
    socket->write("GET /api/v1/health HTTP/1.1\r\n" + host + "GET /api/v1/nothing HTTP/1.1\r\n" +
                  host + "HEAD /api/v1/health HTTP/1.1\r\n" + host);
    QByteArray buffer;
    const auto first = readResponse(*socket, buffer);
    QVERIFY(first);
    QCOMPARE(first->status, 200);
    const auto second = readResponse(*socket, buffer);
    QVERIFY(second);
    QCOMPARE(second->status, 404);
    // HEAD: headers only, so the buffer holds nothing after them.
    QTRY_VERIFY_WITH_TIMEOUT((buffer += socket->readAll()).endsWith("\r\n\r\n"), 10000);
    QVERIFY(buffer.startsWith("HTTP/1.1 200"));
    QVERIFY(buffer.contains("Content-Length: " + QByteArray::number(first->body.size())));
}

void TestConnections::connectionCloseIsHonoured()
{
    // Without the header the connection stays open for the next request ...
    const auto open = connectTo(m_patient);
    QByteArray buffer;
    for (int i = 0; i < 2; ++i) {
        open->write(request(m_patient.port()));
        const auto response = readResponse(*open, buffer);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
    }
    QCOMPARE(open->state(), QAbstractSocket::ConnectedState);

    // ... with it, the server answers and closes (long before its 30 s idle timeout).
    const auto closing = connectTo(m_patient);
    closing->write(request(m_patient.port(), "Connection: close\r\n"));
    QByteArray closingBuffer;
    const auto response = readResponse(*closing, closingBuffer);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(closing->state(), QAbstractSocket::UnconnectedState, 10000);
}

void TestConnections::silentConnectionsDoNotBlockOthers()
{
    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 50; ++i) {
        silent.push_back(connectTo(m_patient));
        QCOMPARE(silent.back()->state(), QAbstractSocket::ConnectedState);
    }
    const auto socket = connectTo(m_patient);
    socket->write(request(m_patient.port()));
    QByteArray buffer;
    const auto response = readResponse(*socket, buffer);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
