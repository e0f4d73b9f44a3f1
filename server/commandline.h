#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
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

} // namespace nb::server::cli
