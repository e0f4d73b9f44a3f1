#pragma once

#include <QStringList>

namespace nb::server {

// `notabene-server keys init|rotate|show` (arguments: the program name, then the sub-command
// and its options). Returns the process exit code (see ExitCode).
int runKeysCommand(const QStringList &arguments);

} // namespace nb::server
