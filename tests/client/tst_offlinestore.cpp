// The OfflineStore without a server: edits and their outbox entries in one transaction, the
// local view over the server state, local ids of contacts created offline, and a store that
// stays consistent whichever of its accesses fails.
#include "client/domainjson.h"
#include "client/offlinestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace nb::client;

namespace {

Company serverCompany()
{
    Company company;
    company.customerNumber = QStringLiteral("K-1001");
    company.name = QStringLiteral("Muster Handel GmbH");
    company.street = QStringLiteral("Hauptstr. 1");
    company.postcode = QStringLiteral("52070");
    company.city = QStringLiteral("Aachen");
    company.country = QStringLiteral("DE");
    company.primaryContactEmail = QStringLiteral("info@muster-handel.example");
    return company;
}

Contact contact(qint64 id, const QString &first, const QString &last)
{
    Contact c;
    c.id = id;
    c.firstName = first;
    c.lastName = last;
    c.email = first.toLower() + QStringLiteral("@muster-handel.example");
    return c;
}

QByteArray contactTag(qint64 id, int version = 1)
{
    return "\"contact" + QByteArray::number(id) + "-v" + QByteArray::number(version) + '"';
}

// What GET /api/v1/account answers for the seeded company, with these contacts.
AccountSnapshot snapshot(const QList<Contact> &contacts, const QList<QByteArray> &etags)
{
    AccountSnapshot account;
    account.company = serverCompany();
    account.companyEtag = "\"company1-v1\"";
    account.contacts = contacts;
    account.contactEtags = etags;
    for (const QString &category : distributionCategories()) {
        account.categories.append(DistributionList{category, {}, 1});
        account.categoryEtags.append("\"distribution-" + category.toLatin1() + "-1-v1\"");
    }
    return account;
}

// The PRAGMA integrity_check of the file, read through a connection of its own.
QString integrity(const QString &path)
{
    QString result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open");
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
            result = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

} // namespace

class TestOfflineStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void emptyStoreShowsNothing();
    void editChangesViewAndQueuesInOneStep();
    void reopenKeepsEditAndOutbox();
    void offlineContactGetsNegativeIdAndIsRewritten();
    void laterEditsAreBasedOnTheNewEtag();
    void pullDoesNotClobberPendingEdits();
    void invalidEditIsRefusedWithItsField();
    void rejectRestoresServerState();
    void conflictKeepsBothAndResolutionIsQueued();
    void accountEtagAndLastSync();
    void malformedSnapshotIsRefused();
    void brandingKeepsTheMailIdentityOffline();
    void everyFailedAccessLeavesTheStoreConsistent_data();
    void everyFailedAccessLeavesTheStoreConsistent();

private:
    std::unique_ptr<OfflineStore> openStore();
    void seed(OfflineStore &store);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestOfflineStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("store.sqlite"));
}

void TestOfflineStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<OfflineStore> TestOfflineStore::openStore()
{
    auto store = OfflineStore::open(m_path, QStringLiteral("store"));
    if (!store) {
        qWarning("%s", qPrintable(store.error().message));
        return nullptr;
    }
    return std::move(*store);
}

void TestOfflineStore::seed(OfflineStore &store)
{
    QVERIFY(store.storeServerAccount(
        snapshot({contact(1, QStringLiteral("Anna"), QStringLiteral("Berg")),
                  contact(2, QStringLiteral("Ben"), QStringLiteral("Roth"))},
                 {contactTag(1), contactTag(2)}),
        "\"account-1\""));
}

void TestOfflineStore::emptyStoreShowsNothing()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->company().ok());
    QVERIFY(!store->company().value().has_value());
    QCOMPARE(store->contacts().value().size(), 0);
    QCOMPARE(store->distribution().value().size(), distributionCategories().size());
    QCOMPARE(store->pendingChanges().value(), 0);
    QVERIFY(!store->nextOutboxEntry().value().has_value());
    // Nothing to base an edit on yet.
    QCOMPARE(store->saveCompany(serverCompany()).error().code, QStringLiteral("not-loaded"));
}

