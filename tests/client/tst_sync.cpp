// The SyncEngine against the real notabene-server on loopback: offline edits reach the server
// exactly once, whatever fails on the way (the network through FaultTransport, the local
// database through OfflineStore::failAccessAfter); one 304 for a sync with nothing new; 412 as a
// Conflict; 401 as SignedOut with the outbox kept.
#include "apiclient.h"
#include "client/networktransport.h"
#include "client/offlinestore.h"
#include "client/syncengine.h"
#include "faulttransport.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace nb::client;
using namespace nbtest;
using Fault = FaultTransport::Fault;

namespace {

// One desktop client: its own store file, transport and engine.
struct Client
{
    Client(const ServerProcess &server, const QByteArray &token)
        : network(&manager, server.url())
        , faults(&network)
    {
        network.setTimeoutMs(10000);
        faults.setHangMs(150);
        faults.setToken(token);
        auto opened = OfflineStore::open(dir.filePath(QStringLiteral("store.sqlite")),
                                         QStringLiteral("sync-client"));
        if (opened)
            store = std::move(*opened);
        else
            qWarning("%s", qPrintable(opened.error().message));
        engine = std::make_unique<SyncEngine>(store.get(), &faults);
    }

    // One sync run; its result.
    bool sync()
    {
        QSignalSpy finished(engine.get(), &SyncEngine::finished);
        engine->syncNow();
        if (!finished.wait(20000))
            return false;
        return finished.first().first().toBool();
    }

    // Syncs until a run goes through with nothing left to push (a few runs at most).
    bool settle()
    {
        for (int run = 0; run < 6; ++run) {
            if (sync() && store->pendingChanges().value() == 0)
                return true;
        }
        return false;
    }

    QTemporaryDir dir;
    QNetworkAccessManager manager;
    NetworkTransport network;
    FaultTransport faults;
    std::unique_ptr<OfflineStore> store;
    std::unique_ptr<SyncEngine> engine;
};

QJsonArray serverContacts(ApiClient &api)
{
    return api.get(QStringLiteral("/api/v1/contacts"))
        .json()
        .value(QLatin1String("contacts"))
        .toArray();
}

// The server's contacts named `lastName` (read through the API, past the client).
QList<QJsonObject> contactsNamed(ApiClient &api, const QString &lastName)
{
    QList<QJsonObject> found;
    for (const QJsonValue &value : serverContacts(api)) {
        if (value.toObject().value(QLatin1String("lastName")).toString() == lastName)
            found.append(value.toObject());
    }
    return found;
}

Contact newContact(const QString &firstName, const QString &lastName)
{
    Contact contact;
    contact.firstName = firstName;
    contact.lastName = lastName;
    contact.email = firstName.toLower() + QLatin1Char('.') + lastName.toLower() +
                    QStringLiteral("@muster-handel.example");
    return contact;
}

// The offline edits of a run, told apart from other runs by `tag`: the Erstkontakt, a new
// contact and an edit of it, the delete of a contact, a Verteiler change.
struct Scenario
{
    QString tag;
    qint64 doomedId = 0;

    QString erstkontakt() const { return QStringLiteral("erst-%1@muster-handel.example").arg(tag); }
    QString security() const { return QStringLiteral("sec-%1@muster-handel.example").arg(tag); }
    QString position() const { return QStringLiteral("Position %1").arg(tag); }
    QString doomedName() const { return QStringLiteral("Weg%1").arg(tag); }
};

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void offlineEditsReachTheServerOnce();
    void everyFailedStoreAccessConverges();
    void everyNetworkFaultAtEveryRequestConverges_data();
    void everyNetworkFaultAtEveryRequestConverges();
    void noChangeResyncIsOne304();
    void brandingIsStoredBySync();
    void malformedBrandingIsFetchedAgain();
    void staleEditBecomesConflictAndResolutionIsPushed();
    void editOfContactDeletedElsewhereIsRejected();
    void revokedSessionSignsOutAndKeepsOutbox();
    void automaticModeRetriesWithBackoff();

private:
    // Creates the contact to delete (through the API), syncs `client` once cleanly.
    bool prepare(Client &client, Scenario &scenario);
    void makeEdits(Client &client, const Scenario &scenario);
    void verifyServer(const Scenario &scenario);
    // Deletes the scenario's new contact through the API: the next run sees as many as before.
    void removeCreated(const Scenario &scenario);

    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_api;
    int m_runs = 0;
};

