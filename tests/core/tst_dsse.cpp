// Ed25519 signing (RFC 8032 vectors) and DSSE envelopes: PAE, JSON, verification, bit flips.
#include "core/crypto.h"
#include "core/dsse.h"
#include "core/signing.h"

#include <QTest>

using namespace nb;
using namespace nb::dsse;
using signing::KeyPair;
using signing::PublicKey;

namespace {

const QByteArray kType = "application/vnd.notabene.notice+json";
const QByteArray kPayload = R"({"id":"n-1","subject":"DRINGEND: Update bis 01.08."})";

Signer signer(const KeyPair &pair)
{
    return {pair.publicKey, pair.secretKey};
}

// Every single-bit variant of `data`, passed to `check` with a description for failures.
template <typename Check> void forEveryBitFlip(const QByteArray &data, Check check)
{
    for (qsizetype i = 0; i < data.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray flipped = data;
            flipped[i] = static_cast<char>(flipped.at(i) ^ (1 << bit));
            check(flipped, i * 8 + bit);
        }
    }
}

} // namespace

class TestDsse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(crypto::initialize()); }

    void rfc8032Vectors_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("test 1")
            << QByteArray("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            << QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
            << QByteArray()
            << QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                          "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("test 2")
            << QByteArray("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
            << QByteArray("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
            << QByteArray("72")
            << QByteArray("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                          "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        QTest::newRow("test 3")
            << QByteArray("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
            << QByteArray("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
            << QByteArray("af82")
            << QByteArray("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                          "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
    }

    void rfc8032Vectors()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        const auto pair = signing::keyPairFromSeed(QByteArray::fromHex(seed));
        QVERIFY(pair);
        QCOMPARE(pair->publicKey.bytes.toHex(), publicKey);
        QCOMPARE(pair->secretKey.seed().toHex(), seed);
        const QByteArray sig = signing::sign(pair->secretKey, QByteArray::fromHex(message));
        QCOMPARE(sig.toHex(), signature);
        QVERIFY(signing::verify(pair->publicKey, QByteArray::fromHex(message), sig));
        QVERIFY(!signing::verify(pair->publicKey, QByteArray::fromHex(message) + '\0', sig));
    }

    void wrongSizesAreRejected()
    {
        QVERIFY(!signing::keyPairFromSeed(QByteArray(31, 'x')));
        const KeyPair pair = signing::generateKeyPair();
        const QByteArray sig = signing::sign(pair.secretKey, "m");
        QVERIFY(signing::verify(pair.publicKey, "m", sig));
        QVERIFY(!signing::verify(pair.publicKey, "m", sig.left(63)));
        QVERIFY(!signing::verify(pair.publicKey, "m", sig + '\0'));
        QVERIFY(!signing::verify(PublicKey{pair.publicKey.bytes.left(31)}, "m", sig));
        QVERIFY(!signing::verify(PublicKey{}, "m", sig));
    }

    void keyIdIsFirstEightBytesOfSha256InHex()
    {
        const KeyPair pair = signing::generateKeyPair();
        const QByteArray id = pair.publicKey.keyId();
        QCOMPARE(id.size(), 16);
        QCOMPARE(id, crypto::sha256(pair.publicKey.bytes).left(8).toHex());
        QCOMPARE_NE(id, signing::generateKeyPair().publicKey.keyId());
    }

    void paeKnownAnswer()
    {
        // From the DSSE protocol specification.
        QCOMPARE(pae("http://example.com/HelloWorld", "hello world"),
                 QByteArray("DSSEv1 29 http://example.com/HelloWorld 11 hello world"));
        QCOMPARE(pae({}, {}), QByteArray("DSSEv1 0  0 "));
    }

    void signedEnvelopeVerifies()
    {
        const KeyPair pair = signing::generateKeyPair();
        const Envelope envelope = signEnvelope(kType, kPayload, {signer(pair)});
        QCOMPARE(envelope.signatures.size(), 1);
        QCOMPARE(envelope.signatures.first().keyId, pair.publicKey.keyId());
        QVERIFY(
            signing::verify(pair.publicKey, pae(kType, kPayload), envelope.signatures.first().sig));
        const auto verified = verifyEnvelope(envelope, {pair.publicKey});
        QVERIFY(verified);
        QCOMPARE(verified->payload, kPayload);
        QCOMPARE(verified->payloadType, kType);
        QCOMPARE(verified->keyIds, QList<QByteArray>{pair.publicKey.keyId()});
    }

    void untrustedAndMissingSignatures()
    {
        const KeyPair trusted = signing::generateKeyPair();
        const KeyPair other = signing::generateKeyPair();
        const Envelope byOther = signEnvelope(kType, kPayload, {signer(other)});
        QCOMPARE(verifyEnvelope(byOther, {trusted.publicKey}).error().code, u"untrusted-key");
        const Envelope unsigned_ = signEnvelope(kType, kPayload, {});
        QCOMPARE(verifyEnvelope(unsigned_, {trusted.publicKey}).error().code, u"untrusted-key");
        QCOMPARE(verifyEnvelope(byOther, {}).error().code, u"untrusted-key");
    }

    void forgedKeyIdDoesNotCount()
    {
        // The entry names the trusted key's id, but the signature is by a different key.
        const KeyPair trusted = signing::generateKeyPair();
        const KeyPair attacker = signing::generateKeyPair();
        const Envelope forged =
            signEnvelope(kType, kPayload, {{trusted.publicKey, attacker.secretKey}});
        QCOMPARE(forged.signatures.first().keyId, trusted.publicKey.keyId());
        const auto result = verifyEnvelope(forged, {trusted.publicKey});
        QCOMPARE(result.error().code, u"invalid-signature");
        QVERIFY(!result.error().message.isEmpty());
        // Trusting the attacker too does not help: the entry names a key that did not sign.
        QVERIFY(!verifyEnvelope(forged, {trusted.publicKey, attacker.publicKey}, 1));
    }

    void thresholdCountsEachTrustedKeyOnce()
    {
        const KeyPair a = signing::generateKeyPair();
        const KeyPair b = signing::generateKeyPair();
        const Envelope byA = signEnvelope(kType, kPayload, {signer(a), signer(a)});
        QCOMPARE(verifyEnvelope(byA, {a.publicKey, a.publicKey}, 2).error().code,
                 u"threshold-not-met");
        QCOMPARE(verifyEnvelope(byA, {a.publicKey, b.publicKey}, 2).error().code,
                 u"threshold-not-met");
        const Envelope both = signEnvelope(kType, kPayload, {signer(a), signer(b)});
        const auto verified = verifyEnvelope(both, {a.publicKey, b.publicKey}, 2);
        QVERIFY(verified);
        QCOMPARE(verified->keyIds.size(), 2);
        QCOMPARE(verifyEnvelope(both, {a.publicKey, b.publicKey}, 3).error().code,
                 u"threshold-not-met");
        QVERIFY(verifyEnvelope(both, {b.publicKey}, 0)); // threshold < 1 means 1
        QVERIFY(!verifyEnvelope(signEnvelope(kType, kPayload, {}), {a.publicKey}, 0));
    }

    void everyBitFlipFails_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("code");
        QTest::newRow("payload") << QStringLiteral("payload")
                                 << QStringLiteral("invalid-signature");
        QTest::newRow("payloadType")
            << QStringLiteral("payloadType") << QStringLiteral("invalid-signature");
        QTest::newRow("signature")
            << QStringLiteral("signature") << QStringLiteral("invalid-signature");
        QTest::newRow("keyid") << QStringLiteral("keyid") << QStringLiteral("untrusted-key");
    }

    void everyBitFlipFails()
    {
        QFETCH(QString, part);
        QFETCH(QString, code);
        const KeyPair pair = signing::generateKeyPair();
        const Envelope good = signEnvelope(kType, kPayload, {signer(pair)});
        QVERIFY(verifyEnvelope(good, {pair.publicKey}));
        auto field = [&](Envelope &e) -> QByteArray & {
            if (part == u"payload")
                return e.payload;
            if (part == u"payloadType")
                return e.payloadType;
            if (part == u"signature")
                return e.signatures.first().sig;
            return e.signatures.first().keyId;
        };
        Envelope copy = good;
        int checked = 0;
        forEveryBitFlip(field(copy), [&](const QByteArray &flipped, qsizetype bit) {
            Envelope tampered = good;
            field(tampered) = flipped;
            const auto result = verifyEnvelope(tampered, {pair.publicKey});
            if (result || result.error().code != code)
                QFAIL(qPrintable(QStringLiteral("bit %1 of %2 not detected").arg(bit).arg(part)));
            ++checked;
        });
        QCOMPARE(checked, field(copy).size() * 8);
    }

    void jsonRoundTrip()
    {
        const KeyPair a = signing::generateKeyPair();
        const KeyPair b = signing::generateKeyPair();
        const QByteArray binary("\x00\xff\n\"\\ä", 7);
        for (const QByteArray &payload : {kPayload, binary, QByteArray()}) {
            const Envelope envelope = signEnvelope(kType, payload, {signer(a), signer(b)});
            const QByteArray json = envelope.toJson();
            const auto parsed = envelopeFromJson(json);
            QVERIFY(parsed);
            QCOMPARE(*parsed, envelope);
            QCOMPARE(parsed->toJson(), json);
            QVERIFY(verifyEnvelope(*parsed, {a.publicKey, b.publicKey}, 2));
        }
    }

    void jsonShape()
    {
        const Envelope envelope{"t", "hello", {{"0123456789abcdef", "sig"}}};
        const QByteArray expected = R"({"payload":"aGVsbG8=","payloadType":"t",)"
                                    R"("signatures":[{"keyid":"0123456789abcdef","sig":"c2ln"}]})";
        QCOMPARE(envelope.toJson(), expected);
    }

    void malformedJsonIsRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray sig = R"({"keyid":"k","sig":"c2ln"})";
        auto envelope = [](const QByteArray &type, const QByteArray &payload,
                           const QByteArray &sigs) {
            return R"({"payloadType":)" + type + R"(,"payload":)" + payload + R"(,"signatures":)" +
                   sigs + '}';
        };
        QTest::newRow("not json") << QByteArray("{") << QString();
        QTest::newRow("array") << QByteArray("[]") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("missing payload")
            << QByteArray(R"({"payloadType":"t","signatures":[]})") << QString();
        QTest::newRow("missing signatures")
            << QByteArray(R"({"payloadType":"t","payload":"aGk="})") << QString();
        QTest::newRow("unknown field")
            << QByteArray(R"({"payloadType":"t","payload":"aGk=","signatures":[],"x":1})")
            << QString();
        QTest::newRow("type not string")
            << envelope("1", R"("aGk=")", "[]") << QStringLiteral("payloadType");
        QTest::newRow("payload not string")
            << envelope(R"("t")", "1", "[]") << QStringLiteral("payload");
        QTest::newRow("base64 invalid char")
            << envelope(R"("t")", R"("a*k=")", "[]") << QStringLiteral("payload");
        QTest::newRow("base64 url alphabet")
            << envelope(R"("t")", R"("-_8=")", "[]") << QStringLiteral("payload");
        QTest::newRow("base64 no padding")
            << envelope(R"("t")", R"("aGk")", "[]") << QStringLiteral("payload");
        QTest::newRow("base64 whitespace")
            << envelope(R"("t")", R"("aG k=")", "[]") << QStringLiteral("payload");
        QTest::newRow("base64 non-canonical")
            << envelope(R"("t")", R"("aGl=")", "[]") << QStringLiteral("payload");
        QTest::newRow("signatures not array")
            << envelope(R"("t")", R"("aGk=")", "{}") << QStringLiteral("signatures");
        QTest::newRow("signature not object")
            << envelope(R"("t")", R"("aGk=")", "[1]") << QStringLiteral("signatures");
        QTest::newRow("signature missing keyid")
            << envelope(R"("t")", R"("aGk=")", R"([{"sig":"c2ln"}])")
            << QStringLiteral("signatures");
        QTest::newRow("signature unknown field")
            << envelope(R"("t")", R"("aGk=")", R"([{"keyid":"k","sig":"c2ln","x":""}])")
            << QStringLiteral("signatures");
        QTest::newRow("keyid not string")
            << envelope(R"("t")", R"("aGk=")", R"([{"keyid":1,"sig":"c2ln"}])")
            << QStringLiteral("signatures");
        QTest::newRow("sig bad base64")
            << envelope(R"("t")", R"("aGk=")", R"([{"keyid":"k","sig":"c2l"}])")
            << QStringLiteral("signatures");
        QTest::newRow("second signature bad")
            << envelope(R"("t")", R"("aGk=")", '[' + sig + ",{}]") << QStringLiteral("signatures");
    }

    void malformedJsonIsRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto result = envelopeFromJson(json);
        QVERIFY(!result);
        QCOMPARE(result.error().code, u"malformed-envelope");
        QCOMPARE(result.error().field, field);
        QVERIFY(!result.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDsse)
#include "tst_dsse.moc"