void TestOfflineStore::editChangesViewAndQueuesInOneStep()
{
    auto store = openStore();
    QVERIFY(store);
    seed(*store);
    Company company = serverCompany();
    company.primaryContactEmail = QStringLiteral("  It@Muster-Handel.example ");
    QSignalSpy changed(store.get(), &OfflineStore::changed);
    QVERIFY(store->saveCompany(company));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store->company().value()->primaryContactEmail,
             QStringLiteral("It@muster-handel.example")); // normalised by the core rules
    QCOMPARE(store->pendingChanges().value(), 1);
    const OutboxEntry entry = *store->nextOutboxEntry().value();
    QCOMPARE(entry.method, QByteArray("PUT"));
    QCOMPARE(entry.path, QStringLiteral("/api/v1/company"));
    QCOMPARE(entry.ifMatch, QByteArray("\"company1-v1\""));
    QCOMPARE(entry.kind, QStringLiteral("company"));
    QCOMPARE(QJsonDocument::fromJson(entry.body)
                 .object()
                 .value(QLatin1String("primaryContactEmail"))
                 .toString(),
             QStringLiteral("It@muster-handel.example"));
    QVERIFY(entry.createdAt.isValid());
}

void TestOfflineStore::reopenKeepsEditAndOutbox()
{
    {
        auto store = openStore();
        QVERIFY(store);
        seed(*store);
        QVERIFY(store->saveDistribution(QStringLiteral("security"),
                                        {QStringLiteral("sec@muster-handel.example")}));
        QVERIFY(store->addContact(contact(0, QStringLiteral("Carla"), QStringLiteral("Neu"))));
    }
    auto store = openStore();
    QVERIFY(store);
    QCOMPARE(store->pendingChanges().value(), 2);
    QCOMPARE(store->distribution().value().first().addresses,
             QStringList{QStringLiteral("sec@muster-handel.example")});
    QCOMPARE(store->contacts().value().size(), 3);
    QCOMPARE(store->contacts().value().last().firstName, QStringLiteral("Carla"));
    QCOMPARE(integrity(m_path), QStringLiteral("ok"));
}

void TestOfflineStore::offlineContactGetsNegativeIdAndIsRewritten()
{
    auto store = openStore();
    QVERIFY(store);
    seed(*store);
    auto added = store->addContact(contact(0, QStringLiteral("Carla"), QStringLiteral("Neu")));
    QVERIFY(added);
    QCOMPARE(added->id, -1);
    auto second = store->addContact(contact(0, QStringLiteral("Dora"), QStringLiteral("Neu")));
    QCOMPARE(second->id, -2);
    Contact edited = *added;
    edited.position = QStringLiteral("CISO");
    QVERIFY(store->updateContact(edited));
    QVERIFY(store->removeContact(-2));
    QCOMPARE(store->pendingChanges().value(), 4);

    const OutboxEntry post = *store->nextOutboxEntry().value();
    QCOMPARE(post.method, QByteArray("POST"));
    QCOMPARE(post.localId, -1);
    QVERIFY(!post.idempotencyKey.isEmpty());
    QJsonObject created = QJsonDocument::fromJson(post.body).object();
    QVERIFY(!created.contains(QStringLiteral("id")));
    created.insert(QStringLiteral("id"), 77);
    QVERIFY(store->completeOutboxEntry(post, created, contactTag(77)));

    // Dora's POST is next, then the edit of Carla, now by her server id and ETag.
    const OutboxEntry postDora = *store->nextOutboxEntry().value();
    QCOMPARE(postDora.localId, -2);
    QJsonObject dora = QJsonDocument::fromJson(postDora.body).object();
    dora.insert(QStringLiteral("id"), 78);
    QVERIFY(store->completeOutboxEntry(postDora, dora, contactTag(78)));
    const OutboxEntry put = *store->nextOutboxEntry().value();
    QCOMPARE(put.method, QByteArray("PUT"));
    QCOMPARE(put.path, QStringLiteral("/api/v1/contacts/77"));
    QCOMPARE(put.ifMatch, contactTag(77));

    QList<Contact> view = store->contacts().value();
    QCOMPARE(view.size(), 3); // Anna, Ben, Carla (77); Dora (78) is deleted locally
    QCOMPARE(view.last().id, 77);
    QCOMPARE(view.last().position, QStringLiteral("CISO")); // the pending edit still shows

    QJsonObject state = QJsonDocument::fromJson(put.body).object();
    state.insert(QStringLiteral("id"), 77);
    QVERIFY(store->completeOutboxEntry(put, state, contactTag(77, 2)));
    const OutboxEntry del = *store->nextOutboxEntry().value();
    QCOMPARE(del.method, QByteArray("DELETE"));
    QCOMPARE(del.path, QStringLiteral("/api/v1/contacts/78"));
    QCOMPARE(del.ifMatch, contactTag(78));
    QVERIFY(store->completeOutboxEntry(del, {}, {}));
    QCOMPARE(store->pendingChanges().value(), 0);
    view = store->contacts().value();
    QCOMPARE(view.size(), 3);
    QCOMPARE(view.last().position, QStringLiteral("CISO"));
    // Completing the same entry twice is harmless.
    QVERIFY(store->completeOutboxEntry(del, {}, {}));
}