void TestSync::initTestCase()
{
    NB_START_SERVER(m_server);
    m_api = std::make_unique<ApiClient>(m_server);
    NB_SIGN_IN(*m_api, demo::musterAdmin);
}

bool TestSync::prepare(Client &client, Scenario &scenario)
{
    scenario.tag = QStringLiteral("r%1").arg(++m_runs);
    const Contact doomed = newContact(QStringLiteral("Alt"), scenario.doomedName());
    QJsonObject body = doomed.toJson();
    body.remove(QStringLiteral("id"));
    const Reply created = m_api->post(QStringLiteral("/api/v1/contacts"), toJson(body));
    if (created.status != 201) {
        qWarning("%s", qPrintable(created.describe()));
        return false;
    }
    scenario.doomedId = created.json().value(QLatin1String("id")).toInteger();
    return client.store && client.sync();
}

void TestSync::makeEdits(Client &client, const Scenario &scenario)
{
    OfflineStore &store = *client.store;
    Company company = *store.company().value();
    company.primaryContactEmail = scenario.erstkontakt();
    QVERIFY(store.saveCompany(company));
    auto added = store.addContact(newContact(QStringLiteral("Neu"), scenario.tag));
    QVERIFY(added);
    QVERIFY(added->id < 0);
    Contact edited = *added;
    edited.position = scenario.position();
    QVERIFY(store.updateContact(edited));
    QVERIFY(store.removeContact(scenario.doomedId));
    QVERIFY(store.saveDistribution(QStringLiteral("security"), {scenario.security()}));
    QCOMPARE(store.pendingChanges().value(), 5);
}

void TestSync::verifyServer(const Scenario &scenario)
{
    const Reply company = m_api->get(QStringLiteral("/api/v1/company"));
    QCOMPARE(company.json().value(QLatin1String("primaryContactEmail")).toString(),
             scenario.erstkontakt());
    const QList<QJsonObject> created = contactsNamed(*m_api, scenario.tag);
    QCOMPARE(created.size(), 1); // exactly once
    QCOMPARE(created.first().value(QLatin1String("position")).toString(), scenario.position());
    QCOMPARE(contactsNamed(*m_api, scenario.doomedName()).size(), 0);
    const Reply security = m_api->get(QStringLiteral("/api/v1/distribution/security"));
    QCOMPARE(security.json().value(QLatin1String("addresses")).toArray(),
             QJsonArray{scenario.security()});
}

void TestSync::removeCreated(const Scenario &scenario)
{
    for (const QJsonObject &contact : contactsNamed(*m_api, scenario.tag)) {
        const QString path = QStringLiteral("/api/v1/contacts/%1")
                                 .arg(contact.value(QLatin1String("id")).toInteger());
        NB_VERIFY_STATUS(
            m_api->del(path,
                       {{"If-Match", contact.value(QLatin1String("etag")).toString().toLatin1()}}),
            204);
    }
}

