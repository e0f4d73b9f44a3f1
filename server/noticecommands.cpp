#include "server/noticecommands.h"

#include "server/brandingoptions.h"
#include "server/commandline.h"
#include "server/keys/keystore.h"
#include "server/noticeinput.h"
#include "server/noticemail.h"
#include "server/servercommands.h"
#include "server/storage/noticestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <cstdio>

namespace nb::server {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "nb::server::NoticeCommands",
        "Usage: notabene-server notice publish --db URL --keys DIR --file NOTICE.json\n"
        "                                     [--patch FILE [--patch-sha256 HEX]]…\n"
        "\n"
        "Signs a notice with the signing key of DIR and publishes it: it gets the next\n"
        "feed sequence and the current time as issuedAt. NOTICE.json holds the notice\n"
        "without sequence, issuedAt and patches:\n"
        "  {\"id\", \"products\": […], \"category\", \"severity\", \"subject\", \"body\",\n"
        "   \"actBy\": \"YYYY-MM-DD\" or null, \"status\", \"followUpOf\", \"link\"}\n"
        "Each --patch FILE is offered for download with the notice (its size and SHA-256\n"
        "are signed with it); --patch-sha256 HEX, in the same order, refuses to publish\n"
        "a file whose SHA-256 differs.\n"
        "\n"
        "       notabene-server notice render-mail --db URL --keys DIR --id ID --to ADDRESS\n"
        "                                         [--vendor-name NAME] [--vendor-mail-from A]\n"
        "                                         [--vendor-domains D,…] > notice.eml\n"
        "\n"
        "Writes the signed mail of a published notice for ADDRESS to stdout, signed with\n"
        "the signing key of DIR (the mail GET /api/v1/notices/{id}/mail answers).");
}

int fail(int code, const QString &text)
{
    return cli::fail(QStringLiteral("notabene-server notice"), code, text);
}

// "FILE: field "F": message" for an error about the notice.
QString describe(const QString &file, const Error &error)
{
    if (error.field.isEmpty())
        return QStringLiteral("%1: %2").arg(file, error.message);
    return QCoreApplication::translate("nb::server::NoticeCommands", "%1: field \"%2\": %3")
        .arg(file, error.field, error.message);
}

int publish(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption keysDir(
        QStringLiteral("keys"),
        QCoreApplication::translate("nb::server::NoticeCommands",
                                    "The key folder whose signing key signs the notice."),
        QStringLiteral("DIR"));
    const QCommandLineOption file(
        QStringLiteral("file"),
        QCoreApplication::translate("nb::server::NoticeCommands", "The notice (JSON)."),
        QStringLiteral("FILE"));
    const QCommandLineOption patch(
        QStringLiteral("patch"),
        QCoreApplication::translate("nb::server::NoticeCommands",
                                    "A patch file offered with the notice (repeatable)."),
        QStringLiteral("FILE"));
    const QCommandLineOption patchSha(
        QStringLiteral("patch-sha256"),
        QCoreApplication::translate(
            "nb::server::NoticeCommands",
            "The expected SHA-256 (hex) of the --patch in the same position (repeatable)."),
        QStringLiteral("HEX"));
    parser.addOptions({cli::dbOption(), keysDir, file, patch, patchSha});
    if (auto code = cli::parseCommand(
            parser, arguments,
            QCoreApplication::translate("nb::server::NoticeCommands", "Sign and publish a notice."),
            usage(), QStringLiteral("notabene-server notice")))
        return *code;
    if (!parser.isSet(keysDir) || !parser.isSet(file) || !parser.isSet(QStringLiteral("db")))
        return fail(ExitUsage, QCoreApplication::translate(
                                   "nb::server::NoticeCommands",
                                   "Missing --db URL, --keys DIR or --file NOTICE.json.") +
                                   QLatin1Char('\n') + usage());

    const QString path = parser.value(file);
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return fail(ExitUsage, QStringLiteral("%1: %2").arg(path, input.errorString()));
    auto notice = noticeFromInput(input.readAll());
    if (!notice)
        return fail(ExitUsage, describe(path, notice.error()));

    const QStringList patchFiles = parser.values(patch);
    const QStringList expected = parser.values(patchSha);
    if (expected.size() > patchFiles.size())
        return fail(ExitUsage, QCoreApplication::translate(
                                   "nb::server::NoticeCommands",
                                   "There are more --patch-sha256 than --patch options."));
    QHash<QString, QByteArray> contents;
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    for (qsizetype i = 0; i < patchFiles.size(); ++i) {
        auto read = readPatchFile(patchFiles.at(i));
        if (!read)
            return fail(ExitUsage, read.error().message);
        if (i < expected.size()) {
            if (!hex.match(expected.at(i)).hasMatch())
                return fail(ExitUsage,
                            QCoreApplication::translate("nb::server::NoticeCommands",
                                                        "--patch-sha256 takes 64 hex digits."));
            if (QByteArray::fromHex(expected.at(i).toLatin1()) != read->reference.sha256)
                return fail(ExitUsage,
                            QCoreApplication::translate(
                                "nb::server::NoticeCommands",
                                "%1: the SHA-256 is %2, not %3 as expected; nothing was published.")
                                .arg(patchFiles.at(i),
                                     QString::fromLatin1(read->reference.sha256.toHex()),
                                     expected.at(i).toLower()));
        }
        if (contents.contains(read->reference.fileName))
            return fail(ExitUsage, QCoreApplication::translate("nb::server::NoticeCommands",
                                                               "Two patches are named \"%1\".")
                                       .arg(read->reference.fileName));
        contents.insert(read->reference.fileName, read->content);
        notice->patches.append(read->reference);
    }

    auto folder = keys::loadKeyFolder(parser.value(keysDir));
    if (!folder)
        return fail(ExitUsage, folder.error().message);
    auto signer = keys::publishingSigner(*folder);
    if (!signer)
        return fail(ExitUsage, signer.error().message);
    auto db = cli::openDatabase(parser);
    if (!db)
        return fail(ExitUsage, db.error().message);

    NoticeStore store(**db);
    auto published = store.publish(*notice, contents, *signer);
    if (!published) {
        const Error &error = published.error();
        const bool storage = error.code.startsWith(QLatin1String("database"));
        return fail(storage ? ExitFailure : ExitUsage, describe(path, error));
    }
    cli::out(QCoreApplication::translate("nb::server::NoticeCommands",
                                         "Published notice %1 as sequence %2, signed by key %3.")
                 .arg(published->id)
                 .arg(published->sequence)
                 .arg(QString::fromLatin1(signer->first.keyId())));
    return ExitOk;
}