void TestOfflineStore::laterEditsAreBasedOnTheNewEtag()
{
    auto store = openStore();
    QVERIFY(store);
    seed(*store);
    Contact anna = contact(1, QStringLiteral("Anna"), QStringLiteral("Berg"));
    anna.position = QStringLiteral("Einkauf");
    QVERIFY(store->updateContact(anna));
    anna.position = QStringLiteral("Leitung Einkauf");
    QVERIFY(store->updateContact(anna));
    const OutboxEntry first = *store->nextOutboxEntry().value();
    QCOMPARE(first.ifMatch, contactTag(1));
    QJsonObject state = QJsonDocument::fromJson(first.body).object();
    state.insert(QStringLiteral("id"), 1);
    QVERIFY(store->completeOutboxEntry(first, state, contactTag(1, 2)));
    const OutboxEntry second = *store->nextOutboxEntry().value();
    QCOMPARE(second.ifMatch, contactTag(1, 2));
    QCOMPARE(store->contacts().value().first().position, QStringLiteral("Leitung Einkauf"));
}

void TestOfflineStore::pullDoesNotClobberPendingEdits()
{
    auto store = openStore();
    QVERIFY(store);
    seed(*store);
    Contact anna = contact(1, QStringLiteral("Anna"), QStringLiteral("Berg"));
    anna.position = QStringLiteral("Mine");
    QVERIFY(store->updateContact(anna));
    QVERIFY(store->removeContact(2));
    Contact theirs = contact(1, QStringLiteral("Anna"), QStringLiteral("Berg"));
    theirs.position = QStringLiteral("Theirs");
    Contact third = contact(3, QStringLiteral("Cem"), QStringLiteral("Ay"));
    QVERIFY(store->storeServerAccount(
        snapshot({theirs, contact(2, QStringLiteral("Ben"), QStringLiteral("Roth")), third},
                 {contactTag(1, 2), contactTag(2), contactTag(3)}),
        "\"account-2\""));
    const QList<Contact> view = store->contacts().value();
    QCOMPARE(view.size(), 2); // Anna (pending edit), Cem; Ben deleted locally
    QCOMPARE(view.at(0).position, QStringLiteral("Mine"));
    QCOMPARE(view.at(1).firstName, QStringLiteral("Cem"));
    QCOMPARE(store->pendingChanges().value(), 2);
    QCOMPARE(store->accountEtag().value(), QByteArray("\"account-2\""));
    // The pending company and Verteiler edits survive a pull that changes both on the server.
    Company company = serverCompany();
    company.phone = QStringLiteral("+49 241 1234");
    QVERIFY(store->saveCompany(company));
    QVERIFY(store->saveDistribution(QStringLiteral("security"),
                                    {QStringLiteral("mine@muster-handel.example")}));
    AccountSnapshot account =
        snapshot({theirs, third}, {contactTag(1, 2), contactTag(3)}); // Ben gone meanwhile
    account.company.city = QStringLiteral("Köln");
    account.companyEtag = "\"company1-v2\"";
    account.categories[0].addresses = {QStringLiteral("theirs@muster-handel.example")};
    account.branding.vendorName = QStringLiteral("JTL");
    QVERIFY(store->storeServerAccount(account, "\"account-3\""));
    QCOMPARE(store->company().value()->phone, QStringLiteral("+49 241 1234"));
    QCOMPARE(store->distribution().value().first().addresses,
             QStringList{QStringLiteral("mine@muster-handel.example")});
    QCOMPARE(store->contacts().value().first().position, QStringLiteral("Mine"));
    QCOMPARE(store->pendingChanges().value(), 4);
    QCOMPARE(store->branding().value()->vendorName, QStringLiteral("JTL"));
    QCOMPARE(store->accountEtag().value(), QByteArray("\"account-3\""));
}

