// notabene: the desktop client. Argument parsing and wiring only; the behaviour lives in
// notabene_ui and notabene_client.
#include "ui/clientcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

namespace {
// German first: German for a German system locale and for one that names no language (C,
// POSIX), English for every other; the catalogues are compiled into notabene_core as
// :/i18n/notabene_<lang>.qm.
void installTranslators(QApplication &app)
{
    const QLocale::Language system = QLocale().language();
    const bool german = system == QLocale::German || system == QLocale::C;
    const QString language = german ? QStringLiteral("de") : QStringLiteral("en");
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/notabene_%1.qm").arg(language)))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("notabene"));
    QApplication::setApplicationName(QStringLiteral("notabene"));
    QApplication::setApplicationVersion(QStringLiteral(NOTABENE_VERSION));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Notabene: who in your company receives mandatory mailings."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QApplication::translate("main", "The server address (https, or http on loopback)."),
        QStringLiteral("url"));
    const QCommandLineOption emailOption(
        QStringLiteral("email"), QApplication::translate("main", "The account to sign in with."),
        QStringLiteral("address"));
    const QCommandLineOption passwordStdinOption(
        QStringLiteral("password-stdin"),
        QApplication::translate("main", "Read the password from standard input and sign in."));
    parser.addOption(serverOption);
    parser.addOption(emailOption);
    parser.addOption(passwordStdinOption);
    parser.process(app);

    QSettings settings;
    const QString server = parser.isSet(serverOption)
                               ? parser.value(serverOption)
                               : settings.value(QStringLiteral("server")).toString();
    const QString email = parser.isSet(emailOption)
                              ? parser.value(emailOption)
                              : settings.value(QStringLiteral("email")).toString();

    nb::ui::ClientController controller(server, email);
    QObject::connect(&controller, &nb::ui::ClientController::quitRequested, &app,
                     &QApplication::quit, Qt::QueuedConnection);
    if (parser.isSet(passwordStdinOption)) {
        QTextStream in(stdin);
        controller.startWithPassword(in.readLine());
    } else {
        controller.start();
    }
    return QApplication::exec();
}
