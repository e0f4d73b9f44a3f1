// Staff mailings against the real server with the demo world: drafts created, read, listed,
// replaced and deleted with ETags (428, 412, 304), surviving a restart of the server; staff-only
// routes (401 anonymous, 403 for customers); patch files uploaded, replaced and removed (size and
// SHA-256 in the draft, stored in chunks, larger than the usual body limit); the four-eyes
// approval (no self-approval by the author or anyone who edited it, lint errors block it, warnings
// do not, any edit withdraws it); a sent mailing never changes.
#include "apiclient.h"
#include "core/crypto.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace nbtest;

namespace {

const QString collection = QStringLiteral("/api/v1/staff/mailings");
const QString approver = QStringLiteral("approver@notabene.example");
const QByteArray octetStream = "application/octet-stream";

QString mailingPath(qint64 id, const QString &suffix = {})
{
    return collection + QLatin1Char('/') + QString::number(id) + suffix;
}

QString patchPath(qint64 id, const QString &fileName)
{
    return mailingPath(id, QStringLiteral("/patches/") + fileName);
}

// A draft without lint errors or warnings.
QJsonObject cleanDraft(const QString &subject = QStringLiteral("Neue Version des "
                                                               "Fiskal-Connectors verfügbar"))
{
    return QJsonObject{
        {QStringLiteral("products"), QJsonArray{QStringLiteral("fiskal")}},
        {QStringLiteral("category"), QStringLiteral("updates-and-technical-changes")},
        {QStringLiteral("severity"), QStringLiteral("important")},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("body"), QStringLiteral("Die neue Version behebt einen Fehler beim "
                                                "Tagesabschluss. Bitte installieren Sie sie über "
                                                "das Kundencenter.")},
        {QStringLiteral("link"), QStringLiteral("https://notabene.example/status")}};
}

Headers ifMatch(const QByteArray &tag)
{
    return Headers{{"If-Match", tag}};
}

Headers upload(const QByteArray &tag)
{
    return Headers{{"If-Match", tag}, {"Content-Type", octetStream}};
}

QString hex(const QByteArray &data)
{
    return QString::fromLatin1(nb::crypto::sha256(data).toHex());
}

// The lint finding with `code` of a mailing or a lint-errors problem, or an empty object.
QJsonObject finding(const QJsonArray &findings, const QString &code)
{
    for (const QJsonValue &value : findings) {
        if (value[QStringLiteral("code")].toString() == code)
            return value.toObject();
    }
    return {};
}

QString codes(const QJsonArray &findings)
{
    QStringList list;
    for (const QJsonValue &value : findings)
        list.append(value[QStringLiteral("code")].toString());
    return list.join(QLatin1Char(','));
}

} // namespace

class TestApiMailings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void onlyStaffMayUseTheRoutes_data();
    void onlyStaffMayUseTheRoutes();
    void createAnswersTheMailing();
    void createHonoursIdempotencyKeys();
    void createRefusesBadDrafts_data();
    void createRefusesBadDrafts();
    void getAnswers304ForTheCurrentTag();
    void listShowsTheMailingsNewestFirst();
    void updateNeedsTheCurrentTag();
    void deleteNeedsTheCurrentTag();
    void unknownMailingsAreNotFound();
    void draftsSurviveARestart();
    void authorCannotApprove();
    void lastEditorCannotApprove();
    void earlierEditorCannotApprove();
    void lintErrorsBlockApproval();
    void lintWarningsDoNotBlockApproval();
    void secondStaffMemberApproves();
    void approvalNeedsTheReviewedTag();
    void editAfterApprovalWithdrawsIt();
    void patchesAreUploadedReplacedAndRemoved();
    void patchUploadWithdrawsApproval();
    void patchUploadsAreChecked();
    void badPatchNamesAreRefused_data();
    void badPatchNamesAreRefused();
    void otherBodiesKeepTheUsualLimit();
    void sentMailingCannotChange();

private:
    // Creates a mailing as `client`; returns its representation (empty on failure).
    QJsonObject create(ApiClient &client, const QJsonObject &draft = cleanDraft());
    Reply fetch(ApiClient &client, qint64 id) { return client.get(mailingPath(id)); }
    qint64 count(const QString &sql);

    ServerProcess m_server;
    ApiClient m_staff{m_server};
    ApiClient m_approver{m_server};
    ApiClient m_customer{m_server};
    ApiClient m_anonymous{m_server};
    qint64 m_someMailing = 0;
};

void TestApiMailings::initTestCase()
{
    QVERIFY(nb::crypto::initialize());
    NB_START_SERVER(m_server);
    NB_SIGN_IN(m_staff, demo::staff);
    NB_SIGN_IN(m_approver, approver);
    NB_SIGN_IN(m_customer, demo::musterAdmin);
    const QJsonObject mailing = create(m_staff);
    QVERIFY(!mailing.isEmpty());
    m_someMailing = mailing[QStringLiteral("id")].toInteger();
}

QJsonObject TestApiMailings::create(ApiClient &client, const QJsonObject &draft)
{
    const Reply reply = client.post(collection, toJson(draft));
    if (reply.status != 201) {
        qWarning("create failed: %s", qPrintable(reply.describe()));
        return {};
    }
    return reply.json();
}

qint64 TestApiMailings::count(const QString &sql)
{
    QString error;
    const QList<QVariantList> rows = m_server.database().select(sql, &error);
    if (!error.isEmpty() || rows.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return -1;
    }
    return rows.first().value(0).toLongLong();
}

void TestApiMailings::onlyStaffMayUseTheRoutes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix"); // after /api/v1/staff/mailings; %1: a mailing id
    QTest::addColumn<QByteArray>("body");
    const QByteArray draft = toJson(cleanDraft());
    QTest::newRow("list") << QByteArray("GET") << QString() << QByteArray();
    QTest::newRow("create") << QByteArray("POST") << QString() << draft;
    QTest::newRow("get") << QByteArray("GET") << QStringLiteral("/%1") << QByteArray();
    QTest::newRow("update") << QByteArray("PUT") << QStringLiteral("/%1") << draft;
    QTest::newRow("delete") << QByteArray("DELETE") << QStringLiteral("/%1") << QByteArray();
    QTest::newRow("upload patch") << QByteArray("PUT") << QStringLiteral("/%1/patches/a.zip")
                                  << QByteArray("PK");
    QTest::newRow("remove patch") << QByteArray("DELETE") << QStringLiteral("/%1/patches/a.zip")
                                  << QByteArray();
    QTest::newRow("approve") << QByteArray("POST") << QStringLiteral("/%1/approve") << QByteArray();
}

