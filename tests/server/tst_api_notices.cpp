// The notice routes against the real server (demo notices signed with a fresh key folder): the
// feed (paging, after/limit, latest/more, ETag/304, bad queries), licensing (Beispiel Shop does
// not see Fiskal or Warenwirtschaft notices) and object-level authorisation (404 like a missing
// notice on every route), every served envelope verified with the core rules against the key
// chain of GET /api/v1/keys and the roots of `keys export-roots`, acknowledgements, reads in the
// app (the first one counts), the streamed patch download, support tickets with Idempotency-Key,
// and `notice publish` (its errors, and concurrent publishers whose sequences a polling client sees
// without gaps).
#include "apiclient.h"
#include "core/crypto.h"
#include "core/dsse.h"
#include "core/keylist.h"
#include "core/notice.h"
#include "core/noticeverification.h"
#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace nbtest;

namespace {

const QString feedPath = QStringLiteral("/api/v1/notices");

QString noticePath(const QString &id)
{
    return feedPath + QLatin1Char('/') + id;
}

struct FeedEntry
{
    qint64 sequence = 0;
    QByteArray envelope;
};

QList<FeedEntry> entries(const Reply &reply)
{
    QList<FeedEntry> list;
    for (const QJsonValue &value : reply.json().value(QStringLiteral("notices")).toArray())
        list.append(FeedEntry{value[QStringLiteral("sequence")].toInteger(),
                              QJsonDocument(value[QStringLiteral("envelope")].toObject())
                                  .toJson(QJsonDocument::Compact)});
    return list;
}

QList<qint64> sequences(const Reply &reply)
{
    QList<qint64> list;
    for (const FeedEntry &entry : entries(reply))
        list.append(entry.sequence);
    return list;
}

QString describe(const CommandResult &result)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(result.exitCode)
        .arg(QString::fromUtf8(result.out), QString::fromUtf8(result.err));
}

QByteArray noticeJson(const QString &id, const QStringList &products = {QStringLiteral("wawi")})
{
    return toJson({{QStringLiteral("id"), id},
                   {QStringLiteral("products"), QJsonArray::fromStringList(products)},
                   {QStringLiteral("category"), QStringLiteral("security")},
                   {QStringLiteral("severity"), QStringLiteral("urgent")},
                   {QStringLiteral("subject"), QStringLiteral("Sicherheitsupdate %1").arg(id)},
                   {QStringLiteral("body"),
                    QStringLiteral("Bitte **sofort** einspielen.\n\nNur aus dem Kundencenter.")},
                   {QStringLiteral("actBy"), QStringLiteral("2030-01-31")},
                   {QStringLiteral("link"), QStringLiteral("https://status.example/wawi")}});
}

} // namespace

class TestApiNotices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void feedShowsTheLicensedNoticesInOrder();
    void everyServedEnvelopeVerifies();
    void feedPagesWithAfterAndLimit();
    void feedAnswers304WhenNothingIsNew();
    void feedRefusesBadQueries_data();
    void feedRefusesBadQueries();
    void foreignNoticesAnswerLikeMissingOnes();
    void staffHaveNoNotices();
    void singleNoticeWithAcknowledgements();
    void acknowledgementIs201Then200();
    void readIsRecordedOnce();
    void patchDownloadIsStreamedWithSizeAndDigest();
    void ticketsGetANumber();
    void ticketsAreValidated();
    void ticketsHonourIdempotencyKeys();
    void publishRefusesBadNotices_data();
    void publishRefusesBadNotices();
    void publishedNoticeIsServedAndVerifies();
    void concurrentPublishersNeverLeaveGaps();
    void demoNoticesNeedKeysAndAreIdempotent();

private:
    nb::NoticeVerification verify(const QByteArray &envelope) const
    {
        return nb::verifyNotice(envelope, m_keyLists);
    }
    CommandResult publish(const QString &id, const QByteArray &json, const QStringList &extra = {});
    qint64 count(const QString &sql);

    QTemporaryDir m_dir;
    QString m_keys;
    ServerProcess m_server;
    ApiClient m_muster{m_server};
    ApiClient m_member{m_server};
    ApiClient m_beispiel{m_server};
    QList<nb::KeyList> m_keyLists;
};

