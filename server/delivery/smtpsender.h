#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <functional>

// One SMTP submission with libcurl: MAIL FROM, RCPT TO, DATA. The relay comes from
// `serve --smtp smtp://HOST:PORT` (smtps:// for implicit TLS); STARTTLS and credentials come
// from the SMTP config file or the environment (see SmtpConfig), never from the command line.
namespace nb::server {

struct SmtpConfig
{
    QUrl relay;            // smtp://host:port or smtps://host:port; empty: no delivery
    bool startTls = false; // require STARTTLS on smtp:// (CURLUSESSL_ALL)
    QString user;          // empty: no AUTH
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

// Checks the relay of `serve --smtp`: smtp://HOST[:PORT] or smtps://HOST[:PORT], nothing else
// (no credentials, path or query: those come from the SMTP config). Error "invalid-smtp-url".
Result<QUrl> parseSmtpRelay(const QString &text);

// libcurl's process-wide set-up (curl_global_init), held by the command that sends mail for as
// long as it runs. Create it before any thread starts; one per process.
class CurlGlobal
{
public:
    CurlGlobal();
    ~CurlGlobal();
    CurlGlobal(const CurlGlobal &) = delete;
    CurlGlobal &operator=(const CurlGlobal &) = delete;

    bool ok() const { return m_ok; }

private:
    bool m_ok = false;
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
    // The relay's deciding reply: 250 when delivered, else its 4xx/5xx refusal; 0 when it
    // refused nothing (connection refused, reset or timed out: the relay is unreachable).
    int replyCode = 0;
    QString detail; // the reply's text and libcurl's error, for last_error and logs (no secrets)
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

    // Submits `message` (its line ends sent as CRLF, whatever they were) from `envelopeFrom` to
    // `recipient`.
    SmtpResult send(const QString &envelopeFrom, const QString &recipient,
                    const QByteArray &message);

    // Called by send() once per mail, on its thread, before the last part of the message and the
    // end of data (the "." line) go out: from then until its answer is recorded the relay may
    // have taken the mail. It may block (DeliveryWorker lets one connection at a time past it).
    void setBeforeEndOfData(std::function<void()> hook);

private:
    struct Private;
    Private *d;
};

} // namespace nb::server