void TestSync::offlineEditsReachTheServerOnce()
{
    Client client(m_server, m_api->token());
    Scenario scenario;
    QVERIFY(prepare(client, scenario));
    QVERIFY(client.engine->lastSync().isValid());
    makeEdits(client, scenario);
    QSignalSpy progress(client.engine.get(), &SyncEngine::progress);
    QSignalSpy states(client.engine.get(), &SyncEngine::stateChanged);
    QVERIFY(client.sync());
    QCOMPARE(client.engine->state(), SyncEngine::State::Idle);
    QCOMPARE(client.store->pendingChanges().value(), 0);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 5);
    QCOMPARE(progress.last().at(1).toInt(), 5);
    QCOMPARE(states.first().first().value<SyncEngine::State>(), SyncEngine::State::Syncing);
    verifyServer(scenario);
    // The local view is the server's now, with the new contact under its server id.
    const QList<Contact> contacts = client.store->contacts().value();
    const auto mine = std::find_if(contacts.begin(), contacts.end(),
                                   [&](const Contact &c) { return c.lastName == scenario.tag; });
    QVERIFY(mine != contacts.end());
    QVERIFY(mine->id > 0);
    QCOMPARE(mine->position, scenario.position());
    // What went out: the pushes in order, each with its precondition or key.
    const auto &log = client.faults.log();
    // (the first is the pull of prepare(): GET /api/v1/account)
    QCOMPARE(log.at(0).path, QStringLiteral("/api/v1/account"));
    QCOMPARE(log.at(1).method, QByteArray("PUT"));
    QCOMPARE(log.at(2).method, QByteArray("POST"));
    QVERIFY(std::any_of(log.at(2).headers.begin(), log.at(2).headers.end(),
                        [](const auto &h) { return h.first == "Idempotency-Key"; }));
    QCOMPARE(log.at(3).path, QStringLiteral("/api/v1/contacts/%1").arg(mine->id));
    // Then the one pull.
    QCOMPARE(log.size(), 7);
    QCOMPARE(log.last().method, QByteArray("GET"));
    QCOMPARE(log.last().path, QStringLiteral("/api/v1/account"));
}

void TestSync::everyNetworkFaultAtEveryRequestConverges_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("request");
    // A sync of the scenario: 5 pushes, then 1 GET of the account (and one more GET after a 412).
    for (Fault fault : {Fault::Drop, Fault::Hang, Fault::ServerError, Fault::Malformed,
                        Fault::PreconditionFailed, Fault::LostAnswer}) {
        for (int request = 1; request <= 7; ++request) {
            QTest::addRow("%s at %d", faultName(fault), request) << int(fault) << request;
        }
    }
}

void TestSync::everyNetworkFaultAtEveryRequestConverges()
{
    QFETCH(int, fault);
    QFETCH(int, request);
    Client client(m_server, m_api->token());
    Scenario scenario;
    QVERIFY(prepare(client, scenario));
    makeEdits(client, scenario);
    client.faults.failRequest(request, Fault(fault));
    client.sync();
    client.faults.clearFaults();
    QVERIFY(client.settle());
    QCOMPARE(client.store->conflicts().value().size(), 0);
    verifyServer(scenario);
}

void TestSync::noChangeResyncIsOne304()
{
    Client client(m_server, m_api->token());
    Scenario scenario;
    QVERIFY(prepare(client, scenario));
    makeEdits(client, scenario);
    QVERIFY(client.settle());
    client.faults.clearLog();
    QVERIFY(client.sync());
    const auto &log = client.faults.log();
    QCOMPARE(log.size(), 1); // the account snapshot: company, contacts, Verteiler, branding
    QCOMPARE(log.first().method, QByteArray("GET"));
    QCOMPARE(log.first().path, QStringLiteral("/api/v1/account"));
    QCOMPARE(log.first().status, 304);
    const QByteArray stored = client.store->accountEtag().value();
    QVERIFY(!stored.isEmpty());
    QVERIFY(std::any_of(log.first().headers.begin(), log.first().headers.end(), [&](const auto &h) {
        return h.first == "If-None-Match" && h.second == stored;
    }));
}

// The vendor's branding arrives with the first sync's account snapshot, whose ETag is the
// If-None-Match of the next one.
void TestSync::brandingIsStoredBySync()
{
    Client client(m_server, m_api->token());
    QVERIFY(client.store);
    QVERIFY(!client.store->branding().value().has_value());
    QVERIFY(client.sync());
    const auto branding = client.store->branding();
    QVERIFY(branding && branding->has_value());
    QCOMPARE((*branding)->vendorName, QStringLiteral("Notabene"));
    QCOMPARE((*branding)->primaryColor, QStringLiteral("#0B5CAD"));
    QCOMPARE((*branding)->accentColor, QStringLiteral("#E8A317"));
    // The vendor's mail identity, for checking received mails offline (issue 5).
    QCOMPARE((*branding)->mailFrom, QStringLiteral("pflichtmailing@notabene.example"));
    QCOMPARE((*branding)->domains, QStringList{QStringLiteral("notabene.example")});
    const Reply served = m_api->get(QStringLiteral("/api/v1/account"));
    QCOMPARE(client.store->accountEtag().value(), served.header("ETag"));

    client.faults.clearLog();
    QVERIFY(client.sync());
    const auto &log = client.faults.log();
    const auto sent = std::find_if(log.begin(), log.end(), [](const auto &exchange) {
        return exchange.path == QLatin1String("/api/v1/account");
    });
    QVERIFY(sent != log.end());
    QCOMPARE(sent->status, 304);
    QVERIFY(std::any_of(sent->headers.begin(), sent->headers.end(), [&](const auto &h) {
        return h.first == "If-None-Match" && h.second == served.header("ETag");
    }));
}

