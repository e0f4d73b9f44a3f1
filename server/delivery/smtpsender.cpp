#include "server/delivery/smtpsender.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <cctype>
#include <curl/curl.h>

namespace nb::server {

namespace {

const QString configErrorCode = QStringLiteral("invalid-smtp-config");

Error configError(const QString &message)
{
    return Error{configErrorCode, message, {}};
}

// "1"/"0" and the usual words for them; nullopt for anything else.
std::optional<bool> parseSwitch(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes") ||
        v == QLatin1String("on"))
        return true;
    if (v == QLatin1String("0") || v == QLatin1String("false") || v == QLatin1String("no") ||
        v == QLatin1String("off"))
        return false;
    return std::nullopt;
}

// Sets one key of the config file or the environment on `config`; `where` names the line or the
// variable in the error.
Status applySetting(SmtpConfig &config, const QString &key, const QString &value,
                    const QString &where)
{
    if (key == QLatin1String("user")) {
        config.user = value;
    } else if (key == QLatin1String("password")) {
        config.password = value;
    } else if (key == QLatin1String("ca-file")) {
        config.caFile = value;
    } else if (key == QLatin1String("helo")) {
        config.heloName = value;
    } else if (key == QLatin1String("starttls")) {
        const std::optional<bool> on = parseSwitch(value);
        if (!on)
            return configError(
                QCoreApplication::translate("nb::server::SmtpConfig", "%1: starttls takes 1 or 0.")
                    .arg(where));
        config.startTls = *on;
    } else if (key == QLatin1String("timeout")) {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (!ok || seconds <= 0)
            return configError(
                QCoreApplication::translate("nb::server::SmtpConfig",
                                            "%1: timeout takes a positive number of seconds.")
                    .arg(where));
        config.timeoutSeconds = seconds;
    } else {
        return configError(
            QCoreApplication::translate("nb::server::SmtpConfig",
                                        "%1: unknown key \"%2\" (known: user, password, "
                                        "starttls, ca-file, timeout, helo).")
                .arg(where, key));
    }
    return {};
}

// Reads the "key = value" lines of the SMTP config file (blank lines and lines starting with #
// are skipped; a value may contain '=' and '#').
Status readConfigFile(const QString &path, SmtpConfig &config)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return configError(QCoreApplication::translate("nb::server::SmtpConfig",
                                                       "Cannot read the SMTP config file %1: %2")
                               .arg(path, file.errorString()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString where = QStringLiteral("%1:%2").arg(path).arg(i + 1);
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return configError(QCoreApplication::translate("nb::server::SmtpConfig",
                                                           "%1: expected \"key = value\".")
                                   .arg(where));
        if (Status set = applySetting(config, line.left(equals).trimmed().toLower(),
                                      line.mid(equals + 1).trimmed(), where);
            !set)
            return set;
    }
    return {};
}

// Checks the settings that only make sense together.
Status checkConfig(const SmtpConfig &config)
{
    if (config.user.isEmpty() != config.password.isEmpty())
        return configError(QCoreApplication::translate(
            "nb::server::SmtpConfig", "SMTP user and password go together: give both or neither."));
    if (!config.user.isEmpty() && config.relay.scheme() == QLatin1String("smtp") &&
        !config.startTls)
        return configError(QCoreApplication::translate(
            "nb::server::SmtpConfig", "SMTP credentials need STARTTLS (starttls = 1) or an "
                                      "smtps:// relay; they would travel in clear text."));
    if (!config.caFile.isEmpty() && !QFileInfo(config.caFile).isReadable())
        return configError(
            QCoreApplication::translate("nb::server::SmtpConfig", "Cannot read the CA file %1.")
                .arg(config.caFile));
    return {};
}

// The SMTP commands whose reply decides about one mail; others (EHLO, STARTTLS, AUTH, the
// greeting) concern the relay and are never a reason to give a mail up.
enum class Stage
{
    Session,
    Message
};

// The verb of an outgoing command line: its first word when that has four letters and a space
// or the line end after it; empty otherwise (AUTH continuation lines, which carry credentials,
// have no space and are never kept).
QByteArray verbOf(const char *data, size_t size)
{
    if (size < 5 || (data[4] != ' ' && data[4] != '\r' && data[4] != '\n'))
        return {};
    return QByteArray(data, 4).toUpper();
}

// The stage of an outgoing command line, by its verb.
Stage stageOf(const QByteArray &verb)
{
    static const QList<QByteArray> messageVerbs{"MAIL", "RCPT", "DATA"};
    return messageVerbs.contains(verb) ? Stage::Message : Stage::Session;
}

// A reply's final line: three digits and a space (or nothing) after them.
bool isFinalReplyLine(const QByteArray &line)
{
    return line.size() >= 3 && std::isdigit(static_cast<unsigned char>(line[0])) &&
           std::isdigit(static_cast<unsigned char>(line[1])) &&
           std::isdigit(static_cast<unsigned char>(line[2])) &&
           (line.size() == 3 || line[3] != '-');
}

// Refusals of this client's session, whatever command they answer (a relay that wants STARTTLS
// or AUTH first answers MAIL with 530): authentication required, too weak, failed, or needing
// encryption. An operator fixes them for every mail.
bool sessionRefusal(int reply)
{
    return reply == 530 || reply == 534 || reply == 535 || reply == 538;
}

// The message with every line ending as SMTP requires it: CRLF. A bare LF (as GMime writes) or
// a bare CR becomes CRLF, so a relay neither refuses the mail nor reads a line end (or an
// end-of-data) where the renderer meant none. A message already in CRLF is returned unchanged.
QByteArray withCrlf(const QByteArray &message)
{
    bool clean = true;
    for (qsizetype i = 0; i < message.size() && clean; ++i) {
        if (message[i] == '\n')
            clean = i > 0 && message[i - 1] == '\r';
        else if (message[i] == '\r')
            clean = i + 1 < message.size() && message[i + 1] == '\n';
    }
    if (clean)
        return message;
    QByteArray out;
    out.reserve(message.size() + message.size() / 40);
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message[i];
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < message.size() && message[i + 1] == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    return out;
}

// Whether an address could smuggle SMTP commands or break the angle brackets.
bool unsafeAddress(const QString &address)
{
    return std::any_of(address.begin(), address.end(), [](QChar c) {
        return c.unicode() < 0x20 || c == QLatin1Char('<') || c == QLatin1Char('>') ||
               c.unicode() == 0x7f;
    });
}

} // namespace