void TestApiMailings::onlyStaffMayUseTheRoutes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, body);
    const Reply before = fetch(m_staff, m_someMailing);
    NB_VERIFY_STATUS(before, 200);
    const QString path =
        collection + (suffix.contains(QLatin1String("%1")) ? suffix.arg(m_someMailing) : suffix);
    // With the current tag, so that only the role can be the reason for the refusal.
    const Headers headers = upload(before.header("ETag"));
    const qint64 mailings = count(QStringLiteral("SELECT COUNT(*) FROM mailings"));

    const Reply customer = m_customer.send(method, path, body, headers);
    NB_VERIFY_PROBLEM(customer, 403, "staff-required", "");
    const Reply anonymous = m_anonymous.send(method, path, body, headers);
    NB_VERIFY_PROBLEM(anonymous, 401, "unauthorized", "");
    QVERIFY(anonymous.hasHeader("WWW-Authenticate"));

    // Nothing changed, and no mailing was created.
    const Reply after = fetch(m_staff, m_someMailing);
    QCOMPARE(after.header("ETag"), before.header("ETag"));
    QCOMPARE(after.json()[QStringLiteral("draft")][QStringLiteral("patches")].toArray().size(), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mailings")), mailings);
}

void TestApiMailings::createAnswersTheMailing()
{
    const QJsonObject draft = cleanDraft(QStringLiteral("Wartungsfenster für die Cloud-TSE"));
    const Reply reply = m_staff.post(collection, toJson(draft));
    NB_VERIFY_STATUS(reply, 201);
    const QJsonObject mailing = reply.json();
    const qint64 id = mailing[QStringLiteral("id")].toInteger();
    QVERIFY(id > 0);
    QCOMPARE(reply.header("Location"), mailingPath(id).toLatin1());
    QCOMPARE(reply.header("ETag"), "\"mailing" + QByteArray::number(id) + "-v1\"");
    QCOMPARE(mailing[QStringLiteral("etag")].toString().toLatin1(), reply.header("ETag"));
    QCOMPARE(mailing[QStringLiteral("state")].toString(), QStringLiteral("draft"));
    QCOMPARE(mailing[QStringLiteral("version")].toInteger(), 1);
    QCOMPARE(mailing[QStringLiteral("subject")].toString(),
             QStringLiteral("Wartungsfenster für die Cloud-TSE"));
    QCOMPARE(mailing[QStringLiteral("author")].toString(), demo::staff);
    QCOMPARE(mailing[QStringLiteral("lastEditor")].toString(), demo::staff);
    QVERIFY(mailing[QStringLiteral("approvedBy")].isNull());
    QVERIFY(mailing[QStringLiteral("approvedAt")].isNull());
    QVERIFY(mailing[QStringLiteral("noticeId")].isNull());
    QVERIFY(mailing[QStringLiteral("sentAt")].isNull());
    const QDateTime created =
        QDateTime::fromString(mailing[QStringLiteral("createdAt")].toString(), Qt::ISODate);
    QVERIFY2(created.isValid() && created.timeSpec() == Qt::UTC,
             qPrintable(mailing[QStringLiteral("createdAt")].toString()));
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    QCOMPARE(mailing[QStringLiteral("updatedAt")], mailing[QStringLiteral("createdAt")]);

    // The draft comes back with every key, defaults filled in.
    const QJsonObject stored = mailing[QStringLiteral("draft")].toObject();
    for (auto it = draft.begin(); it != draft.end(); ++it)
        QCOMPARE(stored.value(it.key()), it.value());
    QCOMPARE(stored[QStringLiteral("status")].toString(), QStringLiteral("announced"));
    QVERIFY(stored[QStringLiteral("actBy")].isNull());
    QVERIFY(stored[QStringLiteral("followUpOf")].isNull());
    QCOMPARE(stored[QStringLiteral("patches")].toArray().size(), 0);

    // A clean draft: no findings; the author may still not approve it.
    QVERIFY2(mailing[QStringLiteral("lint")].toArray().isEmpty(),
             qPrintable(codes(mailing[QStringLiteral("lint")].toArray())));
    QCOMPARE(mailing[QStringLiteral("canApprove")].toBool(), false);
    QCOMPARE(fetch(m_approver, id).json()[QStringLiteral("canApprove")].toBool(), true);
}

void TestApiMailings::createHonoursIdempotencyKeys()
{
    const Headers key{{"Idempotency-Key", "mailing-create-1"}};
    const QByteArray body = toJson(cleanDraft(QStringLiteral("Einmal angelegt")));
    const Reply first = m_staff.post(collection, body, key);
    NB_VERIFY_STATUS(first, 201);
    const Reply again = m_staff.post(collection, body, key);
    NB_VERIFY_STATUS(again, 201);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(again.json()[QStringLiteral("id")], first.json()[QStringLiteral("id")]);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mailings WHERE subject = "
                                  "'Einmal angelegt'")),
             1);
    const Reply other = m_staff.post(collection, toJson(cleanDraft(QStringLiteral("Anders"))), key);
    NB_VERIFY_PROBLEM(other, 422, "idempotency-key-reused", "");
}

