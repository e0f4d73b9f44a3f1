// The signed key list: parsing, the initial list, and rotation under the TUF rule.
#include "core/crypto.h"
#include "core/keylist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nb;
using dsse::Envelope;
using signing::KeyPair;
using signing::PublicKey;

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

KeyList makeList(qint64 version, const QList<PublicKey> &roots, const PublicKey &signingKey,
                 int threshold = 1)
{
    KeyList list;
    list.version = version;
    list.expires = kNow.addDays(365);
    list.rootKeys = roots;
    list.rootThreshold = threshold;
    list.signingKeys = {{signingKey, kNow.addDays(90)}};
    return list;
}

Envelope signList(const KeyList &list, const QList<dsse::Signer> &signers)
{
    return dsse::signEnvelope(keyListPayloadType, list.toPayload(), signers);
}

dsse::Signer signer(const KeyPair &pair)
{
    return {pair.publicKey, pair.secretKey};
}

// The payload of `list` with one top-level field replaced (or removed for an undefined value).
QByteArray withField(const KeyList &list, const QString &key, const QJsonValue &value)
{
    QJsonObject object = QJsonDocument::fromJson(list.toPayload()).object();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestKeyList : public QObject
{
    Q_OBJECT

    KeyPair oldRoot, newRoot, other, signingKey;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(crypto::initialize());
        oldRoot = signing::generateKeyPair();
        newRoot = signing::generateKeyPair();
        other = signing::generateKeyPair();
        signingKey = signing::generateKeyPair();
    }

    void payloadRoundTrip()
    {
        const KeyList list =
            makeList(3, {oldRoot.publicKey, newRoot.publicKey}, signingKey.publicKey, 2);
        const auto parsed = parseKeyList(list.toPayload());
        QVERIFY(parsed);
        QCOMPARE(*parsed, list);
        const QByteArray keyIdEntry = "\"keyid\":\"" + signingKey.publicKey.keyId() + '"';
        QVERIFY(list.toPayload().contains(keyIdEntry));
    }

    void malformedPayloadIsRejected_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("field");
        const KeyList list = makeList(1, {oldRoot.publicKey}, signingKey.publicKey);
        const QJsonObject root = QJsonDocument::fromJson(list.toPayload())
                                     .object()
                                     .value(QStringLiteral("rootKeys"))
                                     .toArray()
                                     .first()
                                     .toObject();
        auto rootWith = [&](const QString &key, const QString &value) {
            QJsonObject changed = root;
            changed.insert(key, value);
            return withField(list, QStringLiteral("rootKeys"), QJsonArray{changed});
        };
        const QString none;
        QTest::newRow("not json") << QByteArray("nope") << none;
        QTest::newRow("unknown field") << withField(list, QStringLiteral("x"), 1) << none;
        QTest::newRow("missing version")
            << withField(list, QStringLiteral("version"), QJsonValue::Undefined) << none;
        QTest::newRow("version 0")
            << withField(list, QStringLiteral("version"), 0) << QStringLiteral("version");
        QTest::newRow("version fraction")
            << withField(list, QStringLiteral("version"), 1.5) << QStringLiteral("version");
        QTest::newRow("version string")
            << withField(list, QStringLiteral("version"), QStringLiteral("2"))
            << QStringLiteral("version");
        QTest::newRow("expires without zone")
            << withField(list, QStringLiteral("expires"), QStringLiteral("2027-01-01T00:00:00"))
            << QStringLiteral("expires");
        QTest::newRow("expires garbage")
            << withField(list, QStringLiteral("expires"), QStringLiteral("soon"))
            << QStringLiteral("expires");
        QTest::newRow("no root keys") << withField(list, QStringLiteral("rootKeys"), QJsonArray())
                                      << QStringLiteral("rootKeys");
        QTest::newRow("duplicate root")
            << withField(list, QStringLiteral("rootKeys"), QJsonArray{root, root})
            << QStringLiteral("rootKeys");
        QTest::newRow("root keyid mismatch")
            << rootWith(QStringLiteral("keyid"), QString::fromLatin1(other.publicKey.keyId()))
            << QStringLiteral("rootKeys");
        QTest::newRow("root key short")
            << rootWith(QStringLiteral("publicKey"), QStringLiteral("AAAA"))
            << QStringLiteral("rootKeys");
        QTest::newRow("root key bad base64")
            << rootWith(QStringLiteral("publicKey"), QStringLiteral("*"))
            << QStringLiteral("rootKeys");
        QTest::newRow("threshold 0") << withField(list, QStringLiteral("rootThreshold"), 0)
                                     << QStringLiteral("rootThreshold");
        QTest::newRow("threshold above roots")
            << withField(list, QStringLiteral("rootThreshold"), 2)
            << QStringLiteral("rootThreshold");
        QTest::newRow("signing key without validUntil")
            << withField(list, QStringLiteral("signingKeys"), QJsonArray{root})
            << QStringLiteral("signingKeys");
    }

    void malformedPayloadIsRejected()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, field);
        const auto result = parseKeyList(payload);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("malformed-key-list"));
        QCOMPARE(result.error().field, field);
    }

    void isSigningKeyComparesWholeKeysAndValidity()
    {
        const KeyList list = makeList(1, {oldRoot.publicKey}, signingKey.publicKey);
        QVERIFY(list.isSigningKey(signingKey.publicKey, kNow));
        QVERIFY(!list.isSigningKey(signingKey.publicKey, kNow.addDays(90)));
        QVERIFY(!list.isSigningKey(other.publicKey, kNow));
        QVERIFY(!list.isSigningKey(oldRoot.publicKey, kNow)); // roots do not sign notices
        QByteArray altered = signingKey.publicKey.bytes;
        altered[31] = static_cast<char>(altered.at(31) ^ 1);
        QVERIFY(!list.isSigningKey(PublicKey{altered}, kNow));
    }

    void initialList_data()
    {
        QTest::addColumn<QList<dsse::Signer>>("signers");
        QTest::addColumn<QList<PublicKey>>("listRoots");
        QTest::addColumn<int>("threshold");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("code");
        const QList<PublicKey> roots{oldRoot.publicKey};
        const QList<PublicKey> both{oldRoot.publicKey, newRoot.publicKey};
        QTest::newRow("signed by shipped root")
            << QList<dsse::Signer>{signer(oldRoot)} << roots << 1 << kNow << QString();
        QTest::newRow("signed by another key") << QList<dsse::Signer>{signer(other)} << roots << 1
                                               << kNow << QStringLiteral("untrusted-key");
        QTest::newRow("forged key id") << QList<dsse::Signer>{{oldRoot.publicKey, other.secretKey}}
                                       << roots << 1 << kNow << QStringLiteral("invalid-signature");
        QTest::newRow("list does not name the shipped root")
            << QList<dsse::Signer>{signer(oldRoot)} << QList<PublicKey>{other.publicKey} << 1
            << kNow << QStringLiteral("untrusted-key");
        QTest::newRow("threshold 2 of shipped roots, one signed")
            << QList<dsse::Signer>{signer(oldRoot)} << both << 2 << kNow
            << QStringLiteral("threshold-not-met");
        QTest::newRow("expired") << QList<dsse::Signer>{signer(oldRoot)} << roots << 1
                                 << kNow.addYears(2) << QStringLiteral("expired");
    }

    void initialList()
    {
        QFETCH(QList<dsse::Signer>, signers);
        QFETCH(QList<PublicKey>, listRoots);
        QFETCH(int, threshold);
        QFETCH(QDateTime, now);
        QFETCH(QString, code);
        const KeyList list = makeList(1, listRoots, signingKey.publicKey, threshold);
        // Only the old root is shipped, plus newRoot when the list asks for two.
        QList<PublicKey> shipped{oldRoot.publicKey};
        if (threshold == 2)
            shipped.append(newRoot.publicKey);
        const auto result = verifyInitialKeyList(signList(list, signers), shipped, now);
        QCOMPARE(result.ok() ? QString() : result.error().code, code);
        if (result)
            QCOMPARE(*result, list);
    }

    void wrongPayloadTypeIsRejected()
    {
        const KeyList list = makeList(1, {oldRoot.publicKey}, signingKey.publicKey);
        const Envelope envelope =
            dsse::signEnvelope("application/json", list.toPayload(), {signer(oldRoot)});
        QCOMPARE(verifyInitialKeyList(envelope, {oldRoot.publicKey}, kNow).error().code,
                 QStringLiteral("wrong-payload-type"));
        const KeyList trusted = makeList(1, {oldRoot.publicKey}, signingKey.publicKey);
        QCOMPARE(verifyKeyListUpdate(trusted, envelope, kNow).error().code,
                 QStringLiteral("wrong-payload-type"));
    }

    void rotation_data()
    {
        QTest::addColumn<QList<dsse::Signer>>("signers");
        QTest::addColumn<int>("versionStep");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("code");
        using Signers = QList<dsse::Signer>;
        const Signers both{signer(oldRoot), signer(newRoot)};
        QTest::newRow("old and new, +1") << both << 1 << kNow << QString();
        QTest::newRow("old only") << Signers{signer(oldRoot)} << 1 << kNow
                                  << QStringLiteral("untrusted-key");
        QTest::newRow("new only") << Signers{signer(newRoot)} << 1 << kNow
                                  << QStringLiteral("untrusted-key");
        QTest::newRow("neither") << Signers{signer(other)} << 1 << kNow
                                 << QStringLiteral("untrusted-key");
        QTest::newRow("unsigned") << Signers{} << 1 << kNow << QStringLiteral("untrusted-key");
        QTest::newRow("same version") << both << 0 << kNow << QStringLiteral("rollback");
        QTest::newRow("older version") << both << -1 << kNow << QStringLiteral("rollback");
        QTest::newRow("version jump") << both << 2 << kNow << QStringLiteral("version-gap");
        QTest::newRow("expired") << both << 1 << kNow.addYears(2) << QStringLiteral("expired");
        QTest::newRow("old key id forged, new genuine")
            << Signers{{oldRoot.publicKey, other.secretKey}, signer(newRoot)} << 1 << kNow
            << QStringLiteral("invalid-signature");
        QTest::newRow("old genuine, new key id forged")
            << Signers{signer(oldRoot), {newRoot.publicKey, other.secretKey}} << 1 << kNow
            << QStringLiteral("invalid-signature");
    }

    // The trusted list (version 5) has oldRoot; the next one replaces it with newRoot.
    void rotation()
    {
        QFETCH(QList<dsse::Signer>, signers);
        QFETCH(int, versionStep);
        QFETCH(QDateTime, now);
        QFETCH(QString, code);
        const KeyList trusted = makeList(5, {oldRoot.publicKey}, signingKey.publicKey);
        const KeyList next = makeList(5 + versionStep, {newRoot.publicKey}, other.publicKey);
        const auto result = verifyKeyListUpdate(trusted, signList(next, signers), now);
        QCOMPARE(result.ok() ? QString() : result.error().code, code);
        if (result) {
            QCOMPARE(*result, next);
            QVERIFY(result->isSigningKey(other.publicKey, now));
            QVERIFY(!result->isSigningKey(signingKey.publicKey, now));
        }
    }

    void updateWithoutRotationNeedsOnlyTheRoot()
    {
        const KeyList trusted = makeList(1, {oldRoot.publicKey}, signingKey.publicKey);
        const KeyList next = makeList(2, {oldRoot.publicKey}, other.publicKey);
        QVERIFY(verifyKeyListUpdate(trusted, signList(next, {signer(oldRoot)}), kNow));
    }

    void rootThresholdAppliesToOldAndNew()
    {
        const QList<PublicKey> two{oldRoot.publicKey, newRoot.publicKey};
        const KeyList trusted = makeList(1, two, signingKey.publicKey, 2);
        const KeyList next = makeList(2, two, other.publicKey, 2);
        QCOMPARE(verifyKeyListUpdate(trusted, signList(next, {signer(oldRoot)}), kNow).error().code,
                 QStringLiteral("threshold-not-met"));
        QVERIFY(
            verifyKeyListUpdate(trusted, signList(next, {signer(oldRoot), signer(newRoot)}), kNow));
    }

    void chainAllowsExpiredIntermediates()
    {
        const KeyList v1 = makeList(1, {oldRoot.publicKey}, signingKey.publicKey);
        KeyList v2 = makeList(2, {newRoot.publicKey}, signingKey.publicKey);
        v2.expires = kNow.addDays(-30);
        const KeyList v3 = makeList(3, {newRoot.publicKey}, other.publicKey);
        const Envelope e2 = signList(v2, {signer(oldRoot), signer(newRoot)});
        const Envelope e3 = signList(v3, {signer(newRoot)});
        QCOMPARE(verifyKeyListUpdate(v1, e2, kNow).error().code, QStringLiteral("expired"));
        const auto result = verifyKeyListChain(v1, {e2, e3}, kNow);
        QVERIFY(result);
        QCOMPARE(*result, v3);
        QCOMPARE(verifyKeyListChain(v1, {e3}, kNow).error().code, QStringLiteral("untrusted-key"));
        QCOMPARE(verifyKeyListChain(v1, {e2, e2}, kNow).error().code, QStringLiteral("rollback"));
        QCOMPARE(verifyKeyListChain(v1, {e2}, kNow).error().code, QStringLiteral("expired"));
        QVERIFY(verifyKeyListChain(v1, {}, kNow));
    }
};

QTEST_GUILESS_MAIN(TestKeyList)
#include "tst_keylist.moc"
