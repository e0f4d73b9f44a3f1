#include "core/mailingdraft.h"

#include "core/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace nb {

namespace {

constexpr double maxJsonInteger = 9007199254740992.0; // 2^53: exact in a JSON number

const QStringList &draftKeys()
{
    static const QStringList keys{QStringLiteral("products"), QStringLiteral("category"),
                                  QStringLiteral("severity"), QStringLiteral("subject"),
                                  QStringLiteral("body"),     QStringLiteral("actBy"),
                                  QStringLiteral("status"),   QStringLiteral("followUpOf"),
                                  QStringLiteral("link"),     QStringLiteral("patches")};
    return keys;
}

const QStringList &patchKeys()
{
    static const QStringList keys{QStringLiteral("fileName"), QStringLiteral("size"),
                                  QStringLiteral("sha256")};
    return keys;
}

Error wrongType(const QString &field)
{
    return Error{QStringLiteral("wrong-type"),
                 QCoreApplication::translate("nb::MailingDraft",
                                             "The draft field \"%1\" has the wrong type.")
                     .arg(field),
                 field};
}

Error invalidValue(const QString &field)
{
    return Error{QStringLiteral("invalid-value"),
                 QCoreApplication::translate("nb::MailingDraft",
                                             "The draft field \"%1\" has an invalid value.")
                     .arg(field),
                 field};
}

Error unknownField(const QString &field)
{
    return Error{
        QStringLiteral("unknown-field"),
        QCoreApplication::translate("nb::MailingDraft", "The draft field \"%1\" is not known.")
            .arg(field),
        field};
}

QJsonValue optionalString(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Reads a string field: absent keeps `target`, a non-string is "wrong-type". With `nullable`,
// null reads as the empty string.
std::optional<Error> readString(const QJsonObject &json, const QString &key, QString *target,
                                bool nullable = false)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (nullable && value.isNull()) {
        target->clear();
        return std::nullopt;
    }
    if (!value.isString())
        return wrongType(key);
    *target = value.toString();
    return std::nullopt;
}

std::optional<Error> readProducts(const QJsonObject &json, QStringList *products)
{
    const QString key = QStringLiteral("products");
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray())
        return wrongType(key);
    const QJsonArray array = value.toArray();
    QStringList items;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return wrongType(QStringLiteral("products[%1]").arg(i));
        items.append(array.at(i).toString());
    }
    *products = items;
    return std::nullopt;
}

// "yyyy-MM-dd" exactly, or null for no act-by date.
std::optional<Error> readActBy(const QJsonObject &json, std::optional<QDate> *actBy)
{
    const QString key = QStringLiteral("actBy");
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        return wrongType(key);
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || date.toString(Qt::ISODate) != text)
        return invalidValue(key);
    *actBy = date;
    return std::nullopt;
}

std::optional<Error> readSeverity(const QJsonObject &json, NoticeSeverity *severity)
{
    QString text;
    if (auto error = readString(json, QStringLiteral("severity"), &text))
        return error;
    if (!json.contains(QStringLiteral("severity")))
        return std::nullopt;
    const auto parsed = severityFromKey(text);
    if (!parsed)
        return invalidValue(QStringLiteral("severity"));
    *severity = *parsed;
    return std::nullopt;
}

std::optional<Error> readStatus(const QJsonObject &json, NoticeStatus *status)
{
    QString text;
    if (auto error = readString(json, QStringLiteral("status"), &text))
        return error;
    if (!json.contains(QStringLiteral("status")))
        return std::nullopt;
    const auto parsed = statusFromKey(text);
    if (!parsed)
        return invalidValue(QStringLiteral("status"));
    *status = *parsed;
    return std::nullopt;
}

