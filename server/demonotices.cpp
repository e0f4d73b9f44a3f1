#include "server/demonotices.h"

#include "core/crypto.h"
#include "core/notice.h"
#include "server/storage/noticestore.h"

#include <QLocale>

namespace nb::server {

namespace {

// The same on every run and every machine, so the demo patch has one SHA-256.
QByteArray deterministicBytes(qsizetype size)
{
    QByteArray bytes;
    QByteArray block = QByteArrayLiteral("notabene demo patch");
    while (bytes.size() < size) {
        block = crypto::sha256(block);
        bytes += block;
    }
    bytes.truncate(size);
    return bytes;
}

QString german(const QDate &date, const char *format)
{
    return QLocale(QLocale::German, QLocale::Germany).toString(date, QString::fromLatin1(format));
}

const char kundencenterHinweis[] =
    "> **Sicherheitshinweis:** Dateien und Patches erhalten Sie ausschließlich im "
    "Kundencenter bzw. direkt in der Notabene-App nach der Anmeldung – niemals als "
    "E-Mail-Anhang. Öffnen Sie keine Anhänge von E-Mails, die sich auf diesen Hinweis "
    "berufen, und wenden Sie sich im Zweifel über ein Support-Ticket an uns.";

struct DemoNotice
{
    Notice notice;
    QHash<QString, QByteArray> patches;
};

QList<DemoNotice> demoNotices(const QDateTime &now)
{
    const QDate today = now.date();
    const auto at = [&today](int daysAgo, int hour, int minute = 0) {
        return QDateTime(today.addDays(-daysAgo), QTime(hour, minute), Qt::UTC);
    };
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };
    const QString hinweis = s(kundencenterHinweis);

    // Cloud-TSE: a maintenance window two days ago, announced, in progress, resolved.
    const QDate maintenance = today.addDays(-2);
    Notice tseAnnounced;
    tseAnnounced.id = s("demo-0001");
    tseAnnounced.products = {s("cloud-tse")};
    tseAnnounced.category = s("maintenance-and-outages");
    tseAnnounced.severity = NoticeSeverity::Important;
    tseAnnounced.subject =
        s("Wartungsfenster %1 // Ausfälle Cloud-TSE").arg(german(maintenance, "d. MMMM"));
    tseAnnounced.body =
        s("Am **%1 zwischen 06:00 und 08:00 Uhr** warten wir die Cloud-TSE-Infrastruktur "
          "unseres Partners.\n\n"
          "In diesem Zeitraum kann es zu **Ausfällen bei der Signierung** von Kassenbelegen "
          "kommen. Ihre Kasse arbeitet weiter und markiert betroffene Belege als "
          "*TSE-Ausfall*; diese werden nach der Wartung automatisch nachsigniert.\n\n"
          "Was Sie tun sollten:\n\n"
          "1. Planen Sie Kassenabschlüsse nicht in das Wartungsfenster.\n"
          "2. Prüfen Sie nach der Wartung, ob der TSE-Status wieder *bereit* meldet.\n\n"
          "Den aktuellen Stand finden Sie jederzeit auf der "
          "[Statusseite](https://status.notabene.example/cloud-tse).\n")
            .arg(german(maintenance, "dddd, d. MMMM yyyy"));
    tseAnnounced.link = s("https://status.notabene.example/cloud-tse");
    tseAnnounced.issuedAt = at(9, 10);

    Notice tseRunning = tseAnnounced;
    tseRunning.id = s("demo-0004");
    tseRunning.severity = NoticeSeverity::Info;
    tseRunning.subject = s("Wartung Cloud-TSE läuft – Signierung eingeschränkt");
    tseRunning.body =
        s("Die angekündigte Wartung der Cloud-TSE hat um 06:00 Uhr begonnen.\n\n"
          "Belege werden bis zum Ende der Wartung als *TSE-Ausfall* gekennzeichnet "
          "und danach automatisch nachsigniert. Sie müssen nichts weiter tun.\n\n"
          "Aktueller Stand: [Statusseite Cloud-TSE](https://status.notabene.example/cloud-tse)\n");
    tseRunning.status = NoticeStatus::InProgress;
    tseRunning.followUpOf = tseAnnounced.id;
    tseRunning.issuedAt = at(2, 6, 5);

