// The Ansprechpartner: GET / POST /api/v1/contacts and GET / PUT / DELETE /api/v1/contacts/{id}
// with ETags (428, 412, 304), Idempotency-Key on POST, and validation naming the field.
#include "apiclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace nbtest;

namespace {

const QString contactsPath = QStringLiteral("/api/v1/contacts");

QJsonObject newContact(const QString &email = QStringLiteral("lea.wolf@muster-handel.example"))
{
    return QJsonObject{
        {QStringLiteral("salutation"), QStringLiteral("ms")},
        {QStringLiteral("title"), QStringLiteral("Prof. Dr.")},
        {QStringLiteral("firstName"), QStringLiteral("Lea")},
        {QStringLiteral("lastName"), QStringLiteral("Wolf")},
        {QStringLiteral("position"), QStringLiteral("CISO")},
        {QStringLiteral("email"), email},
        {QStringLiteral("phone"), QStringLiteral("+49 2433 12345-30")},
        {QStringLiteral("mobile"), QStringLiteral("+49 170 1234567")},
        {QStringLiteral("areas"),
         QJsonArray{QStringLiteral("it-and-technology"), QStringLiteral("data-protection")}},
        {QStringLiteral("dataProtectionOfficer"), false},
        {QStringLiteral("emergencyContact"), true},
        {QStringLiteral("receivesCriticalInformation"), true},
        {QStringLiteral("language"), QStringLiteral("en")},
    };
}

// The stored representation minus what the server adds (id, etag).
QJsonObject withoutServerFields(QJsonObject contact)
{
    contact.remove(QStringLiteral("id"));
    contact.remove(QStringLiteral("etag"));
    return contact;
}

QString pathOf(qint64 id)
{
    return contactsPath + QLatin1Char('/') + QString::number(id);
}

} // namespace

class TestApiContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void listShowsTheAnsprechpartner();
    void createReadUpdateDelete();
    void ifNoneMatchAnswersNotModified();
    void idempotencyKeyReplaysTheFirstCreation();
    void idempotencyKeyWithAnotherBodyIsRefused();
    void idempotencyKeyMustBeSensible_data();
    void idempotencyKeyMustBeSensible();
    void invalidContactsNameTheField_data();
    void invalidContactsNameTheField();
    void idsThatAreNoIdsAreNotFound_data();
    void idsThatAreNoIdsAreNotFound();
    void membersMayManageContacts();

private:
    QJsonArray contacts(QByteArray *etag = nullptr);

    ServerProcess m_server;
    ApiClient m_admin{m_server};
    ApiClient m_member{m_server};
};

void TestApiContacts::initTestCase()
{
    NB_START_SERVER(m_server);
    NB_SIGN_IN(m_admin, demo::musterAdmin);
    NB_SIGN_IN(m_member, demo::musterMember);
}

QJsonArray TestApiContacts::contacts(QByteArray *etag)
{
    const Reply reply = m_admin.get(contactsPath);
    if (reply.status != 200)
        qWarning("GET %s: %s", qPrintable(contactsPath), qPrintable(reply.describe()));
    if (etag)
        *etag = reply.header("ETag");
    return reply.json().value(QStringLiteral("contacts")).toArray();
}

