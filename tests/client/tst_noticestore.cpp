// The NoticeStore without a server: the feed stored byte for byte and verified again on every
// read, the inbox reads (filters, full-text search, threads), the acknowledgements and reads
// queued offline (also the reads of a store from before the read queue), a hand-edited row,
// replayed feeds and key lists, and a store that stays consistent whichever of its accesses fails.
#include "client/noticestore.h"
#include "noticevendor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace nb::client;
using namespace nbtest;

namespace {

QString integrity(const QString &path)
{
    QString result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                result = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

// Runs `sql` on the store's file through a second connection (a user editing it by hand).
bool editFile(const QString &path, const QString &sql, const QVariantList &bindings)
{
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("by-hand"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(sql);
            for (const QVariant &value : bindings)
                query.addBindValue(value);
            ok = query.exec() && query.numRowsAffected() > 0;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("by-hand"));
    return ok;
}

// Runs each statement on the store's file through a second connection; false on the first that
// fails (with a warning).
bool execOnFile(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("by-script"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (!ok || !query.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                ok = false;
                break;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("by-script"));
    return ok;
}

// The seed's examples: a Fiskal update with a deadline and its follow-ups, a PayPal change, a
// maintenance window of the Cloud-TSE.
QList<Notice> seedNotices()
{
    Notice fiskal = NoticeVendor::notice(
        1, QStringLiteral("DRINGEND: Update des Fiskal-Connectors bis 01.08."));
    fiskal.id = QStringLiteral("2026-0001");
    fiskal.severity = NoticeSeverity::Urgent;
    fiskal.actBy = QDate(2026, 8, 1);
    fiskal.body = QStringLiteral("Das Update behebt eine Sicherheitslücke im Connector.");
    Notice paypal = NoticeVendor::notice(2, QStringLiteral("Wichtige Änderungen an PayPal PLUS"));
    paypal.id = QStringLiteral("2026-0002");
    paypal.products = {QStringLiteral("shop")};
    paypal.category = QStringLiteral("billing-and-contracts");
    paypal.body = QStringLiteral("PayPal PLUS wird eingestellt; bitte wechseln Sie die Zahlart.");
    Notice tse =
        NoticeVendor::notice(3, QStringLiteral("Wartungsfenster 4. Mai // Ausfälle Cloud-TSE"));
    tse.id = QStringLiteral("2026-0003");
    tse.products = {QStringLiteral("tse"), QStringLiteral("fiskal")};
    tse.category = QStringLiteral("maintenance-and-outages");
    tse.severity = NoticeSeverity::Info;
    Notice progress = NoticeVendor::notice(4, QStringLiteral("Update des Fiskal-Connectors: "
                                                             "Verteilung läuft"));
    progress.id = QStringLiteral("2026-0004");
    progress.followUpOf = fiskal.id;
    progress.status = NoticeStatus::InProgress;
    progress.actBy = fiskal.actBy;
    Notice resolved = NoticeVendor::notice(5, QStringLiteral("Update des Fiskal-Connectors: "
                                                             "abgeschlossen"));
    resolved.id = QStringLiteral("2026-0005");
    resolved.followUpOf = progress.id;
    resolved.status = NoticeStatus::Resolved;
    return {fiskal, paypal, tse, progress, resolved};
}

template <typename T> QString why(const Result<T> &result)
{
    return result ? QString() : result.error().code + QStringLiteral(": ") + result.error().message;
}

QStringList ids(const QList<NoticeRow> &rows)
{
    QStringList list;
    for (const NoticeRow &row : rows)
        list.append(row.id);
    return list;
}

} // namespace

class TestNoticeStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void storesEnvelopesByteForByteAndVerifies();
    void inboxIsNewestFirstWithPaging();
    void filtersAndSearch();
    void threadsAndThreadStatus();
    void unreadAndAcknowledgements();
    void readsAreQueuedOnceForTheServer();
    void readsOfAnOlderStoreAreQueued();
    void handEditedRowShowsInvalidSignature();
    void handEditedKeyListIsNotTrusted();
    void feedRollbackIsRejectedAndNothingStored();
    void malformedEnvelopeIsRejected();
    void noKeyListMeansUnverified();
    void keyListRotationAndRollback();
    void everyFailedAccessLeavesTheStoreConsistent_data();
    void everyFailedAccessLeavesTheStoreConsistent();

private:
    std::unique_ptr<NoticeStore> openStore();
    // A store with the shipped roots' key list and the seed notices.
    std::unique_ptr<NoticeStore> seededStore();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<NoticeVendor> m_vendor;
};

void TestNoticeStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("notices.sqlite"));
    m_vendor = std::make_unique<NoticeVendor>();
}

void TestNoticeStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<NoticeStore> TestNoticeStore::openStore()
{
    auto store = NoticeStore::open(m_path, QStringLiteral("notices-test"));
    if (!store) {
        qWarning("%s", qPrintable(store.error().message));
        return {};
    }
    (*store)->setTrustedRoots(m_vendor->roots());
    return std::move(*store);
}

std::unique_ptr<NoticeStore> TestNoticeStore::seededStore()
{
    auto store = openStore();
    if (!store)
        return {};
    if (Status keys = store->updateKeyLists(m_vendor->chain(), m_vendor->roots()); !keys) {
        qWarning("%s", qPrintable(keys.error().message));
        return {};
    }
    auto stored = store->storeFeedPage(m_vendor->signAll(seedNotices()));
    if (!stored) {
        qWarning("%s", qPrintable(stored.error().message));
        return {};
    }
    return store;
}

void TestNoticeStore::storesEnvelopesByteForByteAndVerifies()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->updateKeyLists(m_vendor->chain(), m_vendor->roots()));
    QCOMPARE(store->keyLists().value().size(), 1);
    QCOMPARE(store->latestSequence().value(), 0);
    const QList<FeedItem> items = m_vendor->signAll(seedNotices());
    QSignalSpy arrived(store.get(), &NoticeStore::noticesArrived);
    auto stored = store->storeFeedPage(items);
    QVERIFY2(stored, qPrintable(why(stored)));
    QCOMPARE(ids(*stored), (QStringList{QStringLiteral("2026-0001"), QStringLiteral("2026-0002"),
                                        QStringLiteral("2026-0003"), QStringLiteral("2026-0004"),
                                        QStringLiteral("2026-0005")}));
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(store->latestSequence().value(), 5);

    const auto fiskal = store->notice(QStringLiteral("2026-0001")).value();
    QVERIFY(fiskal);
    QCOMPARE(fiskal->envelope, items.first().envelope); // byte for byte
    QCOMPARE(fiskal->row.subject,
             QStringLiteral("DRINGEND: Update des Fiskal-Connectors bis 01.08."));
    QCOMPARE(fiskal->row.severity, NoticeSeverity::Urgent);
    QCOMPARE(fiskal->row.actBy, QDate(2026, 8, 1));
    QCOMPARE(fiskal->row.products, QStringList{QStringLiteral("fiskal")});
    QVERIFY(!fiskal->row.read);
    const NoticeVerification verification = store->verify(fiskal->envelope);
    QCOMPARE(verification.state, VerificationState::Verified);
    QCOMPARE(verification.keyId, m_vendor->signingKeyId());
    QVERIFY(verification.notice);
    QCOMPARE(verification.notice->body,
             QStringLiteral("Das Update behebt eine Sicherheitslücke im Connector."));
    QVERIFY(!store->notice(QStringLiteral("2026-0099")).value());

    // Still there, still verified, after reopening (offline).
    store.reset();
    store = openStore();
    QVERIFY(store);
    QCOMPARE(store->count({}).value(), 5);
    QCOMPARE(store->verify(store->notice(QStringLiteral("2026-0003")).value()->envelope).state,
             VerificationState::Verified);
}