void TestApiNotices::initTestCase()
{
    QVERIFY(nb::crypto::initialize());
    QVERIFY(m_dir.isValid());
    m_keys = m_dir.filePath(QStringLiteral("keys"));
    QString error;
    QVERIFY2(initKeyFolder(m_keys, &error), qPrintable(error));
    m_server.enableNotices(m_keys);
    NB_START_SERVER(m_server);
    QVERIFY2(m_server.demoDataOutput().contains("Demo notices: 7 published"),
             m_server.demoDataOutput().constData());
    NB_SIGN_IN(m_muster, demo::musterAdmin);
    NB_SIGN_IN(m_member, demo::musterMember);
    NB_SIGN_IN(m_beispiel, demo::beispielAdmin);

    // The client's trust: the exported roots, then the chain the server answers.
    const QJsonArray roots = QJsonDocument::fromJson(exportRoots(m_keys))
                                 .object()
                                 .value(QStringLiteral("rootKeys"))
                                 .toArray();
    QCOMPARE(roots.size(), 1);
    const nb::signing::PublicKey root{
        QByteArray::fromBase64(roots.at(0)[QStringLiteral("publicKey")].toString().toLatin1())};
    QCOMPARE(roots.at(0)[QStringLiteral("keyid")].toString().toLatin1(), root.keyId());
    const Reply keys = ApiClient(m_server).get(QStringLiteral("/api/v1/keys"));
    NB_VERIFY_STATUS(keys, 200);
    const QJsonArray lists = keys.json().value(QStringLiteral("keyLists")).toArray();
    QCOMPARE(lists.size(), 1);
    const auto envelope =
        nb::dsse::envelopeFromJson(QJsonDocument(lists.at(0).toObject()).toJson());
    QVERIFY(envelope);
    const auto list = nb::verifyInitialKeyList(*envelope, {root});
    QVERIFY2(list, qPrintable(list ? QString() : list.error().message));
    m_keyLists = {*list};
}

CommandResult TestApiNotices::publish(const QString &id, const QByteArray &json,
                                      const QStringList &extra)
{
    const QString file = m_dir.filePath(id + QStringLiteral(".json"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
        return {};
    out.close();
    return runServerCommand(QStringList{QStringLiteral("notice"), QStringLiteral("publish"),
                                        QStringLiteral("--db"), m_server.database().url(),
                                        QStringLiteral("--keys"), m_keys, QStringLiteral("--file"),
                                        file} +
                            extra);
}

qint64 TestApiNotices::count(const QString &sql)
{
    QString error;
    const QList<QVariantList> rows = m_server.database().select(sql, &error);
    return rows.isEmpty() ? -1 : rows.at(0).at(0).toLongLong();
}

void TestApiNotices::feedShowsTheLicensedNoticesInOrder()
{
    // Muster Handel licenses wawi, fiskal, cloud-tse and paypal: every demo notice.
    const Reply muster = m_muster.get(feedPath);
    NB_VERIFY_STATUS(muster, 200);
    QCOMPARE(sequences(muster), (QList<qint64>{1, 2, 3, 4, 5, 6, 7}));
    QCOMPARE(muster.json().value(QStringLiteral("latest")).toInteger(), 7);
    QCOMPARE(muster.json().value(QStringLiteral("more")).toBool(true), false);

    // Beispiel Shop licenses shop, cloud-tse and paypal: no Fiskal-Connector, no Warenwirtschaft.
    const Reply beispiel = m_beispiel.get(feedPath);
    NB_VERIFY_STATUS(beispiel, 200);
    QStringList ids;
    for (const FeedEntry &entry : entries(beispiel)) {
        const auto verified = verify(entry.envelope);
        QVERIFY(verified.notice);
        ids.append(verified.notice->id);
        QVERIFY2(!verified.notice->products.contains(QStringLiteral("fiskal")) &&
                     !verified.notice->products.contains(QStringLiteral("wawi")),
                 qPrintable(verified.notice->subject));
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("demo-0001"), QStringLiteral("demo-0002"),
                               QStringLiteral("demo-0004"), QStringLiteral("demo-0005")}));
    QCOMPARE(beispiel.json().value(QStringLiteral("latest")).toInteger(), 5);
}

void TestApiNotices::everyServedEnvelopeVerifies()
{
    const Reply reply = m_muster.get(feedPath);
    QStringList subjects;
    bool urgentFiskal = false, patch = false, thread = false;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (const FeedEntry &entry : entries(reply)) {
        const nb::NoticeVerification result = verify(entry.envelope);
        QVERIFY2(result.state == nb::VerificationState::Verified, qPrintable(result.reason));
        QCOMPARE(result.keyId, m_keyLists.constFirst().signingKeys.constFirst().key.keyId());
        const nb::Notice &notice = *result.notice;
        QCOMPARE(notice.sequence, entry.sequence); // the feed position is part of what is signed
        QVERIFY(notice.issuedAt.isValid() && notice.issuedAt < QDateTime::currentDateTimeUtc());
        QVERIFY2(!notice.body.contains(QLatin1Char('<')), qPrintable(notice.id));
        subjects.append(notice.subject);
        if (notice.subject.startsWith(
                QLatin1String("DRINGEND: Update des Fiskal-Connectors bis"))) {
            urgentFiskal = notice.severity == nb::NoticeSeverity::Urgent && notice.actBy &&
                           *notice.actBy > today &&
                           notice.link.startsWith(QLatin1String("https://"));
            QVERIFY(notice.body.contains(QStringLiteral("niemals als E-Mail-Anhang")));
        }
        if (!notice.patches.isEmpty())
            patch = notice.category == QLatin1String("security") &&
                    notice.products == QStringList{QStringLiteral("wawi")};
        if (notice.status == nb::NoticeStatus::Resolved && !notice.followUpOf.isEmpty())
            thread = true;
    }
    QVERIFY2(urgentFiskal, qPrintable(subjects.join(QLatin1Char('\n'))));
    QVERIFY(subjects.contains(QStringLiteral("Wichtige Änderungen an PayPal PLUS")));
    QVERIFY(std::any_of(subjects.cbegin(), subjects.cend(), [](const QString &subject) {
        return subject.startsWith(QLatin1String("Wartungsfenster")) &&
               subject.endsWith(QStringLiteral("// Ausfälle Cloud-TSE"));
    }));
    QVERIFY(patch);
    QVERIFY(thread);

    // The envelopes are served exactly as stored: the same bytes as in the database.
    QString error;
    const QList<QVariantList> rows = m_server.database().select(
        QStringLiteral("SELECT envelope FROM notices WHERE sequence = 3"), &error);
    QVERIFY2(rows.size() == 1, qPrintable(error));
    QVERIFY(reply.body.contains(rows.at(0).at(0).toString().toUtf8()));
}

