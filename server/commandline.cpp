#include "server/commandline.h"

#include "server/servercommands.h"

#include <QCoreApplication>
#include <cstdio>

namespace nb::server::cli {

void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString &program, int exitCode, const QString &text)
{
    std::fputs(qPrintable(program + QStringLiteral(": ") + text + QLatin1Char('\n')), stderr);
    return exitCode;
}

std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                const QString &description, const QString &usage,
                                const QString &program)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        QStringList{QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("nb::server::CommandLine", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return fail(program, ExitUsage, parser.errorText() + QLatin1Char('\n') + usage);
    if (parser.isSet(help)) {
        out(parser.helpText());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(
            program, ExitUsage,
            QCoreApplication::translate("nb::server::CommandLine", "Unexpected argument: %1")
                .arg(parser.positionalArguments().constFirst()));
    }
    return std::nullopt;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate("nb::server::Cli",
                                    "The database: sqlite:PATH or postgresql://USER@HOST:PORT/DB."),
        QStringLiteral("URL"));
}

Result<std::unique_ptr<Database>> openDatabase(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("db")))
        return Error{QStringLiteral("usage"),
                     QCoreApplication::translate("nb::server::Cli", "Missing --db URL."),
                     {}};
    auto url = parseDatabaseUrl(parser.value(QStringLiteral("db")));
    if (!url)
        return url.error();
    auto db = Database::open(*url, QStringLiteral("main"));
    if (!db)
        return db.error();
    if (Status migrated = (*db)->migrate(); !migrated)
        return migrated.error();
    return db;
}

} // namespace nb::server::cli
