// Draft JSON: what the compose form saves on the server and reads back, and the refusal of
// every malformed shape naming its field.
#include "core/mailingdraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nb;

namespace {

Notice fullDraft()
{
    Notice draft;
    draft.products = {QStringLiteral("fiskal"), QStringLiteral("kasse")};
    draft.category = QStringLiteral("security");
    draft.severity = NoticeSeverity::Urgent;
    draft.subject = QStringLiteral("DRINGEND: Sicherheitsupdate für die Kasse bis 01.08.2026");
    draft.body = QStringLiteral("Bitte installieren Sie das Update.\n\n* Schritt 1\n* Schritt 2\n");
    draft.actBy = QDate(2026, 8, 1);
    draft.status = NoticeStatus::InProgress;
    draft.followUpOf = QStringLiteral("2026-0005");
    draft.link = QStringLiteral("https://forum.notabene.example/t/kasse");
    draft.patches = {
        {QStringLiteral("kasse-1.2.3.zip"), 4096, QByteArray(32, '\x11')},
        {QStringLiteral("kasse-1.2.3-readme.pdf"), 1, QByteArray::fromHex(QByteArray(64, 'f'))}};
    return draft;
}

QJsonObject validPatch()
{
    return QJsonObject{{QStringLiteral("fileName"), QStringLiteral("patch.zip")},
                       {QStringLiteral("size"), 10},
                       {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}};
}

QJsonObject patchWith(const QString &key, const QJsonValue &value)
{
    QJsonObject patch = validPatch();
    if (value.isUndefined())
        patch.remove(key);
    else
        patch.insert(key, value);
    return patch;
}

QJsonObject with(const QString &key, const QJsonValue &value)
{
    return QJsonObject{{key, value}};
}

} // namespace

class TestMailingDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        const Notice draft = fullDraft();
        const Result<Notice> read = draftFromJson(draftToJson(draft));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().field));
        QCOMPARE(*read, draft);
    }

    void roundTripSurvivesTextSerialisation()
    {
        // The server stores the JSON as text; umlauts, line breaks and spaces at the ends stay.
        Notice draft = fullDraft();
        draft.subject = QStringLiteral("  Änderung, noch nicht fertig ");
        const QByteArray text = QJsonDocument(draftToJson(draft)).toJson();
        const Result<Notice> read = draftFromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(read);
        QCOMPARE(*read, draft);
    }

    void emptyObjectGivesTheDefaults()
    {
        const Result<Notice> read = draftFromJson(QJsonObject());
        QVERIFY(read);
        QVERIFY(read->products.isEmpty());
        QVERIFY(read->category.isEmpty());
        QCOMPARE(read->severity, NoticeSeverity::Info);
        QVERIFY(read->subject.isEmpty());
        QVERIFY(read->body.isEmpty());
        QVERIFY(!read->actBy);
        QCOMPARE(read->status, NoticeStatus::Announced);
        QVERIFY(read->followUpOf.isEmpty());
        QVERIFY(read->link.isEmpty());
        QVERIFY(read->patches.isEmpty());
        QCOMPARE(*read, Notice());
    }

    void outputHasAllKeysEvenForAnEmptyDraft()
    {
        const QJsonObject json = draftToJson(Notice());
        QStringList keys = json.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("actBy"), QStringLiteral("body"),
                                    QStringLiteral("category"), QStringLiteral("followUpOf"),
                                    QStringLiteral("link"), QStringLiteral("patches"),
                                    QStringLiteral("products"), QStringLiteral("severity"),
                                    QStringLiteral("status"), QStringLiteral("subject")}));
        QVERIFY(json.value(QStringLiteral("actBy")).isNull());
        QVERIFY(json.value(QStringLiteral("followUpOf")).isNull());
        QVERIFY(json.value(QStringLiteral("link")).isNull());
        QCOMPARE(json.value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("announced"));
        QCOMPARE(json.value(QStringLiteral("subject")).toString(), QString());
        QCOMPARE(json.value(QStringLiteral("products")).toArray(), QJsonArray());
        QCOMPARE(json.value(QStringLiteral("patches")).toArray(), QJsonArray());
    }

    void outputHasTheDocumentedShape()
    {
        const QJsonObject json = draftToJson(fullDraft());
        QCOMPARE(json.value(QStringLiteral("actBy")).toString(), QStringLiteral("2026-08-01"));
        QCOMPARE(json.value(QStringLiteral("severity")).toString(), QStringLiteral("urgent"));
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("in-progress"));
        QCOMPARE(json.value(QStringLiteral("followUpOf")).toString(), QStringLiteral("2026-0005"));
        const QJsonObject patch = json.value(QStringLiteral("patches")).toArray().at(0).toObject();
        QCOMPARE(patch.value(QStringLiteral("fileName")).toString(),
                 QStringLiteral("kasse-1.2.3.zip"));
        QCOMPARE(patch.value(QStringLiteral("size")).toInteger(), 4096);
        QCOMPARE(patch.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QByteArray(32, '\x11').toHex()));
    }

    void emptyStringsReadLikeNull()
    {
        const Result<Notice> read =
            draftFromJson(QJsonObject{{QStringLiteral("followUpOf"), QString()},
                                      {QStringLiteral("link"), QString()},
                                      {QStringLiteral("actBy"), QJsonValue()}});
        QVERIFY(read);
        QVERIFY(read->followUpOf.isEmpty());
        QVERIFY(read->link.isEmpty());
        QVERIFY(!read->actBy);
    }

    void incompleteDraftsAreAccepted()
    {
        // Only the shape is checked: the lint says what is missing.
        const Result<Notice> read =
            draftFromJson(QJsonObject{{QStringLiteral("subject"), QStringLiteral("")},
                                      {QStringLiteral("category"), QStringLiteral("no-such")},
                                      {QStringLiteral("products"), QJsonArray()}});
        QVERIFY(read);
        QCOMPARE(read->category, QStringLiteral("no-such"));
    }

    void errors_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const auto add = [](const char *name, const QJsonObject &json, const char *code,
                            const char *field) {
            QTest::newRow(name) << json << QString::fromLatin1(code) << QString::fromLatin1(field);
        };
        // unknown fields
        add("unknown key", with(QStringLiteral("sender"), QStringLiteral("x")), "unknown-field",
            "sender");
        add("id is set by sending", with(QStringLiteral("id"), QStringLiteral("2026-0001")),
            "unknown-field", "id");
        add("issuedAt is set by sending",
            with(QStringLiteral("issuedAt"), QStringLiteral("2026-07-20T09:00:00Z")),
            "unknown-field", "issuedAt");
        add("unknown key in a patch",
            with(QStringLiteral("patches"),
                 QJsonArray{patchWith(QStringLiteral("url"), QStringLiteral("https://x"))}),
            "unknown-field", "patches[0].url");
        // wrong types
        add("products not a list", with(QStringLiteral("products"), QStringLiteral("fiskal")),
            "wrong-type", "products");
        add("product not a string",
            with(QStringLiteral("products"), QJsonArray{QStringLiteral("fiskal"), 3}), "wrong-type",
            "products[1]");
        add("category a number", with(QStringLiteral("category"), 1), "wrong-type", "category");
        add("category null", with(QStringLiteral("category"), QJsonValue()), "wrong-type",
            "category");
        add("severity a number", with(QStringLiteral("severity"), 2), "wrong-type", "severity");
        add("subject null", with(QStringLiteral("subject"), QJsonValue()), "wrong-type", "subject");
        add("subject a list", with(QStringLiteral("subject"), QJsonArray()), "wrong-type",
            "subject");
        add("body an object", with(QStringLiteral("body"), QJsonObject()), "wrong-type", "body");
        add("actBy a number", with(QStringLiteral("actBy"), 20260801), "wrong-type", "actBy");
        add("status a boolean", with(QStringLiteral("status"), true), "wrong-type", "status");
        add("followUpOf a number", with(QStringLiteral("followUpOf"), 5), "wrong-type",
            "followUpOf");
        add("link an object", with(QStringLiteral("link"), QJsonObject()), "wrong-type", "link");
        add("patches an object", with(QStringLiteral("patches"), validPatch()), "wrong-type",
            "patches");
        add("patch not an object",
            with(QStringLiteral("patches"), QJsonArray{validPatch(), QStringLiteral("a.zip")}),
            "wrong-type", "patches[1]");
        add("patch name a number",
            with(QStringLiteral("patches"), QJsonArray{patchWith(QStringLiteral("fileName"), 7)}),
            "wrong-type", "patches[0].fileName");
        add("patch size a string",
            with(QStringLiteral("patches"),
                 QJsonArray{patchWith(QStringLiteral("size"), QStringLiteral("10"))}),
            "wrong-type", "patches[0].size");
        add("patch hash a number",
            with(QStringLiteral("patches"), QJsonArray{patchWith(QStringLiteral("sha256"), 1)}),
            "wrong-type", "patches[0].sha256");
        // invalid values
        add("unknown severity", with(QStringLiteral("severity"), QStringLiteral("critical")),
            "invalid-value", "severity");
        add("severity in capitals", with(QStringLiteral("severity"), QStringLiteral("Urgent")),
            "invalid-value", "severity");
        add("unknown status", with(QStringLiteral("status"), QStringLiteral("done")),
            "invalid-value", "status");
        add("German date", with(QStringLiteral("actBy"), QStringLiteral("01.08.2026")),
            "invalid-value", "actBy");
        add("date without leading zeros", with(QStringLiteral("actBy"), QStringLiteral("2026-8-1")),
            "invalid-value", "actBy");
        add("month 13", with(QStringLiteral("actBy"), QStringLiteral("2026-13-01")),
            "invalid-value", "actBy");
        add("30 February", with(QStringLiteral("actBy"), QStringLiteral("2026-02-30")),
            "invalid-value", "actBy");
        add("date with time", with(QStringLiteral("actBy"), QStringLiteral("2026-08-01T10:00")),
            "invalid-value", "actBy");
        add("empty date", with(QStringLiteral("actBy"), QString()), "invalid-value", "actBy");
        add("patch without hash",
            with(QStringLiteral("patches"),
                 QJsonArray{patchWith(QStringLiteral("sha256"), QJsonValue::Undefined)}),
            "invalid-value", "patches[0].sha256");
        add("patch without size",
            with(QStringLiteral("patches"),
                 QJsonArray{patchWith(QStringLiteral("size"), QJsonValue::Undefined)}),
            "invalid-value", "patches[0].size");
        add("patch with empty name",
            with(QStringLiteral("patches"),
                 QJsonArray{patchWith(QStringLiteral("fileName"), QString())}),
            "invalid-value", "patches[0].fileName");
        add("patch size 0",
            with(QStringLiteral("patches"), QJsonArray{patchWith(QStringLiteral("size"), 0)}),
            "invalid-value", "patches[0].size");
        add("patch size negative",
            with(QStringLiteral("patches"), QJsonArray{patchWith(QStringLiteral("size"), -5)}),
            "invalid-value", "patches[0].size");
        add("patch size fractional",
            with(QStringLiteral("patches"), QJsonArray{patchWith(QStringLiteral("size"), 1.5)}),
            "invalid-value", "patches[0].size");
        add("patch size beyond 2^53",
            with(QStringLiteral("patches"), QJsonArray{patchWith(QStringLiteral("size"), 1e300)}),
            "invalid-value", "patches[0].size");
        add("patch hash too short",
            with(QStringLiteral("patches"),
                 QJsonArray{patchWith(QStringLiteral("sha256"), QString(62, QLatin1Char('a')))}),
            "invalid-value", "patches[0].sha256");
        add("patch hash not hex",
            with(QStringLiteral("patches"),
                 QJsonArray{patchWith(QStringLiteral("sha256"), QString(64, QLatin1Char('g')))}),
            "invalid-value", "patches[0].sha256");
        add("patch hash upper case",
            with(QStringLiteral("patches"),
                 QJsonArray{patchWith(QStringLiteral("sha256"), QString(64, QLatin1Char('A')))}),
            "invalid-value", "patches[0].sha256");
        add("second patch broken",
            with(QStringLiteral("patches"),
                 QJsonArray{validPatch(), patchWith(QStringLiteral("size"), 0)}),
            "invalid-value", "patches[1].size");
    }

    void errors()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const Result<Notice> read = draftFromJson(json);
        QVERIFY(!read);
        QCOMPARE(read.error().code, code);
        QCOMPARE(read.error().field, field);
        // The message names the field, so a developer reading the problem finds it.
        QVERIFY2(read.error().message.contains(field), qPrintable(read.error().message));
    }

    void aValidFieldNextToABrokenOneStillFails()
    {
        QJsonObject json = draftToJson(fullDraft());
        json.insert(QStringLiteral("status"), QStringLiteral("closed"));
        const Result<Notice> read = draftFromJson(json);
        QVERIFY(!read);
        QCOMPARE(read.error().field, QStringLiteral("status"));
    }
};

QTEST_GUILESS_MAIN(TestMailingDraft)
#include "tst_mailingdraft.moc"
