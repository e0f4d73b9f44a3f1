// Which Erstkontakt addresses get the seed's advice: shared mailboxes, not people.
#include "ui/genericmailbox.h"

#include <QTest>

class TestGenericMailbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("generic");
        QTest::newRow("info") << QStringLiteral("info@muster-handel.example") << true;
        QTest::newRow("upper case") << QStringLiteral("INFO@Muster-Handel.example") << true;
        QTest::newRow("office") << QStringLiteral("office@firma.at") << true;
        QTest::newRow("kontakt") << QStringLiteral("kontakt@firma.de") << true;
        QTest::newRow("mail") << QStringLiteral("mail@firma.de") << true;
        QTest::newRow("service") << QStringLiteral("service@firma.de") << true;
        QTest::newRow("support") << QStringLiteral("support@firma.de") << true;
        QTest::newRow("hallo") << QStringLiteral("hallo@firma.de") << true;
        QTest::newRow("post") << QStringLiteral("post@firma.de") << true;
        QTest::newRow("plus tag") << QStringLiteral("info+shop@firma.de") << true;
        QTest::newRow("spaces") << QStringLiteral("  info@firma.de ") << true;
        QTest::newRow("person") << QStringLiteral("petra.klein@firma.de") << false;
        QTest::newRow("info in name") << QStringLiteral("information.klein@firma.de") << false;
        QTest::newRow("info as domain") << QStringLiteral("petra@info.de") << false;
        QTest::newRow("no at") << QStringLiteral("info") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void classifies()
    {
        QFETCH(QString, address);
        QFETCH(bool, generic);
        QCOMPARE(nb::ui::isGenericMailbox(address), generic);
    }
};

QTEST_GUILESS_MAIN(TestGenericMailbox)
#include "tst_genericmailbox.moc"