    Notice tseDone = tseRunning;
    tseDone.id = s("demo-0005");
    tseDone.subject = s("Wartung Cloud-TSE abgeschlossen – alle Belege nachsigniert");
    tseDone.body =
        s("Die Wartung der Cloud-TSE wurde um 07:40 Uhr **erfolgreich abgeschlossen**.\n\n"
          "Alle während der Wartung erstellten Belege wurden nachsigniert. Bitte prüfen Sie in "
          "Ihrer Kasse, ob der TSE-Status *bereit* meldet; falls nicht, starten Sie die Kasse "
          "neu.\n\n"
          "Fragen beantworten wir gern über ein Support-Ticket.\n");
    tseDone.status = NoticeStatus::Resolved;
    tseDone.issuedAt = at(2, 7, 45);

    // PayPal PLUS: an important change with a deadline.
    Notice paypal;
    paypal.id = s("demo-0002");
    paypal.products = {s("paypal")};
    paypal.category = s("updates-and-technical-changes");
    paypal.severity = NoticeSeverity::Important;
    paypal.subject = s("Wichtige Änderungen an PayPal PLUS");
    paypal.actBy = today.addDays(40);
    paypal.body =
        s("PayPal stellt **PayPal PLUS zum %1 ein**. Danach können Zahlungen über PayPal PLUS "
          "nicht mehr angenommen werden.\n\n"
          "## Was Sie tun müssen\n\n"
          "- Aktualisieren Sie die PayPal-Anbindung auf Version **4.0** (im Kundencenter unter "
          "*Downloads*).\n"
          "- Aktivieren Sie in den Zahlungsarten *PayPal Checkout* und deaktivieren Sie *PayPal "
          "PLUS*.\n"
          "- Prüfen Sie eine Testbestellung.\n\n"
          "Eine Schritt-für-Schritt-Anleitung und Antworten auf häufige Fragen finden Sie im "
          "[Forum](https://forum.notabene.example/paypal-plus-umstellung).\n\n%2\n")
            .arg(german(*paypal.actBy, "d. MMMM yyyy"), hinweis);
    paypal.link = s("https://forum.notabene.example/paypal-plus-umstellung");
    paypal.issuedAt = at(6, 9, 30);

    // The Fiskal-Connector: urgent, with a deadline twelve days ahead, and a follow-up.
    Notice fiskal;
    fiskal.id = s("demo-0003");
    fiskal.products = {s("fiskal")};
    fiskal.category = s("updates-and-technical-changes");
    fiskal.severity = NoticeSeverity::Urgent;
    fiskal.actBy = today.addDays(12);
    fiskal.subject =
        s("DRINGEND: Update des Fiskal-Connectors bis %1").arg(german(*fiskal.actBy, "dd.MM."));
    fiskal.body =
        s("Die Schnittstelle der Deutschen Fiskal ändert sich. **Ältere Versionen des "
          "Fiskal-Connectors können ab dem %1 keine Belege mehr signieren** – Ihre Kasse "
          "könnte dann keine gesetzeskonformen Belege mehr erstellen.\n\n"
          "## Was Sie tun müssen\n\n"
          "1. Melden Sie sich im Kundencenter an und laden Sie den Fiskal-Connector **3.2** "
          "herunter.\n"
          "2. Installieren Sie das Update auf jedem Kassenrechner.\n"
          "3. Prüfen Sie unter *Einstellungen → TSE*, dass die Version 3.2 angezeigt wird.\n\n"
          "Den Stand der Umstellung und Antworten auf häufige Fragen finden Sie im Forum: "
          "[Forum-Thema Fiskal-Connector "
          "3.2](https://forum.notabene.example/fiskal-connector-3-2)\n\n%2\n")
            .arg(german(*fiskal.actBy, "d. MMMM yyyy"), hinweis);
    fiskal.link = s("https://forum.notabene.example/fiskal-connector-3-2");
    fiskal.issuedAt = at(3, 8, 15);