// One {"fileName","size","sha256"} object; errors name "patches[i]" or "patches[i].key".
std::optional<Error> readPatch(const QJsonValue &value, qsizetype index, PatchReference *patch)
{
    const QString field = QStringLiteral("patches[%1]").arg(index);
    if (!value.isObject())
        return wrongType(field);
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!patchKeys().contains(it.key()))
            return unknownField(field + QLatin1Char('.') + it.key());
    }
    for (const QString &key : patchKeys()) {
        if (!object.contains(key))
            return invalidValue(field + QLatin1Char('.') + key);
    }
    const QJsonValue fileName = object.value(QStringLiteral("fileName"));
    if (!fileName.isString())
        return wrongType(field + QStringLiteral(".fileName"));
    if (fileName.toString().isEmpty())
        return invalidValue(field + QStringLiteral(".fileName"));
    const QJsonValue size = object.value(QStringLiteral("size"));
    if (!size.isDouble())
        return wrongType(field + QStringLiteral(".size"));
    const double number = size.toDouble();
    // Written so that NaN fails too.
    if (!(number >= 1 && number <= maxJsonInteger) || std::floor(number) != number)
        return invalidValue(field + QStringLiteral(".size"));
    const QJsonValue sha256 = object.value(QStringLiteral("sha256"));
    if (!sha256.isString())
        return wrongType(field + QStringLiteral(".sha256"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(sha256.toString()).hasMatch())
        return invalidValue(field + QStringLiteral(".sha256"));
    patch->fileName = fileName.toString();
    patch->size = static_cast<qint64>(number);
    patch->sha256 = QByteArray::fromHex(sha256.toString().toLatin1());
    return std::nullopt;
}

std::optional<Error> readPatches(const QJsonObject &json, QList<PatchReference> *patches)
{
    const QString key = QStringLiteral("patches");
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray())
        return wrongType(key);
    const QJsonArray array = value.toArray();
    QList<PatchReference> items;
    for (qsizetype i = 0; i < array.size(); ++i) {
        PatchReference patch;
        if (auto error = readPatch(array.at(i), i, &patch))
            return error;
        items.append(patch);
    }
    *patches = items;
    return std::nullopt;
}

} // namespace

QJsonObject draftToJson(const Notice &draft)
{
    QJsonArray patches;
    for (const PatchReference &patch : draft.patches) {
        patches.append(
            QJsonObject{{QStringLiteral("fileName"), patch.fileName},
                        {QStringLiteral("size"), patch.size},
                        {QStringLiteral("sha256"), QString::fromLatin1(patch.sha256.toHex())}});
    }
    return QJsonObject{
        {QStringLiteral("products"), QJsonArray::fromStringList(draft.products)},
        {QStringLiteral("category"), draft.category},
        {QStringLiteral("severity"), severityKey(draft.severity)},
        {QStringLiteral("subject"), draft.subject},
        {QStringLiteral("body"), draft.body},
        {QStringLiteral("actBy"),
         draft.actBy ? QJsonValue(draft.actBy->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("status"), statusKey(draft.status)},
        {QStringLiteral("followUpOf"), optionalString(draft.followUpOf)},
        {QStringLiteral("link"), optionalString(draft.link)},
        {QStringLiteral("patches"), patches}};
}

Result<Notice> draftFromJson(const QJsonObject &json)
{
    const JsonReader keys(json, draftKeys()); // its constructor reports an unknown field
    if (!keys.ok())
        return keys.error();
    Notice draft;
    const std::optional<Error> errors[] = {
        readProducts(json, &draft.products),
        readString(json, QStringLiteral("category"), &draft.category),
        readSeverity(json, &draft.severity),
        readString(json, QStringLiteral("subject"), &draft.subject),
        readString(json, QStringLiteral("body"), &draft.body),
        readActBy(json, &draft.actBy),
        readStatus(json, &draft.status),
        readString(json, QStringLiteral("followUpOf"), &draft.followUpOf, true),
        readString(json, QStringLiteral("link"), &draft.link, true),
        readPatches(json, &draft.patches)};
    for (const auto &error : errors) {
        if (error)
            return *error;
    }
    return draft;
}

} // namespace nb
