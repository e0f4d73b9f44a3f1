// Sending a mandatory mailing against the real server and a real SMTP server on loopback
// (tests/support/smtpsink.py): the preview is the mail as sent (genuine with the core check, the
// banner, List-Id, the link to manage recipients) also "as" a company; a test send arrives at the
// typed address; only an approved mailing is sent, with If-Match; the send publishes the signed
// notice into the licensing companies' inboxes and delivers exactly one genuine mail to every
// recipient address the recipients route lists (minus exclusions), none to unlicensed or
// excluded ones; sending again changes nothing; the results count delivery, acknowledgements
// and reads in the app (per user, the first one); customers get 403 everywhere, and a server
// without --smtp says so.
#include "apiclient.h"
#include "core/crypto.h"
#include "core/dsse.h"
#include "core/keylist.h"
#include "core/mail.h"
#include "serverprocess.h"
#include "smtpsink.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace nbtest;

namespace {

const QString mailings = QStringLiteral("/api/v1/staff/mailings");
const QString approver = QStringLiteral("approver@notabene.example");

QString path(qint64 id, const QString &tail = {})
{
    return mailings + QLatin1Char('/') + QString::number(id) + tail;
}

// A clean security mailing for the Warenwirtschaft, due in 30 days.
QJsonObject draft(
    const QString &subject = QStringLiteral("Sicherheitsupdate für die Warenwirtschaft verfügbar"))
{
    return QJsonObject{
        {QStringLiteral("products"), QJsonArray{QStringLiteral("wawi")}},
        {QStringLiteral("category"), QStringLiteral("security")},
        {QStringLiteral("severity"), QStringLiteral("important")},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("body"),
         QStringLiteral("Für die Warenwirtschaft steht ein Sicherheitsupdate bereit. Bitte "
                        "spielen Sie es ein. Fragen beantwortet der Support "
                        "(Support-Ticket in der Notabene-App).")},
        {QStringLiteral("actBy"),
         QDateTime::currentDateTimeUtc().date().addDays(30).toString(Qt::ISODate)},
        {QStringLiteral("link"), QStringLiteral("https://status.notabene.example/wawi")}};
}

bool waitFor(const std::function<bool()> &condition, int ms = 30'000)
{
    QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(50);
    }
    return true;
}

} // namespace

class TestApiMailingSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onlyStaffMaySendOrPreview();
    void previewIsTheMailAsSent();
    void previewAsCompany();
    void testSendArrivesAtTheTypedAddress();
    void onlyAnApprovedMailingIsSent();
    void sendDeliversOneGenuineMailPerRecipient();
    void resultsCountDeliveryAndAcknowledgements();
    void serverWithoutSmtpSaysSo();

private:
    qint64 createMailing(const QJsonObject &body = draft());
    QByteArray etagOf(qint64 id);
    nb::mail::MailCheck check(const QByteArray &eml);

    QTemporaryDir m_dir;
    QString m_keys;
    SmtpSink m_sink;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiClient> m_staff;
    std::unique_ptr<ApiClient> m_approver;
    std::unique_ptr<ApiClient> m_customer;
    QList<nb::KeyList> m_keyLists;
    nb::mail::VendorIdentity m_vendor;
    qint64 m_sent = 0; // the mailing sendDelivers… sent
};

void TestApiMailingSend::initTestCase()
{
    QVERIFY(nb::crypto::initialize());
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sink.start(), qPrintable(m_sink.errorString()));
    m_keys = m_dir.filePath(QStringLiteral("keys"));
    QString error;
    QVERIFY2(initKeyFolder(m_keys, &error), qPrintable(error));
    qputenv("NOTABENE_DELIVERY_POLL_MS", "100");
    qputenv("NOTABENE_DELIVERY_RETRY_MS", "200");
    m_server = std::make_unique<ServerProcess>(QStringList{QStringLiteral("--smtp"), m_sink.url()});
    m_server->enableNotices(m_keys);
    NB_START_SERVER(*m_server);
    m_staff = std::make_unique<ApiClient>(*m_server);
    m_approver = std::make_unique<ApiClient>(*m_server);
    m_customer = std::make_unique<ApiClient>(*m_server);
    NB_SIGN_IN(*m_staff, demo::staff);
    NB_SIGN_IN(*m_approver, approver);
    NB_SIGN_IN(*m_customer, demo::musterAdmin);

    // What a customer's client knows offline: the key chain from the shipped roots, the branding.
    const QJsonArray roots = QJsonDocument::fromJson(exportRoots(m_keys))
                                 .object()
                                 .value(QStringLiteral("rootKeys"))
                                 .toArray();
    const nb::signing::PublicKey root{
        QByteArray::fromBase64(roots.at(0)[QStringLiteral("publicKey")].toString().toLatin1())};
    ApiClient anonymous(*m_server);
    const Reply keys = anonymous.get(QStringLiteral("/api/v1/keys"));
    NB_VERIFY_STATUS(keys, 200);
    const auto envelope = nb::dsse::envelopeFromJson(
        QJsonDocument(keys.json().value(QStringLiteral("keyLists")).toArray().at(0).toObject())
            .toJson());
    QVERIFY(envelope);
    const auto list = nb::verifyInitialKeyList(*envelope, {root});
    QVERIFY(list);
    m_keyLists = {*list};
    const QJsonObject branding = anonymous.get(QStringLiteral("/api/v1/branding")).json();
    m_vendor.displayName = branding.value(QStringLiteral("vendorName")).toString();
    m_vendor.fromAddress = branding.value(QStringLiteral("mailFrom")).toString();
    for (const QJsonValue &domain : branding.value(QStringLiteral("domains")).toArray())
        m_vendor.domains.append(domain.toString());
}

