// notabene-syncbench: how long the desktop client's sync takes against a real notabene-server.
//
//   notabene-syncbench URL [CONTACTS]
//
// Signs in as the demo company's admin, makes sure the company has CONTACTS (default 1000)
// Ansprechpartner (created through the API), then times, with a fresh OfflineStore in a
// temporary folder: the initial sync (everything fetched and stored) and a re-sync with nothing
// new (one request, GET /api/v1/account answered 304). Prints one line per measurement:
// "name milliseconds requests".
#include "bench/common/countingtransport.h"
#include "client/networktransport.h"
#include "client/offlinestore.h"
#include "client/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace nb::client;

using nb::bench::CountingTransport;

namespace {

ApiResponse call(Transport &transport, const ApiRequest &request)
{
    ApiResponse result;
    QEventLoop loop;
    transport.send(request, [&](const ApiResponse &response) {
        result = response;
        loop.quit();
    });
    loop.exec();
    return result;
}

bool runSync(SyncEngine &engine)
{
    bool ok = false;
    QEventLoop loop;
    auto connection = QObject::connect(&engine, &SyncEngine::finished, &loop, [&](bool result) {
        ok = result;
        loop.quit();
    });
    engine.syncNow();
    loop.exec();
    QObject::disconnect(connection);
    return ok;
}

int fail(const char *what, const ApiResponse &response)
{
    std::fprintf(stderr, "syncbench: %s failed (HTTP %d): %s\n", what, response.status,
                 qPrintable(response.error ? response.error->message : QString()));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: notabene-syncbench URL [CONTACTS]\n");
        return 2;
    }
    const int wanted = args.size() > 2 ? args.at(2).toInt() : 1000;
    QNetworkAccessManager network;
    NetworkTransport transport(&network, QUrl(args.at(1)));

    const QByteArray login =
        QJsonDocument(
            QJsonObject{{QStringLiteral("email"), QStringLiteral("admin@muster-handel.example")},
                        {QStringLiteral("password"), QStringLiteral("demo")}})
            .toJson(QJsonDocument::Compact);
    const ApiResponse session =
        call(transport, {"POST", QStringLiteral("/api/v1/session"), login, {}});
    if (!session.ok())
        return fail("sign-in", session);
    transport.setToken(session.json().value(QStringLiteral("token")).toString().toLatin1());

    const ApiResponse list = call(transport, {"GET", QStringLiteral("/api/v1/contacts"), {}, {}});
    if (!list.ok())
        return fail("listing contacts", list);
    const qsizetype existing = list.json().value(QStringLiteral("contacts")).toArray().size();
    for (qsizetype i = existing; i < wanted; ++i) {
        const QByteArray body =
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("firstName"), QStringLiteral("Bench")},
                    {QStringLiteral("lastName"), QStringLiteral("Kontakt %1").arg(i)},
                    {QStringLiteral("email"),
                     QStringLiteral("bench%1@muster-handel.example").arg(i)},
                    {QStringLiteral("areas"), QJsonArray{QStringLiteral("it-and-technology")}},
                    {QStringLiteral("receivesCriticalInformation"), (i % 3) == 0}})
                .toJson(QJsonDocument::Compact);
        const ApiResponse created =
            call(transport, {"POST", QStringLiteral("/api/v1/contacts"), body, {}});
        if (!created.ok())
            return fail("creating contacts", created);
    }

    QTemporaryDir dir;
    auto store =
        OfflineStore::open(dir.filePath(QStringLiteral("store.sqlite")), QStringLiteral("bench"));
    if (!store) {
        std::fprintf(stderr, "syncbench: %s\n", qPrintable(store.error().message));
        return 1;
    }
    CountingTransport counting(&transport);
    counting.setToken(transport.token());
    SyncEngine engine(store->get(), &counting);

    QElapsedTimer timer;
    timer.start();
    if (!runSync(engine)) {
        std::fprintf(stderr, "syncbench: initial sync failed\n");
        return 1;
    }
    const double initialMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const int initialRequests = counting.count;
    const auto contacts = (*store)->contacts();
    if (!contacts || contacts->size() < wanted) {
        std::fprintf(stderr, "syncbench: the store holds %lld contacts, expected %d\n",
                     contacts ? static_cast<long long>(contacts->size()) : -1LL, wanted);
        return 1;
    }
    std::printf("initial-sync %.1f %d %lld\n", initialMs, initialRequests,
                static_cast<long long>(contacts->size()));

    constexpr int rounds = 20;
    counting.count = 0;
    timer.restart();
    for (int i = 0; i < rounds; ++i) {
        if (!runSync(engine)) {
            std::fprintf(stderr, "syncbench: re-sync failed\n");
            return 1;
        }
    }
    std::printf("no-change-resync %.2f %d\n",
                static_cast<double>(timer.nsecsElapsed()) / 1e6 / rounds, counting.count / rounds);
    return 0;
}