Result<QUrl> parseSmtpRelay(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool schemeOk = scheme == QLatin1String("smtp") || scheme == QLatin1String("smtps");
    const bool pathOk = url.path().isEmpty() || url.path() == QLatin1String("/");
    if (!url.isValid() || !schemeOk || url.host().isEmpty() || !pathOk || url.hasQuery() ||
        url.hasFragment()) {
        return Error{QStringLiteral("invalid-smtp-url"),
                     QCoreApplication::translate("nb::server::SmtpConfig",
                                                 "--smtp takes smtp://HOST:PORT or "
                                                 "smtps://HOST:PORT, not \"%1\".")
                         .arg(text),
                     {}};
    }
    if (!url.userInfo().isEmpty()) {
        return Error{QStringLiteral("invalid-smtp-url"),
                     QCoreApplication::translate(
                         "nb::server::SmtpConfig",
                         "--smtp takes no credentials: give them in the SMTP config file "
                         "(NOTABENE_SMTP_CONFIG) or NOTABENE_SMTP_USER/NOTABENE_SMTP_PASSWORD."),
                     {}};
    }
    QUrl relay;
    relay.setScheme(scheme);
    relay.setHost(url.host());
    if (url.port() > 0)
        relay.setPort(url.port());
    return relay;
}