void TestApiNotices::feedPagesWithAfterAndLimit()
{
    const Reply first = m_muster.get(feedPath + QStringLiteral("?limit=2"));
    NB_VERIFY_STATUS(first, 200);
    QCOMPARE(sequences(first), (QList<qint64>{1, 2}));
    QCOMPARE(first.json().value(QStringLiteral("more")).toBool(), true);
    QCOMPARE(first.json().value(QStringLiteral("latest")).toInteger(), 7);

    const Reply middle = m_muster.get(feedPath + QStringLiteral("?after=2&limit=3"));
    QCOMPARE(sequences(middle), (QList<qint64>{3, 4, 5}));
    QCOMPARE(middle.json().value(QStringLiteral("more")).toBool(), true);

    const Reply last = m_muster.get(feedPath + QStringLiteral("?after=5&limit=2"));
    QCOMPARE(sequences(last), (QList<qint64>{6, 7}));
    QCOMPARE(last.json().value(QStringLiteral("more")).toBool(true), false);

    const Reply empty = m_muster.get(feedPath + QStringLiteral("?after=7"));
    NB_VERIFY_STATUS(empty, 200);
    QVERIFY(sequences(empty).isEmpty());
    QCOMPARE(empty.json().value(QStringLiteral("latest")).toInteger(), 7);
    QCOMPARE(empty.json().value(QStringLiteral("more")).toBool(true), false);

    // Paging for a company skips what it may not see: after=2 for Beispiel starts at 4.
    const Reply beispiel = m_beispiel.get(feedPath + QStringLiteral("?after=2&limit=1"));
    QCOMPARE(sequences(beispiel), QList<qint64>{4});
    QCOMPARE(beispiel.json().value(QStringLiteral("more")).toBool(), true);
}

void TestApiNotices::feedAnswers304WhenNothingIsNew()
{
    const Reply reply = m_muster.get(feedPath + QStringLiteral("?after=3"));
    const QByteArray etag = reply.header("ETag");
    QVERIFY(!etag.isEmpty());
    const Reply again =
        m_muster.get(feedPath + QStringLiteral("?after=3"), {{"If-None-Match", etag}});
    NB_VERIFY_STATUS(again, 304);
    QVERIFY(again.body.isEmpty());
    // Another page, or another company, never matches that tag.
    NB_VERIFY_STATUS(m_muster.get(feedPath + QStringLiteral("?after=4"), {{"If-None-Match", etag}}),
                     200);
    NB_VERIFY_STATUS(
        m_beispiel.get(feedPath + QStringLiteral("?after=3"), {{"If-None-Match", etag}}), 200);
    // HEAD: the same headers, no body.
    const Reply head = m_muster.head(feedPath + QStringLiteral("?after=3"));
    NB_VERIFY_STATUS(head, 200);
    QCOMPARE(head.header("ETag"), etag);
    QCOMPARE(head.header("Content-Length"), QByteArray::number(reply.body.size()));
    QVERIFY(head.body.isEmpty());
}

void TestApiNotices::feedRefusesBadQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("negative after") << "after=-1"
                                    << "after";
    QTest::newRow("text after") << "after=abc"
                                << "after";
    QTest::newRow("empty after") << "after="
                                 << "after";
    QTest::newRow("huge after") << "after=99999999999999999999"
                                << "after";
    QTest::newRow("zero limit") << "limit=0"
                                << "limit";
    QTest::newRow("limit too large") << "limit=1001"
                                     << "limit";
    QTest::newRow("fraction limit") << "limit=2.5"
                                    << "limit";
}