qint64 TestApiMailingSend::createMailing(const QJsonObject &body)
{
    const Reply created = m_staff->post(mailings, toJson(body));
    if (created.status != 201) {
        qWarning("create: %s", qPrintable(created.describe()));
        return 0;
    }
    return created.json().value(QStringLiteral("id")).toInteger();
}

QByteArray TestApiMailingSend::etagOf(qint64 id)
{
    return m_staff->get(path(id)).header("ETag");
}

nb::mail::MailCheck TestApiMailingSend::check(const QByteArray &eml)
{
    auto checked = nb::mail::checkMail(eml, m_keyLists, m_vendor);
    return checked ? *checked : nb::mail::MailCheck{};
}

void TestApiMailingSend::onlyStaffMaySendOrPreview()
{
    const qint64 id = createMailing();
    QVERIFY(id > 0);
    ApiClient anonymous(*m_server);
    const QList<std::pair<QByteArray, QString>> routes{
        {"GET", path(id, QStringLiteral("/preview"))},
        {"POST", path(id, QStringLiteral("/test-send"))},
        {"POST", path(id, QStringLiteral("/send"))},
        {"GET", path(id, QStringLiteral("/results"))},
        {"GET", QStringLiteral("/api/v1/staff/products")},
        {"GET", QStringLiteral("/api/v1/staff/notices")}};
    for (const auto &[method, route] : routes) {
        const QByteArray body = method == "POST" ? QByteArray("{\"to\":\"x@y.example\"}") : "";
        const Reply customer = m_customer->send(method, route, body, {{"If-Match", "\"x\""}});
        QVERIFY2(customer.status == 403 && customer.code() == QLatin1String("staff-required"),
                 qPrintable(route + QLatin1Char(' ') + customer.describe()));
        const Reply nobody = anonymous.send(method, route, body);
        QVERIFY2(nobody.status == 401, qPrintable(route + QLatin1Char(' ') + nobody.describe()));
    }
    QCOMPARE(m_sink.count(), 0);
}

void TestApiMailingSend::previewIsTheMailAsSent()
{
    const qint64 id = createMailing();
    const Reply preview = m_staff->get(path(id, QStringLiteral("/preview")));
    NB_VERIFY_STATUS(preview, 200);
    const QJsonObject json = preview.json();
    QCOMPARE(json.value(QStringLiteral("subject")).toString(),
             draft().value(QStringLiteral("subject")).toString());
    QVERIFY(json.value(QStringLiteral("from")).toString().contains(m_vendor.fromAddress));
    QCOMPARE(json.value(QStringLiteral("to")).toString(), demo::staff);
    const QJsonObject inbox = json.value(QStringLiteral("inboxLine")).toObject();
    QCOMPARE(inbox.value(QStringLiteral("sender")).toString(), m_vendor.displayName);
    QVERIFY(inbox.value(QStringLiteral("snippet"))
                .toString()
                .startsWith(QStringLiteral("Für die Warenwirtschaft")));
    const QString html = json.value(QStringLiteral("html")).toString();
    QVERIFY(html.contains(QStringLiteral("Wichtiger Hinweis")));
    QVERIFY(html.contains(QStringLiteral("/konto/verteiler")));
    QVERIFY(json.value(QStringLiteral("text"))
                .toString()
                .contains(QStringLiteral("WICHTIGER HINWEIS")));
    const QByteArray eml = json.value(QStringLiteral("eml")).toString().toUtf8();
    const nb::mail::MailCheck checked = check(eml);
    QCOMPARE(checked.verdict, nb::mail::Verdict::Genuine);
    QVERIFY(checked.warnings.isEmpty());
    QVERIFY(eml.contains("List-Id: Pflichtmailings"));
    QVERIFY(!eml.contains("List-Unsubscribe"));
    const QJsonObject notice = json.value(QStringLiteral("notice")).toObject();
    QCOMPARE(notice.value(QStringLiteral("id")).toString(), checked.noticeId);
    QVERIFY(checked.noticeId.startsWith(QStringLiteral("PM-")));
    QVERIFY(json.value(QStringLiteral("lint")).toArray().isEmpty());
    QVERIFY(!json.contains(QStringLiteral("company")));
}

