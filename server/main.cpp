#include "server/servercommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("notabene-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NOTABENE_VERSION));
    return nb::server::runServerCommand(QCoreApplication::arguments());
}
