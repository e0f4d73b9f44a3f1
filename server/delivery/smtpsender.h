#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

// One SMTP submission with libcurl: MAIL FROM, RCPT TO, DATA. The relay comes from
// `serve --smtp smtp://HOST:PORT` (smtps:// for implicit TLS); STARTTLS and credentials come
// from the SMTP config file or the environment (see SmtpConfig), never from the command line.
namespace nb::server {

struct SmtpConfig
{
    QUrl relay;              // smtp://host:port or smtps://host:port; empty: no delivery
    bool startTls = false;   // require STARTTLS on smtp:// (CURLUSESSL_ALL)
    QString user;            // empty: no AUTH
    QString password;
    QString caFile;          // extra CA bundle for the relay's certificate, may be empty
    int timeoutSeconds = 30; // connect + whole transaction
    QString heloName;        // empty: libcurl's default

    // Reads NOTABENE_SMTP_USER, NOTABENE_SMTP_PASSWORD, NOTABENE_SMTP_STARTTLS (1/0),
    // NOTABENE_SMTP_CA_FILE, and if NOTABENE_SMTP_CONFIG names a file, its "key = value" lines
    // (user, password, starttls, ca-file, timeout, helo); the environment wins. Errors:
    // "invalid-smtp-config" naming the line or variable.
    static Result<SmtpConfig> fromEnvironment(const QUrl &relay);
};

// How a submission ended.
enum class SmtpOutcome
{
    Delivered,
    Transient, // connection refused/reset, timeout, 4xx: retry later
    Permanent  // 5xx for the recipient or the message: do not retry
};

struct SmtpResult
{
    SmtpOutcome outcome = SmtpOutcome::Transient;
    int replyCode = 0;  // the relay's last reply code, 0 when there was none
    QString detail;     // for the queue's last_error and the logs (no secrets)
};

// Blocking; one instance per thread (it owns a CURL easy handle, reused between mails so the
// connection stays open).
class SmtpSender
{
public:
    explicit SmtpSender(SmtpConfig config);
    ~SmtpSender();
    SmtpSender(const SmtpSender &) = delete;
    SmtpSender &operator=(const SmtpSender &) = delete;

    SmtpResult send(const QString &envelopeFrom, const QString &recipient,
                    const QByteArray &message);

private:
    struct Private;
    Private *d;
};

} // namespace nb::server
