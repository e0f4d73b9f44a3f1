// notabene-cli: the Notabene client without windows (status, sync, offline edits, signout).
// Argument parsing and wiring only; the verbs live in app/cli/*verb.*, the work in
// notabene_client.
#include "cliapp.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
// German when the system locale is German, English otherwise (as the desktop app).
void installTranslators(QCoreApplication &app)
{
    const bool german = QLocale().language() == QLocale::German;
    const QString language = german ? QStringLiteral("de") : QStringLiteral("en");
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/notabene_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The desktop app's names: the same per-user data folder and settings (its last account).
    QCoreApplication::setOrganizationName(QStringLiteral("notabene"));
    QCoreApplication::setApplicationName(QStringLiteral("notabene"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NOTABENE_VERSION));
    installTranslators(app);
    return nb::cli::CliApp().run(QCoreApplication::arguments());
}