    Notice fiskalFollowUp = fiskal;
    fiskalFollowUp.id = s("demo-0007");
    fiskalFollowUp.severity = NoticeSeverity::Important;
    fiskalFollowUp.status = NoticeStatus::InProgress;
    fiskalFollowUp.followUpOf = fiskal.id;
    fiskalFollowUp.subject =
        s("Erinnerung: Fiskal-Connector 3.2 – noch %1 Tage").arg(today.daysTo(*fiskal.actBy) + 1);
    fiskalFollowUp.body =
        s("Rund zwei Drittel unserer Kunden haben den Fiskal-Connector bereits aktualisiert. "
          "Falls Sie das Update noch nicht installiert haben, holen Sie es bitte **bis zum %1** "
          "nach.\n\n"
          "Bekanntes Problem: Unter Windows 10 muss der Dienst *Fiskal-Connector* nach dem "
          "Update einmal neu gestartet werden. Details im Forum: "
          "[Forum-Thema Fiskal-Connector "
          "3.2](https://forum.notabene.example/fiskal-connector-3-2)\n\n%2\n")
            .arg(german(*fiskal.actBy, "d. MMMM"), hinweis);
    fiskalFollowUp.issuedAt = at(1, 16);

    // A security patch for the Warenwirtschaft, downloadable from the server only.
    const QString patchName = demoPatchName(today);
    const QByteArray patchContent = demoPatchContent();
    Notice security;
    security.id = s("demo-0006");
    security.products = {s("wawi")};
    security.category = s("security");
    security.severity = NoticeSeverity::Urgent;
    security.actBy = today.addDays(7);
    security.subject = s("Sicherheitsupdate für die Warenwirtschaft – bitte bis %1 einspielen")
                           .arg(german(*security.actBy, "dd.MM."));
    security.body =
        s("In der Warenwirtschaft wurde eine **Sicherheitslücke im Datenimport** gefunden: "
          "präparierte Importdateien konnten Daten anderer Mandanten lesen.\n\n"
          "## Was Sie tun müssen\n\n"
          "1. Laden Sie den Patch **%1** hier in der App herunter (die App prüft Größe und "
          "SHA-256 der Datei).\n"
          "2. Beenden Sie die Warenwirtschaft auf allen Arbeitsplätzen.\n"
          "3. Spielen Sie den Patch auf dem Server ein.\n\n"
          "Den Status der Behebung finden Sie auf der "
          "[Statusseite](https://status.notabene.example/wawi).\n\n%2\n")
            .arg(patchName, hinweis);
    security.link = s("https://status.notabene.example/wawi");
    security.patches = {
        PatchReference{patchName, patchContent.size(), crypto::sha256(patchContent)}};
    security.issuedAt = at(1, 10);

    return {
        {tseAnnounced, {}},   {paypal, {}},  {fiskal, {}},
        {tseRunning, {}},     {tseDone, {}}, {security, {{patchName, patchContent}}},
        {fiskalFollowUp, {}},
    };
}

} // namespace

QString demoPatchName(const QDate &today)
{
    return QStringLiteral("wawi-sicherheitsupdate-%1.zip")
        .arg(today.toString(QStringLiteral("yyyy-MM")));
}

QByteArray demoPatchContent()
{
    return deterministicBytes(6 * 1024);
}

Result<int> createDemoNotices(Database &db, const dsse::Signer &signer, const QDateTime &now)
{
    NoticeStore store(db);
    int published = 0;
    for (const DemoNotice &demo : demoNotices(now.toUTC())) {
        auto exists = store.exists(demo.notice.id);
        if (!exists)
            return exists.error();
        if (*exists)
            continue;
        auto stored = store.publish(demo.notice, demo.patches, signer);
        if (!stored)
            return stored.error();
        ++published;
    }
    return published;
}

} // namespace nb::server