void TestApiMailings::createRefusesBadDrafts_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QByteArray json = "application/json";
    const auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject draft = cleanDraft();
        draft.insert(key, value);
        return toJson(draft);
    };
    QTest::newRow("unknown field")
        << with(QStringLiteral("sender"), QStringLiteral("x")) << json << 422 << "unknown-field"
        << "sender";
    QTest::newRow("subject not a string")
        << with(QStringLiteral("subject"), 7) << json << 422 << "wrong-type"
        << "subject";
    QTest::newRow("unknown severity") << with(QStringLiteral("severity"), QStringLiteral("loud"))
                                      << json << 422 << "invalid-value"
                                      << "severity";
    QTest::newRow("impossible date") << with(QStringLiteral("actBy"), QStringLiteral("2030-02-30"))
                                     << json << 422 << "invalid-value"
                                     << "actBy";
    QTest::newRow("products not a list")
        << with(QStringLiteral("products"), QStringLiteral("fiskal")) << json << 422 << "wrong-type"
        << "products";
    QTest::newRow("malformed json")
        << QByteArray("{\"subject\": ") << json << 400 << "malformed-json"
        << "";
    QTest::newRow("not json") << toJson(cleanDraft()) << QByteArray("text/plain") << 415
                              << "unsupported-media-type"
                              << "";
}

void TestApiMailings::createRefusesBadDrafts()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM mailings"));
    const Reply reply = m_staff.post(collection, body, {{"Content-Type", contentType}});
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.code(), code);
    QCOMPARE(reply.field(), field);
    QVERIFY(!reply.json()[QStringLiteral("detail")].toString().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mailings")), before);
}

void TestApiMailings::getAnswers304ForTheCurrentTag()
{
    const QJsonObject mailing = create(m_staff);
    const qint64 id = mailing[QStringLiteral("id")].toInteger();
    const Reply first = fetch(m_staff, id);
    NB_VERIFY_STATUS(first, 200);
    const QByteArray tag = first.header("ETag");
    QCOMPARE(tag, mailing[QStringLiteral("etag")].toString().toLatin1());
    const Reply again = m_staff.get(mailingPath(id), {{"If-None-Match", tag}});
    NB_VERIFY_STATUS(again, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(again.header("ETag"), tag);
    // After a change the old tag no longer matches.
    NB_VERIFY_STATUS(
        m_staff.put(mailingPath(id), toJson(cleanDraft(QStringLiteral("Geändert"))), ifMatch(tag)),
        200);
    const Reply changed = m_staff.get(mailingPath(id), {{"If-None-Match", tag}});
    NB_VERIFY_STATUS(changed, 200);
    QCOMPARE(changed.json()[QStringLiteral("subject")].toString(), QStringLiteral("Geändert"));
}

void TestApiMailings::listShowsTheMailingsNewestFirst()
{
    const QJsonObject older = create(m_staff, cleanDraft(QStringLiteral("Ältere Meldung")));
    const QJsonObject newer = create(m_approver, cleanDraft(QStringLiteral("Neuere Meldung")));
    const Reply reply = m_staff.get(collection);
    NB_VERIFY_STATUS(reply, 200);
    const QJsonArray list = reply.json()[QStringLiteral("mailings")].toArray();
    QVERIFY(list.size() >= 2);
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first[QStringLiteral("id")], newer[QStringLiteral("id")]);
    QCOMPARE(first[QStringLiteral("subject")].toString(), QStringLiteral("Neuere Meldung"));
    QCOMPARE(first[QStringLiteral("author")].toString(), approver);
    QCOMPARE(first[QStringLiteral("lastEditor")].toString(), approver);
    QCOMPARE(first[QStringLiteral("state")].toString(), QStringLiteral("draft"));
    QCOMPARE(first[QStringLiteral("version")].toInteger(), 1);
    QVERIFY(first[QStringLiteral("approvedBy")].isNull());
    QVERIFY(first[QStringLiteral("noticeId")].isNull());
    QCOMPARE(first[QStringLiteral("updatedAt")], newer[QStringLiteral("updatedAt")]);
    QVERIFY(!first.contains(QStringLiteral("draft"))); // the list stays small
    QCOMPARE(list.at(1).toObject()[QStringLiteral("id")], older[QStringLiteral("id")]);

    const Reply unchanged = m_staff.get(collection, {{"If-None-Match", reply.header("ETag")}});
    NB_VERIFY_STATUS(unchanged, 304);
}

void TestApiMailings::updateNeedsTheCurrentTag()
{
    const QJsonObject mailing = create(m_staff);
    const qint64 id = mailing[QStringLiteral("id")].toInteger();
    const QByteArray v1 = mailing[QStringLiteral("etag")].toString().toLatin1();
    QJsonObject draft = cleanDraft(QStringLiteral("Neuer Betreff"));
    draft.insert(QStringLiteral("actBy"), QStringLiteral("2031-03-31"));

    NB_VERIFY_PROBLEM(m_staff.put(mailingPath(id), toJson(draft)), 428, "precondition-required",
                      "");
    NB_VERIFY_PROBLEM(m_staff.put(mailingPath(id), toJson(draft), ifMatch("\"mailing1-v99\"")), 412,
                      "stale", "");
    // A bad draft changes nothing.
    QJsonObject bad = draft;
    bad.insert(QStringLiteral("status"), QStringLiteral("done"));
    NB_VERIFY_PROBLEM(m_staff.put(mailingPath(id), toJson(bad), ifMatch(v1)), 422, "invalid-value",
                      "status");
    QCOMPARE(fetch(m_staff, id).header("ETag"), v1);

    // The approver edits: the last editor changes, the author stays.
    const Reply updated = m_approver.put(mailingPath(id), toJson(draft), ifMatch(v1));
    NB_VERIFY_STATUS(updated, 200);
    const QJsonObject answer = updated.json();
    QCOMPARE(answer[QStringLiteral("version")].toInteger(), 2);
    QCOMPARE(updated.header("ETag"), "\"mailing" + QByteArray::number(id) + "-v2\"");
    QCOMPARE(answer[QStringLiteral("subject")].toString(), QStringLiteral("Neuer Betreff"));
    QCOMPARE(answer[QStringLiteral("draft")][QStringLiteral("actBy")].toString(),
             QStringLiteral("2031-03-31"));
    QCOMPARE(answer[QStringLiteral("author")].toString(), demo::staff);
    QCOMPARE(answer[QStringLiteral("lastEditor")].toString(), approver);
    QCOMPARE(fetch(m_approver, id).json(), answer);

    // The tag the staff member read before the approver's edit is stale now.
    NB_VERIFY_PROBLEM(m_staff.put(mailingPath(id), toJson(cleanDraft()), ifMatch(v1)), 412, "stale",
                      "");
    QCOMPARE(fetch(m_staff, id).json()[QStringLiteral("subject")].toString(),
             QStringLiteral("Neuer Betreff"));
}