void TestApiContacts::listShowsTheAnsprechpartner()
{
    const Reply reply = m_member.get(contactsPath);
    NB_VERIFY_STATUS(reply, 200);
    QVERIFY(!reply.header("ETag").isEmpty());
    const QJsonArray list = reply.json().value(QStringLiteral("contacts")).toArray();
    QCOMPARE(list.size(), qsizetype(4));
    QStringList emails;
    for (const QJsonValue &value : list) {
        const QJsonObject contact = value.toObject();
        emails.append(contact.value(QStringLiteral("email")).toString());
        QVERIFY(contact.value(QStringLiteral("id")).toInteger() > 0);
        QVERIFY(!contact.value(QStringLiteral("etag")).toString().isEmpty());
    }
    QCOMPARE(emails, (QStringList{QStringLiteral("anna.schmidt@muster-handel.example"),
                                  QStringLiteral("jonas.weber@muster-handel.example"),
                                  QStringLiteral("petra.klein@muster-handel.example"),
                                  QStringLiteral("buchhaltung@muster-handel.example")}));
    const QJsonObject petra = list.at(2).toObject();
    QCOMPARE(petra.value(QStringLiteral("title")).toString(), QStringLiteral("Dr."));
    QCOMPARE(petra.value(QStringLiteral("dataProtectionOfficer")).toBool(), true);
    QCOMPARE(petra.value(QStringLiteral("areas")).toArray(),
             QJsonArray{QStringLiteral("data-protection")});
    const QJsonObject anna = list.at(0).toObject();
    QCOMPARE(anna.value(QStringLiteral("emergencyContact")).toBool(), true);
    QCOMPARE(anna.value(QStringLiteral("receivesCriticalInformation")).toBool(), true);
    QCOMPARE(anna.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
}

void TestApiContacts::createReadUpdateDelete()
{
    QByteArray listTag;
    const QJsonArray before = contacts(&listTag);

    // Create: 201 with Location and ETag; the e-mail domain is normalised (IDN to punycode) and
    // the areas come back de-duplicated in their fixed order.
    QJsonObject body = newContact(QString::fromUtf8("Lea.Wolf@Bücher.Example"));
    body.insert(QStringLiteral("areas"),
                QJsonArray{QStringLiteral("data-protection"), QStringLiteral("it-and-technology"),
                           QStringLiteral("data-protection")});
    const Reply created = m_admin.post(contactsPath, toJson(body));
    NB_VERIFY_STATUS(created, 201);
    const QJsonObject stored = created.json();
    const qint64 id = stored.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(created.header("Location"), pathOf(id).toLatin1());
    QCOMPARE(created.header("ETag"), stored.value(QStringLiteral("etag")).toString().toLatin1());
    QJsonObject expected = newContact(QStringLiteral("Lea.Wolf@xn--bcher-kva.example"));
    QCOMPARE(withoutServerFields(stored), expected);

    // Read it back, alone and in the list (whose tag changed).
    const Reply read = m_admin.get(pathOf(id));
    NB_VERIFY_STATUS(read, 200);
    QCOMPARE(read.json(), stored);
    QCOMPARE(read.header("ETag"), created.header("ETag"));
    QByteArray newListTag;
    const QJsonArray after = contacts(&newListTag);
    QCOMPARE(after.size(), before.size() + 1);
    QVERIFY(after.contains(stored));
    QVERIFY(newListTag != listTag);

    // Update: If-Match required, then a new ETag; the stale one is refused.
    QJsonObject update = withoutServerFields(stored);
    update.insert(QStringLiteral("position"), QStringLiteral("Leiterin Informationssicherheit"));
    update.insert(QStringLiteral("receivesCriticalInformation"), false);
    NB_VERIFY_PROBLEM(m_admin.put(pathOf(id), toJson(update)), 428, "precondition-required", "");
    const Reply updated =
        m_admin.put(pathOf(id), toJson(update), {{"If-Match", created.header("ETag")}});
    NB_VERIFY_STATUS(updated, 200);
    QCOMPARE(withoutServerFields(updated.json()), update);
    QCOMPARE(updated.json().value(QStringLiteral("id")).toInteger(), id);
    QVERIFY(updated.header("ETag") != created.header("ETag"));
    QJsonObject lost = update;
    lost.insert(QStringLiteral("position"), QStringLiteral("lost update"));
    NB_VERIFY_PROBLEM(m_admin.put(pathOf(id), toJson(lost), {{"If-Match", created.header("ETag")}}),
                      412, "stale", "");
    QCOMPARE(m_admin.get(pathOf(id)).json(), updated.json());

    // Delete: If-Match required, stale refused, then gone.
    NB_VERIFY_PROBLEM(m_admin.del(pathOf(id)), 428, "precondition-required", "");
    NB_VERIFY_PROBLEM(m_admin.del(pathOf(id), {{"If-Match", created.header("ETag")}}), 412, "stale",
                      "");
    NB_VERIFY_STATUS(m_admin.get(pathOf(id)), 200);
    const Reply deleted = m_admin.del(pathOf(id), {{"If-Match", updated.header("ETag")}});
    NB_VERIFY_STATUS(deleted, 204);
    QVERIFY(deleted.body.isEmpty());
    NB_VERIFY_PROBLEM(m_admin.get(pathOf(id)), 404, "not-found", "");
    NB_VERIFY_PROBLEM(m_admin.del(pathOf(id), {{"If-Match", "*"}}), 404, "not-found", "");
    QCOMPARE(contacts(), before);
}

void TestApiContacts::ifNoneMatchAnswersNotModified()
{
    QByteArray listTag;
    contacts(&listTag);
    const Reply list = m_admin.get(contactsPath, {{"If-None-Match", listTag}});
    NB_VERIFY_STATUS(list, 304);
    QVERIFY(list.body.isEmpty());

    const QJsonObject first = contacts().at(0).toObject();
    const QString path = pathOf(first.value(QStringLiteral("id")).toInteger());
    const QByteArray tag = first.value(QStringLiteral("etag")).toString().toLatin1();
    const Reply single = m_admin.get(path, {{"If-None-Match", tag}});
    NB_VERIFY_STATUS(single, 304);
    QCOMPARE(single.header("ETag"), tag);

    // After a change both answer in full again.
    QJsonObject edit = withoutServerFields(first);
    edit.insert(QStringLiteral("mobile"), QStringLiteral("+49 171 7654321"));
    NB_VERIFY_STATUS(m_admin.put(path, toJson(edit), {{"If-Match", tag}}), 200);
    NB_VERIFY_STATUS(m_admin.get(path, {{"If-None-Match", tag}}), 200);
    NB_VERIFY_STATUS(m_admin.get(contactsPath, {{"If-None-Match", listTag}}), 200);
}

void TestApiContacts::idempotencyKeyReplaysTheFirstCreation()
{
    const QJsonArray before = contacts();
    const QByteArray body = toJson(newContact(QStringLiteral("retry@muster-handel.example")));
    const Headers key{{"Idempotency-Key", "create-retry-1"}};

    const Reply first = m_admin.post(contactsPath, body, key);
    NB_VERIFY_STATUS(first, 201);
    QVERIFY(!first.hasHeader("Idempotent-Replayed"));
    const Reply again = m_admin.post(contactsPath, body, key);
    NB_VERIFY_STATUS(again, 201);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.header("Location"), first.header("Location"));
    QCOMPARE(again.header("ETag"), first.header("ETag"));
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));

    // One contact, not two.
    const QJsonArray after = contacts();
    QCOMPARE(after.size(), before.size() + 1);

    // Without the key the same body creates another contact: the key, not the body, dedups.
    const Reply other = m_admin.post(contactsPath, body);
    NB_VERIFY_STATUS(other, 201);
    QVERIFY(other.header("Location") != first.header("Location"));
    QCOMPARE(contacts().size(), before.size() + 2);
}

