// Passwords (Argon2id) and session tokens.
#include "core/crypto.h"

#include <QSet>
#include <QTest>

using namespace nb;

class TestCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(crypto::initialize()); }

    void passwordHashVerifies()
    {
        auto hash = crypto::hashPassword(QStringLiteral("Geheim123!ä"));
        QVERIFY(hash.ok());
        QVERIFY(hash->startsWith("$argon2id$"));
        QVERIFY(crypto::verifyPassword(*hash, QStringLiteral("Geheim123!ä")));
        QVERIFY(!crypto::verifyPassword(*hash, QStringLiteral("Geheim123!a")));
        QVERIFY(!crypto::verifyPassword(*hash, QString()));
        QVERIFY(!crypto::verifyPassword(QByteArray("not a hash"), QStringLiteral("x")));
    }

    void passwordHashesAreSalted()
    {
        QCOMPARE_NE(crypto::hashPassword(QStringLiteral("demo")).value(),
                    crypto::hashPassword(QStringLiteral("demo")).value());
    }

    void tokensAreLongAndUnique()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray token = crypto::newToken();
            QCOMPARE(token.size(), 43); // 256 bits, base64url without padding
            QVERIFY(!token.contains('=') && !token.contains('+') && !token.contains('/'));
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 1000);
    }

    void tokenHashIsStableHexAndNotTheToken()
    {
        const QByteArray token = crypto::newToken();
        const QByteArray hash = crypto::tokenHash(token);
        QCOMPARE(hash.size(), 64);
        QCOMPARE(hash, crypto::tokenHash(token));
        QVERIFY(!hash.contains(token));
        QCOMPARE(crypto::tokenHash("abc"),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void constantTimeCompare()
    {
        QVERIFY(crypto::equalConstantTime("abc", "abc"));
        QVERIFY(!crypto::equalConstantTime("abc", "abd"));
        QVERIFY(!crypto::equalConstantTime("abc", "abcd"));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