void TestNoticeStore::inboxIsNewestFirstWithPaging()
{
    auto store = seededStore();
    QVERIFY(store);
    QCOMPARE(store->count({}).value(), 5);
    QCOMPARE(ids(store->rows({}, 0, 2).value()),
             (QStringList{QStringLiteral("2026-0005"), QStringLiteral("2026-0004")}));
    QCOMPARE(ids(store->rows({}, 2, 2).value()),
             (QStringList{QStringLiteral("2026-0003"), QStringLiteral("2026-0002")}));
    QCOMPARE(ids(store->rows({}, 4, 10).value()), QStringList{QStringLiteral("2026-0001")});
    QVERIFY(store->rows({}, 5, 10).value().isEmpty());
}

void TestNoticeStore::filtersAndSearch()
{
    auto store = seededStore();
    QVERIFY(store);
    NoticeFilter fiskal;
    fiskal.product = QStringLiteral("fiskal");
    QCOMPARE(store->count(fiskal).value(), 4); // the TSE notice names fiskal too
    NoticeFilter shop;
    shop.product = QStringLiteral("shop");
    QCOMPARE(ids(store->rows(shop, 0, 10).value()), QStringList{QStringLiteral("2026-0002")});
    NoticeFilter maintenance;
    maintenance.category = QStringLiteral("maintenance-and-outages");
    QCOMPARE(ids(store->rows(maintenance, 0, 10).value()),
             QStringList{QStringLiteral("2026-0003")});

    NoticeFilter search;
    search.text = QStringLiteral("paypal");
    QCOMPARE(ids(store->rows(search, 0, 10).value()), QStringList{QStringLiteral("2026-0002")});
    search.text = QStringLiteral("Sicherheits"); // a prefix, in the body only
    QCOMPARE(ids(store->rows(search, 0, 10).value()), QStringList{QStringLiteral("2026-0001")});
    search.text = QStringLiteral("fiskal connectors");
    QCOMPARE(store->count(search).value(), 3);
    search.text = QStringLiteral("wartungsfenster ausfälle");
    QCOMPARE(ids(store->rows(search, 0, 10).value()), QStringList{QStringLiteral("2026-0003")});
    search.text = QStringLiteral("nirgendwo");
    QCOMPARE(store->count(search).value(), 0);
    // FTS syntax typed by a user is searched for, never an error.
    for (const char *odd : {"\"", "AND OR NOT", "*", "(paypal", "a:b", "NEAR(", "%_\\"}) {
        search.text = QString::fromLatin1(odd);
        QVERIFY2(store->count(search).ok(), odd);
        QVERIFY2(store->rows(search, 0, 10).ok(), odd);
    }
    search.text = QStringLiteral("  ");
    QCOMPARE(store->count(search).value(), 5);

    // Combined: product and text.
    search.text = QStringLiteral("update");
    search.product = QStringLiteral("shop");
    QCOMPARE(store->count(search).value(), 0);
}

void TestNoticeStore::threadsAndThreadStatus()
{
    auto store = seededStore();
    QVERIFY(store);
    const QStringList thread{QStringLiteral("2026-0001"), QStringLiteral("2026-0004"),
                             QStringLiteral("2026-0005")};
    QCOMPARE(ids(store->thread(QStringLiteral("2026-0001")).value()), thread);
    QCOMPARE(ids(store->thread(QStringLiteral("2026-0005")).value()), thread);
    QCOMPARE(ids(store->thread(QStringLiteral("2026-0002")).value()),
             QStringList{QStringLiteral("2026-0002")});
    QCOMPARE(store->thread(QStringLiteral("nope")).error().code, QStringLiteral("not-found"));
    const NoticeRow root = store->notice(QStringLiteral("2026-0001")).value()->row;
    QCOMPARE(root.status, NoticeStatus::Announced);
    QCOMPARE(root.threadStatus, NoticeStatus::Resolved);
    QCOMPARE(store->notice(QStringLiteral("2026-0002")).value()->row.threadStatus,
             NoticeStatus::Announced);

    // Action required: not acknowledged, thread not resolved, urgent or with an act-by. The
    // Fiskal thread is resolved; a new urgent notice needs action.
    NoticeFilter action;
    action.actionRequired = true;
    QCOMPARE(store->count(action).value(), 0);
    Notice patch = NoticeVendor::notice(6, QStringLiteral("Sicherheitspatch für den Shop"));
    patch.severity = NoticeSeverity::Urgent;
    QVERIFY(store->storeFeedPage({m_vendor->sign(patch)}));
    QCOMPARE(ids(store->rows(action, 0, 10).value()), QStringList{patch.id});
    QVERIFY(store->acknowledge(patch.id, QDateTime::currentDateTimeUtc()));
    QCOMPARE(store->count(action).value(), 0);

    // A follow-up that arrives in a later page joins the thread and moves its status.
    Notice reopened = NoticeVendor::notice(7, QStringLiteral("Update des Fiskal-Connectors: "
                                                             "erneut nötig"));
    reopened.followUpOf = QStringLiteral("2026-0005");
    reopened.severity = NoticeSeverity::Urgent;
    QVERIFY(store->storeFeedPage({m_vendor->sign(reopened)}));
    QCOMPARE(store->thread(QStringLiteral("2026-0001")).value().size(), 4);
    QCOMPARE(store->notice(QStringLiteral("2026-0001")).value()->row.threadStatus,
             NoticeStatus::Announced);
}

