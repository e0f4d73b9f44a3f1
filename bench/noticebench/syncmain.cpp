// notabene-noticesyncbench: the desktop client's initial notice sync against a real
// notabene-server: every page fetched, every signature verified, every notice stored.
//
//   notabene-noticesyncbench URL ROOTS_JSON STORE_FILE
//
// Signs in as the demo company's admin and runs the notice part of the sync (key list, feed) with
// a fresh NoticeStore at STORE_FILE (which it leaves behind for the floor measurement), then a
// poll with nothing new. Prints "name milliseconds requests" lines and "stored N verified M".
#include "bench/common/countingtransport.h"
#include "client/networktransport.h"
#include "client/noticestore.h"
#include "client/offlinestore.h"
#include "client/syncengine.h"
#include "client/trustedroots.h"
#include "core/crypto.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <cstdio>

using namespace nb;
using namespace nb::client;

using nb::bench::CountingTransport;

namespace {

bool poll(SyncEngine &engine)
{
    bool ok = false;
    QEventLoop loop;
    auto connection = QObject::connect(&engine, &SyncEngine::finished, &loop, [&](bool result) {
        ok = result;
        loop.quit();
    });
    engine.pollNotices();
    loop.exec();
    QObject::disconnect(connection);
    return ok;
}

int fail(const QString &what)
{
    std::fprintf(stderr, "noticesyncbench: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: notabene-noticesyncbench URL ROOTS_JSON STORE_FILE\n");
        return 2;
    }
    crypto::initialize();
    QFile rootsFile(args.at(2));
    if (!rootsFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read ") + args.at(2));
    auto roots = parseTrustedRoots(rootsFile.readAll());
    if (!roots)
        return fail(roots.error().message);

    QNetworkAccessManager network;
    NetworkTransport networkTransport(&network, QUrl(args.at(1)));
    CountingTransport transport(&networkTransport);
    const QByteArray login =
        QJsonDocument(
            QJsonObject{{QStringLiteral("email"), QStringLiteral("admin@muster-handel.example")},
                        {QStringLiteral("password"), QStringLiteral("demo")}})
            .toJson(QJsonDocument::Compact);
    ApiResponse session;
    {
        QEventLoop loop;
        transport.send({"POST", QStringLiteral("/api/v1/session"), login, {}},
                       [&](const ApiResponse &response) {
                           session = response;
                           loop.quit();
                       });
        loop.exec();
    }
    if (!session.ok())
        return fail(QStringLiteral("sign-in failed"));
    transport.setToken(session.json().value(QStringLiteral("token")).toString().toLatin1());

    QTemporaryDir dir;
    auto account = OfflineStore::open(dir.filePath(QStringLiteral("account.sqlite")),
                                      QStringLiteral("account"));
    auto notices = NoticeStore::open(args.at(3), QStringLiteral("notices"));
    if (!account || !notices)
        return fail(QStringLiteral("cannot open the stores"));
    SyncEngine engine(account->get(), notices->get(), *roots, &transport);

    transport.count = 0;
    QElapsedTimer timer;
    timer.start();
    if (!poll(engine))
        return fail(QStringLiteral("the initial notice sync failed"));
    const double initialMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const int initialRequests = transport.count;

    transport.count = 0;
    timer.restart();
    if (!poll(engine))
        return fail(QStringLiteral("the re-poll failed"));
    const double repollMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    const auto count = (*notices)->count({});
    const int stored = count ? *count : -1;
    int verified = 0;
    const auto rows = (*notices)->rows({}, 0, stored);
    for (const NoticeRow &row : rows ? *rows : QList<NoticeRow>{}) {
        const auto notice = (*notices)->notice(row.id);
        if (notice && *notice &&
            (*notices)->verify((*notice)->envelope).state == VerificationState::Verified)
            ++verified;
    }
    std::printf("initial-sync %.1f %d\n", initialMs, initialRequests);
    std::printf("no-change-poll %.2f %d\n", repollMs, transport.count);
    std::printf("stored %d verified %d\n", stored, verified);
    return stored > 0 && verified == stored ? 0 : 1;
}
