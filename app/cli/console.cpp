#include "console.h"

#include <QTextStream>
#include <cstdio>

namespace nb::cli {

namespace {
void printTo(FILE *file, const QString &line)
{
    QTextStream stream(file);
    stream << line << '\n';
    stream.flush();
}
} // namespace

void printOut(const QString &line)
{
    printTo(stdout, line);
}

void printErr(const QString &line)
{
    printTo(stderr, line);
}

void printError(const Error &error)
{
    printErr(error.field.isEmpty() ? error.message
                                   : error.field + QStringLiteral(": ") + error.message);
}

} // namespace nb::cli
