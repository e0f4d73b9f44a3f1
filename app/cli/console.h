#pragma once

#include "core/error.h"

#include <QString>

namespace nb::cli {

// One line to standard output / standard error, flushed at once (a parent process that kills
// notabene-cli still sees every line written before).
void printOut(const QString &line);
void printErr(const QString &line);
// "<field>: <message>", or the message alone when the error names no field.
void printError(const Error &error);

} // namespace nb::cli
