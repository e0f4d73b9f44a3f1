// serve --tls-cert/--tls-key: the server speaks HTTPS with a self-signed certificate made by the
// openssl command line (an EC and an RSA pair, as the server tries RSA, then EC keys). A client
// trusting exactly that certificate gets answers, including a signed-in session; one with the
// default CAs gets an SSL error; plain HTTP on the TLS port gets no HTTP answer; a connection that
// never starts the handshake is closed after --idle-timeout; bad certificate arguments end with
// exit code 2.
#include "apiclient.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>
#include <optional>

using namespace nbtest;

namespace {

// One exchange over QNetworkAccessManager as the client saw it.
struct TlsReply
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QSslError> sslErrors;
    QSslCertificate peerCertificate;

    QString describe() const
    {
        QStringList ssl;
        for (const QSslError &e : sslErrors)
            ssl.append(e.errorString());
        return QStringLiteral("status %1, error %2 (%3), SSL errors [%4], body %5")
            .arg(status)
            .arg(int(error))
            .arg(errorString, ssl.join(QStringLiteral("; ")), QString::fromUtf8(body.left(500)));
    }
};

// Sends one request and waits for its end (20 s at most). Never ignores SSL errors.
TlsReply exchange(QNetworkAccessManager &manager, const QUrl &url,
                  const std::optional<QSslConfiguration> &tls, const QByteArray &method = "GET",
                  const QByteArray &body = {}, const QByteArray &token = {})
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (tls)
        request.setSslConfiguration(*tls);
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);

    TlsReply result;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&result](const QList<QSslError> &errors) { result.sslErrors += errors; });
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(20000);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        result.errorString = QStringLiteral("no answer within 20 s");
        result.error = QNetworkReply::TimeoutError;
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        result.errorString = reply->errorString();
        result.peerCertificate = reply->sslConfiguration().peerCertificate();
    }
    reply->deleteLater();
    return result;
}

// Runs `openssl <arguments>` in `dir`; empty on success, otherwise what went wrong.
QString openssl(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted(10000))
        return QStringLiteral("cannot start openssl: ") + process.errorString();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return QStringLiteral("openssl did not finish");
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2")
            .arg(arguments.join(QLatin1Char(' ')),
                 QString::fromLocal8Bit(process.readAllStandardError()));
    return {};
}

QStringList selfSignedArguments(const QStringList &keyArguments, const QString &prefix)
{
    return QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey")} +
           keyArguments +
           QStringList{QStringLiteral("-nodes"),
                       QStringLiteral("-days"),
                       QStringLiteral("2"),
                       QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"),
                       prefix + QStringLiteral("key.pem"),
                       QStringLiteral("-out"),
                       prefix + QStringLiteral("cert.pem")};
}

QSslCertificate readCertificate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll());
    return certificates.size() == 1 ? certificates.first() : QSslCertificate();
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void startLineSaysHttps_data() { servers(); }
    void startLineSaysHttps();
    void trustedClientIsAnswered_data() { servers(); }
    void trustedClientIsAnswered();
    void signedInSessionWorksOverTls_data() { servers(); }
    void signedInSessionWorksOverTls();
    void defaultCasRejectTheCertificate_data() { servers(); }
    void defaultCasRejectTheCertificate();
    void trustingAnotherCertificateFails_data() { servers(); }
    void trustingAnotherCertificateFails();
    void plainHttpGetsNoHttpAnswer();
    void connectionWithoutHandshakeIsClosed();

    void certWithoutKeyIsRejected();
    void certificateNotPemIsRejected();
    void keyNotPemIsRejected();
    void missingFileIsRejected();

private:
    void servers();
    ServerProcess &server(const QString &name)
    {
        return name == QLatin1String("ec") ? *m_ec : *m_rsa;
    }
    QSslCertificate &certificate(const QString &name)
    {
        return name == QLatin1String("ec") ? m_ecCert : m_rsaCert;
    }
    // SSL configuration whose CA certificates are exactly `ca`.
    static QSslConfiguration trusting(const QSslCertificate &ca);
    // `serve` with these TLS arguments, expected to refuse to start.
    CommandResult serveWith(const QStringList &tlsArguments);

    QTemporaryDir m_dir;
    QSslCertificate m_ecCert;
    QSslCertificate m_rsaCert;
    // EC pair, default idle timeout of 30 s.
    std::unique_ptr<ServerProcess> m_ec;
    // RSA pair, idle timeout 1 s.
    std::unique_ptr<ServerProcess> m_rsa;
};