void TestApiContacts::idempotencyKeyWithAnotherBodyIsRefused()
{
    const Headers key{{"Idempotency-Key", "create-retry-2"}};
    NB_VERIFY_STATUS(m_admin.post(contactsPath,
                                  toJson(newContact(QStringLiteral("one@muster-handel.example"))),
                                  key),
                     201);
    const QJsonArray before = contacts();
    const Reply reused = m_admin.post(
        contactsPath, toJson(newContact(QStringLiteral("two@muster-handel.example"))), key);
    NB_VERIFY_PROBLEM(reused, 422, "idempotency-key-reused", "");
    QCOMPARE(contacts(), before);
}

void TestApiContacts::idempotencyKeyMustBeSensible_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("201 characters") << QByteArray(201, 'k');
}

void TestApiContacts::idempotencyKeyMustBeSensible()
{
    QFETCH(QByteArray, key);
    const QJsonArray before = contacts();
    const Reply reply =
        m_admin.post(contactsPath, toJson(newContact(QStringLiteral("key@muster-handel.example"))),
                     {{"Idempotency-Key", key}});
    NB_VERIFY_PROBLEM(reply, 400, "invalid-idempotency-key", "");
    QCOMPARE(contacts(), before);
}

void TestApiContacts::invalidContactsNameTheField_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // undefined: the key is left out
    QTest::addColumn<QString>("code");
    int count = 0;
    const auto row = [&count](const char *key, const QJsonValue &value, const char *code) {
        QTest::addRow("%d %s %s", ++count, key, code)
            << QString::fromLatin1(key) << value << QString::fromLatin1(code);
    };
    const auto s = [](const char *text) {
        return QJsonValue(QString::fromUtf8(text));
    };
    row("id", 17, "unknown-field");
    row("nickname", s("Lea"), "unknown-field");
    row("firstName", 7, "wrong-type");
    row("firstName", QJsonValue(QJsonValue::Undefined), "required");
    row("firstName", s("Lea\nMarie"), "invalid-value");
    row("lastName", s(" "), "required");
    row("lastName", QJsonValue(QString(81, QLatin1Char('w'))), "too-long");
    row("email", QJsonValue(QJsonValue::Undefined), "required");
    row("email", s("lea.wolf@"), "invalid-email");
    row("email", s("lea wolf@muster-handel.example"), "invalid-email");
    row("email", s("lea.wolf@muster-handel..example"), "invalid-email");
    row("email", QJsonValue(QJsonArray{s("lea@muster-handel.example")}), "wrong-type");
    row("salutation", s("herr"), "invalid-value");
    row("phone", s("call me"), "invalid-value");
    row("mobile", s("0170-CALL-ME"), "invalid-value");
    row("areas", s("it-and-technology"), "wrong-type");
    row("areas", QJsonValue(QJsonArray{s("cooking")}), "invalid-value");
    row("areas", QJsonValue(QJsonArray{1}), "wrong-type");
    row("receivesCriticalInformation", s("yes"), "wrong-type");
    row("emergencyContact", 1, "wrong-type");
    row("language", s("fr"), "invalid-value");
}

