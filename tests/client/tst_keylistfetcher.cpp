// The KeyListFetcher against the real notabene-server on loopback (keys init, demo-data --keys,
// serve --keys; the NoticeServer fixture of the notice sync tests): the first fetch stores the key
// list verified from the server's roots and the vendor's branding; the next one is two 304s that
// change nothing; offline the stored data stays; a forged key list, one signed by keys this client
// does not ship and an older chain replayed after a rotation are refused and what was stored stays;
// a server without keys is no error; a second fetch while one runs joins it; a customer's store
// keeps the branding its account pull brought.
#include "apiclient.h"
#include "client/branding.h"
#include "client/domainjson.h"
#include "client/keylistfetcher.h"
#include "noticeserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <functional>

using namespace nb;
using namespace nb::client;
using namespace nbtest;
using Outcome = KeyListFetcher::Outcome;

namespace {

const QString keysPath = QStringLiteral("/api/v1/keys");
const QString brandingPath = QStringLiteral("/api/v1/branding");

ApiResponse jsonAnswer(int status, const QJsonObject &json)
{
    ApiResponse response;
    response.status = status;
    response.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    response.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return response;
}

// `envelope` (a key list's DSSE envelope as JSON) with its payload changed by `change` and its
// signature kept: what someone between server and client would send to slip in a key.
QJsonObject tampered(QJsonObject envelope, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject payload =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(envelope.value(QStringLiteral("payload")).toString().toLatin1()))
            .object();
    change(payload);
    envelope.insert(
        QStringLiteral("payload"),
        QString::fromLatin1(QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64()));
    return envelope;
}

// A key list payload with a signing key of the attacker's added.
void addAttackerKey(QJsonObject &payload)
{
    QJsonArray signers = payload.value(QStringLiteral("signingKeys")).toArray();
    QJsonObject extra = signers.first().toObject();
    const signing::KeyPair attacker = signing::generateKeyPair();
    extra.insert(QStringLiteral("keyid"), QString::fromLatin1(attacker.publicKey.keyId()));
    extra.insert(QStringLiteral("publicKey"),
                 QString::fromLatin1(attacker.publicKey.bytes.toBase64()));
    signers.append(extra);
    payload.insert(QStringLiteral("signingKeys"), signers);
}

// Replaces the server's key lists (a 200 of GET /api/v1/keys) with `edit` of them.
RewritingTransport::Rule keyListsRule(std::function<QJsonArray(QJsonArray)> edit)
{
    return [edit = std::move(edit)](const ApiRequest &request,
                                    const ApiResponse &answer) -> std::optional<ApiResponse> {
        if (request.path != keysPath || answer.status != 200)
            return std::nullopt;
        QJsonObject json = QJsonDocument::fromJson(answer.body).object();
        json.insert(QStringLiteral("keyLists"),
                    edit(json.value(QStringLiteral("keyLists")).toArray()));
        return jsonAnswer(200, json);
    };
}

// One fetch run; its outcome and status.
struct Fetched
{
    bool ended = false;
    Outcome outcome = Outcome::NotModified;
    Status status;
};

Fetched runFetch(KeyListFetcher &fetcher)
{
    Fetched result;
    fetcher.fetch([&](Outcome outcome, const Status &status) {
        result.ended = true;
        result.outcome = outcome;
        result.status = status;
    });
    result.ended = QTest::qWaitFor([&] { return result.ended; }, 20000);
    return result;
}

QString describe(const Fetched &fetched)
{
    return QStringLiteral("ended %1, outcome %2, %3: %4")
        .arg(fetched.ended)
        .arg(int(fetched.outcome))
        .arg(fetched.status ? QString() : fetched.status.error().code,
             fetched.status ? QString() : fetched.status.error().message);
}

// The key ids of the signing keys in `lists`.
QList<QByteArray> signingKeyIds(const QList<KeyList> &lists)
{
    QList<QByteArray> ids;
    for (const KeyList &list : lists) {
        for (const SigningKeyEntry &entry : list.signingKeys)
            ids.append(entry.key.keyId());
    }
    return ids;
}

} // namespace

class TestKeyListFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstFetchStoresTheVerifiedListAndTheBranding();
    void secondFetchIsTwo304s();
    void offlineTheStoredDataStays();
    void forgedKeyListIsRefusedAndTheStoredOneStays();
    void forgedFirstListStoresNothing();
    void listOfOtherRootsIsRefused();
    void serverWithoutKeysIsNoError();
    void secondCallJoinsTheRunningFetch();
    void accountStoreKeepsThePulledBranding();
    void olderChainAfterRotationIsRefused(); // last: rotates the keys and restarts the server

private:
    // A client of the server with its stores and a fetcher that also keeps the branding.
    std::unique_ptr<NoticeClient> newClient();
    std::unique_ptr<KeyListFetcher> fetcherOf(NoticeClient &client,
                                              const QList<signing::PublicKey> &roots);
    // What the server answers GET /api/v1/keys.
    Reply serverKeys() { return m_api->get(keysPath); }

    NoticeServer m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<QTemporaryDir> m_folder;
    Branding m_branding;
};

void TestKeyListFetcher::initTestCase()
{
    if (const QString reason = skipReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiClient>(m_server.process());
    NB_SIGN_IN(*m_api, demo::staff); // staff: no company, no account pull
    const Reply branding = m_api->get(brandingPath);
    NB_VERIFY_STATUS(branding, 200);
    const auto parsed = brandingFromServer(branding.json());
    QVERIFY(parsed);
    QVERIFY(!parsed->domains.isEmpty());
    m_branding = *parsed;
}

void TestKeyListFetcher::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
}

void TestKeyListFetcher::cleanup()
{
    m_folder.reset();
}

std::unique_ptr<NoticeClient> TestKeyListFetcher::newClient()
{
    return std::make_unique<NoticeClient>(m_server.process().url(), m_api->token(),
                                          m_server.roots(), m_folder->path());
}

std::unique_ptr<KeyListFetcher>
TestKeyListFetcher::fetcherOf(NoticeClient &client, const QList<signing::PublicKey> &roots)
{
    auto fetcher = std::make_unique<KeyListFetcher>(&client.faults, client.notices.get(), roots);
    fetcher->setBrandingStore(client.store.get());
    return fetcher;
}

void TestKeyListFetcher::firstFetchStoresTheVerifiedListAndTheBranding()
{
    auto client = newClient();
    QVERIFY(client->store && client->notices);
    QVERIFY(client->notices->keyLists().value().isEmpty());
    QVERIFY(!client->store->branding().value());
    auto fetcher = fetcherOf(*client, m_server.roots());
    QSignalSpy finished(fetcher.get(), &KeyListFetcher::finished);

    const Fetched fetched = runFetch(*fetcher);
    QVERIFY2(fetched.ended && fetched.outcome == Outcome::Stored && fetched.status,
             qPrintable(describe(fetched)));
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<Status>().ok());

    // The chain as the server publishes it, verified from the roots: a notice signed by the
    // server verifies with it.
    const QList<KeyList> lists = client->notices->keyLists().value();
    QCOMPARE(lists.size(), 1);
    QCOMPARE(lists.constFirst().version, 1);
    ApiClient customer(m_server.process());
    NB_SIGN_IN(customer, demo::musterAdmin);
    const Reply feed = customer.get(QStringLiteral("/api/v1/notices?after=0"));
    NB_VERIFY_STATUS(feed, 200);
    const QJsonArray notices = feed.json().value(QStringLiteral("notices")).toArray();
    QVERIFY(!notices.isEmpty());
    for (const QJsonValue &item : notices) {
        const QByteArray envelope =
            QJsonDocument(item.toObject().value(QStringLiteral("envelope")).toObject())
                .toJson(QJsonDocument::Compact);
        QCOMPARE(client->notices->verify(envelope).state, VerificationState::Verified);
    }
    QCOMPARE(client->notices->syncValue(QStringLiteral("keys-etag")).value(),
             serverKeys().header("ETag"));
    QVERIFY(!client->notices->syncValue(QStringLiteral("keys-checked")).value().isEmpty());

    // The vendor's identity for the mail check, as GET /api/v1/branding says.
    const auto branding = client->store->branding().value();
    QVERIFY(branding);
    QCOMPARE(*branding, m_branding);
    QCOMPARE(vendorIdentity(*branding).domains, m_branding.domains);
    // Staff have no company: the store holds nothing to push.
    QCOMPARE(client->store->pendingChanges().value(), 0);

    // Two requests, neither conditional: nothing was stored before.
    const QList<FaultTransport::Exchange> log = client->faults.log();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).path, keysPath);
    QCOMPARE(log.at(0).status, 200);
    QCOMPARE(log.at(1).path, brandingPath);
    QCOMPARE(log.at(1).status, 200);
    for (const FaultTransport::Exchange &exchange : log) {
        for (const auto &header : exchange.headers)
            QVERIFY(header.first.compare("If-None-Match", Qt::CaseInsensitive) != 0);
    }
}

