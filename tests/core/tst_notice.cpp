// The notice payload: the exact signed bytes, strict parsing, and the publishing rules.
#include "core/notice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <functional>

using namespace nb;

namespace {

Notice sampleNotice()
{
    Notice notice;
    notice.id = QStringLiteral("2026-0007");
    notice.sequence = 7;
    notice.products = {QStringLiteral("fiskal"), QStringLiteral("kasse")};
    notice.category = QStringLiteral("updates-and-technical-changes");
    notice.severity = NoticeSeverity::Urgent;
    notice.subject = QStringLiteral("DRINGEND: Update des Fiskal-Connectors bis 01.08.");
    notice.body = QStringLiteral("Bitte installieren Sie das Update **vor** dem 1. August.\n\n"
                                 "Laden Sie es nur aus dem [Kundencenter](https://kunden.example/"
                                 "downloads) \"nicht\" aus Anhängen.");
    notice.actBy = QDate(2026, 8, 1);
    notice.status = NoticeStatus::Announced;
    notice.followUpOf = QStringLiteral("2026-0005");
    notice.link = QStringLiteral("https://status.example/fiskal");
    notice.patches = {{QStringLiteral("fiskal-connector-2.4.1.zip"), 1048576,
                       QByteArray::fromHex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c"
                                           "15b0f00a08")}};
    notice.issuedAt = QDateTime(QDate(2026, 7, 20), QTime(9, 0), Qt::UTC);
    return notice;
}

// The payload of `notice` with one top-level field replaced (or removed for an undefined value).
QByteArray withField(const Notice &notice, const QString &key, const QJsonValue &value)
{
    QJsonObject object = QJsonDocument::fromJson(notice.toPayload()).object();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonArray patchWith(const QString &key, const QJsonValue &value)
{
    QJsonObject patch{{QStringLiteral("fileName"), QStringLiteral("patch.zip")},
                      {QStringLiteral("size"), 10},
                      {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}};
    if (value.isUndefined())
        patch.remove(key);
    else
        patch.insert(key, value);
    return {patch};
}

} // namespace