void TestNoticeStore::unreadAndAcknowledgements()
{
    auto store = seededStore();
    QVERIFY(store);
    QCOMPARE(store->unreadCount().value(), 5);
    QSignalSpy changed(store.get(), &NoticeStore::changed);
    QVERIFY(store->markRead(QStringLiteral("2026-0002")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store->unreadCount().value(), 4);
    NoticeFilter unread;
    unread.unreadOnly = true;
    QVERIFY(!ids(store->rows(unread, 0, 10).value()).contains(QStringLiteral("2026-0002")));
    QVERIFY(store->markRead(QStringLiteral("2026-0002"), false));
    QCOMPARE(store->unreadCount().value(), 5);
    QCOMPARE(store->markRead(QStringLiteral("nope")).error().code, QStringLiteral("not-found"));

    // "Zur Kenntnis genommen" offline: stored at once, queued in order.
    const QDateTime first = QDateTime(QDate(2026, 7, 21), QTime(9, 0), Qt::UTC);
    QVERIFY(store->acknowledge(QStringLiteral("2026-0003"), first));
    QVERIFY(store->acknowledge(QStringLiteral("2026-0001"), first.addSecs(60)));
    QVERIFY(
        store->acknowledge(QStringLiteral("2026-0003"), first.addSecs(120))); // the first counts
    QCOMPARE(store->pendingAcknowledgements().value(),
             (QStringList{QStringLiteral("2026-0003"), QStringLiteral("2026-0001")}));
    auto tse = store->notice(QStringLiteral("2026-0003")).value();
    QVERIFY(tse->row.acknowledged);
    QVERIFY(tse->row.read);
    QVERIFY(tse->acknowledgementPending);
    QCOMPARE(*tse->acknowledgedAt, first);
    QCOMPARE(store->acknowledge(QStringLiteral("nope"), first).error().code,
             QStringLiteral("not-found"));

    // Survives a restart.
    store.reset();
    store = openStore();
    QCOMPARE(store->pendingAcknowledgements().value().size(), 2);

    const QDateTime serverTime = first.addSecs(300);
    QVERIFY(store->acknowledgementPushed(QStringLiteral("2026-0003"), serverTime));
    tse = store->notice(QStringLiteral("2026-0003")).value();
    QVERIFY(!tse->acknowledgementPending);
    QCOMPARE(*tse->acknowledgedAt, serverTime);
    QVERIFY(store->acknowledgementRejected(QStringLiteral("2026-0001")));
    QVERIFY(store->pendingAcknowledgements().value().isEmpty());
    QVERIFY(!store->notice(QStringLiteral("2026-0001")).value()->row.acknowledged);
}

void TestNoticeStore::readsAreQueuedOnceForTheServer()
{
    auto store = seededStore();
    QVERIFY(store);
    QVERIFY(store->pendingReads().value().isEmpty());
    const QString paypal = QStringLiteral("2026-0002");
    const QString tse = QStringLiteral("2026-0003");

    // Opened in the app: queued; marked unread again: still queued (the server keeps the read).
    QVERIFY(store->markRead(paypal));
    QCOMPARE(store->pendingReads().value(), QStringList{paypal});
    QVERIFY(store->markRead(paypal, false));
    QCOMPARE(store->pendingReads().value(), QStringList{paypal});
    QCOMPARE(store->unreadCount().value(), 5);
    // "Zur Kenntnis genommen" marks the notice read: its read is queued too, in feed order.
    QVERIFY(store->acknowledge(tse, QDateTime::currentDateTimeUtc()));
    QCOMPARE(store->pendingReads().value(), (QStringList{paypal, tse}));

    // Survives a restart.
    store.reset();
    store = openStore();
    QVERIFY(store);
    QCOMPARE(store->pendingReads().value(), (QStringList{paypal, tse}));

    // Pushed: no longer pending, and never queued again, whatever the user marks.
    QSignalSpy changed(store.get(), &NoticeStore::changed);
    QVERIFY(store->readSettled(paypal));
    QCOMPARE(changed.size(), 0); // nothing the inbox shows changed
    QCOMPARE(store->pendingReads().value(), QStringList{tse});
    QVERIFY(store->markRead(paypal));
    QVERIFY(store->markRead(paypal, false));
    QVERIFY(store->markRead(paypal));
    QVERIFY(store->notice(paypal).value()->row.read);
    QCOMPARE(store->pendingReads().value(), QStringList{tse});
    QVERIFY(store->readSettled(QStringLiteral("nope"))); // unknown ids are ignored
    QVERIFY(store->readSettled(tse));
    QVERIFY(store->pendingReads().value().isEmpty());
    // The acknowledgement is a queue of its own.
    QCOMPARE(store->pendingAcknowledgements().value(), QStringList{tse});
}

void TestNoticeStore::readsOfAnOlderStoreAreQueued()
{
    auto store = seededStore();
    QVERIFY(store);
    QVERIFY(store->markRead(QStringLiteral("2026-0001")));
    QVERIFY(store->markRead(QStringLiteral("2026-0004")));
    QVERIFY(store->readSettled(QStringLiteral("2026-0004")));
    store.reset();
    // The file as the version before the read queue wrote it (schema version 1).
    QVERIFY(execOnFile(m_path, {QStringLiteral("DROP INDEX notices_read_push"),
                                QStringLiteral("ALTER TABLE notices DROP COLUMN read_push"),
                                QStringLiteral("PRAGMA user_version = 1")}));

    // Opened by this version: every notice read before is pushed once.
    store = openStore();
    QVERIFY(store);
    QCOMPARE(store->pendingReads().value(),
             (QStringList{QStringLiteral("2026-0001"), QStringLiteral("2026-0004")}));
    QCOMPARE(store->unreadCount().value(), 3);
    QCOMPARE(store->count({}).value(), 5);
}

void TestNoticeStore::handEditedRowShowsInvalidSignature()
{
    auto store = seededStore();
    QVERIFY(store);
    const QByteArray original = store->notice(QStringLiteral("2026-0002")).value()->envelope;
    // The payload altered, the signature kept: "PayPal PLUS" becomes a phishing link.
    QJsonObject envelope = QJsonDocument::fromJson(original).object();
    QByteArray payload =
        QByteArray::fromBase64(envelope.value(QStringLiteral("payload")).toString().toLatin1());
    QVERIFY(payload.contains("Zahlart"));
    payload.replace("Zahlart", "Bank-Daten unter http://evil.example");
    envelope.insert(QStringLiteral("payload"), QString::fromLatin1(payload.toBase64()));
    const QByteArray edited = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    store.reset();
    QVERIFY(editFile(m_path, QStringLiteral("UPDATE notices SET envelope = ? WHERE id = ?"),
                     {edited, QStringLiteral("2026-0002")}));

    store = openStore();
    const auto stored = store->notice(QStringLiteral("2026-0002")).value();
    QCOMPARE(stored->envelope, edited);
    const NoticeVerification verification = store->verify(stored->envelope);
    QCOMPARE(verification.state, VerificationState::Invalid);
    QVERIFY(!verification.notice); // nothing of the altered content is shown
    QVERIFY(!verification.reason.isEmpty());
    // The others are untouched.
    QCOMPARE(store->verify(store->notice(QStringLiteral("2026-0001")).value()->envelope).state,
             VerificationState::Verified);

    // A flipped bit in the stored signature is caught as well.
    QJsonObject flipped = QJsonDocument::fromJson(original).object();
    QJsonArray signatures = flipped.value(QStringLiteral("signatures")).toArray();
    QJsonObject signature = signatures.first().toObject();
    QByteArray sig =
        QByteArray::fromBase64(signature.value(QStringLiteral("sig")).toString().toLatin1());
    sig[10] = char(sig[10] ^ 0x01);
    signature.insert(QStringLiteral("sig"), QString::fromLatin1(sig.toBase64()));
    signatures[0] = signature;
    flipped.insert(QStringLiteral("signatures"), signatures);
    QCOMPARE(store->verify(QJsonDocument(flipped).toJson(QJsonDocument::Compact)).state,
             VerificationState::Invalid);
}

void TestNoticeStore::handEditedKeyListIsNotTrusted()
{
    auto store = seededStore();
    QVERIFY(store);
    // Someone swaps the stored key list for one signed by their own root: it does not chain
    // to the shipped roots, so nothing verifies any more (and nothing forged would).
    NoticeVendor attacker;
    store.reset();
    QVERIFY(editFile(m_path, QStringLiteral("UPDATE key_lists SET envelope = ? WHERE version = 1"),
                     {attacker.chain().first().toJson()}));
    store = openStore();
    QVERIFY(!store->keyLists());
    const auto forged = attacker.sign(NoticeVendor::notice(9));
    QVERIFY(store->verify(forged.envelope).state != VerificationState::Verified);
    QVERIFY(store->verify(store->notice(QStringLiteral("2026-0001")).value()->envelope).state !=
            VerificationState::Verified);
}

void TestNoticeStore::feedRollbackIsRejectedAndNothingStored()
{
    auto store = seededStore();
    QVERIFY(store);
    QSignalSpy arrived(store.get(), &NoticeStore::noticesArrived);
    // An older sequence, the same one again, and a valid notice followed by an old one.
    const QList<QList<FeedItem>> pages{
        {m_vendor->sign(NoticeVendor::notice(3, QStringLiteral("Alt")))},
        {m_vendor->sign(NoticeVendor::notice(5, QStringLiteral("Gleich")))},
        {m_vendor->sign(NoticeVendor::notice(6)), m_vendor->sign(NoticeVendor::notice(4))},
    };
    for (const QList<FeedItem> &page : pages) {
        auto stored = store->storeFeedPage(page);
        QVERIFY(!stored);
        QCOMPARE(stored.error().code, QStringLiteral("feed-rollback"));
        QVERIFY(!stored.error().message.isEmpty());
        QCOMPARE(store->latestSequence().value(), 5);
        QCOMPARE(store->count({}).value(), 5);
    }
    // A replayed notice presented under a new feed position: its signed payload names 2.
    FeedItem replayed = m_vendor->sign(seedNotices().at(1));
    replayed.sequence = 8;
    auto stored = store->storeFeedPage({replayed});
    QCOMPARE(stored.error().code, QStringLiteral("feed-rollback"));
    // The same id signed again with a new sequence is not a new notice either.
    Notice again = seedNotices().at(1);
    again.sequence = 9;
    stored = store->storeFeedPage({m_vendor->sign(again)});
    QCOMPARE(stored.error().code, QStringLiteral("feed-rollback"));
    QCOMPARE(store->count({}).value(), 5);
    QCOMPARE(arrived.size(), 0);
}

void TestNoticeStore::malformedEnvelopeIsRejected()
{
    auto store = seededStore();
    QVERIFY(store);
    const FeedItem good = m_vendor->sign(NoticeVendor::notice(6));
    const QList<FeedItem> bad{
        {7, QByteArrayLiteral("{\"payloadType\": 1}")},
        {7, QByteArrayLiteral("not json")},
        {7, dsse::signEnvelope("text/plain", "hello", {}).toJson()},
        {7, dsse::signEnvelope(noticePayloadType, "{\"id\": \"x\"}", {}).toJson()},
    };
    for (const FeedItem &item : bad) {
        auto stored = store->storeFeedPage({good, item});
        QVERIFY(!stored);
        QCOMPARE(stored.error().code, QStringLiteral("malformed-notice"));
        QCOMPARE(store->latestSequence().value(), 5); // not even the good one
    }
    // A well-formed notice whose signature fails is kept and shows as invalid.
    QJsonObject envelope = QJsonDocument::fromJson(good.envelope).object();
    QJsonArray signatures = envelope.value(QStringLiteral("signatures")).toArray();
    QJsonObject signature = signatures.first().toObject();
    signature.insert(QStringLiteral("sig"), QString::fromLatin1(QByteArray(64, 'x').toBase64()));
    signatures[0] = signature;
    envelope.insert(QStringLiteral("signatures"), signatures);
    const FeedItem broken{6, QJsonDocument(envelope).toJson(QJsonDocument::Compact)};
    QVERIFY(store->storeFeedPage({broken}));
    QCOMPARE(store->verify(store->notice(QStringLiteral("N-6")).value()->envelope).state,
             VerificationState::Invalid);
}

void TestNoticeStore::noKeyListMeansUnverified()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->storeFeedPage(m_vendor->signAll(seedNotices())));
    QCOMPARE(store->verify(store->notice(QStringLiteral("2026-0001")).value()->envelope).state,
             VerificationState::Unverified);
    // A key list signed by someone else's root is refused and nothing is stored.
    NoticeVendor other;
    const Status refused = store->updateKeyLists(other.chain(), m_vendor->roots());
    QVERIFY(!refused);
    QVERIFY(store->keyLists().value().isEmpty());
    QCOMPARE(store->verify(store->notice(QStringLiteral("2026-0001")).value()->envelope).state,
             VerificationState::Unverified);
}