void TestOfflineStore::invalidEditIsRefusedWithItsField()
{
    auto store = openStore();
    QVERIFY(store);
    seed(*store);
    Company company = serverCompany();
    company.primaryContactEmail = QStringLiteral("not an address");
    auto refused = store->saveCompany(company);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("primaryContactEmail"));
    company = serverCompany();
    company.customerNumber = QStringLiteral("K-9999");
    QCOMPARE(store->saveCompany(company).error().field, QStringLiteral("customerNumber"));

    Contact noName = contact(0, QStringLiteral("Carla"), {});
    auto added = store->addContact(noName);
    QVERIFY(!added);
    QCOMPARE(added.error().field, QStringLiteral("lastName"));
    Contact badPhone = contact(1, QStringLiteral("Anna"), QStringLiteral("Berg"));
    badPhone.phone = QStringLiteral("call me");
    QCOMPARE(store->updateContact(badPhone).error().field, QStringLiteral("phone"));
    QCOMPARE(
        store->updateContact(contact(99, QStringLiteral("X"), QStringLiteral("Y"))).error().code,
        QStringLiteral("not-found"));

    auto duplicate = store->saveDistribution(
        QStringLiteral("security"),
        {QStringLiteral("a@muster-handel.example"), QStringLiteral("A@muster-handel.example")});
    QCOMPARE(duplicate.error().field, QStringLiteral("addresses[1]"));
    QCOMPARE(store->saveDistribution(QStringLiteral("nope"), {}).error().field,
             QStringLiteral("category"));

    QCOMPARE(store->pendingChanges().value(), 0);
    QCOMPARE(store->contacts().value().size(), 2);
    QCOMPARE(*store->company().value(), serverCompany());
}

void TestOfflineStore::rejectRestoresServerState()
{
    auto store = openStore();
    QVERIFY(store);
    seed(*store);
    auto added = store->addContact(contact(0, QStringLiteral("Carla"), QStringLiteral("Neu")));
    Contact edited = *added;
    edited.position = QStringLiteral("CISO");
    QVERIFY(store->updateContact(edited));
    QVERIFY(store->removeContact(1));
    const OutboxEntry post = *store->nextOutboxEntry().value();
    QVERIFY(store->rejectOutboxEntry(post, Error{QStringLiteral("validation-failed"),
                                                 QStringLiteral("no"), QStringLiteral("email")}));
    // The edit of the refused contact went with it; the delete of Anna is still queued.
    QCOMPARE(store->pendingChanges().value(), 1);
    QCOMPARE(store->nextOutboxEntry().value()->path, QStringLiteral("/api/v1/contacts/1"));
    const OutboxEntry del = *store->nextOutboxEntry().value();
    QVERIFY(store->rejectOutboxEntry(del, Error{QStringLiteral("not-found"), {}, {}}));
    QCOMPARE(store->pendingChanges().value(), 0);
    const QList<Contact> view = store->contacts().value();
    QCOMPARE(view.size(), 2);
    QCOMPARE(view.first().firstName, QStringLiteral("Anna"));
}