void TestApiMailings::deleteNeedsTheCurrentTag()
{
    const QJsonObject mailing = create(m_staff);
    const qint64 id = mailing[QStringLiteral("id")].toInteger();
    const QByteArray tag = mailing[QStringLiteral("etag")].toString().toLatin1();
    NB_VERIFY_STATUS(
        m_staff.put(patchPath(id, QStringLiteral("update.zip")), "PK-data", upload(tag)), 200);
    const QByteArray current = fetch(m_staff, id).header("ETag");

    NB_VERIFY_PROBLEM(m_staff.del(mailingPath(id)), 428, "precondition-required", "");
    NB_VERIFY_PROBLEM(m_staff.del(mailingPath(id), ifMatch(tag)), 412, "stale", "");
    NB_VERIFY_STATUS(fetch(m_staff, id), 200);

    const Reply removed = m_staff.del(mailingPath(id), ifMatch(current));
    NB_VERIFY_STATUS(removed, 204);
    NB_VERIFY_PROBLEM(fetch(m_staff, id), 404, "not-found", "");
    NB_VERIFY_PROBLEM(m_staff.del(mailingPath(id), ifMatch(current)), 404, "not-found", "");
    // The patch went with it.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mailing_patch_chunks WHERE mailing_id = %1")
                       .arg(id)),
             0);
    for (const QJsonValue &entry :
         m_staff.get(collection).json()[QStringLiteral("mailings")].toArray())
        QVERIFY(entry[QStringLiteral("id")].toInteger() != id);
}

void TestApiMailings::unknownMailingsAreNotFound()
{
    for (const QString &id : {QStringLiteral("999999"), QStringLiteral("abc"), QStringLiteral("-1"),
                              QStringLiteral("0")}) {
        const QString path = collection + QLatin1Char('/') + id;
        NB_VERIFY_PROBLEM(m_staff.get(path), 404, "not-found", "");
        NB_VERIFY_PROBLEM(m_staff.put(path, toJson(cleanDraft()), ifMatch("\"x\"")), 404,
                          "not-found", "");
        NB_VERIFY_PROBLEM(m_approver.post(path + QStringLiteral("/approve"), {}, ifMatch("\"x\"")),
                          404, "not-found", "");
        NB_VERIFY_PROBLEM(
            m_staff.put(path + QStringLiteral("/patches/a.zip"), "PK", upload("\"x\"")), 404,
            "not-found", "");
    }
}

void TestApiMailings::draftsSurviveARestart()
{
    ServerProcess first;
    NB_START_SERVER(first);
    ApiClient before(first);
    NB_SIGN_IN(before, demo::staff);
    QJsonObject draft = cleanDraft(QStringLiteral("Übersteht den Neustart"));
    draft.insert(QStringLiteral("actBy"), QStringLiteral("2031-01-15"));
    draft.insert(QStringLiteral("followUpOf"), QStringLiteral("2026-0003"));
    const Reply created = before.post(collection, toJson(draft));
    NB_VERIFY_STATUS(created, 201);
    const qint64 id = created.json()[QStringLiteral("id")].toInteger();
    const QByteArray content = QByteArray(300 * 1024, 'x') + "Ende";
    const Reply patched = before.put(patchPath(id, QStringLiteral("fiskal-2.4.1.zip")), content,
                                     upload(created.header("ETag")));
    NB_VERIFY_STATUS(patched, 200);
    QCOMPARE(first.stop(), 0);

    ServerProcess second;
    QVERIFY2(second.startOnDatabaseOf(first), qPrintable(second.errorString()));
    ApiClient after(second);
    after.setToken(before.token());
    const Reply reloaded = after.get(mailingPath(id));
    NB_VERIFY_STATUS(reloaded, 200);
    QCOMPARE(reloaded.header("ETag"), patched.header("ETag"));
    QCOMPARE(reloaded.json(), patched.json());
    const QJsonObject stored = reloaded.json()[QStringLiteral("draft")].toObject();
    QCOMPARE(stored[QStringLiteral("subject")].toString(),
             QStringLiteral("Übersteht den Neustart"));
    QCOMPARE(stored[QStringLiteral("actBy")].toString(), QStringLiteral("2031-01-15"));
    QCOMPARE(stored[QStringLiteral("followUpOf")].toString(), QStringLiteral("2026-0003"));
    const QJsonObject patch = stored[QStringLiteral("patches")].toArray().at(0).toObject();
    QCOMPARE(patch[QStringLiteral("fileName")].toString(), QStringLiteral("fiskal-2.4.1.zip"));
    QCOMPARE(patch[QStringLiteral("size")].toInteger(), content.size());
    QCOMPARE(patch[QStringLiteral("sha256")].toString(), hex(content));
    // Still editable after the restart, with the tag read before it.
    NB_VERIFY_STATUS(
        after.put(mailingPath(id), toJson(cleanDraft()), ifMatch(reloaded.header("ETag"))), 200);
}

void TestApiMailings::authorCannotApprove()
{
    const QJsonObject mailing = create(m_staff);
    const qint64 id = mailing[QStringLiteral("id")].toInteger();
    const Reply refused =
        m_staff.post(mailingPath(id, QStringLiteral("/approve")), {},
                     ifMatch(mailing[QStringLiteral("etag")].toString().toLatin1()));
    NB_VERIFY_PROBLEM(refused, 403, "self-approval", "");
    QVERIFY(
        refused.json()[QStringLiteral("detail")].toString().contains(QLatin1String("four-eyes")));
    const QJsonObject after = fetch(m_staff, id).json();
    QCOMPARE(after[QStringLiteral("state")].toString(), QStringLiteral("draft"));
    QCOMPARE(after[QStringLiteral("version")].toInteger(), 1);
    QCOMPARE(after[QStringLiteral("canApprove")].toBool(), false);
}

