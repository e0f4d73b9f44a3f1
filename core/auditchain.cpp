#include "core/auditchain.h"

#include "core/crypto.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtEndian>
#include <algorithm>

namespace nb::audit {

namespace {

constexpr qsizetype hashSize = 32;
// Names the encoding: a later format change gives other bytes for every entry.
constexpr char canonicalTag[] = "notabene-audit-entry-v1";

QString text(const char *source)
{
    return QCoreApplication::translate("nb::audit", source);
}

void appendInteger(QByteArray &out, qint64 value)
{
    char bytes[8];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof bytes);
}

void appendBytes(QByteArray &out, const QByteArray &bytes)
{
    appendInteger(out, bytes.size());
    out += bytes;
}

void appendText(QByteArray &out, const QString &value)
{
    appendBytes(out, value.toUtf8());
}

// Compact JSON of any value (objects keep their keys sorted: QJsonObject stores them so);
// Undefined counts as null.
QByteArray compactJson(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QByteArrayLiteral("null");
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2); // without the array's brackets
}

QString isoMs(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QByteArray zeroHash()
{
    return QByteArray(hashSize, '\0');
}

Problem problem(Problem::Kind kind, qint64 seq, const QString &message)
{
    return Problem{kind, seq, message};
}

Problem missing(qint64 first, qint64 last)
{
    if (first == last) {
        return problem(Problem::Kind::Missing, first,
                       text(QT_TRANSLATE_NOOP("nb::audit", "Entry %1 is missing: it was deleted."))
                           .arg(first));
    }
    return problem(
        Problem::Kind::Missing, first,
        text(QT_TRANSLATE_NOOP("nb::audit", "Entries %1 to %2 are missing: they were deleted."))
            .arg(first)
            .arg(last));
}

// Entries must arrive in strictly increasing seq order; each one that does not is reordered.
void checkOrder(const QList<Entry> &entries, QList<Problem> &problems)
{
    for (qsizetype i = 1; i < entries.size(); ++i) {
        const Entry &previous = entries.at(i - 1);
        const Entry &entry = entries.at(i);
        if (entry.seq == previous.seq) {
            problems.append(
                problem(Problem::Kind::BrokenLink, entry.seq,
                        text(QT_TRANSLATE_NOOP("nb::audit", "Entry %1 appears more than once."))
                            .arg(entry.seq)));
        } else if (entry.seq < previous.seq) {
            problems.append(
                problem(Problem::Kind::BrokenLink, entry.seq,
                        text(QT_TRANSLATE_NOOP("nb::audit", "Entry %1 comes after entry %2: the "
                                                            "log was reordered."))
                            .arg(entry.seq)
                            .arg(previous.seq)));
        }
    }
}

// Each entry's own hash, its link to the one before, and the gaps between them; `sorted` is in
// seq order without duplicates. An edited entry is reported as such, and neither its own link nor
// that of the entry after it is reported again (its hash field may be the edited part).
void checkLinks(const QList<Entry> &sorted, QList<Problem> &problems)
{
    const Entry *previous = nullptr;
    bool previousEdited = false;
    for (const Entry &entry : sorted) {
        const bool edited = entry.hash.size() != hashSize || computeHash(entry) != entry.hash;
        if (edited) {
            problems.append(
                problem(Problem::Kind::Edited, entry.seq,
                        text(QT_TRANSLATE_NOOP("nb::audit", "Entry %1 was changed after it was "
                                                            "written: its content does not match "
                                                            "its hash."))
                            .arg(entry.seq)));
        }
        const qint64 expectedSeq = previous ? previous->seq + 1 : 1;
        if (entry.seq > expectedSeq) {
            problems.append(missing(expectedSeq, entry.seq - 1));
        } else if (edited || previousEdited) {
            // The edit explains a broken link.
        } else if (entry.prevHash != (previous ? previous->hash : zeroHash())) {
            // Consecutive, yet not linked: the entry or the one before was replaced.
            problems.append(
                problem(Problem::Kind::BrokenLink, entry.seq,
                        text(QT_TRANSLATE_NOOP("nb::audit", "Entry %1 does not follow from the "
                                                            "entry before it: an entry was "
                                                            "replaced or inserted."))
                            .arg(entry.seq)));
        } else if (previous && entry.companyId != previous->companyId) {
            problems.append(
                problem(Problem::Kind::BrokenLink, entry.seq,
                        text(QT_TRANSLATE_NOOP("nb::audit", "Entry %1 belongs to another company."))
                            .arg(entry.seq)));
        }
        previous = &entry;
        previousEdited = edited;
    }
}

// The last entry must be the head the server states.
void checkHead(const QList<Entry> &sorted, const Anchor &head, QList<Problem> &problems)
{
    const qint64 lastSeq = sorted.isEmpty() ? 0 : sorted.constLast().seq;
    if (lastSeq < head.seq) {
        problems.append(missing(lastSeq + 1, head.seq));
        return;
    }
    if (lastSeq > head.seq) {
        problems.append(
            problem(Problem::Kind::BrokenLink, head.seq + 1,
                    text(QT_TRANSLATE_NOOP("nb::audit", "Entry %1 is not covered by the log's "
                                                        "head (entry %2): it was added "
                                                        "afterwards."))
                        .arg(head.seq + 1)
                        .arg(head.seq)));
        return;
    }
    const Entry *last = sorted.isEmpty() ? nullptr : &sorted.constLast();
    if (last && last->hash != head.hash && computeHash(*last) == last->hash) {
        problems.append(
            problem(Problem::Kind::BrokenLink, lastSeq,
                    text(QT_TRANSLATE_NOOP("nb::audit", "Entry %1 is not the entry the log's head "
                                                        "names: the last entry was replaced."))
                        .arg(lastSeq)));
    }
}

// The entry the reader saw before must still be there, unchanged.
void checkAnchor(const QList<Entry> &sorted, const Anchor &seen, QList<Problem> &problems)
{
    if (seen.seq <= 0)
        return;
    const auto found = std::find_if(sorted.cbegin(), sorted.cend(),
                                    [&](const Entry &entry) { return entry.seq == seen.seq; });
    if (found == sorted.cend()) {
        problems.append(
            problem(Problem::Kind::AnchorLost, seen.seq,
                    text(QT_TRANSLATE_NOOP("nb::audit", "Entry %1, which this computer saw "
                                                        "before, is gone: the log was cut "
                                                        "back."))
                        .arg(seen.seq)));
    } else if (found->hash != seen.hash) {
        problems.append(
            problem(Problem::Kind::AnchorLost, seen.seq,
                    text(QT_TRANSLATE_NOOP("nb::audit", "Entry %1 differs from what this computer "
                                                        "saw before: the log was rewritten."))
                        .arg(seen.seq)));
    }
}

Error malformed(const QString &field)
{
    return Error{QStringLiteral("malformed-audit-entry"),
                 text(QT_TRANSLATE_NOOP("nb::audit", "The audit log entry cannot be read.")),
                 field};
}

std::optional<QByteArray> hashFromHex(const QJsonValue &value)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!value.isString() || !hex.match(value.toString()).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(value.toString().toLatin1());
}

