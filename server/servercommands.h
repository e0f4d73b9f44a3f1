#pragma once

#include <QStringList>

namespace nb::server {

// Exit codes of notabene-server.
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

// Runs the notabene-server command line (arguments include the program name). Needs a
// QCoreApplication. Returns the process exit code.
int runServerCommand(const QStringList &arguments);

} // namespace nb::server