void TestApiMailings::lastEditorCannotApprove()
{
    const QJsonObject mailing = create(m_staff);
    const qint64 id = mailing[QStringLiteral("id")].toInteger();
    const Reply edited =
        m_approver.put(mailingPath(id), toJson(cleanDraft(QStringLiteral("Vom Prüfer geändert"))),
                       ifMatch(mailing[QStringLiteral("etag")].toString().toLatin1()));
    NB_VERIFY_STATUS(edited, 200);
    QCOMPARE(edited.json()[QStringLiteral("canApprove")].toBool(), false);
    const Headers tag = ifMatch(edited.header("ETag"));

    // The approver edited it, the staff member wrote it: neither may approve.
    const Reply byEditor = m_approver.post(mailingPath(id, QStringLiteral("/approve")), {}, tag);
    NB_VERIFY_PROBLEM(byEditor, 403, "self-approval", "");
    QVERIFY(byEditor.json()[QStringLiteral("detail")].toString().contains(
        QLatin1String("You changed this mailing")));
    NB_VERIFY_PROBLEM(m_staff.post(mailingPath(id, QStringLiteral("/approve")), {}, tag), 403,
                      "self-approval", "");
    QCOMPARE(fetch(m_staff, id).json()[QStringLiteral("canApprove")].toBool(), false);
    QCOMPARE(fetch(m_staff, id).json()[QStringLiteral("state")].toString(),
             QStringLiteral("draft"));
}

void TestApiMailings::earlierEditorCannotApprove()
{
    // The approver changes a word, the author edits after them: the approver is no longer the
    // last editor, but still changed the text, so still may not approve it.
    const QJsonObject mailing = create(m_staff);
    const qint64 id = mailing[QStringLiteral("id")].toInteger();
    const Reply byApprover =
        m_approver.put(mailingPath(id), toJson(cleanDraft(QStringLiteral("Vom Prüfer geändert"))),
                       ifMatch(mailing[QStringLiteral("etag")].toString().toLatin1()));
    NB_VERIFY_STATUS(byApprover, 200);
    const Reply byAuthor =
        m_staff.put(mailingPath(id), toJson(cleanDraft(QStringLiteral("Wieder vom Autor"))),
                    ifMatch(byApprover.header("ETag")));
    NB_VERIFY_STATUS(byAuthor, 200);
    QCOMPARE(byAuthor.json()[QStringLiteral("lastEditor")].toString(), demo::staff);
    QCOMPARE(byAuthor.json()[QStringLiteral("editors")].toArray().size(), 2);

    const Reply refused = m_approver.post(mailingPath(id, QStringLiteral("/approve")), {},
                                          ifMatch(byAuthor.header("ETag")));
    NB_VERIFY_PROBLEM(refused, 403, "self-approval", "");
    QVERIFY(refused.json()[QStringLiteral("detail")].toString().contains(
        QLatin1String("You changed this mailing")));
    const QJsonObject seen = fetch(m_approver, id).json();
    QCOMPARE(seen[QStringLiteral("canApprove")].toBool(), false);
    QCOMPARE(seen[QStringLiteral("state")].toString(), QStringLiteral("draft"));
}

void TestApiMailings::lintErrorsBlockApproval()
{
    QJsonObject draft = cleanDraft(QStringLiteral("TODO Betreff"));
    draft.insert(QStringLiteral("link"), QStringLiteral("https://evil.example/download"));
    const QJsonObject mailing = create(m_staff, draft);
    const qint64 id = mailing[QStringLiteral("id")].toInteger();
    const QJsonArray lint = mailing[QStringLiteral("lint")].toArray();
    const QJsonObject placeholder = finding(lint, QStringLiteral("placeholder"));
    QVERIFY2(!placeholder.isEmpty(), qPrintable(codes(lint)));
    QCOMPARE(placeholder[QStringLiteral("severity")].toString(), QStringLiteral("error"));
    QVERIFY(!placeholder[QStringLiteral("message")].toString().isEmpty());
    const QJsonObject foreign = finding(lint, QStringLiteral("foreign-link"));
    QVERIFY2(!foreign.isEmpty(), qPrintable(codes(lint)));
    QCOMPARE(foreign[QStringLiteral("field")].toString(), QStringLiteral("link"));
    QCOMPARE(fetch(m_approver, id).json()[QStringLiteral("canApprove")].toBool(), false);

    const Reply refused =
        m_approver.post(mailingPath(id, QStringLiteral("/approve")), {},
                        ifMatch(mailing[QStringLiteral("etag")].toString().toLatin1()));
    NB_VERIFY_PROBLEM(refused, 422, "lint-errors", "");
    const QJsonArray findings = refused.json()[QStringLiteral("findings")].toArray();
    QCOMPARE(findings, lint);
    QCOMPARE(fetch(m_staff, id).json()[QStringLiteral("state")].toString(),
             QStringLiteral("draft"));

    // Fixed, it can be approved.
    const Reply fixed = m_staff.put(mailingPath(id), toJson(cleanDraft()),
                                    ifMatch(mailing[QStringLiteral("etag")].toString().toLatin1()));
    NB_VERIFY_STATUS(fixed, 200);
    QVERIFY(fixed.json()[QStringLiteral("lint")].toArray().isEmpty());
    NB_VERIFY_STATUS(m_approver.post(mailingPath(id, QStringLiteral("/approve")), {},
                                     ifMatch(fixed.header("ETag"))),
                     200);
}