int renderMail(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption keysDir(
        QStringLiteral("keys"),
        QCoreApplication::translate("nb::server::NoticeCommands",
                                    "The key folder whose signing key signs the mail."),
        QStringLiteral("DIR"));
    const QCommandLineOption id(
        QStringLiteral("id"),
        QCoreApplication::translate("nb::server::NoticeCommands", "The id of the notice."),
        QStringLiteral("ID"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        QCoreApplication::translate("nb::server::NoticeCommands", "The recipient's address."),
        QStringLiteral("ADDRESS"));
    const BrandingOptions brandingOptions;
    parser.addOptions({cli::dbOption(), keysDir, id, to});
    parser.addOptions(brandingOptions.all());
    if (auto code = cli::parseCommand(
            parser, arguments,
            QCoreApplication::translate("nb::server::NoticeCommands",
                                        "Write the signed mail of a notice to stdout."),
            usage(), QStringLiteral("notabene-server notice")))
        return *code;
    if (!parser.isSet(keysDir) || !parser.isSet(id) || !parser.isSet(to) ||
        !parser.isSet(QStringLiteral("db")))
        return fail(ExitUsage, QCoreApplication::translate(
                                   "nb::server::NoticeCommands",
                                   "Missing --db URL, --keys DIR, --id ID or --to ADDRESS.") +
                                   QLatin1Char('\n') + usage());
    auto branding = brandingConfig(parser, brandingOptions);
    if (!branding)
        return fail(ExitUsage, branding.error().message);
    auto folder = keys::loadKeyFolder(parser.value(keysDir));
    if (!folder)
        return fail(ExitUsage, folder.error().message);
    auto signer = keys::publishingSigner(*folder);
    if (!signer)
        return fail(ExitUsage, signer.error().message);
    auto db = cli::openDatabase(parser);
    if (!db)
        return fail(ExitUsage, db.error().message);

    NoticeStore notices(**db);
    auto stored = notices.find(parser.value(id));
    if (!stored)
        return fail(ExitFailure, stored.error().message);
    if (!*stored)
        return fail(ExitUsage, QCoreApplication::translate("nb::server::NoticeCommands",
                                                           "There is no notice \"%1\".")
                                   .arg(parser.value(id)));
    ProductStore products(**db);
    auto mail = renderStoredNoticeMail(**stored, products, folder->current,
                                       vendorIdentity(*branding), parser.value(to), *signer);
    if (!mail) {
        const Error &error = mail.error();
        const bool storage = error.code.startsWith(QLatin1String("database"));
        const QString text = error.field.isEmpty()
                                 ? error.message
                                 : QStringLiteral("--%1: %2").arg(error.field, error.message);
        return fail(storage ? ExitFailure : ExitUsage, text);
    }
    if (std::fwrite(mail->constData(), 1, size_t(mail->size()), stdout) != size_t(mail->size()) ||
        std::fflush(stdout) != 0)
        return fail(ExitFailure, QCoreApplication::translate("nb::server::NoticeCommands",
                                                             "Cannot write the mail to stdout."));
    return ExitOk;
}

} // namespace

int runNoticeCommand(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0)} + arguments.mid(2);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        cli::out(usage());
        return ExitOk;
    }
    if (command == QLatin1String("publish"))
        return publish(rest);
    if (command == QLatin1String("render-mail"))
        return renderMail(rest);
    if (command.isEmpty())
        return fail(ExitUsage,
                    QCoreApplication::translate("nb::server::NoticeCommands", "Missing command.") +
                        QLatin1Char('\n') + usage());
    return fail(ExitUsage,
                QCoreApplication::translate("nb::server::NoticeCommands", "Unknown command \"%1\".")
                        .arg(command) +
                    QLatin1Char('\n') + usage());
}

} // namespace nb::server