void TestApiNotices::feedRefusesBadQueries()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const Reply reply = m_muster.get(feedPath + QLatin1Char('?') + query);
    const QString mismatch = problemMismatch(reply, 400, QLatin1String("invalid-query"),
                                             QLatin1String(field.toLatin1()));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestApiNotices::foreignNoticesAnswerLikeMissingOnes()
{
    const qint64 acks = count(QStringLiteral("SELECT COUNT(*) FROM acknowledgements"));
    const qint64 reads = count(QStringLiteral("SELECT COUNT(*) FROM notice_reads"));
    const qint64 tickets = count(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    const QString patch =
        noticePath(QStringLiteral("demo-0006")) + QStringLiteral("/patches/") +
        QStringLiteral("wawi-sicherheitsupdate-%1.zip")
            .arg(QDateTime::currentDateTimeUtc().date().toString(QStringLiteral("yyyy-MM")));
    NB_VERIFY_STATUS(m_muster.head(patch), 200); // it exists, for Muster Handel

    // demo-0003 (fiskal) and demo-0006 (wawi) exist, but Beispiel Shop does not license them.
    const QList<std::pair<QByteArray, QString>> foreign{
        {"GET", noticePath(QStringLiteral("demo-0003"))},
        {"POST", noticePath(QStringLiteral("demo-0003")) + QStringLiteral("/acknowledgement")},
        {"POST", noticePath(QStringLiteral("demo-0003")) + QStringLiteral("/read")},
        {"GET", patch},
    };
    for (const auto &[method, path] : foreign) {
        const Reply reply = m_beispiel.send(method, path, method == "POST" ? "{}" : "");
        NB_VERIFY_PROBLEM(reply, 404, "not-found", "");
        QVERIFY(!reply.hasHeader("ETag"));
        QString missingPath = path;
        missingPath.replace(QLatin1String("demo-0003"), QLatin1String("demo-9999"));
        missingPath.replace(QLatin1String("demo-0006"), QLatin1String("demo-9999"));
        const Reply missing = m_beispiel.send(method, missingPath, method == "POST" ? "{}" : "");
        QCOMPARE(reply.body, missing.body);
    }
    const Reply ticket =
        m_beispiel.post(QStringLiteral("/api/v1/tickets"),
                        toJson({{QStringLiteral("noticeId"), QStringLiteral("demo-0003")},
                                {QStringLiteral("subject"), QStringLiteral("Frage")},
                                {QStringLiteral("message"), QStringLiteral("Betrifft uns das?")}}));
    NB_VERIFY_PROBLEM(ticket, 404, "not-found", "");
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM acknowledgements")), acks);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notice_reads")), reads);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets")), tickets);
}

void TestApiNotices::staffHaveNoNotices()
{
    ApiClient staff(m_server);
    NB_SIGN_IN(staff, demo::staff);
    NB_VERIFY_PROBLEM(staff.get(feedPath), 403, "no-company", "");
    NB_VERIFY_PROBLEM(staff.get(noticePath(QStringLiteral("demo-0001"))), 403, "no-company", "");
    NB_VERIFY_PROBLEM(
        staff.post(noticePath(QStringLiteral("demo-0001")) + QStringLiteral("/read"), "{}"), 403,
        "no-company", "");
    ApiClient anonymous(m_server);
    NB_VERIFY_PROBLEM(anonymous.get(feedPath), 401, "unauthorized", "");
    NB_VERIFY_PROBLEM(
        anonymous.post(noticePath(QStringLiteral("demo-0001")) + QStringLiteral("/read"), "{}"),
        401, "unauthorized", "");
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notice_reads r JOIN notices n ON "
                                  "n.sequence = r.notice_sequence WHERE n.id = 'demo-0001'")),
             0);
}

void TestApiNotices::singleNoticeWithAcknowledgements()
{
    const Reply reply = m_beispiel.get(noticePath(QStringLiteral("demo-0002")));
    NB_VERIFY_STATUS(reply, 200);
    const QJsonObject object = reply.json();
    QCOMPARE(object.value(QStringLiteral("sequence")).toInteger(), 2);
    QCOMPARE(object.value(QStringLiteral("acknowledgements")).toArray().size(), 0);
    const auto verified =
        verify(QJsonDocument(object.value(QStringLiteral("envelope")).toObject()).toJson());
    QCOMPARE(verified.state, nb::VerificationState::Verified);
    QCOMPARE(verified.notice->id, QStringLiteral("demo-0002"));
    const QByteArray etag = reply.header("ETag");
    NB_VERIFY_STATUS(
        m_beispiel.get(noticePath(QStringLiteral("demo-0002")), {{"If-None-Match", etag}}), 304);
}