void TestApiMailings::lintWarningsDoNotBlockApproval()
{
    QJsonObject draft = cleanDraft();
    draft.insert(QStringLiteral("body"), QStringLiteral("Die Einzelheiten finden Sie im Anhang "
                                                        "im Kundencenter."));
    const QJsonObject mailing = create(m_staff, draft);
    const qint64 id = mailing[QStringLiteral("id")].toInteger();
    const QJsonArray lint = mailing[QStringLiteral("lint")].toArray();
    const QJsonObject warning = finding(lint, QStringLiteral("attachment-mentioned"));
    QVERIFY2(!warning.isEmpty(), qPrintable(codes(lint)));
    QCOMPARE(warning[QStringLiteral("severity")].toString(), QStringLiteral("warning"));
    for (const QJsonValue &value : lint)
        QCOMPARE(value[QStringLiteral("severity")].toString(), QStringLiteral("warning"));
    QCOMPARE(fetch(m_approver, id).json()[QStringLiteral("canApprove")].toBool(), true);
    const Reply approved =
        m_approver.post(mailingPath(id, QStringLiteral("/approve")), {},
                        ifMatch(mailing[QStringLiteral("etag")].toString().toLatin1()));
    NB_VERIFY_STATUS(approved, 200);
    QCOMPARE(approved.json()[QStringLiteral("state")].toString(), QStringLiteral("approved"));
}

void TestApiMailings::secondStaffMemberApproves()
{
    const QJsonObject mailing = create(m_staff);
    const qint64 id = mailing[QStringLiteral("id")].toInteger();
    const Reply reviewed = fetch(m_approver, id);
    QCOMPARE(reviewed.json()[QStringLiteral("canApprove")].toBool(), true);

    const Reply approved = m_approver.post(mailingPath(id, QStringLiteral("/approve")), {},
                                           ifMatch(reviewed.header("ETag")));
    NB_VERIFY_STATUS(approved, 200);
    const QJsonObject answer = approved.json();
    QCOMPARE(answer[QStringLiteral("state")].toString(), QStringLiteral("approved"));
    QCOMPARE(answer[QStringLiteral("approvedBy")].toString(), approver);
    const QDateTime at =
        QDateTime::fromString(answer[QStringLiteral("approvedAt")].toString(), Qt::ISODate);
    QVERIFY2(at.isValid(), qPrintable(answer[QStringLiteral("approvedAt")].toString()));
    QCOMPARE(answer[QStringLiteral("canApprove")].toBool(), false);
    QCOMPARE(answer[QStringLiteral("author")].toString(), demo::staff);
    QCOMPARE(answer[QStringLiteral("lastEditor")].toString(), demo::staff);
    // The representation changed, so the tag did.
    QCOMPARE(answer[QStringLiteral("version")].toInteger(), 2);
    QVERIFY(approved.header("ETag") != reviewed.header("ETag"));
    QCOMPARE(fetch(m_staff, id).json()[QStringLiteral("approvedBy")].toString(), approver);

    bool listed = false;
    for (const QJsonValue &entry :
         m_staff.get(collection).json()[QStringLiteral("mailings")].toArray()) {
        if (entry[QStringLiteral("id")].toInteger() == id) {
            listed = true;
            QCOMPARE(entry[QStringLiteral("state")].toString(), QStringLiteral("approved"));
            QCOMPARE(entry[QStringLiteral("approvedBy")].toString(), approver);
        }
    }
    QVERIFY(listed);

    // Approved once: a second approval is refused, whoever tries.
    NB_VERIFY_PROBLEM(m_approver.post(mailingPath(id, QStringLiteral("/approve")), {},
                                      ifMatch(approved.header("ETag"))),
                      409, "not-a-draft", "");
}

void TestApiMailings::approvalNeedsTheReviewedTag()
{
    const QJsonObject mailing = create(m_staff);
    const qint64 id = mailing[QStringLiteral("id")].toInteger();
    const QByteArray reviewed = fetch(m_approver, id).header("ETag");
    NB_VERIFY_PROBLEM(m_approver.post(mailingPath(id, QStringLiteral("/approve")), {}), 428,
                      "precondition-required", "");
    // "Any version" is no review.
    NB_VERIFY_PROBLEM(
        m_approver.post(mailingPath(id, QStringLiteral("/approve")), {}, ifMatch("*")), 428,
        "precondition-required", "");
    // The author changes the text while the approver reads the old one.
    const Reply changed =
        m_staff.put(mailingPath(id), toJson(cleanDraft(QStringLiteral("Nachträglich geändert"))),
                    ifMatch(reviewed));
    NB_VERIFY_STATUS(changed, 200);
    NB_VERIFY_PROBLEM(
        m_approver.post(mailingPath(id, QStringLiteral("/approve")), {}, ifMatch(reviewed)), 412,
        "stale", "");
    QCOMPARE(fetch(m_staff, id).json()[QStringLiteral("state")].toString(),
             QStringLiteral("draft"));
}

void TestApiMailings::editAfterApprovalWithdrawsIt()
{
    const QJsonObject mailing = create(m_staff);
    const qint64 id = mailing[QStringLiteral("id")].toInteger();
    const Reply approved =
        m_approver.post(mailingPath(id, QStringLiteral("/approve")), {},
                        ifMatch(mailing[QStringLiteral("etag")].toString().toLatin1()));
    NB_VERIFY_STATUS(approved, 200);

    const Reply edited =
        m_staff.put(mailingPath(id), toJson(cleanDraft(QStringLiteral("Korrigiert"))),
                    ifMatch(approved.header("ETag")));
    NB_VERIFY_STATUS(edited, 200);
    const QJsonObject answer = edited.json();
    QCOMPARE(answer[QStringLiteral("state")].toString(), QStringLiteral("draft"));
    QVERIFY(answer[QStringLiteral("approvedBy")].isNull());
    QVERIFY(answer[QStringLiteral("approvedAt")].isNull());
    QCOMPARE(answer[QStringLiteral("version")].toInteger(), 3);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mailings WHERE id = %1 AND approved_by IS "
                                  "NULL AND approved_at IS NULL AND state = 'draft'")
                       .arg(id)),
             1);
    // The approver may approve the new text again.
    QCOMPARE(fetch(m_approver, id).json()[QStringLiteral("canApprove")].toBool(), true);
    NB_VERIFY_STATUS(m_approver.post(mailingPath(id, QStringLiteral("/approve")), {},
                                     ifMatch(edited.header("ETag"))),
                     200);
}