void TestKeyListFetcher::secondFetchIsTwo304s()
{
    auto client = newClient();
    auto fetcher = fetcherOf(*client, m_server.roots());
    QCOMPARE(runFetch(*fetcher).outcome, Outcome::Stored);
    const QList<KeyList> lists = client->notices->keyLists().value();
    const auto branding = client->store->branding().value();
    QVERIFY(client->notices->setSyncValue(QStringLiteral("keys-checked"), "0").ok());

    client->faults.clearLog();
    const Fetched fetched = runFetch(*fetcher);
    QVERIFY2(fetched.outcome == Outcome::NotModified && fetched.status,
             qPrintable(describe(fetched)));
    const QList<FaultTransport::Exchange> log = client->faults.log();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).path, keysPath);
    QCOMPARE(log.at(0).status, 304);
    QCOMPARE(log.at(1).path, brandingPath);
    QCOMPARE(log.at(1).status, 304);
    QCOMPARE(client->notices->keyLists().value(), lists);
    QCOMPARE(client->store->branding().value(), branding);
    // The check is stamped: a 304 counts as checked.
    QVERIFY(client->notices->syncValue(QStringLiteral("keys-checked")).value() != "0");
}

void TestKeyListFetcher::offlineTheStoredDataStays()
{
    auto client = newClient();
    auto fetcher = fetcherOf(*client, m_server.roots());
    QCOMPARE(runFetch(*fetcher).outcome, Outcome::Stored);
    const QList<KeyList> lists = client->notices->keyLists().value();
    QVERIFY(client->notices->setSyncValue(QStringLiteral("keys-checked"), "0").ok());

    client->faults.clearLog();
    client->faults.failMatching(QStringLiteral("^GET /api/v1/keys"), FaultTransport::Fault::Drop);
    const Fetched fetched = runFetch(*fetcher);
    QVERIFY2(fetched.outcome == Outcome::Offline && !fetched.status, qPrintable(describe(fetched)));
    QCOMPARE(fetched.status.error().code, QStringLiteral("network"));
    QCOMPARE(client->faults.log().size(), 1); // the branding is not tried without a server
    QCOMPARE(client->notices->keyLists().value(), lists);
    QCOMPARE(client->store->branding().value(), std::optional<Branding>(m_branding));
    // Not checked: the next fetch asks again.
    QCOMPARE(client->notices->syncValue(QStringLiteral("keys-checked")).value(), QByteArray("0"));

    // A server error on the branding: the key part is done, the stored branding stays.
    client->faults.failMatching(QStringLiteral("^GET /api/v1/branding"),
                                FaultTransport::Fault::ServerError);
    const Fetched failed = runFetch(*fetcher);
    QVERIFY2(failed.outcome == Outcome::Offline && !failed.status, qPrintable(describe(failed)));
    QCOMPARE(client->store->branding().value(), std::optional<Branding>(m_branding));
}

