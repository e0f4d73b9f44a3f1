#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// A real SMTP server on loopback for the delivery suites: tests/support/smtpsink.py (aiosmtpd)
// run as a child process. It stores every received message with its envelope; recipients named
// tempfail-*@… get 451 and reject-*@… get 550 to RCPT TO (see the script).
namespace nbtest {

struct ReceivedMail
{
    int number = 0; // the order the sink received it in, from 1
    QString mailFrom;
    QStringList rcptTos;
    QByteArray message; // exactly the bytes received
    QString messageId;  // from the Message-ID header, without angle brackets
    bool tls = false;   // sent after STARTTLS
    QString authUser;   // the user it authenticated as, empty without AUTH
};

class SmtpSink
{
public:
    // `extraArguments` go to the script, e.g. {"--slow-ms", "100"} or {"--tls-cert", CERT,
    // "--tls-key", KEY, "--auth", "USER:PASSWORD"}.
    explicit SmtpSink(QStringList extraArguments = {});
    ~SmtpSink();
    SmtpSink(const SmtpSink &) = delete;
    SmtpSink &operator=(const SmtpSink &) = delete;

    // Starts the sink and waits for its "ready" line: the first time on a free port, after
    // stop() again on the same port (the mails received so far stay).
    bool start();
    // SIGTERM: the sink closes its connections and exits; until start() connections are
    // refused.
    void stop();
    bool isRunning() const;

    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    // smtp://127.0.0.1:PORT, for serve --smtp and SmtpConfig::relay.
    QString url() const;

    // Every mail received so far, in order.
    QList<ReceivedMail> received() const;
    int count() const;
    // How often each Message-ID arrived.
    QHash<QString, int> countsByMessageId() const;

private:
    QStringList m_extra;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

// The Message-ID of an RFC 5322 message (header names case-insensitive, folding allowed),
// without angle brackets; empty when there is none.
QString messageIdOf(const QByteArray &message);

} // namespace nbtest