void TestApiMailings::patchesAreUploadedReplacedAndRemoved()
{
    const QJsonObject mailing = create(m_staff);
    const qint64 id = mailing[QStringLiteral("id")].toInteger();
    // Larger than the usual 1 MiB body limit, and several storage chunks of 256 KiB.
    QByteArray big(3 * 1024 * 1024 + 17, '\0');
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 31 + i / 4096) & 0xff);
    const QString name = QStringLiteral("fiskal-connector-2.4.1 (x64).zip");
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(name));

    Reply reply = m_staff.put(patchPath(id, encoded), big,
                              upload(mailing[QStringLiteral("etag")].toString().toLatin1()));
    NB_VERIFY_STATUS(reply, 200);
    QJsonArray patches = reply.json()[QStringLiteral("draft")][QStringLiteral("patches")].toArray();
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.at(0)[QStringLiteral("fileName")].toString(), name);
    QCOMPARE(patches.at(0)[QStringLiteral("size")].toInteger(), big.size());
    QCOMPARE(patches.at(0)[QStringLiteral("sha256")].toString(), hex(big));
    QCOMPARE(reply.json()[QStringLiteral("version")].toInteger(), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mailing_patch_chunks WHERE mailing_id = %1")
                       .arg(id)),
             13);
    QCOMPARE(count(QStringLiteral("SELECT SUM(LENGTH(data)) FROM mailing_patch_chunks WHERE "
                                  "mailing_id = %1")
                       .arg(id)),
             big.size());

    // A second file goes after the first.
    reply = m_staff.put(patchPath(id, QStringLiteral("readme.txt")), "Bitte lesen.\n",
                        upload(reply.header("ETag")));
    NB_VERIFY_STATUS(reply, 200);
    patches = reply.json()[QStringLiteral("draft")][QStringLiteral("patches")].toArray();
    QCOMPARE(patches.size(), 2);
    QCOMPARE(patches.at(1)[QStringLiteral("fileName")].toString(), QStringLiteral("readme.txt"));

    // Replacing keeps the place, changes size and digest, and drops the old chunks.
    const QByteArray small = "PK\x03\x04 small replacement";
    reply = m_approver.put(patchPath(id, encoded), small, upload(reply.header("ETag")));
    NB_VERIFY_STATUS(reply, 200);
    patches = reply.json()[QStringLiteral("draft")][QStringLiteral("patches")].toArray();
    QCOMPARE(patches.size(), 2);
    QCOMPARE(patches.at(0)[QStringLiteral("fileName")].toString(), name);
    QCOMPARE(patches.at(0)[QStringLiteral("size")].toInteger(), small.size());
    QCOMPARE(patches.at(0)[QStringLiteral("sha256")].toString(), hex(small));
    QCOMPARE(reply.json()[QStringLiteral("lastEditor")].toString(), approver);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mailing_patch_chunks WHERE mailing_id = %1")
                       .arg(id)),
             2);

    // A draft update keeps the patches, whatever the body says about them.
    QJsonObject draft = cleanDraft(QStringLiteral("Mit Patch"));
    draft.insert(QStringLiteral("patches"), QJsonArray());
    reply = m_staff.put(mailingPath(id), toJson(draft), ifMatch(reply.header("ETag")));
    NB_VERIFY_STATUS(reply, 200);
    QCOMPARE(reply.json()[QStringLiteral("draft")][QStringLiteral("patches")].toArray(), patches);

    // Removing one leaves the other.
    const QByteArray beforeRemove = reply.header("ETag");
    NB_VERIFY_PROBLEM(m_staff.del(patchPath(id, encoded)), 428, "precondition-required", "");
    reply = m_staff.del(patchPath(id, encoded), ifMatch(beforeRemove));
    NB_VERIFY_STATUS(reply, 200);
    patches = reply.json()[QStringLiteral("draft")][QStringLiteral("patches")].toArray();
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.at(0)[QStringLiteral("fileName")].toString(), QStringLiteral("readme.txt"));
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM mailing_patches WHERE mailing_id = %1").arg(id)),
        1);
    // Gone is gone; the version stays.
    const Reply again = m_staff.del(patchPath(id, encoded), ifMatch(reply.header("ETag")));
    NB_VERIFY_PROBLEM(again, 404, "not-found", "");
    QCOMPARE(fetch(m_staff, id).header("ETag"), reply.header("ETag"));
    // The old tag is stale.
    NB_VERIFY_PROBLEM(
        m_staff.del(patchPath(id, QStringLiteral("readme.txt")), ifMatch(beforeRemove)), 412,
        "stale", "");
}

void TestApiMailings::patchUploadWithdrawsApproval()
{
    const QJsonObject mailing = create(m_staff);
    const qint64 id = mailing[QStringLiteral("id")].toInteger();
    Reply reply = m_approver.post(mailingPath(id, QStringLiteral("/approve")), {},
                                  ifMatch(mailing[QStringLiteral("etag")].toString().toLatin1()));
    NB_VERIFY_STATUS(reply, 200);
    reply = m_staff.put(patchPath(id, QStringLiteral("hotfix.exe")), "MZ...",
                        upload(reply.header("ETag")));
    NB_VERIFY_STATUS(reply, 200);
    QCOMPARE(reply.json()[QStringLiteral("state")].toString(), QStringLiteral("draft"));
    QVERIFY(reply.json()[QStringLiteral("approvedBy")].isNull());

    // Removing a patch withdraws a new approval too.
    reply = m_approver.post(mailingPath(id, QStringLiteral("/approve")), {},
                            ifMatch(reply.header("ETag")));
    NB_VERIFY_STATUS(reply, 200);
    reply = m_staff.del(patchPath(id, QStringLiteral("hotfix.exe")), ifMatch(reply.header("ETag")));
    NB_VERIFY_STATUS(reply, 200);
    QCOMPARE(reply.json()[QStringLiteral("state")].toString(), QStringLiteral("draft"));
    QVERIFY(reply.json()[QStringLiteral("approvedBy")].isNull());
}