void TestKeyListFetcher::forgedKeyListIsRefusedAndTheStoredOneStays()
{
    auto client = newClient();
    auto fetcher = fetcherOf(*client, m_server.roots());
    QCOMPARE(runFetch(*fetcher).outcome, Outcome::Stored);
    const QList<KeyList> lists = client->notices->keyLists().value();
    const QByteArray etag = client->notices->syncValue(QStringLiteral("keys-etag")).value();

    // The attacker's "version 2" must come as a 200: the stored ETag is not sent then.
    QVERIFY(client->notices->setSyncValue(QStringLiteral("keys-etag"), {}).ok());
    // A "version 2" made from version 1 with a key of the attacker's; the old signature kept.
    client->rewriting.setRule(keyListsRule([](QJsonArray served) {
        served.append(tampered(served.last().toObject(), [](QJsonObject &payload) {
            payload.insert(QStringLiteral("version"),
                           payload.value(QStringLiteral("version")).toInt() + 1);
            addAttackerKey(payload);
        }));
        return served;
    }));
    QSignalSpy finished(fetcher.get(), &KeyListFetcher::finished);
    const Fetched fetched = runFetch(*fetcher);
    QVERIFY2(fetched.outcome == Outcome::Refused && !fetched.status, qPrintable(describe(fetched)));
    QCOMPARE(fetched.status.error().code, QStringLiteral("invalid-signature"));
    QVERIFY(!fetched.status.error().message.isEmpty());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Status>().error().code,
             QStringLiteral("invalid-signature"));
    QCOMPARE(client->notices->keyLists().value(), lists);
    QCOMPARE(signingKeyIds(client->notices->keyLists().value()), signingKeyIds(lists));
    QVERIFY(client->notices->syncValue(QStringLiteral("keys-etag")).value().isEmpty());
    // The branding part still ran (it was stored already: a 304).
    QCOMPARE(client->store->branding().value(), std::optional<Branding>(m_branding));

    // The real list again: nothing newer, nothing changes, its ETag is kept again.
    client->rewriting.setRule({});
    const Fetched again = runFetch(*fetcher);
    QVERIFY2(again.outcome == Outcome::NotModified && again.status, qPrintable(describe(again)));
    QCOMPARE(client->notices->keyLists().value(), lists);
    QCOMPARE(client->notices->syncValue(QStringLiteral("keys-etag")).value(), etag);
}

void TestKeyListFetcher::forgedFirstListStoresNothing()
{
    auto client = newClient();
    auto fetcher = fetcherOf(*client, m_server.roots());
    // Version 1 itself with a key of the attacker's (its signature kept): the roots do not vouch
    // for it.
    client->rewriting.setRule(keyListsRule([](QJsonArray lists) {
        lists.replace(0, tampered(lists.first().toObject(), addAttackerKey));
        return lists;
    }));
    const Fetched fetched = runFetch(*fetcher);
    QVERIFY2(fetched.outcome == Outcome::Refused && !fetched.status, qPrintable(describe(fetched)));
    QCOMPARE(fetched.status.error().code, QStringLiteral("invalid-signature"));
    QVERIFY(client->notices->keyLists().value().isEmpty());
    QVERIFY(client->notices->syncValue(QStringLiteral("keys-etag")).value().isEmpty());
    // The branding came all the same: the mail check knows the vendor, and trusts no key.
    QCOMPARE(client->store->branding().value(), std::optional<Branding>(m_branding));
}

void TestKeyListFetcher::listOfOtherRootsIsRefused()
{
    auto client = newClient();
    // A client built for another vendor's roots.
    auto fetcher = fetcherOf(*client, {signing::generateKeyPair().publicKey});
    const Fetched fetched = runFetch(*fetcher);
    QVERIFY2(fetched.outcome == Outcome::Refused && !fetched.status, qPrintable(describe(fetched)));
    QCOMPARE(fetched.status.error().code, QStringLiteral("untrusted-key"));
    QVERIFY(client->notices->keyLists().value().isEmpty());

    // Without shipped roots nothing is trusted: the key list is not even asked for.
    fetcher.reset();
    client.reset(); // one client at a time: its stores' connection names are fixed
    client = newClient();
    auto rootless = fetcherOf(*client, {});
    const Fetched none = runFetch(*rootless);
    QVERIFY2(none.outcome == Outcome::NoKeys && none.status, qPrintable(describe(none)));
    QCOMPARE(client->faults.log().size(), 1);
    QCOMPARE(client->faults.log().first().path, brandingPath);
    QVERIFY(client->notices->keyLists().value().isEmpty());
}

void TestKeyListFetcher::serverWithoutKeysIsNoError()
{
    ServerProcess plain; // serve without --keys: 503 keys-not-configured
    QVERIFY2(plain.start(), qPrintable(plain.errorString()));
    auto client = std::make_unique<NoticeClient>(plain.url(), QByteArray(), m_server.roots(),
                                                 m_folder->path());
    auto fetcher = fetcherOf(*client, m_server.roots());
    const Fetched fetched = runFetch(*fetcher);
    QVERIFY2(fetched.outcome == Outcome::NoKeys && fetched.status, qPrintable(describe(fetched)));
    QCOMPARE(client->faults.log().first().status, 503);
    QVERIFY(client->notices->keyLists().value().isEmpty());
    QVERIFY(client->store->branding().value()); // the branding is there all the same
}