void TestApiNotices::acknowledgementIs201Then200()
{
    const QString path =
        noticePath(QStringLiteral("demo-0003")) + QStringLiteral("/acknowledgement");
    const QByteArray before = m_muster.get(noticePath(QStringLiteral("demo-0003"))).header("ETag");

    const Reply first = m_muster.post(path, QByteArray());
    NB_VERIFY_STATUS(first, 201);
    QCOMPARE(first.json().value(QStringLiteral("noticeId")).toString(),
             QStringLiteral("demo-0003"));
    QCOMPARE(first.json().value(QStringLiteral("by")).toString(), demo::musterAdmin);
    const QDateTime at =
        QDateTime::fromString(first.json().value(QStringLiteral("at")).toString(), Qt::ISODate);
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    const Reply second = m_muster.post(path, "{}");
    NB_VERIFY_STATUS(second, 200);
    QCOMPARE(second.json(), first.json()); // the first record, not a new one
    NB_VERIFY_STATUS(m_member.post(path, "{}"), 201);
    NB_VERIFY_PROBLEM(m_member.post(path, R"({"by":"someone@else.example"})"), 422, "unknown-field",
                      "by");

    // Beispiel's acknowledgement of a shared notice is not shown to Muster Handel.
    NB_VERIFY_STATUS(m_beispiel.post(noticePath(QStringLiteral("demo-0002")) +
                                         QStringLiteral("/acknowledgement"),
                                     "{}"),
                     201);
    const Reply notice = m_muster.get(noticePath(QStringLiteral("demo-0003")));
    QVERIFY(notice.header("ETag") != before);
    QStringList by;
    for (const QJsonValue &ack : notice.json().value(QStringLiteral("acknowledgements")).toArray())
        by.append(ack[QStringLiteral("by")].toString());
    QCOMPARE(by.size(), 2);
    QVERIFY(by.contains(demo::musterAdmin) && by.contains(demo::musterMember));
    QCOMPARE(m_muster.get(noticePath(QStringLiteral("demo-0002")))
                 .json()
                 .value(QStringLiteral("acknowledgements"))
                 .toArray()
                 .size(),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM acknowledgements")), 3);
}

void TestApiNotices::readIsRecordedOnce()
{
    const QString path = noticePath(QStringLiteral("demo-0004")) + QStringLiteral("/read");
    const QString readsOf = QStringLiteral(
        "SELECT COUNT(*) FROM notice_reads r JOIN notices n ON n.sequence = r.notice_sequence "
        "WHERE n.id = 'demo-0004'");
    const qint64 acks = count(QStringLiteral("SELECT COUNT(*) FROM acknowledgements"));
    QCOMPARE(count(readsOf), 0);

    const Reply first = m_muster.post(path, QByteArray());
    NB_VERIFY_STATUS(first, 200);
    QCOMPARE(first.json().value(QStringLiteral("noticeId")).toString(),
             QStringLiteral("demo-0004"));
    QCOMPARE(first.json().value(QStringLiteral("by")).toString(), demo::musterAdmin);
    const QDateTime at =
        QDateTime::fromString(first.json().value(QStringLiteral("at")).toString(), Qt::ISODate);
    QVERIFY(at.isValid());
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    // Read again (another device, a lost answer): still one record, the first one answered.
    const Reply second = m_muster.post(path, "{}");
    NB_VERIFY_STATUS(second, 200);
    QCOMPARE(second.json(), first.json());
    QCOMPARE(count(readsOf), 1);
    // Recorded for the reader's company (what the mailing results count).
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notice_reads r JOIN users u ON "
                                  "u.id = r.user_id WHERE u.email = '%1' AND "
                                  "r.company_id = u.company_id")
                       .arg(demo::musterAdmin)),
             1);

    // Every user counts once; the body takes nothing; a read is no acknowledgement.
    NB_VERIFY_STATUS(m_member.post(path, "{}"), 200);
    QCOMPARE(count(readsOf), 2);
    NB_VERIFY_PROBLEM(m_member.post(path, R"({"at":"2020-01-01T00:00:00Z"})"), 422, "unknown-field",
                      "at");
    NB_VERIFY_PROBLEM(m_member.post(path, "{\"at\":"), 400, "malformed-json", "");
    QCOMPARE(count(readsOf), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM acknowledgements")), acks);
    const Reply notice = m_muster.get(noticePath(QStringLiteral("demo-0004")));
    QCOMPARE(notice.json().value(QStringLiteral("acknowledgements")).toArray().size(), 0);

    // A notice that does not exist.
    NB_VERIFY_PROBLEM(
        m_muster.post(noticePath(QStringLiteral("demo-9999")) + QStringLiteral("/read"), "{}"), 404,
        "not-found", "");
}