void TestApiMailings::patchUploadsAreChecked()
{
    const QJsonObject mailing = create(m_staff);
    const qint64 id = mailing[QStringLiteral("id")].toInteger();
    const QByteArray tag = mailing[QStringLiteral("etag")].toString().toLatin1();
    const QString path = patchPath(id, QStringLiteral("update.zip"));
    NB_VERIFY_PROBLEM(m_staff.put(path, "PK", {{"Content-Type", octetStream}}), 428,
                      "precondition-required", "");
    NB_VERIFY_PROBLEM(m_staff.put(path, "PK", upload("\"mailing1-v77\"")), 412, "stale", "");
    NB_VERIFY_PROBLEM(m_staff.put(path, "PK", ifMatch(tag)), 415, "unsupported-media-type", "");
    NB_VERIFY_PROBLEM(m_staff.put(path, {}, upload(tag)), 422, "invalid-patch", "fileName");
    NB_VERIFY_PROBLEM(m_staff.del(path, ifMatch(tag)), 404, "not-found", "");
    const Reply after = fetch(m_staff, id);
    QCOMPARE(after.header("ETag"), tag);
    QCOMPARE(after.json()[QStringLiteral("draft")][QStringLiteral("patches")].toArray().size(), 0);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM mailing_patches WHERE mailing_id = %1").arg(id)),
        0);
}

void TestApiMailings::badPatchNamesAreRefused_data()
{
    QTest::addColumn<QString>("encodedName");
    QTest::newRow("leading dot") << QStringLiteral(".htaccess");
    QTest::newRow("backslash") << QStringLiteral("..%5Cwindows%5Csystem32.dll");
    QTest::newRow("too long") << QString(129, QLatin1Char('a'));
    QTest::newRow("leading space") << QStringLiteral("%20update.zip");
    QTest::newRow("control character") << QStringLiteral("update%07.zip");
    QTest::newRow("line break") << QStringLiteral("update%0A.zip");
}

void TestApiMailings::badPatchNamesAreRefused()
{
    QFETCH(QString, encodedName);
    const Reply current = fetch(m_staff, m_someMailing);
    const Reply reply =
        m_staff.put(patchPath(m_someMailing, encodedName), "PK", upload(current.header("ETag")));
    NB_VERIFY_PROBLEM(reply, 422, "invalid-patch", "fileName");
    QCOMPARE(fetch(m_staff, m_someMailing).header("ETag"), current.header("ETag"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mailing_patches WHERE mailing_id = %1")
                       .arg(m_someMailing)),
             0);
}

void TestApiMailings::otherBodiesKeepTheUsualLimit()
{
    const Reply current = fetch(m_staff, m_someMailing);
    QJsonObject draft = cleanDraft();
    draft.insert(QStringLiteral("body"), QString(1024 * 1024, QLatin1Char('a')));
    NB_VERIFY_PROBLEM(
        m_staff.put(mailingPath(m_someMailing), toJson(draft), ifMatch(current.header("ETag"))),
        413, "body-too-large", "");
    NB_VERIFY_PROBLEM(m_staff.post(collection, toJson(draft)), 413, "body-too-large", "");
    QCOMPARE(fetch(m_staff, m_someMailing).header("ETag"), current.header("ETag"));
}

void TestApiMailings::sentMailingCannotChange()
{
    const QJsonObject mailing = create(m_staff);
    const qint64 id = mailing[QStringLiteral("id")].toInteger();
    Reply reply = m_staff.put(patchPath(id, QStringLiteral("update.zip")), "PK",
                              upload(mailing[QStringLiteral("etag")].toString().toLatin1()));
    NB_VERIFY_STATUS(reply, 200);
    reply = m_approver.post(mailingPath(id, QStringLiteral("/approve")), {},
                            ifMatch(reply.header("ETag")));
    NB_VERIFY_STATUS(reply, 200);
    // Sending needs serve --keys and --smtp (POST …/send, tests elsewhere); here the database
    // marks it sent as the send route does (MailingStore::markSent).
    QString error;
    const QList<QVariantList> marked = m_server.database().select(
        QStringLiteral("UPDATE mailings SET state = 'sent', notice_id = 'PM-2026-0099', "
                       "sent_at = updated_at + 1000, version = version + 1 WHERE id = %1 "
                       "RETURNING version")
            .arg(id),
        &error);
    QVERIFY2(error.isEmpty() && marked.size() == 1, qPrintable(error));

    const Reply sent = fetch(m_staff, id);
    NB_VERIFY_STATUS(sent, 200);
    QCOMPARE(sent.json()[QStringLiteral("state")].toString(), QStringLiteral("sent"));
    QCOMPARE(sent.json()[QStringLiteral("noticeId")].toString(), QStringLiteral("PM-2026-0099"));
    QVERIFY(!sent.json()[QStringLiteral("sentAt")].toString().isEmpty());
    QCOMPARE(sent.json()[QStringLiteral("canApprove")].toBool(), false);
    const Headers tag = ifMatch(sent.header("ETag"));

    NB_VERIFY_PROBLEM(m_staff.put(mailingPath(id), toJson(cleanDraft()), tag), 409, "mailing-sent",
                      "");
    NB_VERIFY_PROBLEM(m_staff.del(mailingPath(id), tag), 409, "mailing-sent", "");
    NB_VERIFY_PROBLEM(m_staff.put(patchPath(id, QStringLiteral("update.zip")), "PK2",
                                  upload(sent.header("ETag"))),
                      409, "mailing-sent", "");
    NB_VERIFY_PROBLEM(m_staff.del(patchPath(id, QStringLiteral("update.zip")), tag), 409,
                      "mailing-sent", "");
    NB_VERIFY_PROBLEM(m_approver.post(mailingPath(id, QStringLiteral("/approve")), {}, tag), 409,
                      "not-a-draft", "");
    // Even a stale client hears why.
    NB_VERIFY_PROBLEM(m_staff.put(mailingPath(id), toJson(cleanDraft()),
                                  ifMatch(mailing[QStringLiteral("etag")].toString().toLatin1())),
                      409, "mailing-sent", "");
    const Reply after = fetch(m_staff, id);
    QCOMPARE(after.header("ETag"), sent.header("ETag"));
    QCOMPARE(after.json(), sent.json());
}

QTEST_GUILESS_MAIN(TestApiMailings)
#include "tst_api_mailings.moc"