// A malformed snapshot fails the run (Offline, retried) and stores nothing of it; the next run
// converges.
void TestSync::malformedBrandingIsFetchedAgain()
{
    Client client(m_server, m_api->token());
    QVERIFY(client.store);
    client.faults.failMatching(QStringLiteral("^GET /api/v1/account$"), Fault::Malformed);
    QVERIFY(!client.sync());
    QCOMPARE(client.engine->state(), SyncEngine::State::Offline);
    QVERIFY(!client.store->branding().value().has_value());
    QVERIFY(!client.store->company().value().has_value());
    QVERIFY(client.store->contacts().value().isEmpty());
    QVERIFY(client.store->accountEtag().value().isEmpty());
    QVERIFY(!client.engine->lastSync().isValid());
    QVERIFY(client.sync());
    Branding served;
    served.mailFrom = QStringLiteral("pflichtmailing@notabene.example");
    served.domains = {QStringLiteral("notabene.example")};
    QVERIFY(client.store->branding().value() == served);
    QVERIFY(client.store->company().value().has_value());
    QVERIFY(!client.store->accountEtag().value().isEmpty());
}

void TestSync::staleEditBecomesConflictAndResolutionIsPushed()
{
    Client client(m_server, m_api->token());
    Scenario scenario;
    QVERIFY(prepare(client, scenario));
    const QString path = QStringLiteral("/api/v1/contacts/%1").arg(scenario.doomedId);

    // Offline here, the position becomes "Mine"; meanwhile another client sets "Theirs".
    Contact mine = newContact(QStringLiteral("Alt"), scenario.doomedName());
    mine.id = scenario.doomedId;
    mine.position = QStringLiteral("Mine");
    QVERIFY(client.store->updateContact(mine));
    const Reply current = m_api->get(path);
    QJsonObject theirs = current.json();
    theirs.remove(QStringLiteral("id"));
    theirs.remove(QStringLiteral("etag"));
    theirs.insert(QStringLiteral("position"), QStringLiteral("Theirs"));
    NB_VERIFY_STATUS(m_api->put(path, toJson(theirs), {{"If-Match", current.header("ETag")}}), 200);

    QSignalSpy conflictsFound(client.engine.get(), &SyncEngine::conflictsFound);
    QVERIFY(client.sync());
    QCOMPARE(conflictsFound.size(), 1);
    QCOMPARE(conflictsFound.first().first().toInt(), 1);
    const QList<Conflict> conflicts = client.store->conflicts().value();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().local.value(QLatin1String("position")).toString(),
             QStringLiteral("Mine"));
    QCOMPARE(conflicts.first().server.value(QLatin1String("position")).toString(),
             QStringLiteral("Theirs"));
    // Nothing overwritten silently.
    QCOMPARE(m_api->get(path).json().value(QLatin1String("position")).toString(),
             QStringLiteral("Theirs"));

    QVERIFY(client.store->resolveConflict(conflicts.first().id, conflicts.first().local));
    QVERIFY(client.settle());
    QCOMPARE(client.store->conflicts().value().size(), 0);
    QCOMPARE(m_api->get(path).json().value(QLatin1String("position")).toString(),
             QStringLiteral("Mine"));
}

void TestSync::everyFailedStoreAccessConverges()
{
    for (int access = 1;; ++access) {
        QVERIFY2(access < 400, "the sync never got through");
        Client client(m_server, m_api->token());
        Scenario scenario;
        QVERIFY(prepare(client, scenario));
        makeEdits(client, scenario);
        client.store->failAccessAfter(access);
        const bool cleanRun = client.sync();
        client.store->failAccessAfter(0);
        QVERIFY2(client.settle(), qPrintable(QStringLiteral("access %1").arg(access)));
        verifyServer(scenario);
        if (QTest::currentTestFailed()) {
            qWarning("failed with store access %d failing", access);
            return;
        }
        removeCreated(scenario); // the same number of accesses for the next run
        if (cleanRun)
            break; // the sync made fewer accesses than `access`: every one has failed once
    }
}