void TestOfflineStore::conflictKeepsBothAndResolutionIsQueued()
{
    auto store = openStore();
    QVERIFY(store);
    seed(*store);
    Contact mine = contact(1, QStringLiteral("Anna"), QStringLiteral("Berg"));
    mine.position = QStringLiteral("Mine");
    QVERIFY(store->updateContact(mine));
    const OutboxEntry put = *store->nextOutboxEntry().value();
    Contact theirs = contact(1, QStringLiteral("Anna"), QStringLiteral("Berg"));
    theirs.position = QStringLiteral("Theirs");
    QJsonObject server = theirs.toJson();
    server.insert(QStringLiteral("etag"), QString::fromLatin1(contactTag(1, 2)));
    QVERIFY(store->conflictOutboxEntry(put, server, contactTag(1, 2)));
    QCOMPARE(store->pendingChanges().value(), 0);
    QList<Conflict> conflicts = store->conflicts().value();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().kind, QStringLiteral("contact"));
    QCOMPARE(conflicts.first().key, QStringLiteral("1"));
    QCOMPARE(conflicts.first().local.value(QLatin1String("position")).toString(),
             QStringLiteral("Mine"));
    QCOMPARE(conflicts.first().server.value(QLatin1String("position")).toString(),
             QStringLiteral("Theirs"));
    QCOMPARE(conflicts.first().serverEtag, contactTag(1, 2));
    // Nothing overwritten meanwhile: the user still sees their value, nothing is pushed.
    QCOMPARE(store->contacts().value().first().position, QStringLiteral("Mine"));

    // An edit while the conflict is open becomes its local side.
    mine.position = QStringLiteral("Mine, again");
    QVERIFY(store->updateContact(mine));
    QCOMPARE(store->pendingChanges().value(), 0);
    conflicts = store->conflicts().value();
    QCOMPARE(conflicts.first().local.value(QLatin1String("position")).toString(),
             QStringLiteral("Mine, again"));

    // Per field: the server's name, the local position.
    QJsonObject chosen = conflicts.first().server;
    chosen.insert(QStringLiteral("position"), QStringLiteral("Chosen"));
    QVERIFY(store->resolveConflict(conflicts.first().id, chosen));
    QCOMPARE(store->conflicts().value().size(), 0);
    const OutboxEntry resolved = *store->nextOutboxEntry().value();
    QCOMPARE(resolved.method, QByteArray("PUT"));
    QCOMPARE(resolved.ifMatch, contactTag(1, 2));
    QCOMPARE(
        QJsonDocument::fromJson(resolved.body).object().value(QLatin1String("position")).toString(),
        QStringLiteral("Chosen"));
    QCOMPARE(store->contacts().value().first().position, QStringLiteral("Chosen"));
}

void TestOfflineStore::accountEtagAndLastSync()
{
    auto store = openStore();
    QVERIFY(store);
    QVERIFY(store->accountEtag().value().isEmpty());
    QVERIFY(!store->branding().value().has_value());
    QVERIFY(!store->lastSync().value().isValid());
    seed(*store);
    QCOMPARE(store->accountEtag().value(), QByteArray("\"account-1\""));
    QVERIFY(store->branding().value() == Branding());
    // A contact's own ETag is the If-Match of its next edit.
    QVERIFY(store->updateContact(contact(2, QStringLiteral("Ben"), QStringLiteral("Roth"))));
    QCOMPARE(store->nextOutboxEntry().value()->ifMatch, contactTag(2));
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
    QVERIFY(store->setLastSync(when));
    QCOMPARE(store->lastSync().value(), when);
}