// A whole number in JSON (a double without fraction, within 2^53).
std::optional<qint64> integerFrom(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    constexpr double limit = 9007199254740992.0; // 2^53
    if (number != static_cast<double>(static_cast<qint64>(number)) || number < 0 || number > limit)
        return std::nullopt;
    return static_cast<qint64>(number);
}

std::optional<QDateTime> isoFrom(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!at.isValid() || !value.toString().endsWith(QLatin1Char('Z')))
        return std::nullopt;
    return at.toUTC();
}

} // namespace

QByteArray canonical(const Entry &entry)
{
    QByteArray out;
    appendBytes(out, QByteArray(canonicalTag));
    appendInteger(out, entry.companyId);
    appendInteger(out, entry.seq);
    appendText(out, isoMs(entry.at));
    appendText(out, entry.actor);
    appendText(out, entry.role);
    appendText(out, entry.clientAddress);
    appendText(out, entry.client);
    appendText(out, entry.action);
    appendBytes(out, compactJson(entry.before));
    appendBytes(out, compactJson(entry.after));
    appendBytes(out, entry.prevHash);
    return out;
}

QByteArray computeHash(const Entry &entry)
{
    return crypto::sha256(entry.prevHash + canonical(entry));
}

void seal(Entry &entry, const Entry *previous)
{
    entry.seq = previous ? previous->seq + 1 : 1;
    entry.prevHash = previous ? previous->hash : zeroHash();
    entry.hash = computeHash(entry);
}