class TestNotice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void payloadHasTheDocumentedBytes()
    {
        const QByteArray expected =
            "{\"id\":\"2026-0007\",\"sequence\":7,\"products\":[\"fiskal\",\"kasse\"],"
            "\"category\":\"updates-and-technical-changes\",\"severity\":\"urgent\","
            "\"subject\":\"DRINGEND: Update des Fiskal-Connectors bis 01.08.\","
            "\"body\":\"Bitte installieren Sie das Update **vor** dem 1. August.\\n\\n"
            "Laden Sie es nur aus dem [Kundencenter](https://kunden.example/downloads) "
            "\\\"nicht\\\" aus Anh\xC3\xA4ngen.\","
            "\"actBy\":\"2026-08-01\",\"status\":\"announced\",\"followUpOf\":\"2026-0005\","
            "\"link\":\"https://status.example/fiskal\",\"patches\":[{\"fileName\":"
            "\"fiskal-connector-2.4.1.zip\",\"size\":1048576,\"sha256\":"
            "\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"}],"
            "\"issuedAt\":\"2026-07-20T09:00:00Z\"}";
        QCOMPARE(sampleNotice().toPayload(), expected);
    }

    void optionalFieldsAreNull()
    {
        Notice notice = sampleNotice();
        notice.actBy.reset();
        notice.followUpOf.clear();
        notice.link.clear();
        notice.patches.clear();
        const QByteArray payload = notice.toPayload();
        QVERIFY(payload.contains("\"actBy\":null,"));
        QVERIFY(payload.contains("\"followUpOf\":null,\"link\":null,\"patches\":[],"));
        const auto parsed = parseNotice(payload);
        QVERIFY(parsed);
        QCOMPARE(*parsed, notice);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("plain") << QStringLiteral("Hello");
        QTest::newRow("quotes and backslashes") << QStringLiteral("a \"b\" c\\d \\\" /e/");
        QTest::newRow("line breaks and tabs") << QStringLiteral("one\ntwo\r\nthree\tfour");
        QTest::newRow("control characters") << QString::fromUtf8("bell\x07 nul-free \x1f end\x7f");
        QTest::newRow("umlauts and emoji")
            << QString::fromUtf8("Wartungsfenster 4. Mai // Ausfälle Cloud-TSE 🚧 – €");
        QTest::newRow("json-looking text") << QStringLiteral("\"},\"id\":\"evil\",{\"");
        QTest::newRow("line separators") << QString::fromUtf8("a\u2028b\u2029c");
    }

    void roundTrip()
    {
        QFETCH(QString, body);
        Notice notice = sampleNotice();
        notice.body = body;
        notice.subject = body.left(20);
        const QByteArray payload = notice.toPayload();
        const auto parsed = parseNotice(payload);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().field));
        QCOMPARE(*parsed, notice);
        QCOMPARE(parsed->toPayload(), payload);
        // Any JSON reader sees the same text (the escaping is RFC 8259).
        const QJsonObject object = QJsonDocument::fromJson(payload).object();
        QCOMPARE(object.value(QStringLiteral("body")).toString(), body);
        QVERIFY(!payload.contains('\n'));
    }

    void severityAndStatusKeys()
    {
        for (const auto severity :
             {NoticeSeverity::Info, NoticeSeverity::Important, NoticeSeverity::Urgent}) {
            QCOMPARE(severityFromKey(severityKey(severity)), severity);
        }
        for (const auto status :
             {NoticeStatus::Announced, NoticeStatus::InProgress, NoticeStatus::Resolved}) {
            QCOMPARE(statusFromKey(statusKey(status)), status);
        }
        QCOMPARE(statusKey(NoticeStatus::InProgress), QStringLiteral("in-progress"));
        QVERIFY(!severityFromKey(QStringLiteral("Urgent")));
        QVERIFY(!statusFromKey(QStringLiteral("in_progress")));
    }

    void strictParsing_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("field");
        const Notice n = sampleNotice();
        const QString none;
        const auto field = [](const char *name) {
            return QString::fromLatin1(name);
        };
        QTest::newRow("not json") << QByteArray("{nope") << none;
        QTest::newRow("array") << QByteArray("[]") << none;
        QTest::newRow("unknown key") << withField(n, field("signature"), 1) << field("signature");
        for (const char *key :
             {"id", "sequence", "products", "category", "severity", "subject", "body", "actBy",
              "status", "followUpOf", "link", "patches", "issuedAt"}) {
            QTest::addRow("missing %s", key)
                << withField(n, field(key), QJsonValue::Undefined) << field(key);
        }
        QTest::newRow("id number") << withField(n, field("id"), 7) << field("id");
        QTest::newRow("id null") << withField(n, field("id"), QJsonValue::Null) << field("id");
        QTest::newRow("sequence string")
            << withField(n, field("sequence"), QStringLiteral("7")) << field("sequence");
        QTest::newRow("sequence fraction")
            << withField(n, field("sequence"), 7.5) << field("sequence");
        QTest::newRow("sequence too large")
            << withField(n, field("sequence"), 1e300) << field("sequence");
        QTest::newRow("products string")
            << withField(n, field("products"), QStringLiteral("fiskal")) << field("products");
        QTest::newRow("products with number")
            << withField(n, field("products"), QJsonArray{1}) << field("products");
        QTest::newRow("category null")
            << withField(n, field("category"), QJsonValue::Null) << field("category");
        QTest::newRow("unknown severity")
            << withField(n, field("severity"), QStringLiteral("critical")) << field("severity");
        QTest::newRow("severity number") << withField(n, field("severity"), 2) << field("severity");
        QTest::newRow("subject array")
            << withField(n, field("subject"), QJsonArray{}) << field("subject");
        QTest::newRow("body null")
            << withField(n, field("body"), QJsonValue::Null) << field("body");
        QTest::newRow("actBy german date")
            << withField(n, field("actBy"), QStringLiteral("01.08.2026")) << field("actBy");
        QTest::newRow("actBy with time")
            << withField(n, field("actBy"), QStringLiteral("2026-08-01T00:00:00Z"))
            << field("actBy");
        QTest::newRow("actBy impossible")
            << withField(n, field("actBy"), QStringLiteral("2026-02-30")) << field("actBy");
        QTest::newRow("unknown status")
            << withField(n, field("status"), QStringLiteral("done")) << field("status");
        QTest::newRow("followUpOf empty")
            << withField(n, field("followUpOf"), QString()) << field("followUpOf");
        QTest::newRow("link number") << withField(n, field("link"), 1) << field("link");
        QTest::newRow("link empty") << withField(n, field("link"), QString()) << field("link");
        QTest::newRow("patches object")
            << withField(n, field("patches"), QJsonObject{}) << field("patches");
        QTest::newRow("patch unknown key")
            << withField(n, field("patches"), patchWith(field("url"), QStringLiteral("x")))
            << field("patches");
        QTest::newRow("patch without sha256")
            << withField(n, field("patches"), patchWith(field("sha256"), QJsonValue::Undefined))
            << field("patches");
        QTest::newRow("patch upper-case hex")
            << withField(n, field("patches"),
                         patchWith(field("sha256"), QString(64, QLatin1Char('A'))))
            << field("patches");
        QTest::newRow("patch short hex")
            << withField(n, field("patches"),
                         patchWith(field("sha256"), QString(62, QLatin1Char('a'))))
            << field("patches");
        QTest::newRow("patch non-hex")
            << withField(n, field("patches"),
                         patchWith(field("sha256"), QString(64, QLatin1Char('g'))))
            << field("patches");
        QTest::newRow("patch size string")
            << withField(n, field("patches"), patchWith(field("size"), QStringLiteral("10")))
            << field("patches");
        QTest::newRow("patch not an object")
            << withField(n, field("patches"), QJsonArray{QStringLiteral("patch.zip")})
            << field("patches");
        QTest::newRow("issuedAt without zone")
            << withField(n, field("issuedAt"), QStringLiteral("2026-07-20T09:00:00"))
            << field("issuedAt");
        QTest::newRow("issuedAt with offset")
            << withField(n, field("issuedAt"), QStringLiteral("2026-07-20T11:00:00+02:00"))
            << field("issuedAt");
        QTest::newRow("issuedAt with milliseconds")
            << withField(n, field("issuedAt"), QStringLiteral("2026-07-20T09:00:00.123Z"))
            << field("issuedAt");
        QTest::newRow("issuedAt date only")
            << withField(n, field("issuedAt"), QStringLiteral("2026-07-20")) << field("issuedAt");
    }

    void strictParsing()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, field);
        const auto result = parseNotice(payload);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("malformed-notice"));
        QCOMPARE(result.error().field, field);
        QVERIFY(!result.error().message.isEmpty());
    }

    void parsingDoesNotValidate()
    {
        // Parsing reads what was signed; the publishing rules are validateNotice()'s.
        Notice notice = sampleNotice();
        notice.sequence = 0;
        notice.category = QStringLiteral("unknown");
        const auto parsed = parseNotice(notice.toPayload());
        QVERIFY(parsed);
        QCOMPARE(*parsed, notice);
        QCOMPARE(validateNotice(*parsed).error().code, QStringLiteral("invalid-sequence"));
    }

    void sampleIsValid()
    {
        const Status status = validateNotice(sampleNotice());
        QVERIFY2(status, qPrintable(status ? QString() : status.error().code));
        Notice minimal = sampleNotice();
        minimal.actBy.reset();
        minimal.followUpOf.clear();
        minimal.link.clear();
        minimal.patches.clear();
        QVERIFY(validateNotice(minimal));
    }

    void validationRules_data()
    {
        QTest::addColumn<Notice>("notice");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const auto add = [](const char *name, const std::function<void(Notice &)> &change,
                            const char *code, const char *field) {
            Notice notice = sampleNotice();
            change(notice);
            QTest::newRow(name) << notice << QString::fromLatin1(code)
                                << QString::fromLatin1(field);
        };
        add(
            "empty id", [](Notice &n) { n.id.clear(); }, "invalid-id", "id");
        add(
            "id with slash", [](Notice &n) { n.id = QStringLiteral("2026/7"); }, "invalid-id",
            "id");
        add(
            "id too long", [](Notice &n) { n.id = QString(65, QLatin1Char('a')); }, "invalid-id",
            "id");
        add(
            "sequence 0", [](Notice &n) { n.sequence = 0; }, "invalid-sequence", "sequence");
        add(
            "sequence negative", [](Notice &n) { n.sequence = -3; }, "invalid-sequence",
            "sequence");
        add(
            "no products", [](Notice &n) { n.products.clear(); }, "invalid-products", "products");
        add(
            "upper-case product", [](Notice &n) { n.products = {QStringLiteral("Fiskal")}; },
            "invalid-products", "products");
        add(
            "product too long", [](Notice &n) { n.products = {QString(33, QLatin1Char('a'))}; },
            "invalid-products", "products");
        add(
            "product twice",
            [](Notice &n) {
                n.products = {QStringLiteral("kasse"), QStringLiteral("kasse")};
            },
            "invalid-products", "products");
        add(
            "unknown category", [](Notice &n) { n.category = QStringLiteral("spam"); },
            "invalid-category", "category");
        add(
            "empty subject", [](Notice &n) { n.subject = QStringLiteral("   "); },
            "invalid-subject", "subject");
        add(
            "subject 201 characters", [](Notice &n) { n.subject = QString(201, QLatin1Char('x')); },
            "invalid-subject", "subject");
        add(
            "subject with line break",
            [](Notice &n) { n.subject = QStringLiteral("Zeile 1\nZeile 2"); }, "invalid-subject",
            "subject");
        add(
            "subject with line separator",
            [](Notice &n) { n.subject = QString::fromUtf8("Zeile 1\u2028Zeile 2"); },
            "invalid-subject", "subject");
        add(
            "empty body", [](Notice &n) { n.body = QStringLiteral("\n  \n"); }, "invalid-body",
            "body");
        add(
            "body with a lone surrogate",
            [](Notice &n) { n.body = QStringLiteral("x") + QChar(0xD800); }, "invalid-body",
            "body");
        add(
            "body with script",
            [](Notice &n) { n.body = QStringLiteral("Hallo <script>alert(1)</script>"); },
            "invalid-body", "body");
        add(
            "body with html block",
            [](Notice &n) { n.body = QStringLiteral("<div>\nHallo\n</div>"); }, "invalid-body",
            "body");
        add(
            "http link", [](Notice &n) { n.link = QStringLiteral("http://status.example/"); },
            "invalid-link", "link");
        add(
            "javascript link", [](Notice &n) { n.link = QStringLiteral("javascript:alert(1)"); },
            "invalid-link", "link");
        add(
            "link without host", [](Notice &n) { n.link = QStringLiteral("https:///x"); },
            "invalid-link", "link");
        add(
            "link with user info",
            [](Notice &n) { n.link = QStringLiteral("https://kunden.example@evil.example/"); },
            "invalid-link", "link");
        add(
            "follow-up of itself", [](Notice &n) { n.followUpOf = n.id; }, "invalid-follow-up",
            "followUpOf");
        add(
            "patch in a folder",
            [](Notice &n) { n.patches[0].fileName = QStringLiteral("../setup.exe"); },
            "invalid-patch", "patches");
        add(
            "patch with backslash",
            [](Notice &n) { n.patches[0].fileName = QStringLiteral("a\\setup.exe"); },
            "invalid-patch", "patches");
        add(
            "hidden patch", [](Notice &n) { n.patches[0].fileName = QStringLiteral(".bashrc"); },
            "invalid-patch", "patches");
        add(
            "patch name with control character",
            [](Notice &n) { n.patches[0].fileName = QStringLiteral("a\x01.zip"); }, "invalid-patch",
            "patches");
        add(
            "patch name too long",
            [](Notice &n) { n.patches[0].fileName = QString(129, QLatin1Char('a')); },
            "invalid-patch", "patches");
        add(
            "empty patch", [](Notice &n) { n.patches[0].size = 0; }, "invalid-patch", "patches");
        add(
            "patch without hash", [](Notice &n) { n.patches[0].sha256 = QByteArray(31, 'x'); },
            "invalid-patch", "patches");
        add(
            "two patches of one name", [](Notice &n) { n.patches.append(n.patches.first()); },
            "invalid-patch", "patches");
        add(
            "no issue time", [](Notice &n) { n.issuedAt = QDateTime(); }, "invalid-issued-at",
            "issuedAt");
    }

    void validationRules()
    {
        QFETCH(Notice, notice);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const Status status = validateNotice(notice);
        QVERIFY(!status);
        QCOMPARE(status.error().code, code);
        QCOMPARE(status.error().field, field);
        QVERIFY(!status.error().message.isEmpty());
    }

    void boundariesAreAccepted()
    {
        Notice notice = sampleNotice();
        notice.id = QString(64, QLatin1Char('a'));
        notice.subject = QString(200, QLatin1Char('x'));
        notice.products = {QString(32, QLatin1Char('a'))};
        notice.patches[0].fileName = QString(128, QLatin1Char('b'));
        notice.patches[0].size = 1;
        notice.body = QStringLiteral("1 < 2 and a & b; <https://autolink.example/> is a link");
        QVERIFY(validateNotice(notice));
    }

    void daysLeftCountsCalendarDays()
    {
        Notice notice = sampleNotice();
        QCOMPARE(daysLeft(notice, QDate(2026, 7, 20)), 12);
        QCOMPARE(daysLeft(notice, QDate(2026, 8, 1)), 0);
        QCOMPARE(daysLeft(notice, QDate(2026, 8, 3)), -2);
        notice.actBy.reset();
        QVERIFY(!daysLeft(notice, QDate(2026, 7, 20)));
    }
};

QTEST_GUILESS_MAIN(TestNotice)
#include "tst_notice.moc"
