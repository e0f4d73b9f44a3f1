// The server address a user types: https everywhere but loopback.
#include "client/serverendpoint.h"

#include <QTest>

using namespace nb;

class TestServerEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("https") << "https://kundencenter.example"
                               << "https://kundencenter.example";
        QTest::newRow("https port path") << " https://kc.example:8443/notabene/ "
                                         << "https://kc.example:8443/notabene";
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080"
                                          << "http://127.0.0.1:8080";
        QTest::newRow("http localhost") << "http://localhost:8080/"
                                        << "http://localhost:8080";
        QTest::newRow("http loopback v6") << "http://[::1]:8080"
                                          << "http://[::1]:8080";
    }

    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        auto url = client::parseServerUrl(input);
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
        QCOMPARE(url->toString(), expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << "  "
                               << "required";
        QTest::newRow("plain http remote") << "http://kundencenter.example"
                                           << "https-required";
        QTest::newRow("http lan address") << "http://192.168.1.10:8080"
                                          << "https-required";
        QTest::newRow("http localhost lookalike") << "http://localhost.evil.example"
                                                  << "https-required";
        QTest::newRow("no scheme") << "kundencenter.example"
                                   << "invalid-url";
        QTest::newRow("ftp") << "ftp://kundencenter.example"
                             << "invalid-url";
        QTest::newRow("credentials") << "https://user:pw@kundencenter.example"
                                     << "invalid-url";
        QTest::newRow("query") << "https://kundencenter.example/?x=1"
                               << "invalid-url";
    }

    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        auto url = client::parseServerUrl(input);
        QVERIFY(!url.ok());
        QCOMPARE(url.error().code, code);
        QCOMPARE(url.error().field, QStringLiteral("server"));
        QVERIFY(!url.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerEndpoint)
#include "tst_serverendpoint.moc"
