#include "server/keys/keycommands.h"

#include "server/commandline.h"
#include "server/keys/keystore.h"
#include "server/servercommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>
#include <optional>

namespace nb::server {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "nb::server::Keys",
        "Usage: notabene-server keys <command> --dir DIR [options]\n"
        "\n"
        "Commands:\n"
        "  init     Create the root key, a signing key and key list version 1\n"
        "           (--expires-days N, default 365)\n"
        "  rotate   Replace the signing key (--root: the root key too) in a new key list\n"
        "           version signed by the old and the new root key (--expires-days N).\n"
        "           The replaced signing key stays valid for the notices it signed until\n"
        "           now; --revoke (after a compromise) drops it from the list\n"
        "  show     Print the key list: version, expiry and key ids (never a secret)\n"
        "  export-roots  Print the root public keys clients are built with\n"
        "           ({\"rootKeys\": […]}, the roots of key list version 1)\n"
        "\n"
        "The private keys stay in DIR (mode 0700, key files 0600).");
}

struct Options
{
    QCommandLineOption dir{QStringLiteral("dir"),
                           QCoreApplication::translate("nb::server::Keys", "The key folder."),
                           QStringLiteral("DIR")};
    QCommandLineOption days{
        QStringLiteral("expires-days"),
        QCoreApplication::translate("nb::server::Keys",
                                    "Days until the new key list expires (default 365)."),
        QStringLiteral("N"), QStringLiteral("365")};
    QCommandLineOption root{
        QStringLiteral("root"),
        QCoreApplication::translate("nb::server::Keys", "Replace the root key as well.")};
    QCommandLineOption revoke{
        QStringLiteral("revoke"),
        QCoreApplication::translate("nb::server::Keys",
                                    "Drop the replaced signing key (after a compromise): the "
                                    "notices it signed no longer verify.")};
};

using cli::out;

int fail(int code, const QString &text)
{
    return cli::fail(QStringLiteral("notabene-server keys"), code, text);
}

// Parses a sub-command's options; on --help or bad arguments the returned code is set.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                         const QString &description)
{
    if (auto done = cli::parseCommand(parser, arguments, description, usage(),
                                      QStringLiteral("notabene-server keys")))
        return done;
    if (!parser.isSet(QStringLiteral("dir")))
        return fail(ExitUsage,
                    QCoreApplication::translate("nb::server::Keys", "Missing --dir DIR."));
    return std::nullopt;
}

std::optional<int> expiresDays(const QCommandLineParser &parser, const Options &options)
{
    bool ok = false;
    const int days = parser.value(options.days).toInt(&ok);
    if (!ok || days < 1 || days > 3650)
        return std::nullopt;
    return days;
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

void print(const keys::KeyFolder &folder)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const KeyList &list = folder.current;
    out(QCoreApplication::translate("nb::server::Keys", "Key list version %1, expires %2%3")
            .arg(list.version)
            .arg(isoUtc(list.expires),
                 list.isExpired(now) ? QCoreApplication::translate("nb::server::Keys",
                                                                   " (EXPIRED: run keys rotate)")
                                     : QString()));
    out(QCoreApplication::translate("nb::server::Keys", "Root keys (threshold %1):")
            .arg(list.rootThreshold));
    for (const signing::PublicKey &key : list.rootKeys)
        out(QStringLiteral("  %1%2").arg(
            QString::fromLatin1(key.keyId()),
            key == folder.rootKey.publicKey
                ? QCoreApplication::translate("nb::server::Keys", "  (root.key)")
                : QString()));
    out(QCoreApplication::translate("nb::server::Keys", "Signing keys:"));
    for (const SigningKeyEntry &entry : list.signingKeys)
        out(QStringLiteral("  %1  %2%3")
                .arg(QString::fromLatin1(entry.key.keyId()),
                     QCoreApplication::translate("nb::server::Keys", "valid until %1")
                         .arg(isoUtc(entry.validUntil)),
                     entry.key == folder.signingKey.publicKey
                         ? QCoreApplication::translate("nb::server::Keys", "  (signing.key)")
                         : QString()));
}

int keysCommand(const QString &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options options;
    QString description;
    if (command == QLatin1String("init")) {
        parser.addOptions({options.dir, options.days});
        description = QCoreApplication::translate(
            "nb::server::Keys", "Create the keys and key list version 1 in a new key folder.");
    } else if (command == QLatin1String("rotate")) {
        parser.addOptions({options.dir, options.days, options.root, options.revoke});
        description = QCoreApplication::translate(
            "nb::server::Keys", "Replace the signing key (and with --root the root key).");
    } else if (command == QLatin1String("export-roots")) {
        parser.addOption(options.dir);
        description = QCoreApplication::translate(
            "nb::server::Keys", "Print the root public keys the clients are built with.");
    } else {
        parser.addOption(options.dir);
        description =
            QCoreApplication::translate("nb::server::Keys", "Print the key list of a key folder.");
    }
    if (auto code = parse(parser, arguments, description))
        return *code;
    const QString dir = parser.value(options.dir);
    const bool show = command == QLatin1String("show") || command == QLatin1String("export-roots");
    const std::optional<int> days = show ? 0 : expiresDays(parser, options);
    if (!days)
        return fail(ExitUsage,
                    QCoreApplication::translate(
                        "nb::server::Keys", "--expires-days takes a whole number from 1 to 3650."));

    Result<keys::KeyFolder> folder =
        command == QLatin1String("init") ? keys::initKeyFolder(dir, *days)
        : command == QLatin1String("rotate")
            ? keys::rotateKeyFolder(dir, parser.isSet(options.root), *days,
                                    parser.isSet(options.revoke) ? keys::Rotation::Revoke
                                                                 : keys::Rotation::Routine)
            : keys::loadKeyFolder(dir);
    if (!folder)
        return fail(ExitUsage, folder.error().message);
    if (command == QLatin1String("export-roots")) {
        std::fputs(keys::exportRoots(*folder).constData(), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    if (command == QLatin1String("init"))
        out(QCoreApplication::translate("nb::server::Keys",
                                        "Created the keys and key list version 1 in %1.")
                .arg(folder->dir));
    else if (command == QLatin1String("rotate"))
        out(QCoreApplication::translate("nb::server::Keys",
                                        "Rotated: key list version %1 written to %2.")
                .arg(folder->current.version)
                .arg(folder->dir));
    print(*folder);
    return ExitOk;
}

} // namespace

int runKeysCommand(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0)} + arguments.mid(2);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out(usage());
        return ExitOk;
    }
    if (command == QLatin1String("init") || command == QLatin1String("rotate") ||
        command == QLatin1String("show") || command == QLatin1String("export-roots"))
        return keysCommand(command, rest);
    if (command.isEmpty())
        return fail(ExitUsage, QCoreApplication::translate("nb::server::Keys", "Missing command.") +
                                   QLatin1Char('\n') + usage());
    return fail(
        ExitUsage,
        QCoreApplication::translate("nb::server::Keys", "Unknown command \"%1\".").arg(command) +
            QLatin1Char('\n') + usage());
}

} // namespace nb::server