void TestApiMailingSend::previewAsCompany()
{
    const qint64 id = createMailing();
    const Reply recipients = m_staff->get(path(id, QStringLiteral("/recipients")));
    NB_VERIFY_STATUS(recipients, 200);
    const QJsonObject company =
        recipients.json().value(QStringLiteral("companies")).toArray().at(0).toObject();
    const qint64 companyId = company.value(QStringLiteral("id")).toInteger();
    QVERIFY(companyId > 0);
    const Reply preview =
        m_staff->get(path(id, QStringLiteral("/preview?company=%1").arg(companyId)));
    NB_VERIFY_STATUS(preview, 200);
    const QJsonObject as = preview.json().value(QStringLiteral("company")).toObject();
    QCOMPARE(as.value(QStringLiteral("id")).toInteger(), companyId);
    QCOMPARE(as.value(QStringLiteral("name")).toString(),
             company.value(QStringLiteral("name")).toString());
    QVERIFY(as.value(QStringLiteral("licensed")).toBool());
    const QJsonArray addresses = as.value(QStringLiteral("recipients")).toArray();
    QVERIFY(!addresses.isEmpty());
    QCOMPARE(preview.json().value(QStringLiteral("to")).toString(), addresses.at(0).toString());

    const Reply unknown = m_staff->get(path(id, QStringLiteral("/preview?company=999999")));
    QVERIFY2(unknown.status == 422 && unknown.field() == QLatin1String("company"),
             qPrintable(unknown.describe()));
    NB_VERIFY_STATUS(m_staff->get(path(999999, QStringLiteral("/preview"))), 404);
}

void TestApiMailingSend::testSendArrivesAtTheTypedAddress()
{
    const qint64 id = createMailing();
    const int before = m_sink.count();
    const Reply bad =
        m_staff->post(path(id, QStringLiteral("/test-send")), "{\"to\":\"kein-adresse\"}");
    QVERIFY2(bad.status == 422 && bad.field() == QLatin1String("to"), qPrintable(bad.describe()));
    const Reply sent = m_staff->post(path(id, QStringLiteral("/test-send")),
                                     "{\"to\":\"pruefer@redaktion.example\"}");
    NB_VERIFY_STATUS(sent, 202);
    QVERIFY(waitFor([&] { return m_sink.count() == before + 1; }));
    const ReceivedMail mail = m_sink.received().last();
    QCOMPARE(mail.rcptTos, QStringList{QStringLiteral("pruefer@redaktion.example")});
    QCOMPARE(mail.messageId, sent.json().value(QStringLiteral("messageId")).toString());
    QCOMPARE(check(mail.message).verdict, nb::mail::Verdict::Genuine);
    // A draft stays a draft: nothing was published.
    QCOMPARE(m_staff->get(path(id)).json().value(QStringLiteral("state")).toString(),
             QStringLiteral("draft"));
}

void TestApiMailingSend::onlyAnApprovedMailingIsSent()
{
    const qint64 id = createMailing();
    const Reply withoutMatch = m_staff->post(path(id, QStringLiteral("/send")), "{}");
    NB_VERIFY_STATUS(withoutMatch, 428);
    const Reply draftOnly =
        m_staff->post(path(id, QStringLiteral("/send")), "{}", {{"If-Match", etagOf(id)}});
    QVERIFY2(draftOnly.status == 409 && draftOnly.code() == QLatin1String("not-approved"),
             qPrintable(draftOnly.describe()));
    const Reply approved =
        m_approver->post(path(id, QStringLiteral("/approve")), "{}", {{"If-Match", etagOf(id)}});
    NB_VERIFY_STATUS(approved, 200);
    const Reply stale =
        m_staff->post(path(id, QStringLiteral("/send")), "{}",
                      {{"If-Match", "\"mailing" + QByteArray::number(id) + "-v0\""}});
    NB_VERIFY_STATUS(stale, 412);
    QCOMPARE(m_staff->get(path(id)).json().value(QStringLiteral("state")).toString(),
             QStringLiteral("approved"));
}