void TestTls::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    const QString dir = m_dir.path();
    QString error =
        openssl(dir, selfSignedArguments({QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                          QStringLiteral("ec_paramgen_curve:prime256v1")},
                                         QStringLiteral("ec-")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = openssl(dir, selfSignedArguments({QStringLiteral("rsa:2048")}, QStringLiteral("rsa-")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The EC certificate once more in DER: a real certificate, just not PEM.
    error =
        openssl(dir, {QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("ec-cert.pem"),
                      QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                      QStringLiteral("ec-cert.der")});
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_ecCert = readCertificate(m_dir.filePath(QStringLiteral("ec-cert.pem")));
    m_rsaCert = readCertificate(m_dir.filePath(QStringLiteral("rsa-cert.pem")));
    QVERIFY(!m_ecCert.isNull());
    QVERIFY(!m_rsaCert.isNull());
    QCOMPARE(m_ecCert.publicKey().algorithm(), QSsl::Ec);
    QCOMPARE(m_rsaCert.publicKey().algorithm(), QSsl::Rsa);

    m_ec = std::make_unique<ServerProcess>(
        QStringList{QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("ec-cert.pem")),
                    QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("ec-key.pem"))});
    m_rsa = std::make_unique<ServerProcess>(
        QStringList{QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("rsa-cert.pem")),
                    QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("rsa-key.pem")),
                    QStringLiteral("--idle-timeout"), QStringLiteral("1")});
    NB_START_SERVER(*m_ec);
    NB_START_SERVER(*m_rsa);
}

void TestTls::servers()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("ec") << QStringLiteral("ec");
    QTest::newRow("rsa") << QStringLiteral("rsa");
}

QSslConfiguration TestTls::trusting(const QSslCertificate &ca)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({ca});
    return configuration;
}

void TestTls::startLineSaysHttps()
{
    QFETCH(QString, name);
    ServerProcess &tls = server(name);
    const QByteArray line = "listening on https://127.0.0.1:" + QByteArray::number(tls.port());
    QVERIFY2(tls.output().contains(line), tls.output().constData());
    QCOMPARE(tls.scheme(), QStringLiteral("https"));
    QCOMPARE(tls.url().scheme(), QStringLiteral("https"));
}

void TestTls::trustedClientIsAnswered()
{
    QFETCH(QString, name);
    QNetworkAccessManager manager;
    const TlsReply reply = exchange(manager, server(name).url(QStringLiteral("/api/v1/health")),
                                    trusting(certificate(name)));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QVERIFY(reply.sslErrors.isEmpty());
    QVERIFY(reply.body.contains("\"status\":\"ok\""));
    // The server presented the configured certificate, with its key type.
    QCOMPARE(reply.peerCertificate, certificate(name));
    QCOMPARE(reply.peerCertificate.publicKey().algorithm(),
             name == QLatin1String("ec") ? QSsl::Ec : QSsl::Rsa);
}

void TestTls::signedInSessionWorksOverTls()
{
    QFETCH(QString, name);
    ServerProcess &tls = server(name);
    const QSslConfiguration configuration = trusting(certificate(name));
    QNetworkAccessManager manager;
    const TlsReply login =
        exchange(manager, tls.url(QStringLiteral("/api/v1/session")), configuration, "POST",
                 toJson({{QStringLiteral("email"), demo::musterAdmin},
                         {QStringLiteral("password"), QStringLiteral("demo")}}));
    QVERIFY2(login.status == 201, qPrintable(login.describe()));
    const QByteArray token = QJsonDocument::fromJson(login.body)
                                 .object()
                                 .value(QStringLiteral("token"))
                                 .toString()
                                 .toLatin1();
    QVERIFY(!token.isEmpty());

    const TlsReply contacts = exchange(manager, tls.url(QStringLiteral("/api/v1/contacts")),
                                       configuration, "GET", {}, token);
    QVERIFY2(contacts.status == 200, qPrintable(contacts.describe()));
    const QJsonArray list =
        QJsonDocument::fromJson(contacts.body).object().value(QStringLiteral("contacts")).toArray();
    QVERIFY2(!list.isEmpty(), contacts.body.constData());

    // Without the token the same request is refused: the 200 came from the session.
    const TlsReply anonymous =
        exchange(manager, tls.url(QStringLiteral("/api/v1/contacts")), configuration);
    QVERIFY2(anonymous.status == 401, qPrintable(anonymous.describe()));
}

void TestTls::defaultCasRejectTheCertificate()
{
    QFETCH(QString, name);
    QNetworkAccessManager manager;
    const TlsReply reply =
        exchange(manager, server(name).url(QStringLiteral("/api/v1/health")), std::nullopt);
    QVERIFY2(reply.status == 0, qPrintable(reply.describe()));
    QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY2(!reply.sslErrors.isEmpty(), qPrintable(reply.describe()));
    bool selfSigned = false;
    for (const QSslError &e : reply.sslErrors)
        selfSigned = selfSigned || e.error() == QSslError::SelfSignedCertificate;
    QVERIFY2(selfSigned, qPrintable(reply.describe()));
    QVERIFY(reply.body.isEmpty());
}

void TestTls::trustingAnotherCertificateFails()
{
    // Trusting the other generated certificate is no better than trusting none: what made the
    // trusted request succeed is exactly this server's certificate.
    QFETCH(QString, name);
    QNetworkAccessManager manager;
    const QSslCertificate &other =
        certificate(name == QLatin1String("ec") ? QStringLiteral("rsa") : QStringLiteral("ec"));
    const TlsReply reply =
        exchange(manager, server(name).url(QStringLiteral("/api/v1/health")), trusting(other));
    QVERIFY2(reply.status == 0, qPrintable(reply.describe()));
    QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY2(!reply.sslErrors.isEmpty(), qPrintable(reply.describe()));
}

