// The Firmenprofil: GET / PUT /api/v1/company with its ETag, If-Match (428, 412), If-None-Match
// (304), validation naming the field, normalisation, and the Erstkontakt reserved to admins.
#include "apiclient.h"
#include "serverprocess.h"

#include <QJsonObject>
#include <QTest>

using namespace nbtest;

namespace {

const QString companyPath = QStringLiteral("/api/v1/company");

QJsonObject changed(QJsonObject object, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

class TestApiCompany : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void getShowsTheFirmenprofil();
    void ifNoneMatchAnswersNotModified();
    void putWithoutIfMatchIsRefused();
    void putChangesTheProfileAndItsETag();
    void staleIfMatchIsRefused();
    void putNormalisesValues();
    void invalidValuesNameTheField_data();
    void invalidValuesNameTheField();
    void membersMayEditButNotTheErstkontakt();

private:
    // The Firmenprofil as the admin reads it now.
    Reply current() { return m_admin.get(companyPath); }

    ServerProcess m_server;
    ApiClient m_admin{m_server};
    ApiClient m_member{m_server};
};

void TestApiCompany::initTestCase()
{
    NB_START_SERVER(m_server);
    NB_SIGN_IN(m_admin, demo::musterAdmin);
    NB_SIGN_IN(m_member, demo::musterMember);
}

void TestApiCompany::getShowsTheFirmenprofil()
{
    for (ApiClient *client : {&m_admin, &m_member}) {
        const Reply reply = client->get(companyPath);
        NB_VERIFY_STATUS(reply, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        const QByteArray etag = reply.header("ETag");
        QVERIFY2(etag.size() > 2 && etag.startsWith('"') && etag.endsWith('"'), etag);
        const QJsonObject company = reply.json();
        QCOMPARE(company.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Muster Handel GmbH"));
        QCOMPARE(company.value(QStringLiteral("customerNumber")).toString(),
                 QStringLiteral("K-100234"));
        QCOMPARE(company.value(QStringLiteral("primaryContactEmail")).toString(),
                 demo::musterErstkontakt);
        QCOMPARE(company.value(QStringLiteral("street")).toString(),
                 QString::fromUtf8("Industriestraße 12"));
        QCOMPARE(company.value(QStringLiteral("city")).toString(),
                 QString::fromUtf8("Hückelhoven"));
        for (const char *key : {"postcode", "country", "phone", "website", "vatId"})
            QVERIFY2(company.value(QLatin1String(key)).isString(), key);
    }
}

void TestApiCompany::ifNoneMatchAnswersNotModified()
{
    const Reply first = current();
    NB_VERIFY_STATUS(first, 200);
    const QByteArray etag = first.header("ETag");

    const Reply same = m_admin.get(companyPath, {{"If-None-Match", etag}});
    NB_VERIFY_STATUS(same, 304);
    QVERIFY(same.body.isEmpty());
    QCOMPARE(same.header("ETag"), etag);
    NB_VERIFY_STATUS(m_admin.get(companyPath, {{"If-None-Match", "\"other\", " + etag}}), 304);
    NB_VERIFY_STATUS(m_admin.get(companyPath, {{"If-None-Match", "*"}}), 304);

    const Reply other = m_admin.get(companyPath, {{"If-None-Match", "\"company-v0\""}});
    NB_VERIFY_STATUS(other, 200);
    QCOMPARE(other.body, first.body);
}

void TestApiCompany::putWithoutIfMatchIsRefused()
{
    const Reply before = current();
    const QJsonObject edit =
        changed(before.json(), {{QStringLiteral("phone"), QStringLiteral("+49 2433 99999")}});
    NB_VERIFY_PROBLEM(m_admin.put(companyPath, toJson(edit)), 428, "precondition-required", "");
    const Reply after = current();
    QCOMPARE(after.body, before.body);
    QCOMPARE(after.header("ETag"), before.header("ETag"));
}

void TestApiCompany::putChangesTheProfileAndItsETag()
{
    const Reply before = current();
    const QByteArray etag = before.header("ETag");
    const QJsonObject edit =
        changed(before.json(), {{QStringLiteral("street"), QStringLiteral("Am Markt 1")},
                                {QStringLiteral("phone"), QStringLiteral("+49 2433 55555")}});
    const Reply put = m_admin.put(companyPath, toJson(edit), {{"If-Match", etag}});
    NB_VERIFY_STATUS(put, 200);
    QCOMPARE(put.json(), edit);
    const QByteArray newTag = put.header("ETag");
    QVERIFY(!newTag.isEmpty());
    QVERIFY(newTag != etag);

    const Reply after = current();
    QCOMPARE(after.json(), edit);
    QCOMPARE(after.header("ETag"), newTag);
    // The old tag no longer counts as current.
    NB_VERIFY_STATUS(m_admin.get(companyPath, {{"If-None-Match", etag}}), 200);
    // Readers of the same company see the change.
    QCOMPARE(m_member.get(companyPath).json(), edit);
}

void TestApiCompany::staleIfMatchIsRefused()
{
    const Reply read = current();
    const QByteArray stale = read.header("ETag");
    // Someone else saves first.
    const QJsonObject theirs =
        changed(read.json(), {{QStringLiteral("city"), QStringLiteral("Erkelenz")}});
    NB_VERIFY_STATUS(m_member.put(companyPath, toJson(theirs), {{"If-Match", stale}}), 200);

    const QJsonObject mine =
        changed(read.json(), {{QStringLiteral("website"), QStringLiteral("https://m.example")}});
    NB_VERIFY_PROBLEM(m_admin.put(companyPath, toJson(mine), {{"If-Match", stale}}), 412, "stale",
                      "");
    NB_VERIFY_PROBLEM(m_admin.put(companyPath, toJson(mine), {{"If-Match", "W/" + stale}}), 412,
                      "stale", "");
    const QJsonObject after = current().json();
    QCOMPARE(after, theirs);
}

void TestApiCompany::putNormalisesValues()
{
    const Reply before = current();
    const QJsonObject edit = changed(
        before.json(),
        {{QStringLiteral("country"), QStringLiteral("at")},
         {QStringLiteral("postcode"), QStringLiteral("1010")},
         {QStringLiteral("vatId"), QStringLiteral("atu 1234 5678")},
         {QStringLiteral("name"), QStringLiteral("  Muster Handel GmbH  ")},
         {QStringLiteral("primaryContactEmail"), QString::fromUtf8("Info@Müller-Handel.EXAMPLE")}});
    const Reply put = m_admin.put(companyPath, toJson(edit), {{"If-Match", before.header("ETag")}});
    NB_VERIFY_STATUS(put, 200);
    const QJsonObject after = current().json();
    QCOMPARE(after, put.json());
    QCOMPARE(after.value(QStringLiteral("country")).toString(), QStringLiteral("AT"));
    QCOMPARE(after.value(QStringLiteral("vatId")).toString(), QStringLiteral("ATU12345678"));
    QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("Muster Handel GmbH"));
    // IDN domain to punycode, domain lower-cased, local part as typed.
    QCOMPARE(after.value(QStringLiteral("primaryContactEmail")).toString(),
             QStringLiteral("Info@xn--mller-handel-dlb.example"));

    // Back to the demo values for the tests that follow.
    const Reply restored = m_admin.put(
        companyPath,
        toJson(changed(before.json(),
                       {{QStringLiteral("primaryContactEmail"), demo::musterErstkontakt}})),
        {{"If-Match", put.header("ETag")}});
    NB_VERIFY_STATUS(restored, 200);
}

void TestApiCompany::invalidValuesNameTheField_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("removed"); // a key taken out of the body
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, const QJsonObject &changes, const char *code,
                        const char *field, const char *removed = "") {
        QTest::newRow(name) << changes << QString::fromLatin1(removed) << QString::fromLatin1(code)
                            << QString::fromLatin1(field);
    };
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };
    row("unknown field", {{s("fax"), s("+49 1")}}, "unknown-field", "fax");
    row("name not a text", {{s("name"), 42}}, "wrong-type", "name");
    row("name empty", {{s("name"), s("   ")}}, "required", "name");
    row("name too long", {{s("name"), QString(121, QLatin1Char('x'))}}, "too-long", "name");
    row("city with control character", {{s("city"), s("K\u00f6ln\a")}}, "invalid-value", "city");
    row("Erstkontakt invalid", {{s("primaryContactEmail"), s("info(at)muster-handel.example")}},
        "invalid-email", "primaryContactEmail");
    row("Erstkontakt two @", {{s("primaryContactEmail"), s("info@muster@handel.example")}},
        "invalid-email", "primaryContactEmail");
    row("Erstkontakt not a text", {{s("primaryContactEmail"), QJsonValue::Null}}, "wrong-type",
        "primaryContactEmail");
    row("Erstkontakt missing", {}, "required", "primaryContactEmail", "primaryContactEmail");
    row("German postcode", {{s("postcode"), s("4183")}}, "invalid-value", "postcode");
    row("country", {{s("country"), s("Deutschland")}}, "too-long", "country");
    row("website", {{s("website"), s("ftp://muster-handel.example")}}, "invalid-value", "website");
    row("phone", {{s("phone"), s("call us")}}, "invalid-value", "phone");
    row("VAT id", {{s("vatId"), s("123456789")}}, "invalid-value", "vatId");
    row("customer number is read-only", {{s("customerNumber"), s("K-200871")}}, "read-only",
        "customerNumber");
}