Result<SmtpConfig> SmtpConfig::fromEnvironment(const QUrl &relay)
{
    SmtpConfig config;
    config.relay = relay;
    if (const QString file = qEnvironmentVariable("NOTABENE_SMTP_CONFIG"); !file.isEmpty()) {
        if (Status read = readConfigFile(file, config); !read)
            return read.error();
    }
    static const QList<std::pair<const char *, QString>> variables{
        {"NOTABENE_SMTP_USER", QStringLiteral("user")},
        {"NOTABENE_SMTP_PASSWORD", QStringLiteral("password")},
        {"NOTABENE_SMTP_STARTTLS", QStringLiteral("starttls")},
        {"NOTABENE_SMTP_CA_FILE", QStringLiteral("ca-file")},
    };
    for (const auto &[variable, key] : variables) {
        if (!qEnvironmentVariableIsSet(variable))
            continue;
        if (Status set = applySetting(config, key, qEnvironmentVariable(variable),
                                      QString::fromLatin1(variable));
            !set)
            return set.error();
    }
    if (Status checked = checkConfig(config); !checked)
        return checked.error();
    return config;
}

CurlGlobal::CurlGlobal()
    : m_ok(curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK)
{}

CurlGlobal::~CurlGlobal()
{
    if (m_ok)
        curl_global_cleanup();
}

struct SmtpSender::Private
{
    SmtpConfig config;
    CURL *curl = nullptr;
    const QByteArray *body = nullptr;
    qsizetype offset = 0;
    std::function<void()> beforeEndOfData;
    bool endOfData = false; // beforeEndOfData ran for this mail
    QByteArray replyLines;  // the lines of the reply being read
    QByteArray lastReply;   // the last complete reply
    Stage stage = Stage::Session;
    bool quitting = false; // QUIT was sent: its reply is not the one that decided
    char errorBuffer[CURL_ERROR_SIZE] = {};

    static size_t readBody(char *buffer, size_t size, size_t count, void *self);
    static int onDebug(CURL *, curl_infotype type, char *data, size_t size, void *self);
    void setUp();
    SmtpResult outcome(CURLcode code);
};

size_t SmtpSender::Private::readBody(char *buffer, size_t size, size_t count, void *self)
{
    auto *d = static_cast<Private *>(self);
    const qsizetype left = d->body->size() - d->offset;
    const qsizetype n = std::min<qsizetype>(left, qsizetype(size * count));
    if (n == left && !d->endOfData) {
        // The rest of the message: libcurl sends the end of data right after it (it knows the
        // size, so it may not ask again).
        d->endOfData = true;
        if (d->beforeEndOfData)
            d->beforeEndOfData();
    }
    std::copy_n(d->body->constData() + d->offset, n, buffer);
    d->offset += n;
    return size_t(n);
}

// Keeps the relay's replies and the stage of the last command, for the result's detail and its
// classification. Outgoing lines are looked at only for their verb: credentials are not kept.
int SmtpSender::Private::onDebug(CURL *, curl_infotype type, char *data, size_t size, void *self)
{
    auto *d = static_cast<Private *>(self);
    if (d->quitting)
        return 0;
    if (type == CURLINFO_HEADER_OUT) {
        const QByteArray verb = verbOf(data, size);
        if (verb == "QUIT")
            d->quitting = true;
        else
            d->stage = stageOf(verb);
    } else if (type == CURLINFO_HEADER_IN) {
        const QByteArray line = QByteArray(data, qsizetype(size)).trimmed();
        if (!d->replyLines.isEmpty())
            d->replyLines += " / ";
        d->replyLines += line;
        if (isFinalReplyLine(line)) {
            d->lastReply = d->replyLines;
            d->replyLines.clear();
        }
    }
    return 0;
}

