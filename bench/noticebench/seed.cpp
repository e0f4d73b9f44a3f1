// notabene-noticeseed: publishes COUNT signed notices for the demo company's products into a
// notabene-server database, through the server's own publishing code (sequence, validation,
// signing), as the setup of the notice sync benchmark.
//
//   notabene-noticeseed DB_URL KEY_DIR COUNT
#include "core/crypto.h"
#include "core/distribution.h"
#include "core/notice.h"
#include "server/keys/keystore.h"
#include "server/storage/database.h"
#include "server/storage/noticestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>

using namespace nb;

namespace {

const char body[] =
    "Sehr geehrte Damen und Herren,\n\n"
    "für die **Warenwirtschaft** steht ein Update bereit. Bitte installieren Sie es bis zum "
    "genannten Datum. Das Update erhalten Sie ausschließlich im Kundencenter oder in Notabene, "
    "niemals als Anhang einer E-Mail.\n\n"
    "- Sicherheitskorrekturen\n- Anpassungen an geänderte Vorgaben\n- Fehlerbehebungen\n\n"
    "Fragen beantwortet unser Support über ein Support-Ticket. Den aktuellen Stand finden Sie "
    "unter https://status.example/wawi.\n";

int fail(const QString &what)
{
    std::fprintf(stderr, "noticeseed: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: notabene-noticeseed DB_URL KEY_DIR COUNT\n");
        return 2;
    }
    if (!crypto::initialize())
        return fail(QStringLiteral("libsodium does not initialise"));
    auto url = server::parseDatabaseUrl(args.at(1));
    if (!url)
        return fail(url.error().message);
    auto db = server::Database::open(*url, QStringLiteral("seed"));
    if (!db)
        return fail(db.error().message);
    auto folder = server::keys::loadKeyFolder(args.at(2));
    if (!folder)
        return fail(folder.error().message);
    auto signer = server::keys::publishingSigner(*folder);
    if (!signer)
        return fail(signer.error().message);

    server::NoticeStore store(**db);
    const int count = args.at(3).toInt();
    const QStringList &categories = distributionCategories();
    const QDate today = QDate::currentDate();
    for (int i = 0; i < count; ++i) {
        Notice notice;
        notice.id = QStringLiteral("bench-%1").arg(i, 6, 10, QLatin1Char('0'));
        notice.products = {QStringLiteral("wawi")};
        notice.category = categories.at(i % categories.size());
        notice.severity = static_cast<NoticeSeverity>(i % 3);
        notice.subject = QStringLiteral("Update der Warenwirtschaft Nr. %1 bis %2")
                             .arg(i)
                             .arg(today.addDays(30 + i % 60).toString(QStringLiteral("dd.MM.")));
        notice.body = QString::fromUtf8(body);
        notice.actBy = today.addDays(30 + i % 60);
        notice.status = NoticeStatus::Announced;
        notice.link = QStringLiteral("https://status.example/wawi");
        auto published = store.publish(notice, {}, *signer);
        if (!published)
            return fail(published.error().message);
    }
    std::printf("published %d\n", count);
    return 0;
}
