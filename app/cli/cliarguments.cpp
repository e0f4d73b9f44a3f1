#include "cliarguments.h"

#include "contactarguments.h"

#include <QCoreApplication>

namespace nb::cli {

namespace {

const QString serverName = QStringLiteral("server");
const QString emailName = QStringLiteral("email");
const QString dataDirName = QStringLiteral("data-dir");
const QString passwordStdinName = QStringLiteral("password-stdin");
const QString trustedRootsName = QStringLiteral("trusted-roots");
const QString versionName = QStringLiteral("version");
const QString helpName = QStringLiteral("help");

bool startsWith(const QStringList &verb, std::initializer_list<const char *> words)
{
    if (verb.size() < qsizetype(words.size()))
        return false;
    qsizetype i = 0;
    for (const char *word : words) {
        if (verb.at(i++) != QLatin1String(word))
            return false;
    }
    return true;
}

} // namespace

CliArguments::CliArguments()
{
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "nb::cli::CliArguments",
        "The Notabene client without windows. It works on the same local data as the desktop "
        "app: edits are stored offline and sent to the server by the verb sync."));
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    m_parser.addOption({{QStringLiteral("h"), helpName},
                        QCoreApplication::translate("nb::cli::CliArguments", "Shows this help.")});
    m_parser.addOption(
        {versionName, QCoreApplication::translate("nb::cli::CliArguments", "Shows the version.")});
    m_parser.addOption({serverName,
                        QCoreApplication::translate(
                            "nb::cli::CliArguments",
                            "The server address (https, or http on loopback). Default: the one "
                            "the desktop app used last."),
                        QStringLiteral("url")});
    m_parser.addOption(
        {emailName,
         QCoreApplication::translate("nb::cli::CliArguments",
                                     "The account. Default: the one the desktop app used last."),
         QStringLiteral("address")});
    m_parser.addOption({dataDirName,
                        QCoreApplication::translate(
                            "nb::cli::CliArguments",
                            "The folder of the local data. Default: the desktop app's per-user "
                            "data folder."),
                        QStringLiteral("dir")});
    m_parser.addOption(
        {passwordStdinName, QCoreApplication::translate(
                                "nb::cli::CliArguments",
                                "Signs in with the password read from standard input (one line). "
                                "Otherwise the session is restored from the keychain.")});
    m_parser.addOption(
        {trustedRootsName,
         QCoreApplication::translate(
             "nb::cli::CliArguments",
             "Verifies notices from these root keys (the file of notabene-server keys "
             "export-roots) instead of the ones built in: for a test deployment."),
         QStringLiteral("file")});
    m_parser.addPositionalArgument(
        QStringLiteral("verb"),
        QCoreApplication::translate("nb::cli::CliArguments", "What to do: see Verbs below."),
        QStringLiteral("VERB [ARGUMENTS]"));
}

CliArguments::Action CliArguments::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return Action::UsageError;
    }
    if (m_parser.isSet(helpName))
        return Action::Help;
    if (m_parser.isSet(versionName))
        return Action::Version;
    m_invocation.server = m_parser.value(serverName);
    m_invocation.email = m_parser.value(emailName);
    m_invocation.dataDir = m_parser.value(dataDirName);
    m_invocation.passwordStdin = m_parser.isSet(passwordStdinName);
    m_invocation.trustedRoots = m_parser.value(trustedRootsName);
    m_invocation.verb = m_parser.positionalArguments();
    return checkVerb() ? Action::Run : Action::UsageError;
}

bool CliArguments::checkVerb()
{
    const QStringList &verb = m_invocation.verb;
    if (verb.isEmpty()) {
        m_error = QCoreApplication::translate("nb::cli::CliArguments",
                                              "Name a verb, for example status or sync.");
        return false;
    }
    if (startsWith(verb, {"contact", "add"})) {
        ContactArguments contact;
        if (!contact.parse(verb.mid(2))) {
            m_error = contact.errorText();
            return false;
        }
        m_invocation.contact = contact.contact();
        m_invocation.verb = verb.mid(0, 2);
        return true;
    }
    if (startsWith(verb, {"verify"}))
        return parseVerify(verb.mid(1));
    const bool single =
        verb.size() == 1 && (startsWith(verb, {"status"}) || startsWith(verb, {"sync"}) ||
                             startsWith(verb, {"signout"}) || startsWith(verb, {"notices"}));
    if (single || (verb.size() == 4 && startsWith(verb, {"company", "set"})) ||
        (verb.size() == 3 && startsWith(verb, {"notice", "show"})))
        return true;
    m_error =
        QCoreApplication::translate("nb::cli::CliArguments", "Unknown verb or wrong arguments: %1")
            .arg(verb.join(QLatin1Char(' ')));
    return false;
}