void TestApiCompany::invalidValuesNameTheField()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QString, removed);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const Reply before = current();
    NB_VERIFY_STATUS(before, 200);
    QJsonObject edit = changed(before.json(), changes);
    // A valid change next to the invalid one must not be stored either.
    if (!changes.contains(QStringLiteral("street")))
        edit.insert(QStringLiteral("street"), QStringLiteral("Nirgendwo 1"));
    edit.remove(removed);

    const Reply put = m_admin.put(companyPath, toJson(edit), {{"If-Match", before.header("ETag")}});
    const QByteArray codeText = code.toLatin1(), fieldText = field.toLatin1();
    NB_VERIFY_PROBLEM(put, 422, codeText.constData(), fieldText.constData());

    const Reply after = current();
    QCOMPARE(after.body, before.body);
    QCOMPARE(after.header("ETag"), before.header("ETag"));
}

void TestApiCompany::membersMayEditButNotTheErstkontakt()
{
    Reply before = current();
    // A member changes the phone number: allowed.
    QJsonObject edit =
        changed(before.json(), {{QStringLiteral("phone"), QStringLiteral("+49 2433 77777")}});
    const Reply phone =
        m_member.put(companyPath, toJson(edit), {{"If-Match", before.header("ETag")}});
    NB_VERIFY_STATUS(phone, 200);

    // ... but not the Erstkontakt, not even together with an allowed change.
    edit = changed(phone.json(), {{QStringLiteral("primaryContactEmail"),
                                   QStringLiteral("jonas.weber@muster-handel.example")},
                                  {QStringLiteral("phone"), QStringLiteral("+49 2433 88888")}});
    NB_VERIFY_PROBLEM(m_member.put(companyPath, toJson(edit), {{"If-Match", phone.header("ETag")}}),
                      403, "admin-required", "primaryContactEmail");
    before = current();
    QCOMPARE(before.json(), phone.json());
    QCOMPARE(before.header("ETag"), phone.header("ETag"));

    // The admin may.
    const Reply admin =
        m_admin.put(companyPath, toJson(edit), {{"If-Match", phone.header("ETag")}});
    NB_VERIFY_STATUS(admin, 200);
    QCOMPARE(current().json().value(QStringLiteral("primaryContactEmail")).toString(),
             QStringLiteral("jonas.weber@muster-handel.example"));
}

QTEST_GUILESS_MAIN(TestApiCompany)
#include "tst_api_company.moc"