void TestKeyListFetcher::secondCallJoinsTheRunningFetch()
{
    auto client = newClient();
    auto fetcher = fetcherOf(*client, m_server.roots());
    QSignalSpy finished(fetcher.get(), &KeyListFetcher::finished);
    QList<Outcome> outcomes;
    fetcher->fetch([&](Outcome outcome, const Status &) { outcomes.append(outcome); });
    QVERIFY(fetcher->isRunning());
    fetcher->fetch([&](Outcome outcome, const Status &) { outcomes.append(outcome); });
    QVERIFY(finished.wait(20000));
    QCOMPARE(outcomes, (QList<Outcome>{Outcome::Stored, Outcome::Stored}));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(client->faults.log().size(), 2); // one run: keys and branding once
    QVERIFY(!fetcher->isRunning());

    // Gone while a request is out: the answer is dropped, nothing is called.
    bool called = false;
    fetcher->fetch([&](Outcome, const Status &) { called = true; });
    fetcher.reset();
    QTRY_VERIFY_WITH_TIMEOUT(
        client->faults.log().size() == 3 && client->faults.log().last().status != 0, 20000);
    QVERIFY(!called);
}

void TestKeyListFetcher::accountStoreKeepsThePulledBranding()
{
    // A customer's store: the account pull (GET /api/v1/account) owns its branding.
    auto client = newClient();
    AccountSnapshot snapshot;
    snapshot.company.name = QStringLiteral("Muster Handel GmbH");
    snapshot.branding.vendorName = QStringLiteral("Notabene (pulled)");
    QVERIFY(client->store->storeServerAccount(snapshot, "\"account-1\"").ok());
    auto fetcher = fetcherOf(*client, m_server.roots());
    const Fetched fetched = runFetch(*fetcher);
    QVERIFY2(fetched.outcome == Outcome::Stored && fetched.status, qPrintable(describe(fetched)));
    QCOMPARE(client->faults.log().size(), 1);
    QCOMPARE(client->faults.log().first().path, keysPath);
    QCOMPARE(client->store->branding().value()->vendorName, QStringLiteral("Notabene (pulled)"));
    QCOMPARE(client->store->company().value()->name, QStringLiteral("Muster Handel GmbH"));
}

void TestKeyListFetcher::olderChainAfterRotationIsRefused()
{
    auto client = newClient();
    auto fetcher = fetcherOf(*client, m_server.roots());
    QCOMPARE(runFetch(*fetcher).outcome, Outcome::Stored);
    QCOMPARE(client->notices->keyLists().value().size(), 1);

    // A routine rotation (keys rotate), served by a process started after it: the stored client
    // follows 1 → 2 with the rotation rule.
    const CommandResult rotated =
        runServerCommand({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--dir"),
                          m_server.keysDir()});
    QVERIFY2(rotated.exitCode == 0, rotated.err.constData());
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    fetcher.reset();
    client.reset();
    client = newClient(); // the same stores, through the new process
    fetcher = fetcherOf(*client, m_server.roots());
    const Fetched followed = runFetch(*fetcher);
    QVERIFY2(followed.outcome == Outcome::Stored && followed.status,
             qPrintable(describe(followed)));
    const QList<KeyList> stored = client->notices->keyLists().value();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.constLast().version, 2);

    // Someone answers with the older chain (version 1 only): refused, both lists stay.
    client->rewriting.setRule(keyListsRule([](QJsonArray lists) {
        while (lists.size() > 1)
            lists.removeLast();
        return lists;
    }));
    QVERIFY(client->notices->setSyncValue(QStringLiteral("keys-etag"), {}).ok());
    const Fetched replayed = runFetch(*fetcher);
    QVERIFY2(replayed.outcome == Outcome::Refused && !replayed.status,
             qPrintable(describe(replayed)));
    QCOMPARE(replayed.status.error().code, QStringLiteral("key-list-rollback"));
    QCOMPARE(client->notices->keyLists().value(), stored);
}

QTEST_MAIN(TestKeyListFetcher)
#include "tst_keylistfetcher.moc"
