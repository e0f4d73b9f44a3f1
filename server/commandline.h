#pragma once

#include "core/result.h"
#include "server/storage/database.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace nb::server::cli {

// Output of the notabene-server commands: results to stdout, problems to stderr as
// "<program>: <text>".
void out(const QString &text);
int fail(const QString &program, int exitCode, const QString &text);

// Parses a sub-command's options (adding -h/--help). Returns the exit code when the command is
// done already: after --help (0) or on bad arguments (2, with `usage` printed).
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                const QString &description, const QString &usage,
                                const QString &program);

// The --db URL option of the commands that use a database.
QCommandLineOption dbOption();
// Opens and migrates the database of --db (error code "usage" when the option is missing).
Result<std::unique_ptr<Database>> openDatabase(const QCommandLineParser &parser);

} // namespace nb::server::cli