void TestTls::plainHttpGetsNoHttpAnswer()
{
    // On the server with the 30 s idle timeout: the connection must end because the handshake
    // failed, not because it went idle.
    ServerProcess &tls = *m_ec;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), tls.port());
    QVERIFY2(socket.waitForConnected(10000), qPrintable(socket.errorString()));
    socket.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1:" +
                 QByteArray::number(tls.port()) + "\r\n\r\n");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT(
        (received += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 10000);
    received += socket.readAll();
    QVERIFY2(!received.contains("HTTP/"), received.constData());
    QVERIFY(!received.contains("\"status\":\"ok\""));

    // The same through QNetworkAccessManager with an http:// URL: no HTTP status.
    QUrl plain = tls.url(QStringLiteral("/api/v1/health"));
    plain.setScheme(QStringLiteral("http"));
    QNetworkAccessManager manager;
    const TlsReply reply = exchange(manager, plain, std::nullopt);
    QVERIFY2(reply.status == 0, qPrintable(reply.describe()));
    QVERIFY(reply.error != QNetworkReply::NoError);

    // The server carries on serving TLS.
    QVERIFY(tls.isRunning());
    QNetworkAccessManager trusted;
    const TlsReply after =
        exchange(trusted, tls.url(QStringLiteral("/api/v1/health")), trusting(m_ecCert));
    QVERIFY2(after.status == 200, qPrintable(after.describe()));
}

void TestTls::connectionWithoutHandshakeIsClosed()
{
    // On the server with --idle-timeout 1: a TCP connection that never sends a ClientHello.
    ServerProcess &tls = *m_rsa;
    QTcpSocket socket;
    QElapsedTimer clock;
    clock.start();
    socket.connectToHost(QStringLiteral("127.0.0.1"), tls.port());
    QVERIFY2(socket.waitForConnected(10000), qPrintable(socket.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 6000);
    // Closed by the idle timeout, not at once.
    QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(socket.readAll().isEmpty());

    QVERIFY(tls.isRunning());
    QNetworkAccessManager manager;
    const TlsReply after =
        exchange(manager, tls.url(QStringLiteral("/api/v1/health")), trusting(m_rsaCert));
    QVERIFY2(after.status == 200, qPrintable(after.describe()));
}

CommandResult TestTls::serveWith(const QStringList &tlsArguments)
{
    return runServerCommand(QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                                        m_ec->database().url()} +
                                tlsArguments,
                            20000);
}

#define NB_VERIFY_REFUSED(result, message)                                                         \
    do {                                                                                           \
        const CommandResult &nbResult = (result);                                                  \
        QVERIFY2(nbResult.finished, "serve did not end: it must refuse to start");                 \
        QVERIFY2(nbResult.exitCode == 2, qPrintable(QStringLiteral("exit code %1, stderr: %2")     \
                                                        .arg(nbResult.exitCode)                    \
                                                        .arg(QString::fromUtf8(nbResult.err))));   \
        QVERIFY2(nbResult.err.contains(message), nbResult.err.constData());                        \
        QVERIFY2(!nbResult.out.contains("listening"), nbResult.out.constData());                   \
    } while (false)

void TestTls::certWithoutKeyIsRejected()
{
    NB_VERIFY_REFUSED(
        serveWith({QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("ec-cert.pem"))}),
        "--tls-cert and --tls-key go together");
    NB_VERIFY_REFUSED(
        serveWith({QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("ec-key.pem"))}),
        "--tls-cert and --tls-key go together");
}

void TestTls::certificateNotPemIsRejected()
{
    // The certificate in DER ...
    NB_VERIFY_REFUSED(
        serveWith({QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("ec-cert.der")),
                   QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("ec-key.pem"))}),
        "not valid PEM");
    // ... and a file that is no certificate at all (the key).
    NB_VERIFY_REFUSED(
        serveWith({QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("ec-key.pem")),
                   QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("ec-key.pem"))}),
        "not valid PEM");
}

void TestTls::keyNotPemIsRejected()
{
    // A certificate where the key should be.
    NB_VERIFY_REFUSED(
        serveWith({QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("rsa-cert.pem")),
                   QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("rsa-cert.pem"))}),
        "not valid PEM");
}

void TestTls::missingFileIsRejected()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
    NB_VERIFY_REFUSED(serveWith({QStringLiteral("--tls-cert"), missing, QStringLiteral("--tls-key"),
                                 m_dir.filePath(QStringLiteral("ec-key.pem"))}),
                      "Cannot read the TLS certificate or key file");
    NB_VERIFY_REFUSED(
        serveWith({QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("ec-cert.pem")),
                   QStringLiteral("--tls-key"), missing}),
        "Cannot read the TLS certificate or key file");
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