void TestNoticeStore::keyListRotationAndRollback()
{
    auto store = seededStore();
    QVERIFY(store);
    const QByteArray oldKeyId = m_vendor->signingKeyId();
    m_vendor->rotate();
    m_vendor->rotate();
    QCOMPARE(m_vendor->chain().size(), 3);
    QVERIFY(store->updateKeyLists(m_vendor->chain(), m_vendor->roots()));
    QCOMPARE(store->keyLists().value().size(), 3);
    QCOMPARE(store->keyLists().value().constLast().version, 3);
    // Notices of the new key verify; the old ones stay verified (routine rotation).
    QVERIFY(store->storeFeedPage({m_vendor->sign(NoticeVendor::notice(6))}));
    const NoticeVerification fresh =
        store->verify(store->notice(QStringLiteral("N-6")).value()->envelope);
    QCOMPARE(fresh.state, VerificationState::Verified);
    QCOMPARE(fresh.keyId, m_vendor->signingKeyId());
    QVERIFY(fresh.keyId != oldKeyId);
    // The same chain again changes nothing.
    QVERIFY(store->updateKeyLists(m_vendor->chain(), m_vendor->roots()));
    QCOMPARE(store->keyLists().value().size(), 3);

    // A server that offers only older versions: rollback, the stored lists stay.
    const Status rolledBack = store->updateKeyLists(m_vendor->chain().mid(0, 2), m_vendor->roots());
    QVERIFY(!rolledBack);
    QCOMPARE(rolledBack.error().code, QStringLiteral("key-list-rollback"));
    QVERIFY(!rolledBack.error().message.isEmpty());
    QCOMPARE(store->keyLists().value().size(), 3);

    // A version jump (4 missing, 5 offered) is refused too.
    NoticeVendor &vendor = *m_vendor;
    vendor.rotate();
    vendor.rotate();
    QList<dsse::Envelope> gap = vendor.chain();
    gap.removeAt(3);
    QVERIFY(!store->updateKeyLists(gap, vendor.roots()));
    QCOMPARE(store->keyLists().value().size(), 3);
    // Reopened: the chain is checked from the roots again and holds.
    store.reset();
    store = openStore();
    QCOMPARE(store->keyLists().value().size(), 3);
}

