#pragma once

#include <QStringList>

namespace nb::server {

// `notabene-server notice publish --db URL --keys DIR --file notice.json [--patch FILE]...`
// (arguments: the program name, then the sub-command and its options). Returns the process exit
// code (see ExitCode).
int runNoticeCommand(const QStringList &arguments);

} // namespace nb::server