// A snapshot with any part not in the shape of its representation is not read at all.
void TestOfflineStore::malformedSnapshotIsRefused()
{
    const QJsonObject company = serverCompany().toJson();
    QJsonObject anna = contact(1, QStringLiteral("Anna"), QStringLiteral("Berg")).toJson();
    anna.insert(QStringLiteral("etag"), QString::fromLatin1(contactTag(1)));
    const QJsonObject branding = Branding().toJson();
    const QJsonObject good{{QStringLiteral("company"), company},
                           {QStringLiteral("contacts"), QJsonArray{anna}},
                           {QStringLiteral("categories"), QJsonArray{}},
                           {QStringLiteral("branding"), branding}};
    const auto read = accountFromServer(good);
    QVERIFY(read);
    QCOMPARE(read->contacts.size(), 1);
    QCOMPARE(read->contactEtags, QList<QByteArray>{contactTag(1)});
    QCOMPARE(read->company, serverCompany());

    QJsonObject noId = anna;
    noId.remove(QStringLiteral("id"));
    QJsonObject badColour = branding;
    badColour.insert(QStringLiteral("primaryColor"), QStringLiteral("blue"));
    QJsonObject noName = company;
    noName.remove(QStringLiteral("name"));
    const QList<std::pair<QString, QJsonValue>> broken{
        {QStringLiteral("company"), noName},
        {QStringLiteral("contacts"), QJsonArray{noId}},
        {QStringLiteral("categories"), QJsonArray{QJsonObject{}}},
        {QStringLiteral("branding"), badColour},
        {QStringLiteral("contacts"), QJsonObject{}},
    };
    for (const auto &[key, value] : broken) {
        QJsonObject json = good;
        json.insert(key, value);
        QVERIFY2(!accountFromServer(json), qPrintable(key));
        json.remove(key);
        QVERIFY2(!accountFromServer(json), qPrintable(key));
    }
}

// The vendor's sender and domains (issue 5) come with the branding and stay in the store, so a
// mail check works offline; an older server sends neither; a wrong value is refused like a
// wrong colour.
void TestOfflineStore::brandingKeepsTheMailIdentityOffline()
{
    QJsonObject json = Branding().toJson();
    const auto old = brandingFromServer(json);
    QVERIFY(old);
    QVERIFY(old->mailFrom.isEmpty() && old->domains.isEmpty());
    QVERIFY(vendorIdentity(*old).domains.isEmpty());

    json.insert(QStringLiteral("mailFrom"), QStringLiteral("Pflichtmailing@Notabene.Example"));
    json.insert(QStringLiteral("domains"),
                QJsonArray{QStringLiteral("notabene.example"), QStringLiteral("Bücher.example"),
                           QStringLiteral("notabene.example")});
    const auto read = brandingFromServer(json);
    QVERIFY(read);
    QCOMPARE(read->mailFrom, QStringLiteral("Pflichtmailing@notabene.example"));
    QCOMPARE(read->domains, (QStringList{QStringLiteral("notabene.example"),
                                         QStringLiteral("xn--bcher-kva.example")}));
    const mail::VendorIdentity vendor = vendorIdentity(*read);
    QCOMPARE(vendor.displayName, QStringLiteral("Notabene"));
    QCOMPARE(vendor.fromAddress, QStringLiteral("Pflichtmailing@notabene.example"));
    QCOMPARE(vendor.domains, read->domains);
    Branding senderOnly = *read;
    senderOnly.domains.clear();
    QCOMPARE(vendorIdentity(senderOnly).domains, QStringList{QStringLiteral("notabene.example")});

    for (const auto &[key, value] : QList<std::pair<QString, QJsonValue>>{
             {QStringLiteral("mailFrom"), QStringLiteral("Notabene <x@notabene.example>")},
             {QStringLiteral("mailFrom"), QStringLiteral("x@notabene.example\r\nBcc: y@z.example")},
             {QStringLiteral("mailFrom"), 42},
             {QStringLiteral("domains"), QStringLiteral("notabene.example")},
             {QStringLiteral("domains"), QJsonArray{QStringLiteral("https://notabene.example/")}},
             {QStringLiteral("domains"), QJsonArray{QStringLiteral("localhost")}},
             {QStringLiteral("domains"), QJsonArray{1}}}) {
        QJsonObject bad = json;
        bad.insert(key, value);
        QVERIFY2(
            !brandingFromServer(bad),
            qPrintable(key + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(bad).toJson())));
    }

    // Stored by a pull and read back offline (a reopened store).
    {
        auto store = openStore();
        QVERIFY(store);
        AccountSnapshot account = snapshot({}, {});
        account.branding = *read;
        QVERIFY(store->storeServerAccount(account, "\"account-1\""));
    }
    auto reopened = openStore();
    QVERIFY(reopened);
    QVERIFY(reopened->branding().value() == *read);
}

