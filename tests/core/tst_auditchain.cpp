// The audit log's hash chain (core/auditchain.h): an intact chain verifies; every way of
// tampering with it is reported at the entry it concerns — each field of each entry edited,
// entries deleted at the start, middle and end, two entries swapped, an entry replaced with a
// recomputed hash, entries added past the head, a whole history rewritten behind the reader's
// back (the anchor) — and the JSON of GET /api/v1/audit reads back to the same entries, strictly.
#include "core/auditchain.h"
#include "core/crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <functional>

using namespace nb;
using namespace nb::audit;

using Kind = Problem::Kind;
using Edit = std::function<void(Entry &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

const QDateTime kStart(QDate(2026, 7, 20), QTime(9, 0, 0, 250), Qt::UTC);

// A company's chain of `count` sealed entries with varied content.
QList<Entry> chain(int count = 5, qint64 companyId = 7)
{
    QList<Entry> entries;
    for (int i = 0; i < count; ++i) {
        Entry entry;
        entry.companyId = companyId;
        entry.at = kStart.addSecs(i * 90).addMSecs(i);
        entry.actor = i % 2 ? QStringLiteral("admin@muster-handel.example")
                            : QStringLiteral("link:alt@muster-handel.example");
        entry.role = i % 2 ? QStringLiteral("admin") : QStringLiteral("link");
        entry.clientAddress = QStringLiteral("192.0.2.%1").arg(10 + i);
        entry.client = QStringLiteral("Notabene/1.0 (Linux) Qt/6.4.2");
        entry.action = i == 0 ? QStringLiteral("company.update") : QStringLiteral("contact.update");
        entry.before = i == 0 ? QJsonValue()
                              : QJsonValue(QJsonObject{{QStringLiteral("email"),
                                                        QStringLiteral("alt%1@x.example").arg(i)},
                                                       {QStringLiteral("version"), i}});
        entry.after =
            QJsonObject{{QStringLiteral("email"), QStringLiteral("neu%1@x.example").arg(i)},
                        {QStringLiteral("areas"), QJsonArray{QStringLiteral("it-and-technology")}},
                        {QStringLiteral("version"), i + 1}};
        seal(entry, entries.isEmpty() ? nullptr : &entries.constLast());
        entries.append(entry);
    }
    return entries;
}

Anchor headOf(const QList<Entry> &entries)
{
    return entries.isEmpty() ? Anchor{} : Anchor{entries.constLast().seq, entries.constLast().hash};
}

// "Edited@3, Missing@5" — compact and readable in a failure message.
QStringList describe(const QList<Problem> &problems)
{
    QStringList out;
    for (const Problem &problem : problems) {
        const char *kind = problem.kind == Kind::Edited       ? "Edited"
                           : problem.kind == Kind::Missing    ? "Missing"
                           : problem.kind == Kind::BrokenLink ? "BrokenLink"
                                                              : "AnchorLost";
        out.append(QStringLiteral("%1@%2").arg(QLatin1String(kind)).arg(problem.seq));
    }
    return out;
}

bool sameEntry(const Entry &a, const Entry &b)
{
    return a.companyId == b.companyId && a.seq == b.seq && a.at == b.at && a.actor == b.actor &&
           a.role == b.role && a.clientAddress == b.clientAddress && a.client == b.client &&
           a.action == b.action && a.before == b.before && a.after == b.after &&
           a.prevHash == b.prevHash && a.hash == b.hash;
}

QList<std::pair<const char *, Edit>> fieldEdits()
{
    return {
        {"companyId",
         [](Entry &e) {
             e.companyId += 1;
         }},
        {"at",
         [](Entry &e) {
             e.at = e.at.addMSecs(1);
         }},
        {"actor",
         [](Entry &e) {
             e.actor = QStringLiteral("someone@else.example");
         }},
        {"role",
         [](Entry &e) {
             e.role = QStringLiteral("staff");
         }},
        {"clientAddress",
         [](Entry &e) {
             e.clientAddress = QStringLiteral("203.0.113.9");
         }},
        {"client",
         [](Entry &e) {
             e.client += QLatin1Char(' ');
         }},
        {"action",
         [](Entry &e) {
             e.action = QStringLiteral("contact.delete");
         }},
        {"before",
         [](Entry &e) {
             e.before = QJsonObject{{QStringLiteral("email"), QStringLiteral("x@x.example")}};
         }},
        {"before emptied",
         [](Entry &e) {
             e.before = QJsonObject{};
         }},
        {"after",
         [](Entry &e) {
             QJsonObject after = e.after.toObject();
             after.insert(QStringLiteral("version"),
                          after.value(QStringLiteral("version")).toInt() + 1);
             e.after = after;
         }},
        {"after as string",
         [](Entry &e) {
             e.after = QStringLiteral("{}");
         }},
        {"prevHash",
         [](Entry &e) {
             e.prevHash[0] = char(e.prevHash[0] ^ 1);
         }},
        {"hash",
         [](Entry &e) {
             e.hash[31] = char(e.hash[31] ^ 1);
         }},
        {"hash truncated",
         [](Entry &e) {
             e.hash.chop(1);
         }},
    };
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(crypto::initialize()); }

    void sealLinksTheChain()
    {
        const QList<Entry> entries = chain(3);
        QCOMPARE(entries.at(0).seq, 1);
        QCOMPARE(entries.at(0).prevHash, QByteArray(32, '\0'));
        QCOMPARE(entries.at(1).seq, 2);
        QCOMPARE(entries.at(1).prevHash, entries.at(0).hash);
        QCOMPARE(entries.at(2).prevHash, entries.at(1).hash);
        for (const Entry &entry : entries) {
            QCOMPARE(entry.hash.size(), 32);
            QCOMPARE(entry.hash, crypto::sha256(entry.prevHash + canonical(entry)));
            QCOMPARE(computeHash(entry), entry.hash);
        }
    }

    void intactChainVerifies()
    {
        const QList<Entry> entries = chain();
        QCOMPARE(describe(verifyChain(entries, headOf(entries))), QStringList{});
        QCOMPARE(describe(verifyChain(entries, headOf(entries), headOf(entries))), QStringList{});
        // A reader that saw an earlier head: the chain extends it.
        QCOMPARE(describe(verifyChain(entries, headOf(entries),
                                      Anchor{entries.at(1).seq, entries.at(1).hash})),
                 QStringList{});
        // Nothing seen yet.
        QCOMPARE(describe(verifyChain(entries, headOf(entries), Anchor{})), QStringList{});
        // No entries yet.
        QCOMPARE(describe(verifyChain({}, Anchor{})), QStringList{});
    }

    void canonicalIsDeterministicAndCoversEveryField()
    {
        const Entry entry = chain(2).at(1);
        Entry same = entry;
        // Same JSON with the keys inserted in another order, same instant in another zone.
        QJsonObject after;
        after.insert(QStringLiteral("version"), 2);
        after.insert(QStringLiteral("email"), QStringLiteral("neu1@x.example"));
        after.insert(QStringLiteral("areas"), QJsonArray{QStringLiteral("it-and-technology")});
        same.after = after;
        same.at = entry.at.toOffsetFromUtc(7200);
        QCOMPARE(canonical(same), canonical(entry));
        QCOMPARE(computeHash(same), entry.hash);
        // `hash` itself is not part of what is hashed.
        same.hash = QByteArray(32, 'x');
        QCOMPARE(canonical(same), canonical(entry));

        for (const auto &[name, edit] : fieldEdits()) {
            if (QByteArray(name).startsWith("hash"))
                continue;
            Entry changed = entry;
            edit(changed);
            QVERIFY2(canonical(changed) != canonical(entry), name);
            QVERIFY2(computeHash(changed) != entry.hash, name);
        }
        // Field boundaries are part of the encoding: moving a character between two fields
        // changes the bytes.
        Entry shifted = entry;
        shifted.actor += shifted.role.left(1);
        shifted.role.remove(0, 1);
        QVERIFY(canonical(shifted) != canonical(entry));
        // Undefined JSON counts as null.
        Entry undefinedBefore = chain(1).at(0);
        Entry nullBefore = undefinedBefore;
        undefinedBefore.before = QJsonValue(QJsonValue::Undefined);
        QCOMPARE(canonical(undefinedBefore), canonical(nullBefore));
    }

    void editedFieldIsReportedAtItsEntry_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<Edit>("edit");
        for (int index = 0; index < 5; ++index) {
            for (const auto &[name, edit] : fieldEdits())
                QTest::addRow("entry %d, %s", index + 1, name) << index << edit;
        }
    }

    void editedFieldIsReportedAtItsEntry()
    {
        QFETCH(int, index);
        QFETCH(Edit, edit);
        QList<Entry> entries = chain();
        const Anchor head = headOf(entries);
        edit(entries[index]);
        const QList<Problem> problems = verifyChain(entries, head);
        QCOMPARE(describe(problems), QStringList{QStringLiteral("Edited@%1").arg(index + 1)});
        QVERIFY(problems.constFirst().message.contains(QString::number(index + 1)));
        QVERIFY(problems.constFirst().message.contains(QStringLiteral("changed")));
    }

    void editedSeqIsReported()
    {
        QList<Entry> entries = chain();
        const Anchor head = headOf(entries);
        entries[2].seq = 4; // now two entries claim seq 4
        const QStringList problems = describe(verifyChain(entries, head));
        QVERIFY2(problems.contains(QStringLiteral("Edited@4")),
                 qPrintable(problems.join(QLatin1Char(' '))));
        QVERIFY(problems.contains(QStringLiteral("Missing@3")));
    }

    void deletedEntries_data()
    {
        QTest::addColumn<QList<int>>("deleted"); // indexes
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("first") << QList<int>{0} << QStringList{QStringLiteral("Missing@1")};
        QTest::newRow("middle") << QList<int>{2} << QStringList{QStringLiteral("Missing@3")};
        QTest::newRow("last") << QList<int>{4} << QStringList{QStringLiteral("Missing@5")};
        QTest::newRow("two in the middle")
            << QList<int>{1, 2} << QStringList{QStringLiteral("Missing@2")};
        QTest::newRow("two apart")
            << QList<int>{1, 3}
            << QStringList{QStringLiteral("Missing@2"), QStringLiteral("Missing@4")};
        QTest::newRow("the last two")
            << QList<int>{3, 4} << QStringList{QStringLiteral("Missing@4")};
        QTest::newRow("all") << QList<int>{0, 1, 2, 3, 4}
                             << QStringList{QStringLiteral("Missing@1")};
    }

    void deletedEntries()
    {
        QFETCH(QList<int>, deleted);
        QFETCH(QStringList, expected);
        const QList<Entry> full = chain();
        QList<Entry> entries;
        for (int i = 0; i < full.size(); ++i) {
            if (!deleted.contains(i))
                entries.append(full.at(i));
        }
        const QList<Problem> problems = verifyChain(entries, headOf(full));
        QCOMPARE(describe(problems), expected);
        QVERIFY(problems.constFirst().message.contains(QStringLiteral("deleted")));
    }

    void missingRangeIsNamed()
    {
        QList<Entry> entries = chain();
        const Anchor head = headOf(entries);
        entries.remove(1, 2);
        const QList<Problem> problems = verifyChain(entries, head);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.constFirst().message.contains(QStringLiteral("2")));
        QVERIFY(problems.constFirst().message.contains(QStringLiteral("3")));
    }

    void swappedEntries()
    {
        const QList<Entry> full = chain();
        // Delivered in the wrong order.
        QList<Entry> reordered = full;
        reordered.swapItemsAt(1, 2);
        const QList<Problem> problems = verifyChain(reordered, headOf(full));
        QCOMPARE(describe(problems), QStringList{QStringLiteral("BrokenLink@2")});
        QVERIFY(problems.constFirst().message.contains(QStringLiteral("reordered")));

        // Contents swapped, seq numbers kept (as a database UPDATE would).
        QList<Entry> swapped = full;
        std::swap(swapped[1], swapped[2]);
        swapped[1].seq = 2;
        swapped[2].seq = 3;
        QCOMPARE(describe(verifyChain(swapped, headOf(full))),
                 (QStringList{QStringLiteral("Edited@2"), QStringLiteral("Edited@3")}));

        // Swapped and re-sealed: the entry after them no longer follows.
        QList<Entry> resealed = full;
        std::swap(resealed[1], resealed[2]);
        seal(resealed[1], &resealed[0]);
        seal(resealed[2], &resealed[1]);
        QCOMPARE(describe(verifyChain(resealed, headOf(full))),
                 QStringList{QStringLiteral("BrokenLink@4")});
    }

    void replacedEntryWithRecomputedHash()
    {
        const QList<Entry> full = chain();
        QList<Entry> entries = full;
        entries[2].after = QJsonObject{{QStringLiteral("email"), QStringLiteral("evil@x.example")}};
        entries[2].hash = computeHash(entries[2]);
        const QList<Problem> problems = verifyChain(entries, headOf(full));
        QCOMPARE(describe(problems), QStringList{QStringLiteral("BrokenLink@4")});
        QVERIFY(problems.constFirst().message.contains(QStringLiteral("4")));

        // The last one: the head names another entry.
        QList<Entry> last = full;
        last[4].actor = QStringLiteral("evil@x.example");
        last[4].hash = computeHash(last[4]);
        QCOMPARE(describe(verifyChain(last, headOf(full))),
                 QStringList{QStringLiteral("BrokenLink@5")});

        // The first one: a prevHash that is not the zero hash.
        QList<Entry> first = full;
        first[0].prevHash = QByteArray(32, '\x01');
        first[0].hash = computeHash(first[0]);
        QCOMPARE(describe(verifyChain(first, headOf(full))),
                 (QStringList{QStringLiteral("BrokenLink@1"), QStringLiteral("BrokenLink@2")}));
    }

    void duplicateAndForeignEntries()
    {
        const QList<Entry> full = chain();
        QList<Entry> duplicated = full;
        duplicated.insert(3, full.at(2));
        const QList<Problem> problems = verifyChain(duplicated, headOf(full));
        QCOMPARE(describe(problems), QStringList{QStringLiteral("BrokenLink@3")});
        QVERIFY(problems.constFirst().message.contains(QStringLiteral("more than once")));

        // From entry 3 on, the chain is another company's (re-sealed, head moved along).
        QList<Entry> foreign = full;
        for (int i = 2; i < foreign.size(); ++i) {
            foreign[i].companyId = 8;
            seal(foreign[i], &foreign[i - 1]);
        }
        QCOMPARE(describe(verifyChain(foreign, headOf(foreign))),
                 QStringList{QStringLiteral("BrokenLink@3")});
    }

    void headMustBeTheLastEntry()
    {
        const QList<Entry> full = chain();
        // Added past the head.
        QList<Entry> longer = chain(6);
        const QList<Problem> added = verifyChain(longer, headOf(full));
        QCOMPARE(describe(added), QStringList{QStringLiteral("BrokenLink@6")});
        // The head claims more than there is.
        QCOMPARE(describe(verifyChain(full, Anchor{7, QByteArray(32, 'h')})),
                 QStringList{QStringLiteral("Missing@6")});
        QCOMPARE(describe(verifyChain({}, Anchor{2, QByteArray(32, 'h')})),
                 QStringList{QStringLiteral("Missing@1")});
        // Same seq, other hash.
        QCOMPARE(describe(verifyChain(full, Anchor{5, QByteArray(32, 'h')})),
                 QStringList{QStringLiteral("BrokenLink@5")});
    }

    void anchorKeptOrLost()
    {
        const QList<Entry> full = chain();
        const Anchor seen{3, full.at(2).hash};
        QCOMPARE(describe(verifyChain(full, headOf(full), seen)), QStringList{});

        // Rewritten from scratch, consistently, head and all: only the anchor tells.
        QList<Entry> rewritten = chain();
        rewritten[1].actor = QStringLiteral("evil@x.example");
        for (int i = 1; i < rewritten.size(); ++i)
            seal(rewritten[i], &rewritten[i - 1]);
        QCOMPARE(describe(verifyChain(rewritten, headOf(rewritten))), QStringList{});
        const QList<Problem> lost = verifyChain(rewritten, headOf(rewritten), seen);
        QCOMPARE(describe(lost), QStringList{QStringLiteral("AnchorLost@3")});
        QVERIFY(lost.constFirst().message.contains(QStringLiteral("3")));
        QVERIFY(lost.constFirst().message.contains(QStringLiteral("rewritten")));

        // Cut back below what was seen, head moved back along.
        QList<Entry> cut = full.mid(0, 2);
        const QList<Problem> gone = verifyChain(cut, headOf(cut), seen);
        QCOMPARE(describe(gone), QStringList{QStringLiteral("AnchorLost@3")});
        QVERIFY(gone.constFirst().message.contains(QStringLiteral("gone")));

        // The last entry deleted and the head moved back: only an anchor at it tells.
        QList<Entry> shortened = full.mid(0, 4);
        QCOMPARE(describe(verifyChain(shortened, headOf(shortened))), QStringList{});
        QCOMPARE(describe(verifyChain(shortened, headOf(shortened), headOf(full))),
                 QStringList{QStringLiteral("AnchorLost@5")});
    }

    void jsonRoundTrip()
    {
        QList<Entry> entries = chain();
        entries[3].before = QJsonArray{1, QStringLiteral("zwei"), QJsonValue()};
        entries[3].after = QStringLiteral("Text mit Ümlaut");
        entries[4].before = 42.5;
        for (int i = 3; i < entries.size(); ++i)
            seal(entries[i], &entries[i - 1]);
        QList<Entry> read;
        for (const Entry &entry : entries) {
            // Through the bytes of a response body, as the client gets them.
            const QByteArray body = QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact);
            const auto parsed = entryFromJson(QJsonDocument::fromJson(body).object());
            QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().field));
            QVERIFY(sameEntry(*parsed, entry));
            read.append(*parsed);
        }
        QCOMPARE(describe(verifyChain(read, headOf(entries))), QStringList{});

        const QJsonObject json = toJson(entries.at(1));
        for (const char *key : {"companyId", "seq", "at", "actor", "role", "clientAddress",
                                "client", "action", "before", "after", "prevHash", "hash"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.size(), 12);
        QCOMPARE(json.value(QStringLiteral("at")).toString(),
                 QStringLiteral("2026-07-20T09:01:30.251Z"));
        QCOMPARE(json.value(QStringLiteral("hash")).toString(),
                 QString::fromLatin1(entries.at(1).hash.toHex()));
        QVERIFY(json.value(QStringLiteral("hash"))
                    .toString()
                    .contains(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))));
        QVERIFY(toJson(entries.at(0)).value(QStringLiteral("before")).isNull());

        const Anchor head = headOf(entries);
        const auto anchor = anchorFromJson(anchorToJson(head));
        QVERIFY(anchor);
        QCOMPARE(anchor->seq, head.seq);
        QCOMPARE(anchor->hash, head.hash);
        const auto empty = anchorFromJson(anchorToJson(Anchor{}));
        QVERIFY(empty);
        QCOMPARE(empty->seq, 0);
        QVERIFY(empty->hash.isEmpty());
    }

    void entryWithoutCompanyIdReads()
    {
        QJsonObject json = toJson(chain(1).at(0));
        json.remove(QStringLiteral("companyId"));
        const auto parsed = entryFromJson(json);
        QVERIFY(parsed);
        QCOMPARE(parsed->companyId, 0);
    }

    void malformedJson_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // Undefined: remove the key
        QTest::addColumn<QString>("field");
        const auto row = [](const char *name, const char *key, const QJsonValue &value,
                            const char *field) {
            QTest::newRow(name) << QString::fromLatin1(key) << value << QString::fromLatin1(field);
        };
        const QJsonValue removed(QJsonValue::Undefined);
        row("seq missing", "seq", removed, "seq");
        row("seq as text", "seq", QStringLiteral("1"), "seq");
        row("seq zero", "seq", 0, "seq");
        row("seq negative", "seq", -3, "seq");
        row("seq fraction", "seq", 1.5, "seq");
        row("at missing", "at", removed, "at");
        row("at not a date", "at", QStringLiteral("gestern"), "at");
        row("at without zone", "at", QStringLiteral("2026-07-20T09:00:00.000"), "at");
        row("at a number", "at", 1784538000000.0, "at");
        row("actor missing", "actor", removed, "actor");
        row("actor a number", "actor", 5, "actor");
        row("role null", "role", QJsonValue(), "role");
        row("clientAddress missing", "clientAddress", removed, "clientAddress");
        row("client an array", "client", QJsonArray{}, "client");
        row("action missing", "action", removed, "action");
        row("before missing", "before", removed, "before");
        row("after missing", "after", removed, "after");
        row("prevHash short", "prevHash", QString(63, QLatin1Char('0')), "prevHash");
        row("prevHash upper case", "prevHash", QString(64, QLatin1Char('A')), "prevHash");
        row("prevHash not hex", "prevHash", QString(64, QLatin1Char('g')), "prevHash");
        row("hash missing", "hash", removed, "hash");
        row("hash base64", "hash", QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="),
            "hash");
        row("companyId text", "companyId", QStringLiteral("7"), "companyId");
        row("unknown key", "remark", QStringLiteral("x"), "remark");
    }

    void malformedJson()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject json = toJson(chain(1).at(0));
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        const auto parsed = entryFromJson(json);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, QStringLiteral("malformed-audit-entry"));
        QCOMPARE(parsed.error().field, field);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void malformedAnchor()
    {
        const QByteArray hash(32, 'a');
        QVERIFY(!anchorFromJson(QJsonObject{}));
        QVERIFY(!anchorFromJson(QJsonObject{{QStringLiteral("seq"), 3}}));
        QVERIFY(!anchorFromJson(
            QJsonObject{{QStringLiteral("seq"), QStringLiteral("3")},
                        {QStringLiteral("hash"), QString::fromLatin1(hash.toHex())}}));
        QVERIFY(!anchorFromJson(
            QJsonObject{{QStringLiteral("seq"), 3}, {QStringLiteral("hash"), QString()}}));
        QVERIFY(!anchorFromJson(QJsonObject{{QStringLiteral("seq"), 3},
                                            {QStringLiteral("hash"), QStringLiteral("abc")}}));
        QVERIFY(
            !anchorFromJson(QJsonObject{{QStringLiteral("seq"), 3},
                                        {QStringLiteral("hash"), QString::fromLatin1(hash.toHex())},
                                        {QStringLiteral("extra"), 1}}));
        const auto ok = anchorFromJson(
            QJsonObject{{QStringLiteral("seq"), 3},
                        {QStringLiteral("hash"), QString::fromLatin1(hash.toHex())}});
        QVERIFY(ok);
        QCOMPARE(ok->hash, hash);
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