void TestApiNotices::patchDownloadIsStreamedWithSizeAndDigest()
{
    const Reply reply = m_muster.get(noticePath(QStringLiteral("demo-0006")));
    const auto verified =
        verify(QJsonDocument(reply.json().value(QStringLiteral("envelope")).toObject()).toJson());
    QCOMPARE(verified.state, nb::VerificationState::Verified);
    QCOMPARE(verified.notice->patches.size(), 1);
    const nb::PatchReference patch = verified.notice->patches.constFirst();
    QVERIFY(patch.fileName.startsWith(QLatin1String("wawi-sicherheitsupdate-")));
    QVERIFY(patch.size > 1024);

    const QString path =
        noticePath(QStringLiteral("demo-0006")) + QStringLiteral("/patches/") + patch.fileName;
    const Reply download = m_muster.get(path);
    NB_VERIFY_STATUS(download, 200);
    QCOMPARE(download.body.size(), patch.size);
    QCOMPARE(nb::crypto::sha256(download.body), patch.sha256);
    QCOMPARE(download.header("Content-Length"), QByteArray::number(patch.size));
    QCOMPARE(download.header("Repr-Digest"), "sha-256=:" + patch.sha256.toBase64() + ':');
    QCOMPARE(download.header("Content-Type"), QByteArray("application/octet-stream"));
    QCOMPARE(download.header("X-Content-Type-Options"), QByteArray("nosniff"));
    QVERIFY(download.header("Content-Disposition")
                .startsWith("attachment; filename=\"" + patch.fileName.toUtf8() + '"'));

    const Reply head = m_muster.head(path);
    NB_VERIFY_STATUS(head, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.header("Content-Length"), QByteArray::number(patch.size));
    NB_VERIFY_PROBLEM(m_muster.get(noticePath(QStringLiteral("demo-0006")) +
                                   QStringLiteral("/patches/other.zip")),
                      404, "not-found", "");
    NB_VERIFY_PROBLEM(m_muster.get(noticePath(QStringLiteral("demo-0003")) +
                                   QStringLiteral("/patches/") + patch.fileName),
                      404, "not-found", "");
    // The connection stays usable after a streamed body.
    NB_VERIFY_STATUS(m_muster.get(feedPath), 200);
}