void TestApiMailingSend::sendDeliversOneGenuineMailPerRecipient()
{
    const qint64 id =
        createMailing(draft(QStringLiteral("Neue Sicherheitsrichtlinie für die Warenwirtschaft")));
    // One address of the first company excluded: it must get nothing.
    const QJsonObject before = m_staff->get(path(id, QStringLiteral("/recipients"))).json();
    const QJsonArray companies = before.value(QStringLiteral("companies")).toArray();
    QVERIFY(!companies.isEmpty());
    const QJsonObject first = companies.at(0).toObject();
    const QJsonArray firstRecipients = first.value(QStringLiteral("recipients")).toArray();
    QVERIFY(firstRecipients.size() >= 2);
    const QString excluded =
        firstRecipients.last().toObject().value(QStringLiteral("address")).toString();
    const Reply exclusions = m_staff->put(
        path(id, QStringLiteral("/exclusions")),
        toJson(QJsonObject{
            {QStringLiteral("companies"), QJsonArray{}},
            {QStringLiteral("addresses"),
             QJsonArray{QJsonObject{{QStringLiteral("company"), first.value(QStringLiteral("id"))},
                                    {QStringLiteral("address"), excluded}}}}}));
    NB_VERIFY_STATUS(exclusions, 200);
    QSet<QString> expected;
    const QJsonObject listed = m_staff->get(path(id, QStringLiteral("/recipients"))).json();
    for (const QJsonValue &company : listed.value(QStringLiteral("companies")).toArray()) {
        if (company[QStringLiteral("excluded")].toBool())
            continue;
        for (const QJsonValue &recipient : company[QStringLiteral("recipients")].toArray()) {
            if (!recipient[QStringLiteral("excluded")].toBool())
                expected.insert(recipient[QStringLiteral("address")].toString().toLower());
        }
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(!expected.contains(excluded.toLower()));
    QCOMPARE(listed.value(QStringLiteral("totals"))[QStringLiteral("addresses")].toInteger(),
             qint64(expected.size()));

    NB_VERIFY_STATUS(
        m_approver->post(path(id, QStringLiteral("/approve")), "{}", {{"If-Match", etagOf(id)}}),
        200);
    const int already = m_sink.count();
    const Reply sent =
        m_staff->post(path(id, QStringLiteral("/send")), "{}", {{"If-Match", etagOf(id)}});
    NB_VERIFY_STATUS(sent, 202);
    const QString noticeId = sent.json().value(QStringLiteral("noticeId")).toString();
    QCOMPARE(sent.json().value(QStringLiteral("mails")).toInteger(), qint64(expected.size()));
    QVERIFY2(waitFor([&] { return m_sink.count() >= already + expected.size(); }),
             qPrintable(QString::number(m_sink.count() - already)));
    QTest::qWait(500); // nothing more may come
    const QList<ReceivedMail> received = m_sink.received().mid(already);
    QCOMPARE(received.size(), expected.size());
    QSet<QString> got;
    for (const ReceivedMail &mail : received) {
        QCOMPARE(mail.rcptTos.size(), 1);
        QVERIFY2(!got.contains(mail.rcptTos.first().toLower()), qPrintable(mail.rcptTos.first()));
        got.insert(mail.rcptTos.first().toLower());
        const nb::mail::MailCheck checked = check(mail.message);
        QCOMPARE(checked.verdict, nb::mail::Verdict::Genuine);
        QCOMPARE(checked.noticeId, noticeId);
        QVERIFY(mail.message.contains("List-Id: Pflichtmailings"));
    }
    QCOMPARE(got, expected);

    // The notice is in the licensing customer's inbox.
    const Reply notice = m_customer->get(QStringLiteral("/api/v1/notices/") + noticeId);
    NB_VERIFY_STATUS(notice, 200);
    // Sent once: a second send is refused, nothing more goes out.
    const Reply again =
        m_staff->post(path(id, QStringLiteral("/send")), "{}", {{"If-Match", etagOf(id)}});
    QVERIFY2(again.status == 409 && again.code() == QLatin1String("mailing-sent"),
             qPrintable(again.describe()));
    QTest::qWait(300);
    QCOMPARE(m_sink.count(), already + int(expected.size()));
    m_sent = id;
}

void TestApiMailingSend::resultsCountDeliveryAndAcknowledgements()
{
    QVERIFY(m_sent > 0);
    const QString noticeId =
        m_staff->get(path(m_sent)).json().value(QStringLiteral("noticeId")).toString();
    NB_VERIFY_STATUS(
        m_customer->post(QStringLiteral("/api/v1/notices/%1/acknowledgement").arg(noticeId), "{}"),
        201);
    // Opened in the app: by the admin twice (two devices), by a colleague once.
    const QString read = QStringLiteral("/api/v1/notices/%1/read").arg(noticeId);
    NB_VERIFY_STATUS(m_customer->post(read, "{}"), 200);
    NB_VERIFY_STATUS(m_customer->post(read, "{}"), 200);
    ApiClient colleague(*m_server);
    NB_SIGN_IN(colleague, demo::musterMember);
    NB_VERIFY_STATUS(colleague.post(read, QByteArray()), 200);
    QJsonObject totals;
    QVERIFY(waitFor([&] {
        totals = m_staff->get(path(m_sent, QStringLiteral("/results")))
                     .json()
                     .value(QStringLiteral("totals"))
                     .toObject();
        return totals.value(QStringLiteral("queued")).toInteger() == 0;
    }));
    QVERIFY(totals.value(QStringLiteral("sent")).toInteger() > 0);
    QCOMPARE(totals.value(QStringLiteral("failed")).toInteger(), 0);
    QCOMPARE(totals.value(QStringLiteral("mails")).toInteger(),
             totals.value(QStringLiteral("sent")).toInteger());
    QCOMPARE(totals.value(QStringLiteral("acknowledgements")).toInteger(), 1);
    QCOMPARE(totals.value(QStringLiteral("acknowledgedCompanies")).toInteger(), 1);
    QCOMPARE(totals.value(QStringLiteral("reads")).toInteger(), 2);
    QCOMPARE(totals.value(QStringLiteral("readCompanies")).toInteger(), 1);
    const QJsonArray rows = m_staff->get(path(m_sent, QStringLiteral("/results")))
                                .json()
                                .value(QStringLiteral("companies"))
                                .toArray();
    qint64 sum = 0;
    qint64 reads = 0;
    for (const QJsonValue &row : rows) {
        sum += row[QStringLiteral("sent")].toInteger();
        QVERIFY(row[QStringLiteral("reads")].isDouble());
        reads += row[QStringLiteral("reads")].toInteger();
        if (row[QStringLiteral("name")].toString() == QLatin1String("Muster Handel GmbH")) {
            QCOMPARE(row[QStringLiteral("reads")].toInteger(), 2);
            QCOMPARE(row[QStringLiteral("acknowledgements")].toInteger(), 1);
        } else {
            QCOMPARE(row[QStringLiteral("reads")].toInteger(), 0);
        }
    }
    QCOMPARE(sum, totals.value(QStringLiteral("sent")).toInteger());
    QCOMPARE(reads, 2);
    // A mailing not sent yet: nothing delivered, no notice.
    const Reply draftResults = m_staff->get(path(createMailing(), QStringLiteral("/results")));
    NB_VERIFY_STATUS(draftResults, 200);
    QVERIFY(draftResults.json().value(QStringLiteral("noticeId")).isNull());
    QCOMPARE(draftResults.json()[QStringLiteral("totals")][QStringLiteral("mails")].toInteger(), 0);
    QCOMPARE(draftResults.json()[QStringLiteral("totals")][QStringLiteral("reads")].toInteger(), 0);
    QVERIFY(
        draftResults.json()[QStringLiteral("totals")][QStringLiteral("readCompanies")].isDouble());
}

void TestApiMailingSend::serverWithoutSmtpSaysSo()
{
    ServerProcess plain;
    plain.enableNotices(m_keys);
    NB_START_SERVER(plain);
    ApiClient staff(plain);
    NB_SIGN_IN(staff, demo::staff);
    const Reply created = staff.post(mailings, toJson(draft()));
    NB_VERIFY_STATUS(created, 201);
    const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
    const Reply test =
        staff.post(path(id, QStringLiteral("/test-send")), "{\"to\":\"a@b.example\"}");
    QVERIFY2(test.status == 503 && test.code() == QLatin1String("smtp-not-configured"),
             qPrintable(test.describe()));
    // The preview needs no relay.
    NB_VERIFY_STATUS(staff.get(path(id, QStringLiteral("/preview"))), 200);
}

QTEST_GUILESS_MAIN(TestApiMailingSend)
#include "tst_api_mailingsend.moc"