void TestNoticeStore::everyFailedAccessLeavesTheStoreConsistent_data()
{
    QTest::addColumn<QString>("operation");
    for (const char *operation :
         {"storeFeedPage", "updateKeyLists", "acknowledge", "pushed", "markRead", "refresh"})
        QTest::newRow(operation) << QString::fromLatin1(operation);
}

void TestNoticeStore::everyFailedAccessLeavesTheStoreConsistent()
{
    QFETCH(QString, operation);
    for (int i = 1; i < 60; ++i) {
        init();
        auto store = seededStore();
        QVERIFY(store);
        QVERIFY(store->acknowledge(QStringLiteral("2026-0002"), QDateTime::currentDateTimeUtc()));
        m_vendor->rotate();
        const QList<FeedItem> page{
            m_vendor->sign(NoticeVendor::notice(6, QStringLiteral("Zusatzmeldung sechs"))),
            m_vendor->sign(NoticeVendor::notice(7, QStringLiteral("Zusatzmeldung sieben")))};

        store->failAccessAfter(i);
        bool ok = false;
        if (operation == QLatin1String("storeFeedPage"))
            ok = store->storeFeedPage(page).ok();
        else if (operation == QLatin1String("updateKeyLists"))
            ok = store->updateKeyLists(m_vendor->chain(), m_vendor->roots()).ok();
        else if (operation == QLatin1String("acknowledge"))
            ok = store->acknowledge(QStringLiteral("2026-0001"), QDateTime::currentDateTimeUtc())
                     .ok();
        else if (operation == QLatin1String("pushed"))
            ok = store
                     ->acknowledgementPushed(QStringLiteral("2026-0002"),
                                             QDateTime::currentDateTimeUtc())
                     .ok();
        else if (operation == QLatin1String("markRead"))
            ok = store->markRead(QStringLiteral("2026-0003")).ok();
        else
            ok = store->setLastRefresh(QDateTime::currentDateTimeUtc()).ok();
        store->failAccessAfter(0);
        store.reset();
        QCOMPARE(integrity(m_path), QStringLiteral("ok"));

        store = openStore();
        QVERIFY(store);
        const int count = store->count({}).value();
        const int keyLists = int(store->keyLists().value().size());
        const QStringList pending = store->pendingAcknowledgements().value();
        const int unread = store->unreadCount().value();
        if (operation == QLatin1String("storeFeedPage")) {
            QCOMPARE(count, ok ? 7 : 5); // the whole page or nothing
            QCOMPARE(store->latestSequence().value(), ok ? 7 : 5);
            NoticeFilter search;
            search.text = QStringLiteral("zusatz");
            QCOMPARE(store->count(search).value(), ok ? 2 : 0);
        } else if (operation == QLatin1String("updateKeyLists")) {
            QCOMPARE(keyLists, ok ? 2 : 1);
        } else if (operation == QLatin1String("acknowledge")) {
            QCOMPARE(pending.size(), ok ? 2 : 1);
            QCOMPARE(store->notice(QStringLiteral("2026-0001")).value()->row.acknowledged, ok);
        } else if (operation == QLatin1String("pushed")) {
            QCOMPARE(pending.size(), ok ? 0 : 1);
        } else if (operation == QLatin1String("markRead")) {
            QCOMPARE(unread, ok ? 3 : 4);
            // The read and its place in the queue are stored together, or neither.
            QCOMPARE(store->pendingReads().value().contains(QStringLiteral("2026-0003")), ok);
        } else {
            QCOMPARE(store->lastRefresh().value().isValid(), ok);
        }
        store.reset();
        if (ok)
            return;
    }
    QFAIL("the operation never succeeded");
}

QTEST_GUILESS_MAIN(TestNoticeStore)
#include "tst_noticestore.moc"