void TestApiNotices::ticketsGetANumber()
{
    const QByteArray body =
        toJson({{QStringLiteral("noticeId"), QStringLiteral("demo-0003")},
                {QStringLiteral("subject"), QStringLiteral("Rückfrage zu demo-0003")},
                {QStringLiteral("message"),
                 QStringLiteral("Guten Tag,\n\nwir nutzen noch Version 3.0.\nGrüße")}});
    const Reply first = m_muster.post(QStringLiteral("/api/v1/tickets"), body);
    NB_VERIFY_STATUS(first, 201);
    const QString number = first.json().value(QStringLiteral("number")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^SR-\\d{4}-\\d{6}$")).match(number).hasMatch(),
             qPrintable(number));
    QCOMPARE(first.json().value(QStringLiteral("noticeId")).toString(),
             QStringLiteral("demo-0003"));
    QCOMPARE(first.json().value(QStringLiteral("subject")).toString(),
             QStringLiteral("Rückfrage zu demo-0003"));
    QVERIFY(first.json().value(QStringLiteral("createdAt")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(first.header("Location"), "/api/v1/tickets/" + number.toUtf8());

    const Reply second = m_member.post(QStringLiteral("/api/v1/tickets"), body);
    NB_VERIFY_STATUS(second, 201);
    QVERIFY(second.json().value(QStringLiteral("number")).toString() != number);
    QString error;
    const QList<QVariantList> rows = m_server.database().select(
        QStringLiteral("SELECT message FROM tickets WHERE number = '%1'").arg(number), &error);
    QVERIFY2(rows.size() == 1, qPrintable(error));
    QCOMPARE(rows.at(0).at(0).toString(),
             QStringLiteral("Guten Tag,\n\nwir nutzen noch Version 3.0.\nGrüße"));
}

void TestApiNotices::ticketsAreValidated()
{
    const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    const auto ticket = [](const QJsonValue &subject, const QJsonValue &message) {
        QJsonObject object{{QStringLiteral("noticeId"), QStringLiteral("demo-0002")}};
        if (!subject.isUndefined())
            object.insert(QStringLiteral("subject"), subject);
        if (!message.isUndefined())
            object.insert(QStringLiteral("message"), message);
        return toJson(object);
    };
    const QString path = QStringLiteral("/api/v1/tickets");
    NB_VERIFY_PROBLEM(m_muster.post(path, ticket(QStringLiteral("  "), QStringLiteral("x"))), 422,
                      "invalid-ticket", "subject");
    NB_VERIFY_PROBLEM(m_muster.post(path, ticket(QJsonValue::Undefined, QStringLiteral("x"))), 422,
                      "invalid-ticket", "subject");
    NB_VERIFY_PROBLEM(
        m_muster.post(path, ticket(QString(201, QLatin1Char('a')), QStringLiteral("x"))), 422,
        "invalid-ticket", "subject");
    NB_VERIFY_PROBLEM(
        m_muster.post(path, ticket(QStringLiteral("Zeile\nzwei"), QStringLiteral("x"))), 422,
        "invalid-ticket", "subject");
    NB_VERIFY_PROBLEM(m_muster.post(path, ticket(QStringLiteral("Frage"), QString())), 422,
                      "invalid-ticket", "message");
    NB_VERIFY_PROBLEM(
        m_muster.post(path, ticket(QStringLiteral("Frage"), QString(10001, QLatin1Char('m')))), 422,
        "invalid-ticket", "message");
    NB_VERIFY_PROBLEM(m_muster.post(path, ticket(QStringLiteral("Frage"), 42)), 422, "wrong-type",
                      "message");
    NB_VERIFY_PROBLEM(m_muster.post(path, R"({"subject":"Frage","message":"x"})"), 422, "required",
                      "noticeId");
    NB_VERIFY_PROBLEM(
        m_muster.post(path, R"({"noticeId":"demo-0002","subject":"a","message":"b","prio":1})"),
        422, "unknown-field", "prio");
    NB_VERIFY_PROBLEM(
        m_muster.post(path, R"({"noticeId":"nope","subject":"Frage","message":"Text"})"), 404,
        "not-found", "");
    NB_VERIFY_STATUS(m_muster.post(path, ticket(QString(200, QLatin1Char('a')),
                                                QString(10000, QLatin1Char('m')))),
                     201);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets")), before + 1);
}

void TestApiNotices::ticketsHonourIdempotencyKeys()
{
    const QString path = QStringLiteral("/api/v1/tickets");
    const QByteArray body = R"({"noticeId":"demo-0001","subject":"Ausfall","message":"Kasse?"})";
    const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    const Reply first = m_muster.post(path, body, {{"Idempotency-Key", "ticket-42"}});
    NB_VERIFY_STATUS(first, 201);
    const Reply retry = m_muster.post(path, body, {{"Idempotency-Key", "ticket-42"}});
    NB_VERIFY_STATUS(retry, 201);
    QCOMPARE(retry.json(), first.json());
    QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(retry.header("Location"), first.header("Location"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets")), before + 1);
    NB_VERIFY_PROBLEM(m_muster.post(path,
                                    R"({"noticeId":"demo-0001","subject":"Andere","message":"x"})",
                                    {{"Idempotency-Key", "ticket-42"}}),
                      422, "idempotency-key-reused", "");
    NB_VERIFY_PROBLEM(m_muster.post(path, body, {{"Idempotency-Key", QByteArray(201, 'k')}}), 400,
                      "invalid-idempotency-key", "");
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets")), before + 1);
}

void TestApiNotices::publishRefusesBadNotices_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("expected"); // in stderr

    QJsonObject valid = QJsonDocument::fromJson(noticeJson(QStringLiteral("bad-1"))).object();
    const auto without = [valid](const char *field) {
        QJsonObject object = valid;
        object.remove(QString::fromLatin1(field));
        return toJson(object);
    };
    const auto with = [valid](const char *field, const QJsonValue &value) {
        QJsonObject object = valid;
        object.insert(QString::fromLatin1(field), value);
        return toJson(object);
    };
    QTest::newRow("missing subject") << without("subject") << QStringList() << "\"subject\"";
    QTest::newRow("missing products") << without("products") << QStringList() << "\"products\"";
    QTest::newRow("unknown product")
        << with("products", QJsonArray{QStringLiteral("wawi"), QStringLiteral("toaster")})
        << QStringList() << "products[1]";
    QTest::newRow("sequence given") << with("sequence", 99) << QStringList() << "\"sequence\"";
    QTest::newRow("bad severity") << with("severity", QStringLiteral("panic")) << QStringList()
                                  << "\"severity\"";
    QTest::newRow("raw html") << with("body", QStringLiteral("Hallo <script>x()</script>"))
                              << QStringList() << "\"body\"";
    QTest::newRow("http link") << with("link", QStringLiteral("http://status.example"))
                               << QStringList() << "\"link\"";
    QTest::newRow("unknown follow-up")
        << with("followUpOf", QStringLiteral("demo-9999")) << QStringList() << "\"followUpOf\"";
    QTest::newRow("existing id") << with("id", QStringLiteral("demo-0001")) << QStringList()
                                 << "already";
    QTest::newRow("not json") << QByteArray("{\"id\": ") << QStringList() << "JSON";
    QTest::newRow("wrong hash") << noticeJson(QStringLiteral("bad-1"))
                                << QStringList{QStringLiteral("--patch"), QStringLiteral("PATCH"),
                                               QStringLiteral("--patch-sha256"),
                                               QString(64, QLatin1Char('0'))}
                                << "SHA-256";
    QTest::newRow("missing patch")
        << noticeJson(QStringLiteral("bad-1"))
        << QStringList{QStringLiteral("--patch"), QStringLiteral("/nonexistent/patch.zip")}
        << "patch.zip";
}

void TestApiNotices::publishRefusesBadNotices()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, extra);
    QFETCH(QString, expected);
    const QString patchFile = m_dir.filePath(QStringLiteral("patch.zip"));
    {
        QFile file(patchFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(3000, 'p'));
    }
    extra.replaceInStrings(QStringLiteral("PATCH"), patchFile);
    const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM notices"));
    const CommandResult result = publish(QStringLiteral("bad"), json, extra);
    QVERIFY2(result.finished && result.exitCode == 2, qPrintable(describe(result)));
    QVERIFY2(result.err.contains(expected.toUtf8()), qPrintable(describe(result)));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notices")), before);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notice_patches")), 1);
}