QList<Problem> verifyChain(const QList<Entry> &entries, const Anchor &head,
                           const std::optional<Anchor> &seenBefore)
{
    QList<Problem> problems;
    checkOrder(entries, problems);
    QList<Entry> sorted = entries;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Entry &a, const Entry &b) { return a.seq < b.seq; });
    sorted.erase(std::unique(sorted.begin(), sorted.end(),
                             [](const Entry &a, const Entry &b) { return a.seq == b.seq; }),
                 sorted.end());
    checkLinks(sorted, problems);
    checkHead(sorted, head, problems);
    if (seenBefore)
        checkAnchor(sorted, *seenBefore, problems);
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem &a, const Problem &b) { return a.seq < b.seq; });
    return problems;
}

QJsonObject toJson(const Entry &entry)
{
    return QJsonObject{
        {QStringLiteral("companyId"), entry.companyId},
        {QStringLiteral("seq"), entry.seq},
        {QStringLiteral("at"), isoMs(entry.at)},
        {QStringLiteral("actor"), entry.actor},
        {QStringLiteral("role"), entry.role},
        {QStringLiteral("clientAddress"), entry.clientAddress},
        {QStringLiteral("client"), entry.client},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("before"), entry.before.isUndefined() ? QJsonValue() : entry.before},
        {QStringLiteral("after"), entry.after.isUndefined() ? QJsonValue() : entry.after},
        {QStringLiteral("prevHash"), QString::fromLatin1(entry.prevHash.toHex())},
        {QStringLiteral("hash"), QString::fromLatin1(entry.hash.toHex())},
    };
}

Result<Entry> entryFromJson(const QJsonObject &json)
{
    static const QStringList required{QStringLiteral("seq"),           QStringLiteral("at"),
                                      QStringLiteral("actor"),         QStringLiteral("role"),
                                      QStringLiteral("clientAddress"), QStringLiteral("client"),
                                      QStringLiteral("action"),        QStringLiteral("before"),
                                      QStringLiteral("after"),         QStringLiteral("prevHash"),
                                      QStringLiteral("hash")};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!required.contains(it.key()) && it.key() != QLatin1String("companyId"))
            return malformed(it.key());
    }
    for (const QString &key : required) {
        if (!json.contains(key))
            return malformed(key);
    }
    Entry entry;
    if (json.contains(QStringLiteral("companyId"))) {
        const auto companyId = integerFrom(json.value(QStringLiteral("companyId")));
        if (!companyId)
            return malformed(QStringLiteral("companyId"));
        entry.companyId = *companyId;
    }
    const auto seq = integerFrom(json.value(QStringLiteral("seq")));
    if (!seq || *seq < 1)
        return malformed(QStringLiteral("seq"));
    entry.seq = *seq;
    const auto at = isoFrom(json.value(QStringLiteral("at")));
    if (!at)
        return malformed(QStringLiteral("at"));
    entry.at = *at;
    const std::pair<const char *, QString Entry::*> texts[] = {
        {"actor", &Entry::actor},
        {"role", &Entry::role},
        {"clientAddress", &Entry::clientAddress},
        {"client", &Entry::client},
        {"action", &Entry::action}};
    for (const auto &[key, member] : texts) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (!value.isString())
            return malformed(QLatin1String(key));
        entry.*member = value.toString();
    }
    entry.before = json.value(QStringLiteral("before"));
    entry.after = json.value(QStringLiteral("after"));
    const auto prevHash = hashFromHex(json.value(QStringLiteral("prevHash")));
    if (!prevHash)
        return malformed(QStringLiteral("prevHash"));
    entry.prevHash = *prevHash;
    const auto hash = hashFromHex(json.value(QStringLiteral("hash")));
    if (!hash)
        return malformed(QStringLiteral("hash"));
    entry.hash = *hash;
    return entry;
}

QJsonObject anchorToJson(const Anchor &anchor)
{
    return QJsonObject{{QStringLiteral("seq"), anchor.seq},
                       {QStringLiteral("hash"), QString::fromLatin1(anchor.hash.toHex())}};
}

Result<Anchor> anchorFromJson(const QJsonObject &json)
{
    if (json.size() != 2)
        return malformed({});
    const auto seq = integerFrom(json.value(QStringLiteral("seq")));
    if (!seq)
        return malformed(QStringLiteral("seq"));
    Anchor anchor;
    anchor.seq = *seq;
    const QJsonValue hash = json.value(QStringLiteral("hash"));
    if (anchor.seq == 0 && hash == QJsonValue(QString()))
        return anchor; // an empty chain: the company row's audit_head is ''
    const auto bytes = hashFromHex(hash);
    if (!bytes)
        return malformed(QStringLiteral("hash"));
    anchor.hash = *bytes;
    return anchor;
}

} // namespace nb::audit
