#include "ui/genericmailbox.h"

#include <QSet>
#include <QString>

namespace nb::ui {

namespace {
const QSet<QString> &genericLocalParts()
{
    static const QSet<QString> parts{QStringLiteral("info"),        QStringLiteral("office"),
                                     QStringLiteral("kontakt"),     QStringLiteral("contact"),
                                     QStringLiteral("mail"),        QStringLiteral("email"),
                                     QStringLiteral("e-mail"),      QStringLiteral("service"),
                                     QStringLiteral("support"),     QStringLiteral("hallo"),
                                     QStringLiteral("hello"),       QStringLiteral("post"),
                                     QStringLiteral("postmaster"),  QStringLiteral("mailbox"),
                                     QStringLiteral("zentrale"),    QStringLiteral("team"),
                                     QStringLiteral("admin"),       QStringLiteral("webmaster"),
                                     QStringLiteral("buero"),       QStringLiteral("büro"),
                                     QStringLiteral("sekretariat"), QStringLiteral("verwaltung"),
                                     QStringLiteral("empfang"),     QStringLiteral("anfrage"),
                                     QStringLiteral("anfragen"),    QStringLiteral("vertrieb"),
                                     QStringLiteral("sales"),       QStringLiteral("noreply"),
                                     QStringLiteral("no-reply"),    QStringLiteral("kundenservice"),
                                     QStringLiteral("hilfe"),       QStringLiteral("help"),
                                     QStringLiteral("shop"),        QStringLiteral("bestellung"),
                                     QStringLiteral("order"),       QStringLiteral("orders"),
                                     QStringLiteral("buchhaltung"), QStringLiteral("accounting"),
                                     QStringLiteral("it")};
    return parts;
}
} // namespace

bool isGenericMailbox(QStringView email)
{
    const QStringView trimmed = email.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return false;
    QStringView local = trimmed.first(at);
    const qsizetype plus = local.indexOf(QLatin1Char('+'));
    if (plus > 0)
        local = local.first(plus);
    return genericLocalParts().contains(local.toString().toLower());
}

} // namespace nb::ui