void TestApiNotices::publishedNoticeIsServedAndVerifies()
{
    const Reply before = m_muster.get(feedPath);
    const QByteArray etag = before.header("ETag");
    const QString patchFile = m_dir.filePath(QStringLiteral("wawi-hotfix.bin"));
    QByteArray content;
    for (int i = 0; i < 700 * 1024; ++i) // larger than one stored chunk
        content += char(i * 7 + i / 251);
    {
        QFile file(patchFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const CommandResult result =
        publish(QStringLiteral("cli-1"), noticeJson(QStringLiteral("cli-1")),
                {QStringLiteral("--patch"), patchFile, QStringLiteral("--patch-sha256"),
                 QString::fromLatin1(nb::crypto::sha256(content).toHex())});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QVERIFY2(result.out.contains("cli-1") && result.out.contains("sequence 8"),
             result.out.constData());

    NB_VERIFY_STATUS(m_muster.get(feedPath, {{"If-None-Match", etag}}), 200);
    const Reply feed = m_muster.get(feedPath + QStringLiteral("?after=7"));
    QCOMPARE(sequences(feed), QList<qint64>{8});
    const auto verified = verify(entries(feed).constFirst().envelope);
    QCOMPARE(verified.state, nb::VerificationState::Verified);
    QCOMPARE(verified.notice->id, QStringLiteral("cli-1"));
    QCOMPARE(verified.notice->patches.size(), 1);
    QCOMPARE(verified.notice->patches.constFirst().size, content.size());
    QVERIFY(verified.notice->issuedAt.secsTo(QDateTime::currentDateTimeUtc()) < 120);
    // Beispiel Shop does not license the Warenwirtschaft: its feed did not change.
    QCOMPARE(m_beispiel.get(feedPath).json().value(QStringLiteral("latest")).toInteger(), 5);

    const Reply download = m_muster.get(noticePath(QStringLiteral("cli-1")) +
                                        QStringLiteral("/patches/wawi-hotfix.bin"));
    NB_VERIFY_STATUS(download, 200);
    QVERIFY(download.body == content);
}

void TestApiNotices::concurrentPublishersNeverLeaveGaps()
{
    constexpr int publishers = 6;
    const qint64 start = m_muster.get(feedPath).json().value(QStringLiteral("latest")).toInteger();
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < publishers; ++i) {
        const QString id = QStringLiteral("race-%1").arg(i);
        const QString file = m_dir.filePath(id + QStringLiteral(".json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(noticeJson(id));
        out.close();
        auto process = std::make_unique<QProcess>();
        process->start(serverBinaryPath(),
                       {QStringLiteral("notice"), QStringLiteral("publish"), QStringLiteral("--db"),
                        m_server.database().url(), QStringLiteral("--keys"), m_keys,
                        QStringLiteral("--file"), file});
        processes.push_back(std::move(process));
    }
    // A client polling meanwhile must see every sequence in order: a gap filled later would be
    // a notice it skipped for good.
    qint64 seen = start;
    QStringList ids;
    const QDeadlineTimer deadline(90000);
    while (seen < start + publishers && !deadline.hasExpired()) {
        const Reply page = m_muster.get(feedPath + QStringLiteral("?after=%1").arg(seen));
        NB_VERIFY_STATUS(page, 200);
        for (const FeedEntry &entry : entries(page)) {
            QCOMPARE(entry.sequence, seen + 1);
            seen = entry.sequence;
            const auto verified = verify(entry.envelope);
            QCOMPARE(verified.state, nb::VerificationState::Verified);
            ids.append(verified.notice->id);
        }
    }
    for (const auto &process : processes) {
        QVERIFY(process->state() == QProcess::NotRunning || process->waitForFinished(60000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    QCOMPARE(seen, start + publishers);
    ids.sort();
    QStringList expected;
    for (int i = 0; i < publishers; ++i)
        expected.append(QStringLiteral("race-%1").arg(i));
    QCOMPARE(ids, expected);
}

void TestApiNotices::demoNoticesNeedKeysAndAreIdempotent()
{
    const QString db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("demo.db"));
    const QStringList demo{QStringLiteral("demo-data"), QStringLiteral("--db"), db};
    const CommandResult plain = runServerCommand(demo);
    QVERIFY2(plain.exitCode == 0 && plain.out.contains("Demo notices skipped"),
             qPrintable(describe(plain)));
    const QStringList withKeys = demo + QStringList{QStringLiteral("--keys"), m_keys};
    const CommandResult first = runServerCommand(withKeys);
    QVERIFY2(first.exitCode == 0 && first.out.contains("Demo notices: 7 published"),
             qPrintable(describe(first)));
    const CommandResult again = runServerCommand(withKeys);
    QVERIFY2(again.exitCode == 0 && again.out.contains("Demo notices: 0 published"),
             qPrintable(describe(again)));
    const CommandResult badKeys = runServerCommand(
        demo + QStringList{QStringLiteral("--keys"), m_dir.filePath(QStringLiteral("none"))});
    QVERIFY2(badKeys.exitCode == 2, qPrintable(describe(badKeys)));
}

QTEST_GUILESS_MAIN(TestApiNotices)
#include "tst_api_notices.moc"