// `verify [--json] FILE...`: --json anywhere before "--", every other word a file.
bool CliArguments::parseVerify(const QStringList &arguments)
{
    bool filesOnly = false;
    for (const QString &argument : arguments) {
        if (!filesOnly && argument == QLatin1String("--")) {
            filesOnly = true;
        } else if (!filesOnly && argument == QLatin1String("--json")) {
            m_invocation.json = true;
        } else if (!filesOnly && argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            m_error =
                QCoreApplication::translate("nb::cli::CliArguments", "verify: unknown option %1")
                    .arg(argument);
            return false;
        } else {
            m_invocation.files.append(argument);
        }
    }
    if (m_invocation.files.isEmpty()) {
        m_error = QCoreApplication::translate("nb::cli::CliArguments",
                                              "verify: name at least one .eml file.");
        return false;
    }
    m_invocation.verb = {QStringLiteral("verify")};
    return true;
}

QString CliArguments::helpText() const
{
    QString text = m_parser.helpText();
    text += QLatin1Char('\n') + QCoreApplication::translate("nb::cli::CliArguments", "Verbs:") +
            QLatin1Char('\n');
    const QList<QPair<QString, QString>> verbs{
        {QStringLiteral("status"),
         QCoreApplication::translate(
             "nb::cli::CliArguments",
             "Shows the pending changes, the last sync and open conflicts (offline).")},
        {QStringLiteral("sync"),
         QCoreApplication::translate("nb::cli::CliArguments",
                                     "Signs in or restores the session, sends the pending changes "
                                     "and loads the server's state and the notices: one run.")},
        {QStringLiteral("notices"),
         QCoreApplication::translate(
             "nb::cli::CliArguments",
             "Lists the received notices, newest first: sequence, id, verification, act-by date, "
             "subject (offline; each notice is verified again).")},
        {QStringLiteral("notice show ID"),
         QCoreApplication::translate(
             "nb::cli::CliArguments",
             "Shows one notice as it was signed, with the verification and the signing key "
             "(offline). Exit 1 when its signature does not hold.")},
        {QStringLiteral("verify [--json] FILE..."),
         QCoreApplication::translate(
             "nb::cli::CliArguments",
             "Checks received e-mails (.eml) offline: is each one really from the vendor? One line "
             "per file: verdict (genuine, unsigned, altered, unsigned-parts, unknown-key), notice "
             "id, key id, file; the changes and warnings below. --json: a JSON array. Exit 0 when "
             "every file is genuine, 1 when any is not, 2 when a file cannot be read or parsed.")},
        {QStringLiteral("company set FIELD VALUE"),
         QCoreApplication::translate(
             "nb::cli::CliArguments",
             "Changes one field of the Firmenprofil offline. FIELD: name, street, postcode, city, "
             "country, phone, website, vatId, primaryContactEmail.")},
        {QStringLiteral("contact add --first-name X --last-name Y --email Z [OPTIONS]"),
         QCoreApplication::translate("nb::cli::CliArguments",
                                     "Adds an Ansprechpartner offline. Its options:")},
    };
    for (const auto &[synopsis, description] : verbs)
        text += QStringLiteral("  %1\n      %2\n").arg(synopsis, description);
    for (const QString &line : ContactArguments().helpLines())
        text += QStringLiteral("        ") + line + QLatin1Char('\n');
    text += QStringLiteral("  signout\n      %1\n")
                .arg(QCoreApplication::translate(
                    "nb::cli::CliArguments",
                    "Ends the session on the server and removes it from the keychain."));
    text += QLatin1Char('\n') +
            QCoreApplication::translate("nb::cli::CliArguments", "Exit codes:") + QLatin1Char('\n');
    const QStringList codes{
        QCoreApplication::translate("nb::cli::CliArguments", "0  done"),
        QCoreApplication::translate(
            "nb::cli::CliArguments",
            "1  the local data or the keychain failed, or the data was never loaded (run sync)"),
        QCoreApplication::translate(
            "nb::cli::CliArguments",
            "2  wrong arguments, or a value the rules refuse (the field and why are printed)"),
        QCoreApplication::translate(
            "nb::cli::CliArguments",
            "3  sync: the server could not be reached or the run failed; changes stay queued"),
        QCoreApplication::translate(
            "nb::cli::CliArguments",
            "4  not signed in, or the session has ended: sign in with --password-stdin"),
    };
    for (const QString &code : codes)
        text += QStringLiteral("  ") + code + QLatin1Char('\n');
    return text;
}

} // namespace nb::cli