void TestSync::editOfContactDeletedElsewhereIsRejected()
{
    Client client(m_server, m_api->token());
    Scenario scenario;
    QVERIFY(prepare(client, scenario));
    const QString path = QStringLiteral("/api/v1/contacts/%1").arg(scenario.doomedId);
    Contact mine = newContact(QStringLiteral("Alt"), scenario.doomedName());
    mine.id = scenario.doomedId;
    mine.position = QStringLiteral("Mine");
    QVERIFY(client.store->updateContact(mine));
    QVERIFY(client.store->saveDistribution(QStringLiteral("security"), {scenario.security()}));
    const Reply current = m_api->get(path);
    NB_VERIFY_STATUS(m_api->del(path, {{"If-Match", current.header("ETag")}}), 204);

    QSignalSpy rejected(client.engine.get(), &SyncEngine::rejected);
    QVERIFY(client.sync());
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().first().value<Error>().code, QStringLiteral("not-found"));
    // The refused edit is gone, the local view follows the server; the next edit still went out.
    QCOMPARE(client.store->pendingChanges().value(), 0);
    const QList<Contact> contacts = client.store->contacts().value();
    QVERIFY(std::none_of(contacts.begin(), contacts.end(),
                         [&](const Contact &c) { return c.id == scenario.doomedId; }));
    QCOMPARE(m_api->get(QStringLiteral("/api/v1/distribution/security"))
                 .json()
                 .value(QLatin1String("addresses"))
                 .toArray(),
             QJsonArray{scenario.security()});
}

void TestSync::revokedSessionSignsOutAndKeepsOutbox()
{
    ApiClient other(m_server);
    NB_SIGN_IN(other, demo::musterAdmin);
    Client client(m_server, other.token());
    Scenario scenario;
    QVERIFY(prepare(client, scenario));
    makeEdits(client, scenario);
    NB_VERIFY_STATUS(other.del(QStringLiteral("/api/v1/session")), 204);

    QSignalSpy expired(client.engine.get(), &SyncEngine::sessionExpired);
    QVERIFY(!client.sync());
    QCOMPARE(expired.size(), 1);
    QCOMPARE(client.engine->state(), SyncEngine::State::SignedOut);
    QCOMPARE(client.store->pendingChanges().value(), 5);
    QCOMPARE(client.store->conflicts().value().size(), 0);

    // Signed in again: everything goes out.
    client.faults.setToken(m_api->token());
    QVERIFY(client.settle());
    verifyServer(scenario);
}

void TestSync::automaticModeRetriesWithBackoff()
{
    Client client(m_server, m_api->token());
    Scenario scenario;
    QVERIFY(prepare(client, scenario));
    makeEdits(client, scenario);
    client.faults.failMatching(QStringLiteral("."), Fault::Drop, 3);
    QSignalSpy finished(client.engine.get(), &SyncEngine::finished);
    QSignalSpy states(client.engine.get(), &SyncEngine::stateChanged);
    client.engine->setAutomatic(true, 60000, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.last().first().toBool(), 10000);
    QCOMPARE(finished.size(), 4); // three dropped runs, then one through
    QVERIFY(std::any_of(states.begin(), states.end(), [](const QVariantList &args) {
        return args.first().value<SyncEngine::State>() == SyncEngine::State::Offline;
    }));
    QCOMPARE(client.store->pendingChanges().value(), 0);
    verifyServer(scenario);

    // A local edit starts the next run by itself.
    Company company = *client.store->company().value();
    company.phone = QStringLiteral("+49 241 555");
    QVERIFY(client.store->saveCompany(company));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, 10000);
    QCOMPARE(m_api->get(QStringLiteral("/api/v1/company"))
                 .json()
                 .value(QLatin1String("phone"))
                 .toString(),
             QStringLiteral("+49 241 555"));
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
