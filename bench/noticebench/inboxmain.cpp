// notabene-inboxbench: the "Wichtige Hinweise" inbox with COUNT cached notices: time from
// creating the page to its first painted list, and the memory that adds.
//
//   notabene-inboxbench DATA_DIR [COUNT]
//
// DATA_DIR keeps the signed notices between runs (created, untimed, on the first run). Prints
// "first-paint MS" and "memory-growth KIB".
#include "client/noticestore.h"
#include "client/offlinestore.h"
#include "core/crypto.h"
#include "core/dsse.h"
#include "core/keylist.h"
#include "core/notice.h"
#include "ui/noticespage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTreeView>
#include <cstdio>

using namespace nb;
using namespace nb::client;

namespace {

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

int fail(const QString &what)
{
    std::fprintf(stderr, "inboxbench: %s\n", qPrintable(what));
    return 1;
}

// Signs COUNT notices with a fresh vendor key and stores them, with the key list that verifies
// them (its root passed as the shipped root).
Status fill(NoticeStore &store, int count)
{
    const signing::KeyPair root = signing::generateKeyPair();
    const signing::KeyPair signer = signing::generateKeyPair();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    KeyList list;
    list.version = 1;
    list.expires = now.addDays(365);
    list.rootKeys = {root.publicKey};
    list.signingKeys = {{signer.publicKey, now.addDays(365)}};
    const dsse::Envelope listEnvelope = dsse::signEnvelope(keyListPayloadType, list.toPayload(),
                                                           {{root.publicKey, root.secretKey}});
    if (auto stored = store.updateKeyLists({listEnvelope}, {root.publicKey}); !stored)
        return stored.error();
    const QStringList products{QStringLiteral("wawi"), QStringLiteral("fiskal"),
                               QStringLiteral("cloud-tse"), QStringLiteral("paypal")};
    QList<FeedItem> page;
    for (int i = 1; i <= count; ++i) {
        Notice notice;
        notice.id = QStringLiteral("inbox-%1").arg(i);
        notice.sequence = i;
        notice.products = {products.at(i % products.size())};
        notice.category = QStringLiteral("updates-and-technical-changes");
        notice.severity = static_cast<NoticeSeverity>(i % 3);
        notice.subject = QStringLiteral("Update Nr. %1 der Warenwirtschaft bis 01.08.").arg(i);
        notice.body = QStringLiteral("Bitte installieren Sie das Update Nr. %1 über das "
                                     "Kundencenter. Fragen beantwortet der Support.")
                          .arg(i);
        notice.actBy = now.date().addDays(i % 90);
        notice.issuedAt = now.addSecs(-count + i);
        notice.issuedAt.setTime(QTime(notice.issuedAt.time().hour(),
                                      notice.issuedAt.time().minute(),
                                      notice.issuedAt.time().second()));
        const dsse::Envelope envelope = dsse::signEnvelope(noticePayloadType, notice.toPayload(),
                                                           {{signer.publicKey, signer.secretKey}});
        page.append({i, envelope.toJson()});
        if (page.size() == 5000 || i == count) {
            if (auto stored = store.storeFeedPage(page); !stored)
                return stored.error();
            page.clear();
        }
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: notabene-inboxbench DATA_DIR [COUNT]\n");
        return 2;
    }
    crypto::initialize();
    const QDir dir(args.at(1));
    const int count = args.size() > 2 ? args.at(2).toInt() : 100000;
    auto account = OfflineStore::open(dir.filePath(QStringLiteral("account.sqlite")),
                                      QStringLiteral("account"));
    auto notices = NoticeStore::open(dir.filePath(QStringLiteral("notices.sqlite")),
                                     QStringLiteral("notices"));
    if (!account || !notices)
        return fail(QStringLiteral("cannot open the stores"));
    const auto stored = (*notices)->count({});
    if (!stored)
        return fail(stored.error().message);
    if (*stored < count) {
        if (*stored > 0)
            return fail(QStringLiteral("DATA_DIR holds a different number of notices"));
        std::fprintf(stderr, "inboxbench: signing and storing %d notices (once)…\n", count);
        if (auto filled = fill(**notices, count); !filled)
            return fail(filled.error().message);
    }

    const long before = rssKiB();
    QElapsedTimer timer;
    timer.start();
    ui::NoticeServices services;
    services.store = notices->get();
    ui::NoticesPage page(account->get(), services);
    page.resize(1200, 800);
    auto *list = page.findChild<QTreeView *>(QStringLiteral("noticeList"));
    if (!list)
        return fail(QStringLiteral("the page has no noticeList"));
    struct PaintWatch : QObject
    {
        qint64 paintedAtNs = -1;
        QElapsedTimer *timer = nullptr;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && paintedAtNs < 0) {
                paintedAtNs = timer->nsecsElapsed();
                QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
            }
            return false;
        }
    } watch;
    watch.timer = &timer;
    list->viewport()->installEventFilter(&watch);
    page.show();
    app.exec();
    const long after = rssKiB();
    std::printf("first-paint %.1f\n", static_cast<double>(watch.paintedAtNs) / 1e6);
    std::printf("memory-growth %ld\n", after - before);
    std::printf("rows %d of %d\n", page.model()->rowCount(), *stored);
    return 0;
}
