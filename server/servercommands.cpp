#include "server/servercommands.h"

#include "core/crypto.h"
#include "core/emailaddress.h"
#include "server/api/routes.h"
#include "server/brandingoptions.h"
#include "server/commandline.h"
#include "server/delivery/deliveryworker.h"
#include "server/demodata.h"
#include "server/demonotices.h"
#include "server/http/apihttpserver.h"
#include "server/http/guardedtcpserver.h"
#include "server/keys/keycommands.h"
#include "server/keys/keystore.h"
#include "server/noticecommands.h"
#include "server/signalwatcher.h"
#include "server/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <algorithm>
#include <cstdio>

namespace nb::server {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "nb::server::Cli",
        "Usage: notabene-server <command> [options]\n"
        "\n"
        "Commands:\n"
        "  serve       Answer the REST API (--listen HOST:PORT, --db URL)\n"
        "  demo-data   Create the demo world in a database and print its logins (--db URL;\n"
        "              with --keys DIR also the signed demo notices)\n"
        "  migrate     Bring a database's schema up to date (--db URL)\n"
        "  routes      List every route of the REST API\n"
        "  keys        Manage the signing keys: keys init|rotate|show|export-roots --dir DIR\n"
        "  notice      Sign and publish a notice: notice publish --db URL --keys DIR --file F;\n"
        "              its signed mail: notice render-mail --db URL --keys DIR --id ID --to A\n"
        "\n"
        "Databases: sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE\n"
        "Options: --help, --version; 'notabene-server <command> --help' for a command's "
        "options.");
}

using cli::dbOption;
using cli::openDatabase;
using cli::out;

int fail(int code, const QString &text)
{
    return cli::fail(QStringLiteral("notabene-server"), code, text);
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                         const QString &description)
{
    return cli::parseCommand(parser, arguments, description, usage(),
                             QStringLiteral("notabene-server"));
}

int demoData(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption keysDir(
        QStringLiteral("keys"),
        QCoreApplication::translate("nb::server::Cli",
                                    "The key folder whose signing key signs the demo notices "
                                    "(without it no notices are published)."),
        QStringLiteral("DIR"));
    parser.addOptions({dbOption(), keysDir});
    if (auto code = parse(
            parser, arguments,
            QCoreApplication::translate("nb::server::Cli", "Create the demo world (idempotent).")))
        return *code;
    std::optional<keys::KeyFolder> folder;
    std::optional<dsse::Signer> signer;
    if (parser.isSet(keysDir)) {
        auto loaded = keys::loadKeyFolder(parser.value(keysDir));
        if (!loaded)
            return fail(ExitUsage, loaded.error().message);
        folder = std::move(*loaded);
        auto publishing = keys::publishingSigner(*folder);
        if (!publishing)
            return fail(ExitUsage, publishing.error().message);
        signer = *publishing;
    }
    auto db = openDatabase(parser);
    if (!db)
        return fail(ExitUsage, db.error().message);
    auto logins = createDemoData(**db);
    if (!logins)
        return fail(ExitFailure, logins.error().message);
    if (signer) {
        auto published = createDemoNotices(**db, *signer);
        if (!published)
            return fail(ExitFailure, published.error().message);
        out(QCoreApplication::translate("nb::server::Cli",
                                        "Demo notices: %1 published, signed by key %2.")
                .arg(*published)
                .arg(QString::fromLatin1(signer->first.keyId())));
    } else {
        out(QCoreApplication::translate("nb::server::Cli",
                                        "Demo notices skipped: give --keys DIR to sign them."));
    }
    out(QCoreApplication::translate("nb::server::Cli",
                                    "Demo world ready in %1. Logins (password \"%2\" for all):")
            .arg((*db)->url().display(), QString::fromLatin1(demoPassword)));
    for (const DemoLogin &login : *logins)
        out(QStringLiteral("  %1  %2  %3")
                .arg(login.email, -32)
                .arg(login.role, -7)
                .arg(login.company));
    return ExitOk;
}

int migrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    if (auto code = parse(parser, arguments,
                          QCoreApplication::translate("nb::server::Cli",
                                                      "Bring the database schema up to date.")))
        return *code;
    auto db = openDatabase(parser);
    if (!db)
        return fail(ExitUsage, db.error().message);
    out(QCoreApplication::translate("nb::server::Cli", "Schema version %1.")
            .arg((*db)->schemaVersion()));
    return ExitOk;
}