void TestApiContacts::invalidContactsNameTheField()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, code);
    QJsonObject body = newContact(QStringLiteral("invalid@muster-handel.example"));
    if (value.isUndefined())
        body.remove(key);
    else
        body.insert(key, value);
    const QByteArray codeText = code.toLatin1(), fieldText = key.toLatin1();

    // Creating: refused, and nothing was created.
    QByteArray listTag;
    const QJsonArray before = contacts(&listTag);
    NB_VERIFY_PROBLEM(m_admin.post(contactsPath, toJson(body)), 422, codeText.constData(),
                      fieldText.constData());
    QByteArray tagAfter;
    QCOMPARE(contacts(&tagAfter), before);
    QCOMPARE(tagAfter, listTag);

    // Replacing an existing contact: refused, and the contact is unchanged.
    const QJsonObject existing = before.at(1).toObject();
    const QString path = pathOf(existing.value(QStringLiteral("id")).toInteger());
    const QByteArray etag = existing.value(QStringLiteral("etag")).toString().toLatin1();
    NB_VERIFY_PROBLEM(m_admin.put(path, toJson(body), {{"If-Match", etag}}), 422,
                      codeText.constData(), fieldText.constData());
    const Reply after = m_admin.get(path);
    QCOMPARE(after.json(), existing);
    QCOMPARE(after.header("ETag"), etag);
}

void TestApiContacts::idsThatAreNoIdsAreNotFound_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"abc", "0", "-1", "1.0", "99999999999999999999", "999999"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestApiContacts::idsThatAreNoIdsAreNotFound()
{
    QFETCH(QString, id);
    const QString path = contactsPath + QLatin1Char('/') + id;
    NB_VERIFY_PROBLEM(m_admin.get(path), 404, "not-found", "");
    NB_VERIFY_PROBLEM(m_admin.put(path, toJson(newContact()), {{"If-Match", "*"}}), 404,
                      "not-found", "");
    NB_VERIFY_PROBLEM(m_admin.del(path, {{"If-Match", "*"}}), 404, "not-found", "");
}

void TestApiContacts::membersMayManageContacts()
{
    const Reply created = m_member.post(
        contactsPath, toJson(newContact(QStringLiteral("member@muster-handel.example"))));
    NB_VERIFY_STATUS(created, 201);
    const QString path = QString::fromLatin1(created.header("Location"));
    QJsonObject edit = withoutServerFields(created.json());
    edit.insert(QStringLiteral("lastName"), QStringLiteral("Wolf-Berger"));
    const Reply updated = m_member.put(path, toJson(edit), {{"If-Match", created.header("ETag")}});
    NB_VERIFY_STATUS(updated, 200);
    QCOMPARE(m_admin.get(path).json(), updated.json());
    NB_VERIFY_STATUS(m_member.del(path, {{"If-Match", updated.header("ETag")}}), 204);
    NB_VERIFY_STATUS(m_admin.get(path), 404);
}

QTEST_GUILESS_MAIN(TestApiContacts)
#include "tst_api_contacts.moc"
