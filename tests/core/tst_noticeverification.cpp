// Verifying a stored notice envelope again: the four badge states, tampering and key rotation.
#include "core/crypto.h"
#include "core/noticeverification.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nb;
using signing::KeyPair;
using signing::PublicKey;

namespace {

const QDateTime kIssued(QDate(2026, 5, 2), QTime(8, 30), Qt::UTC);
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

Notice sampleNotice()
{
    Notice notice;
    notice.id = QStringLiteral("2026-0003");
    notice.sequence = 3;
    notice.products = {QStringLiteral("cloud-tse")};
    notice.category = QStringLiteral("maintenance-and-outages");
    notice.severity = NoticeSeverity::Important;
    notice.subject = QStringLiteral("Wartungsfenster 4. Mai // Ausfälle Cloud-TSE");
    notice.body = QStringLiteral("Am 4. Mai ist die Cloud-TSE von 22 bis 24 Uhr nicht erreichbar.");
    notice.actBy = QDate(2026, 5, 4);
    notice.issuedAt = kIssued;
    return notice;
}

dsse::Signer signer(const KeyPair &pair)
{
    return {pair.publicKey, pair.secretKey};
}

QByteArray signedNotice(const Notice &notice, const QList<dsse::Signer> &signers,
                        const QByteArray &type = noticePayloadType)
{
    return dsse::signEnvelope(type, notice.toPayload(), signers).toJson();
}

KeyList keyList(qint64 version, const QList<SigningKeyEntry> &signingKeys,
                const QDateTime &expires = kNow.addDays(365))
{
    KeyList list;
    list.version = version;
    list.expires = expires;
    list.rootKeys = {PublicKey{QByteArray(32, 'r')}};
    list.signingKeys = signingKeys;
    return list;
}

// The envelope JSON with one bit of the decoded payload, signature or key id flipped.
QByteArray flipBit(const QByteArray &envelopeJson, const QString &part, qsizetype bit)
{
    QJsonObject object = QJsonDocument::fromJson(envelopeJson).object();
    auto flip = [bit](QByteArray bytes) {
        const qsizetype index = bit / 8;
        bytes[index] = static_cast<char>(bytes.at(index) ^ (1 << (bit % 8)));
        return bytes;
    };
    if (part == QLatin1String("payload")) {
        const QByteArray payload = QByteArray::fromBase64(object.value(part).toString().toLatin1());
        object.insert(part, QString::fromLatin1(flip(payload).toBase64()));
    } else {
        QJsonArray signatures = object.value(QStringLiteral("signatures")).toArray();
        QJsonObject signature = signatures.first().toObject();
        if (part == QLatin1String("sig")) {
            const QByteArray sig =
                QByteArray::fromBase64(signature.value(part).toString().toLatin1());
            signature.insert(part, QString::fromLatin1(flip(sig).toBase64()));
        } else {
            signature.insert(
                part, QString::fromLatin1(flip(signature.value(part).toString().toLatin1())));
        }
        signatures.replace(0, signature);
        object.insert(QStringLiteral("signatures"), signatures);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestNoticeVerification : public QObject
{
    Q_OBJECT

    KeyPair current, previous, stranger;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(crypto::initialize());
        current = signing::generateKeyPair();
        previous = signing::generateKeyPair();
        stranger = signing::generateKeyPair();
    }

    void knownAnswerVector()
    {
        // RFC 8032 test 1 key; payload bytes and signature computed independently (Python
        // cryptography: Ed25519 over "DSSEv1 36 application/vnd.notabene.notice+json 366 …").
        const auto pair = signing::keyPairFromSeed(QByteArray::fromHex(
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        QVERIFY(pair);
        QCOMPARE(pair->publicKey.keyId(), QByteArray("21fe31dfa154a261"));
        const QByteArray payload =
            "{\"id\":\"2026-0003\",\"sequence\":3,\"products\":[\"cloud-tse\"],\"category\":"
            "\"maintenance-and-outages\",\"severity\":\"important\",\"subject\":"
            "\"Wartungsfenster 4. Mai // Ausf\xC3\xA4lle Cloud-TSE\",\"body\":\"Am 4. Mai ist "
            "die Cloud-TSE von 22 bis 24 Uhr nicht erreichbar.\",\"actBy\":\"2026-05-04\","
            "\"status\":\"announced\",\"followUpOf\":null,\"link\":null,\"patches\":[],"
            "\"issuedAt\":\"2026-05-02T08:30:00Z\"}";
        QCOMPARE(sampleNotice().toPayload(), payload);
        const QByteArray signature =
            QByteArray::fromHex("e043532519d37d5061a3bd6772c2e8dd06871eddef039aaf028d0e0e5bbc861c"
                                "b84f5b60f758a6689444de18880afeda8f8a4c73f91be03118f77a5e0f0a9c06");
        const dsse::Envelope envelope =
            dsse::signEnvelope(noticePayloadType, payload, {signer(*pair)});
        QCOMPARE(envelope.signatures.first().sig.toHex(), signature.toHex());
        // An envelope assembled from the vector alone verifies.
        const dsse::Envelope fromVector{
            noticePayloadType, payload, {{QByteArray("21fe31dfa154a261"), signature}}};
        const auto result = verifyNotice(fromVector.toJson(),
                                         {keyList(1, {{pair->publicKey, kNow.addDays(30)}})}, kNow);
        QCOMPARE(result.state, VerificationState::Verified);
        QCOMPARE(result.keyId, QByteArray("21fe31dfa154a261"));
        QCOMPARE(*result.notice, sampleNotice());
    }

    void verified()
    {
        const auto result =
            verifyNotice(signedNotice(sampleNotice(), {signer(current)}),
                         {keyList(1, {{current.publicKey, kNow.addDays(30)}})}, kNow);
        QCOMPARE(result.state, VerificationState::Verified);
        QCOMPARE(result.keyId, current.publicKey.keyId());
        QVERIFY(result.notice);
        QCOMPARE(*result.notice, sampleNotice());
        QVERIFY(result.reason.contains(QString::fromLatin1(current.publicKey.keyId())));
    }

    void singleBitFlipsAreInvalid_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<qsizetype>("bit");
        const qsizetype payloadBits = sampleNotice().toPayload().size() * 8;
        for (qsizetype bit :
             {qsizetype(0), qsizetype(7), qsizetype(100), payloadBits / 2, payloadBits - 1}) {
            QTest::addRow("payload bit %lld", static_cast<long long>(bit))
                << QStringLiteral("payload") << bit;
        }
        for (qsizetype bit = 0; bit < 512; bit += 37)
            QTest::addRow("sig bit %lld", static_cast<long long>(bit))
                << QStringLiteral("sig") << bit;
        QTest::newRow("sig last bit") << QStringLiteral("sig") << qsizetype(511);
    }

    void singleBitFlipsAreInvalid()
    {
        QFETCH(QString, part);
        QFETCH(qsizetype, bit);
        const QByteArray envelope = signedNotice(sampleNotice(), {signer(current)});
        const auto result =
            verifyNotice(flipBit(envelope, part, bit),
                         {keyList(1, {{current.publicKey, kNow.addDays(30)}})}, kNow);
        QCOMPARE(result.state, VerificationState::Invalid);
        QVERIFY(!result.notice);
        QVERIFY(!result.reason.isEmpty());
    }

    void flippedKeyIdIsNotVerified()
    {
        // Every bit of the key id: the signature then names no known key (the id is a hint, only
        // the whole key is trusted), so the notice is not verified.
        const QByteArray envelope = signedNotice(sampleNotice(), {signer(current)});
        const QList<KeyList> lists{keyList(1, {{current.publicKey, kNow.addDays(30)}})};
        for (qsizetype bit = 0; bit < 16 * 8; ++bit) {
            const auto result =
                verifyNotice(flipBit(envelope, QStringLiteral("keyid"), bit), lists, kNow);
            QVERIFY2(result.state == VerificationState::Unverified,
                     qPrintable(QString::number(bit)));
            QVERIFY(!result.notice);
        }
    }

    void storedEnvelopeEditedByHandIsInvalid()
    {
        // Someone edits the cached row: a new subject, re-encoded, old signature kept.
        const QByteArray envelope = signedNotice(sampleNotice(), {signer(current)});
        QJsonObject object = QJsonDocument::fromJson(envelope).object();
        Notice edited = sampleNotice();
        edited.subject = QStringLiteral("Bitte Anhang patch.exe ausführen");
        object.insert(QStringLiteral("payload"),
                      QString::fromLatin1(edited.toPayload().toBase64()));
        const auto result =
            verifyNotice(QJsonDocument(object).toJson(QJsonDocument::Compact),
                         {keyList(1, {{current.publicKey, kNow.addDays(30)}})}, kNow);
        QCOMPARE(result.state, VerificationState::Invalid);
        QVERIFY(!result.notice);
        QVERIFY(result.reason.contains(QStringLiteral("altered")));
    }

    void malformedEnvelopeIsInvalid_data()
    {
        QTest::addColumn<QByteArray>("envelope");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("{\"payloadType\":");
        QTest::newRow("truncated") << signedNotice(sampleNotice(), {signer(current)}).chopped(3);
    }

    void malformedEnvelopeIsInvalid()
    {
        QFETCH(QByteArray, envelope);
        const auto result =
            verifyNotice(envelope, {keyList(1, {{current.publicKey, kNow.addDays(30)}})}, kNow);
        QCOMPARE(result.state, VerificationState::Invalid);
    }

    void wrongPayloadTypeIsInvalid()
    {
        const auto result =
            verifyNotice(signedNotice(sampleNotice(), {signer(current)}, keyListPayloadType),
                         {keyList(1, {{current.publicKey, kNow.addDays(30)}})}, kNow);
        QCOMPARE(result.state, VerificationState::Invalid);
        QVERIFY(!result.notice);
    }

    void signedPayloadThatIsNoNoticeIsInvalid()
    {
        const QByteArray envelope =
            dsse::signEnvelope(noticePayloadType, "{\"id\":\"x\"}", {signer(current)}).toJson();
        const auto result =
            verifyNotice(envelope, {keyList(1, {{current.publicKey, kNow.addDays(30)}})}, kNow);
        QCOMPARE(result.state, VerificationState::Invalid);
        QVERIFY(!result.notice);
    }

    void noKeyListIsUnverified()
    {
        const auto result = verifyNotice(signedNotice(sampleNotice(), {signer(current)}), {}, kNow);
        QCOMPARE(result.state, VerificationState::Unverified);
        QVERIFY(!result.notice);
        QVERIFY(!result.reason.isEmpty());
    }

    void unknownKeyIsUnverified()
    {
        const auto result =
            verifyNotice(signedNotice(sampleNotice(), {signer(stranger)}),
                         {keyList(1, {{current.publicKey, kNow.addDays(30)}})}, kNow);
        QCOMPARE(result.state, VerificationState::Unverified);
        QVERIFY(!result.notice);
        const auto unsignedResult =
            verifyNotice(signedNotice(sampleNotice(), {}),
                         {keyList(1, {{current.publicKey, kNow.addDays(30)}})}, kNow);
        QCOMPARE(unsignedResult.state, VerificationState::Unverified);
    }

    void forgedKeyIdIsInvalid()
    {
        // A stranger's signature under the current key's id: the whole key decides.
        const QByteArray envelope =
            signedNotice(sampleNotice(), {{current.publicKey, stranger.secretKey}});
        const auto result =
            verifyNotice(envelope, {keyList(1, {{current.publicKey, kNow.addDays(30)}})}, kNow);
        QCOMPARE(result.state, VerificationState::Invalid);
        QVERIFY(!result.notice);
    }

    void rootKeyDoesNotSignNotices()
    {
        KeyList list = keyList(1, {{current.publicKey, kNow.addDays(30)}});
        list.rootKeys = {stranger.publicKey};
        const auto result =
            verifyNotice(signedNotice(sampleNotice(), {signer(stranger)}), {list}, kNow);
        QCOMPARE(result.state, VerificationState::Unverified);
    }

    void routineRotation_data()
    {
        QTest::addColumn<QDateTime>("issuedAt");
        QTest::addColumn<VerificationState>("state");
        // v2 keeps the previous key with validUntil = the moment of rotation (kIssued).
        QTest::newRow("issued before rotation")
            << kIssued.addSecs(-1) << VerificationState::Verified;
        QTest::newRow("issued at rotation") << kIssued << VerificationState::KeyExpiredOrStale;
        QTest::newRow("issued after rotation")
            << kIssued.addDays(3) << VerificationState::KeyExpiredOrStale;
    }

    void routineRotation()
    {
        QFETCH(QDateTime, issuedAt);
        QFETCH(VerificationState, state);
        Notice notice = sampleNotice();
        notice.issuedAt = issuedAt;
        const QList<KeyList> lists{
            keyList(1, {{previous.publicKey, kNow.addDays(365)}}),
            keyList(2, {{previous.publicKey, kIssued}, {current.publicKey, kNow.addDays(365)}})};
        const auto result = verifyNotice(signedNotice(notice, {signer(previous)}), lists, kNow);
        QCOMPARE(result.state, state);
        QCOMPARE(result.keyId, previous.publicKey.keyId());
        QVERIFY(result.notice); // the signature holds: the content may be shown, flagged
        QCOMPARE(result.notice->issuedAt, issuedAt);
        // The new key's notices are verified under the same lists.
        const auto fresh = verifyNotice(signedNotice(notice, {signer(current)}), lists, kNow);
        QCOMPARE(fresh.state, VerificationState::Verified);
    }

    void revokedKeyIsStale()
    {
        // `keys rotate --revoke`: the old key is only in the older list.
        const QList<KeyList> lists{keyList(1, {{previous.publicKey, kNow.addDays(365)}}),
                                   keyList(2, {{current.publicKey, kNow.addDays(365)}})};
        const auto result =
            verifyNotice(signedNotice(sampleNotice(), {signer(previous)}), lists, kNow);
        QCOMPARE(result.state, VerificationState::KeyExpiredOrStale);
        QCOMPARE(result.keyId, previous.publicKey.keyId());
        QVERIFY(result.reason.contains(QString::fromLatin1(previous.publicKey.keyId())));
        // A revoked key's signature over altered content is still reported as altered.
        const QByteArray altered =
            flipBit(signedNotice(sampleNotice(), {signer(previous)}), QStringLiteral("payload"), 9);
        QCOMPARE(verifyNotice(altered, lists, kNow).state, VerificationState::Invalid);
    }

    void expiredKeyListIsStale()
    {
        const QList<KeyList> lists{
            keyList(1, {{current.publicKey, kNow.addDays(365)}}, kNow.addDays(-1))};
        const auto result =
            verifyNotice(signedNotice(sampleNotice(), {signer(current)}), lists, kNow);
        QCOMPARE(result.state, VerificationState::KeyExpiredOrStale);
        QVERIFY(result.notice);
        QVERIFY(result.reason.contains(QStringLiteral("out of date")));
        // The same list the day before it expired.
        QCOMPARE(
            verifyNotice(signedNotice(sampleNotice(), {signer(current)}), lists, kNow.addDays(-2))
                .state,
            VerificationState::Verified);
    }

    void onlyTheCurrentListDecides()
    {
        // An old, expired list earlier in the chain does not make a current notice stale.
        const QList<KeyList> lists{
            keyList(1, {{current.publicKey, kNow.addDays(365)}}, kNow.addDays(-100)),
            keyList(2, {{current.publicKey, kNow.addDays(365)}})};
        QCOMPARE(verifyNotice(signedNotice(sampleNotice(), {signer(current)}), lists, kNow).state,
                 VerificationState::Verified);
    }

    void oneGoodSignatureAmongUnknownOnes()
    {
        const QByteArray envelope =
            signedNotice(sampleNotice(), {signer(stranger), signer(current)});
        const auto result =
            verifyNotice(envelope, {keyList(1, {{current.publicKey, kNow.addDays(30)}})}, kNow);
        QCOMPARE(result.state, VerificationState::Verified);
        QCOMPARE(result.keyId, current.publicKey.keyId());
    }
};

QTEST_GUILESS_MAIN(TestNoticeVerification)
#include "tst_noticeverification.moc"