void SmtpSender::Private::setUp()
{
    QUrl url = config.relay;
    if (!config.heloName.isEmpty())
        url.setPath(QLatin1Char('/') + config.heloName);
    curl_easy_setopt(curl, CURLOPT_URL, url.toString(QUrl::FullyEncoded).toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &Private::readBody);
    curl_easy_setopt(curl, CURLOPT_READDATA, this);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);
    // libcurl's smallest upload buffer: a mail is a few KB, and the default (64 KB, with an SMTP
    // scratch buffer of twice that) was allocated and given back to the system for every mail,
    // which cost as much CPU as the whole SMTP conversation.
    curl_easy_setopt(curl, CURLOPT_UPLOAD_BUFFERSIZE, 16384L);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, &Private::onDebug);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, this);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(config.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(config.timeoutSeconds));
    if (config.startTls && config.relay.scheme() == QLatin1String("smtp"))
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!config.caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, QFile::encodeName(config.caFile).constData());
    if (!config.user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, config.user.toUtf8().constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, config.password.toUtf8().constData());
    }
}

// Delivered on success; Permanent for a 5xx reply to MAIL, RCPT or DATA (this mail is refused);
// Transient for everything else: no reply (refused, reset, timeout, TLS failure), 4xx, and 5xx
// to the session's commands (greeting, EHLO, STARTTLS, AUTH) or about the session (530, 535),
// which an operator fixes for all mails.
SmtpResult SmtpSender::Private::outcome(CURLcode code)
{
    if (!replyLines.isEmpty() && lastReply.isEmpty())
        lastReply = replyLines;
    // The code of the reply that decided (not of the QUIT after it).
    int reply = lastReply.size() >= 3 ? lastReply.left(3).toInt() : 0;
    if (reply == 0) {
        long info = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &info);
        reply = int(info);
    }
    SmtpResult result;
    if (code == CURLE_OK) {
        result.outcome = SmtpOutcome::Delivered;
        result.replyCode = reply;
        result.detail = QString::fromUtf8(lastReply);
        return result;
    }
    const QString curlText = errorBuffer[0] ? QString::fromUtf8(errorBuffer)
                                            : QString::fromUtf8(curl_easy_strerror(code));
    if (reply < 400) {
        // The relay refused nothing: the connection failed (refused, reset, timed out).
        result.detail = curlText;
        return result;
    }
    result.replyCode = reply;
    result.detail = QStringLiteral("%1 (%2)").arg(QString::fromUtf8(lastReply), curlText);
    result.outcome = reply >= 500 && stage == Stage::Message && !sessionRefusal(reply)
                         ? SmtpOutcome::Permanent
                         : SmtpOutcome::Transient;
    return result;
}

SmtpSender::SmtpSender(SmtpConfig config)
    : d(new Private)
{
    d->config = std::move(config);
    d->curl = curl_easy_init();
    if (d->curl)
        d->setUp();
}

SmtpSender::~SmtpSender()
{
    if (d->curl)
        curl_easy_cleanup(d->curl);
    delete d;
}

SmtpResult SmtpSender::send(const QString &envelopeFrom, const QString &recipient,
                            const QByteArray &message)
{
    if (!d->curl)
        return SmtpResult{SmtpOutcome::Transient, 0, QStringLiteral("libcurl is not available")};
    if (unsafeAddress(envelopeFrom) || unsafeAddress(recipient) || recipient.isEmpty())
        return SmtpResult{SmtpOutcome::Permanent, 0,
                          QStringLiteral("invalid envelope address: %1").arg(recipient)};
    const QByteArray body = withCrlf(message);
    const QByteArray from = '<' + envelopeFrom.toUtf8() + '>';
    curl_slist *recipients =
        curl_slist_append(nullptr, ('<' + recipient.toUtf8() + '>').constData());
    d->body = &body;
    d->offset = 0;
    d->endOfData = false;
    d->replyLines.clear();
    d->lastReply.clear();
    d->stage = Stage::Session;
    d->quitting = false;
    d->errorBuffer[0] = '\0';
    curl_easy_setopt(d->curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(d->curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(d->curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(body.size()));
    const CURLcode code = curl_easy_perform(d->curl);
    curl_easy_setopt(d->curl, CURLOPT_MAIL_RCPT, nullptr);
    curl_slist_free_all(recipients);
    d->body = nullptr;
    return d->outcome(code);
}

void SmtpSender::setBeforeEndOfData(std::function<void()> hook)
{
    d->beforeEndOfData = std::move(hook);
}

} // namespace nb::server