int routes(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto code =
            parse(parser, arguments,
                  QCoreApplication::translate("nb::server::Cli", "List the REST API's routes.")))
        return *code;
    auto db = Database::open(
        DatabaseUrl{DatabaseUrl::Engine::Sqlite, QStringLiteral(":memory:"), {}, 0, {}, {}, {}},
        QStringLiteral("routes"));
    if (!db)
        return fail(ExitFailure, db.error().message);
    ApiContext ctx(**db, ApiConfig{});
    for (const QString &route : buildApiRouter(ctx).routeList())
        out(route);
    return ExitOk;
}

Result<QSslConfiguration> tlsConfiguration(const QString &certFile, const QString &keyFile)
{
    QFile cert(certFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("tls"),
                     QCoreApplication::translate("nb::server::Cli",
                                                 "Cannot read the TLS certificate or key file."),
                     {}};
    const QList<QSslCertificate> chain = QSslCertificate::fromData(cert.readAll(), QSsl::Pem);
    const QByteArray keyData = key.readAll();
    QSslKey privateKey(keyData, QSsl::Rsa, QSsl::Pem);
    if (privateKey.isNull())
        privateKey = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || privateKey.isNull())
        return Error{QStringLiteral("tls"),
                     QCoreApplication::translate("nb::server::Cli",
                                                 "The TLS certificate or key is not valid PEM."),
                     {}};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(privateKey);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

// What serve --smtp and --mail-envelope-from ask for: the delivery worker's settings.
struct DeliverySettings
{
    SmtpConfig smtp;
    QString envelopeFrom;
    DeliveryWorker::Policy policy;
};

// The checked delivery settings (nullopt without --smtp); errors name the option, the SMTP
// config line or the environment variable.
Result<std::optional<DeliverySettings>> deliverySettings(const QCommandLineParser &parser,
                                                         const QCommandLineOption &smtp,
                                                         const QCommandLineOption &envelopeFrom,
                                                         const BrandingConfig &branding)
{
    if (!parser.isSet(smtp)) {
        if (parser.isSet(envelopeFrom))
            return Error{QStringLiteral("usage"),
                         QCoreApplication::translate("nb::server::Cli",
                                                     "--mail-envelope-from needs --smtp."),
                         {}};
        return std::optional<DeliverySettings>{};
    }
    auto relay = parseSmtpRelay(parser.value(smtp));
    if (!relay)
        return relay.error();
    auto config = SmtpConfig::fromEnvironment(*relay);
    if (!config)
        return config.error();
    auto policy = DeliveryWorker::Policy::fromEnvironment();
    if (!policy)
        return policy.error();
    QString from = branding.mailFrom;
    if (parser.isSet(envelopeFrom)) {
        auto address = normalizeEmail(parser.value(envelopeFrom));
        if (!address)
            return Error{QStringLiteral("usage"),
                         QCoreApplication::translate("nb::server::Cli", "--mail-envelope-from: %1")
                             .arg(address.error().message),
                         {}};
        from = *address;
    }
    return std::optional<DeliverySettings>{DeliverySettings{*config, from, *policy}};
}

int serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QCoreApplication::translate("nb::server::Cli",
                                    "Address and port to listen on (default 127.0.0.1:8080; "
                                    "port 0 picks a free one)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QCoreApplication::translate("nb::server::Cli", "TLS certificate chain (PEM)."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"),
        QCoreApplication::translate("nb::server::Cli", "TLS private key (PEM)."),
        QStringLiteral("FILE"));
    const QCommandLineOption idle(
        QStringLiteral("idle-timeout"),
        QCoreApplication::translate("nb::server::Cli",
                                    "Close connections idle or sending a request for longer "
                                    "than this (default 30)."),
        QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption ttl(
        QStringLiteral("session-ttl"),
        QCoreApplication::translate("nb::server::Cli",
                                    "Lifetime of a session (default 43200 = 12 hours)."),
        QStringLiteral("SECONDS"), QStringLiteral("43200"));
    const QCommandLineOption maxFailures(
        QStringLiteral("login-max-failures"),
        QCoreApplication::translate("nb::server::Cli",
                                    "Failed sign-ins per account before it is paused "
                                    "(default 5; per client address four times as many)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption window(
        QStringLiteral("login-window"),
        QCoreApplication::translate("nb::server::Cli",
                                    "Window and pause for failed sign-ins (default 900)."),
        QStringLiteral("SECONDS"), QStringLiteral("900"));
    const QCommandLineOption keysDir(
        QStringLiteral("keys"),
        QCoreApplication::translate("nb::server::Keys",
                                    "The key folder (see notabene-server keys): serves its key "
                                    "list at GET /api/v1/keys and signs the mails of GET "
                                    "/api/v1/notices/{id}/mail."),
        QStringLiteral("DIR"));
    const QCommandLineOption smtp(
        QStringLiteral("smtp"),
        QCoreApplication::translate("nb::server::Cli",
                                    "Deliver queued mail through this relay: smtp://HOST:PORT "
                                    "or smtps://HOST:PORT (STARTTLS and credentials: "
                                    "NOTABENE_SMTP_CONFIG). Without it mail is not delivered."),
        QStringLiteral("URL"));
    const QCommandLineOption envelopeFrom(
        QStringLiteral("mail-envelope-from"),
        QCoreApplication::translate("nb::server::Cli",
                                    "The envelope sender (MAIL FROM) of delivered mail "
                                    "(default: --vendor-mail-from)."),
        QStringLiteral("ADDRESS"));
    const BrandingOptions brandingOptions;
    parser.addOptions(
        {listen, tlsCert, tlsKey, idle, ttl, maxFailures, window, keysDir, smtp, envelopeFrom});
    parser.addOptions(brandingOptions.all());
    if (auto code =
            parse(parser, arguments,
                  QCoreApplication::translate("nb::server::Cli", "Answer the Notabene REST API.")))
        return *code;

    const auto positive = [&parser](const QCommandLineOption &option, qint64 *value) {
        bool ok = false;
        *value = parser.value(option).toLongLong(&ok);
        return ok && *value > 0;
    };
    qint64 idleSeconds = 0, ttlSeconds = 0, failures = 0, windowSeconds = 0;
    if (!positive(idle, &idleSeconds) || !positive(ttl, &ttlSeconds) ||
        !positive(maxFailures, &failures) || !positive(window, &windowSeconds))
        return fail(ExitUsage, QCoreApplication::translate(
                                   "nb::server::Cli",
                                   "--idle-timeout, --session-ttl, --login-max-failures and "
                                   "--login-window take positive whole numbers."));

    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listenValue.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listenValue.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1")
                                                                  : host);
    if (!portOk || port > 65535 || address.isNull())
        return fail(ExitUsage, QCoreApplication::translate(
                                   "nb::server::Cli",
                                   "--listen takes HOST:PORT with a numeric address, for example "
                                   "127.0.0.1:8080."));
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(ExitUsage, QCoreApplication::translate(
                                   "nb::server::Cli", "--tls-cert and --tls-key go together."));
    auto branding = brandingConfig(parser, brandingOptions);
    if (!branding)
        return fail(ExitUsage, branding.error().message);
    auto delivery = deliverySettings(parser, smtp, envelopeFrom, *branding);
    if (!delivery)
        return fail(ExitUsage, delivery.error().message);

    // serve never signs notices (it serves the stored envelopes); its signing key only signs the
    // mails staff render (GET /api/v1/notices/{id}/mail).
    std::optional<keys::KeyFolder> serverKeys;
    if (parser.isSet(keysDir)) {
        auto loaded = keys::loadKeyFolder(parser.value(keysDir));
        if (!loaded)
            return fail(ExitUsage, loaded.error().message);
        if (loaded->current.isExpired(QDateTime::currentDateTimeUtc()))
            return fail(ExitUsage, QCoreApplication::translate(
                                       "nb::server::Keys",
                                       "The key list expired; renew it with: notabene-server "
                                       "keys rotate --dir %1")
                                       .arg(loaded->dir));
        serverKeys = std::move(*loaded);
    }

    auto db = openDatabase(parser);
    if (!db)
        return fail(ExitUsage, db.error().message);

    ApiConfig config;
    if (serverKeys) {
        config.keyLists = serverKeys->keyListFiles;
        config.currentKeyList = serverKeys->current;
        if (auto signer = keys::publishingSigner(*serverKeys))
            config.mailSigner = *signer;
    }
    config.sessionTtlMs = ttlSeconds * 1000;
    config.throttle.maxFailuresPerAccount = int(failures);
    config.throttle.maxFailuresPerAddress = int(failures * 4);
    config.throttle.windowMs = windowSeconds * 1000;
    config.branding = *branding;
    // libcurl is set up before the delivery thread starts, and outlives it.
    const CurlGlobal curl;
    std::unique_ptr<DeliveryWorker> deliveryWorker;
    if (*delivery) {
        if (!curl.ok())
            return fail(ExitFailure, QCoreApplication::translate(
                                         "nb::server::Cli", "libcurl could not be initialised."));
        deliveryWorker = std::make_unique<DeliveryWorker>(
            (*db)->url(), (*delivery)->smtp, (*delivery)->envelopeFrom, (*delivery)->policy);
        config.wakeDelivery = [worker = deliveryWorker.get()] {
            worker->wake();
        };
    }
    ApiContext ctx(**db, config);
    ApiHttpServer http(buildApiRouter(ctx));
    auto *tcp = new GuardedTcpServer(std::chrono::seconds(idleSeconds), &http);
    if (parser.isSet(tlsCert)) {
        auto tls = tlsConfiguration(parser.value(tlsCert), parser.value(tlsKey));
        if (!tls)
            return fail(ExitUsage, tls.error().message);
        tcp->setTls(*tls);
    }
    if (!tcp->listen(address, static_cast<quint16>(port))) {
        return fail(ExitUsage,
                    QCoreApplication::translate("nb::server::Cli", "Cannot listen on %1: %2")
                        .arg(listenValue, tcp->errorString()));
    }
    http.bind(tcp);
    const QString scheme = parser.isSet(tlsCert) ? QStringLiteral("https") : QStringLiteral("http");
    const QString shownHost = address.protocol() == QAbstractSocket::IPv6Protocol
                                  ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                  : address.toString();
    out(QCoreApplication::translate("nb::server::Cli",
                                    "notabene-server %1 listening on %2://%3:%4 (database %5)")
            .arg(QStringLiteral(NOTABENE_VERSION), scheme, shownHost)
            .arg(tcp->serverPort())
            .arg((*db)->url().display()));

    SignalWatcher signals_;
    QObject::connect(&signals_, &SignalWatcher::terminationRequested, qApp, [](int) {
        out(QCoreApplication::translate("nb::server::Cli", "Stopping."));
        QCoreApplication::quit();
    });
    // After the signal watcher: a SIGTERM from here on stops the worker cleanly.
    if (deliveryWorker) {
        deliveryWorker->start();
        out(QCoreApplication::translate("nb::server::Cli",
                                        "Delivering queued mail through %1 (envelope sender %2).")
                .arg((*delivery)->smtp.relay.toString(), (*delivery)->envelopeFrom));
    } else {
        out(QCoreApplication::translate("nb::server::Cli",
                                        "No --smtp relay: mail is not delivered (it stays "
                                        "queued)."));
    }
    const int exitCode = QCoreApplication::exec();
    if (deliveryWorker)
        deliveryWorker->stop(); // finishes the mail in flight, gives the rest of its batch back
    return exitCode == 0 ? ExitOk : ExitFailure;
}

} // namespace

int runServerCommand(const QStringList &arguments)
{
    if (!crypto::initialize())
        return fail(ExitFailure, QCoreApplication::translate(
                                     "nb::server::Cli", "libsodium could not be initialised."));
    const QString command = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0)} + arguments.mid(2);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out(QStringLiteral("notabene-server ") + QStringLiteral(NOTABENE_VERSION));
        return ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out(usage());
        return ExitOk;
    }
    if (command == QLatin1String("serve"))
        return serve(rest);
    if (command == QLatin1String("demo-data"))
        return demoData(rest);
    if (command == QLatin1String("migrate"))
        return migrate(rest);
    if (command == QLatin1String("routes"))
        return routes(rest);
    if (command == QLatin1String("keys"))
        return runKeysCommand(rest);
    if (command == QLatin1String("notice"))
        return runNoticeCommand(rest);
    if (command.isEmpty())
        return fail(ExitUsage, QCoreApplication::translate("nb::server::Cli", "Missing command.") +
                                   QLatin1Char('\n') + usage());
    return fail(
        ExitUsage,
        QCoreApplication::translate("nb::server::Cli", "Unknown command \"%1\".").arg(command) +
            QLatin1Char('\n') + usage());
}

} // namespace nb::server