void TestOfflineStore::everyFailedAccessLeavesTheStoreConsistent_data()
{
    QTest::addColumn<QString>("edit");
    for (const char *edit : {"company", "addContact", "updateContact", "removeContact",
                             "distribution", "complete", "pull"})
        QTest::newRow(edit) << QString::fromLatin1(edit);
}

void TestOfflineStore::everyFailedAccessLeavesTheStoreConsistent()
{
    QFETCH(QString, edit);
    // Each edit once with its i-th access failing, for every i, until it gets through.
    for (int i = 1;; ++i) {
        QVERIFY2(i < 100, "the edit never got through");
        init();
        auto store = openStore();
        QVERIFY(store);
        seed(*store);
        Contact anna = contact(1, QStringLiteral("Anna"), QStringLiteral("Berg"));
        anna.position = QStringLiteral("Pending");
        QVERIFY(store->updateContact(anna));
        const QList<Contact> contactsBefore = store->contacts().value();
        const int pendingBefore = store->pendingChanges().value();

        store->failAccessAfter(i);
        Company company = serverCompany();
        company.primaryContactEmail = QStringLiteral("it@muster-handel.example");
        Contact ben = contact(2, QStringLiteral("Ben"), QStringLiteral("Roth"));
        ben.position = QStringLiteral("Neu");
        Contact theirs = contact(1, QStringLiteral("Anna"), QStringLiteral("Berg"));
        theirs.position = QStringLiteral("Theirs");
        QJsonObject done = anna.toJson();
        int expectedPending = pendingBefore + 1;
        bool ok = false;
        if (edit == QLatin1String("company"))
            ok = store->saveCompany(company).ok();
        else if (edit == QLatin1String("addContact"))
            ok = store->addContact(contact(0, QStringLiteral("Carla"), QStringLiteral("Neu"))).ok();
        else if (edit == QLatin1String("updateContact"))
            ok = store->updateContact(ben).ok();
        else if (edit == QLatin1String("removeContact"))
            ok = store->removeContact(2).ok();
        else if (edit == QLatin1String("distribution"))
            ok = store
                     ->saveDistribution(QStringLiteral("product-news"),
                                        {QStringLiteral("news@muster-handel.example")})
                     .ok();
        else if (edit == QLatin1String("complete")) {
            expectedPending = pendingBefore - 1;
            auto entry = store->nextOutboxEntry();
            ok = entry.ok() && store->completeOutboxEntry(**entry, done, contactTag(1, 2)).ok();
        } else {
            expectedPending = pendingBefore;
            AccountSnapshot account = snapshot({theirs}, {contactTag(1, 2)});
            account.company.city = QStringLiteral("Köln");
            account.branding.vendorName = QStringLiteral("JTL");
            ok = store->storeServerAccount(account, "\"account-2\"").ok();
        }
        store->failAccessAfter(0);

        const int pending = store->pendingChanges().value();
        const QList<Contact> contacts = store->contacts().value();
        if (ok) {
            QCOMPARE(pending, expectedPending);
        } else {
            // Not at all: the store is as before.
            QCOMPARE(pending, pendingBefore);
            QCOMPARE(contacts, contactsBefore);
            QCOMPARE(*store->company().value(), serverCompany());
            // A pull: nothing of the snapshot, not even the parts before the failing access.
            QCOMPARE(store->accountEtag().value(), QByteArray("\"account-1\""));
            QVERIFY(store->branding().value() == Branding());
        }
        store.reset();
        QCOMPARE(integrity(m_path), QStringLiteral("ok"));
        // Still usable after reopening.
        store = openStore();
        QVERIFY(store);
        QCOMPARE(store->pendingChanges().value(), ok ? expectedPending : pendingBefore);
        if (ok)
            break;
    }
}

QTEST_GUILESS_MAIN(TestOfflineStore)
#include "tst_offlinestore.moc"
