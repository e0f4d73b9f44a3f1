// Domain types: JSON round trips and the mapping of bad input to specific errors.
#include "core/company.h"
#include "core/contact.h"
#include "core/distribution.h"
#include "core/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nb;

namespace {
Company sampleCompany()
{
    Company c;
    c.id = 7;
    c.customerNumber = QStringLiteral("K-100234");
    c.name = QStringLiteral("Muster Handel GmbH");
    c.street = QStringLiteral("Industriestraße 12");
    c.postcode = QStringLiteral("41836");
    c.city = QStringLiteral("Hückelhoven");
    c.country = QStringLiteral("DE");
    c.phone = QStringLiteral("+49 2433 12345-0");
    c.website = QStringLiteral("https://www.muster-handel.example");
    c.vatId = QStringLiteral("DE123456789");
    c.primaryContactEmail = QStringLiteral("info@muster-handel.example");
    return c;
}

QJsonObject sampleContactJson()
{
    return QJsonObject{
        {QStringLiteral("salutation"), QStringLiteral("ms")},
        {QStringLiteral("title"), QStringLiteral("Dr.")},
        {QStringLiteral("firstName"), QStringLiteral("Petra")},
        {QStringLiteral("lastName"), QStringLiteral("Klein")},
        {QStringLiteral("position"), QStringLiteral("Datenschutzbeauftragte")},
        {QStringLiteral("email"), QStringLiteral("Petra.Klein@Muster-Handel.EXAMPLE")},
        {QStringLiteral("phone"), QStringLiteral("+49 2433 12345-30")},
        {QStringLiteral("mobile"), QString()},
        {QStringLiteral("areas"),
         QJsonArray{QStringLiteral("data-protection"), QStringLiteral("purchasing-and-billing")}},
        {QStringLiteral("dataProtectionOfficer"), true},
        {QStringLiteral("emergencyContact"), false},
        {QStringLiteral("receivesCriticalInformation"), true},
        {QStringLiteral("language"), QStringLiteral("en")},
    };
}
} // namespace

class TestDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void companyRoundTrip()
    {
        const Company original = sampleCompany();
        auto parsed = companyFromJson(original.toJson(), original);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(*parsed, original);
    }

    void companyNormalises()
    {
        QJsonObject json = sampleCompany().toJson();
        json[QStringLiteral("country")] = QStringLiteral("de");
        json[QStringLiteral("vatId")] = QStringLiteral("de 123 456 789");
        json[QStringLiteral("primaryContactEmail")] = QStringLiteral("  Info@Bücher.DE ");
        auto parsed = companyFromJson(json, sampleCompany());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->country, QStringLiteral("DE"));
        QCOMPARE(parsed->vatId, QStringLiteral("DE123456789"));
        QCOMPARE(parsed->primaryContactEmail, QStringLiteral("Info@xn--bcher-kva.de"));
    }

    void companyRejects_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const auto s = [](const char *text) {
            return QJsonValue(QString::fromUtf8(text));
        };
        QTest::newRow("unknown field") << "nickname" << s("x") << "unknown-field"
                                       << "nickname";
        QTest::newRow("customer number changed") << "customerNumber" << s("K-999") << "read-only"
                                                 << "customerNumber";
        QTest::newRow("name wrong type") << "name" << QJsonValue(42) << "wrong-type"
                                         << "name";
        QTest::newRow("name empty") << "name" << s("  ") << "required"
                                    << "name";
        QTest::newRow("name too long")
            << "name" << QJsonValue(QString(121, QLatin1Char('x'))) << "too-long"
            << "name";
        QTest::newRow("name control char") << "name" << s("Muster\x07Handel") << "invalid-value"
                                           << "name";
        QTest::newRow("erstkontakt empty") << "primaryContactEmail" << s("") << "required"
                                           << "primaryContactEmail";
        QTest::newRow("erstkontakt invalid")
            << "primaryContactEmail" << s("info(at)muster.de") << "invalid-email"
            << "primaryContactEmail";
        QTest::newRow("erstkontakt injection")
            << "primaryContactEmail" << s("info@muster.de\r\nBcc: x@evil.example")
            << "invalid-value"
            << "primaryContactEmail";
        QTest::newRow("country") << "country" << s("D1") << "invalid-value"
                                 << "country";
        QTest::newRow("german postcode") << "postcode" << s("4183") << "invalid-value"
                                         << "postcode";
        QTest::newRow("phone letters") << "phone" << s("call me") << "invalid-value"
                                       << "phone";
        QTest::newRow("website scheme") << "website" << s("ftp://muster.example") << "invalid-value"
                                        << "website";
        QTest::newRow("website javascript")
            << "website" << s("javascript:alert(1)") << "invalid-value"
            << "website";
        QTest::newRow("vat id") << "vatId" << s("123") << "invalid-value"
                                << "vatId";
    }

    void companyRejects()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QJsonObject json = sampleCompany().toJson();
        json.insert(key, value);
        auto parsed = companyFromJson(json, sampleCompany());
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QCOMPARE(parsed.error().field, field);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void companyPutNeedsEveryField()
    {
        QJsonObject json = sampleCompany().toJson();
        json.remove(QStringLiteral("city"));
        auto parsed = companyFromJson(json, sampleCompany());
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("required"));
        QCOMPARE(parsed.error().field, QStringLiteral("city"));
    }

    void contactRoundTrip()
    {
        auto parsed = contactFromJson(sampleContactJson());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->email, QStringLiteral("Petra.Klein@muster-handel.example"));
        // Areas come back in display order, whatever order the client sent.
        QCOMPARE(parsed->areas, (QStringList{QStringLiteral("purchasing-and-billing"),
                                             QStringLiteral("data-protection")}));
        QJsonObject again = parsed->toJson();
        again.remove(QStringLiteral("id"));
        auto reparsed = contactFromJson(again);
        QVERIFY(reparsed.ok());
        QCOMPARE(*reparsed, *parsed);
    }

    void contactDefaults()
    {
        auto parsed = contactFromJson(
            QJsonObject{{QStringLiteral("firstName"), QStringLiteral("Jonas")},
                        {QStringLiteral("lastName"), QStringLiteral("Weber")},
                        {QStringLiteral("email"), QStringLiteral("jonas@muster-handel.example")}});
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->language, QStringLiteral("de"));
        QVERIFY(!parsed->receivesCriticalInformation);
        QVERIFY(parsed->areas.isEmpty());
    }

    void contactRejects_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        const auto s = [](const char *text) {
            return QJsonValue(QString::fromUtf8(text));
        };
        QTest::newRow("id from client") << "id" << QJsonValue(5) << "unknown-field";
        QTest::newRow("salutation") << "salutation" << s("sir") << "invalid-value";
        QTest::newRow("first name missing") << "firstName" << QJsonValue() << "required";
        QTest::newRow("email missing") << "email" << QJsonValue() << "required";
        QTest::newRow("email invalid") << "email" << s("petra@") << "invalid-email";
        QTest::newRow("areas not a list") << "areas" << s("it-and-technology") << "wrong-type";
        QTest::newRow("areas unknown")
            << "areas" << QJsonValue(QJsonArray{s("catering")}) << "invalid-value";
        QTest::newRow("areas number") << "areas" << QJsonValue(QJsonArray{1}) << "wrong-type";
        QTest::newRow("flag as text") << "emergencyContact" << s("yes") << "wrong-type";
        QTest::newRow("language") << "language" << s("fr") << "invalid-value";
        QTest::newRow("mobile") << "mobile" << s("0171-CALLME") << "invalid-value";
    }

    void contactRejects()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QJsonObject json = sampleContactJson();
        if (value.isNull())
            json.remove(key);
        else
            json.insert(key, value);
        auto parsed = contactFromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QCOMPARE(parsed.error().field, key);
    }

    void distributionAddresses()
    {
        auto parsed = distributionAddressesFromJson(QJsonObject{
            {QStringLiteral("addresses"),
             QJsonArray{QStringLiteral("it@Muster-Handel.example"), QStringLiteral("a@b.de")}}});
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, (QStringList{QStringLiteral("it@muster-handel.example"),
                                       QStringLiteral("a@b.de")}));
    }

    void distributionRejectsDuplicatesAfterNormalisation()
    {
        auto parsed = distributionAddressesFromJson(
            QJsonObject{{QStringLiteral("addresses"), QJsonArray{QStringLiteral("IT@muster.de"),
                                                                 QStringLiteral("it@MUSTER.de")}}});
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("duplicate-address"));
        QCOMPARE(parsed.error().field, QStringLiteral("addresses[1]"));
    }

    void distributionRejectsBadEntryNamingIt()
    {
        auto parsed = distributionAddressesFromJson(
            QJsonObject{{QStringLiteral("addresses"),
                         QJsonArray{QStringLiteral("ok@muster.de"), QStringLiteral("kaputt")}}});
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("invalid-email"));
        QCOMPARE(parsed.error().field, QStringLiteral("addresses[1]"));
    }

    void distributionLimits()
    {
        QJsonArray many;
        for (int i = 0; i <= maxDistributionAddresses; ++i)
            many.append(QStringLiteral("user%1@muster.de").arg(i));
        auto parsed =
            distributionAddressesFromJson(QJsonObject{{QStringLiteral("addresses"), many}});
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("too-long"));
        QCOMPARE(distributionCategories().size(), 6);
    }

    void malformedJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray("{\"name\": ");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("trailing garbage") << QByteArray("{} x");
    }

    void malformedJson()
    {
        QFETCH(QByteArray, body);
        Error error;
        QVERIFY(!parseJsonObject(body, &error).has_value());
        QCOMPARE(error.code, QStringLiteral("malformed-json"));
        QVERIFY(!error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
