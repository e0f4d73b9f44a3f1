#include "core/notice.h"

#include "core/distribution.h"
#include "core/markdown.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <cmath>

namespace nb {

namespace {

constexpr qint64 maxJsonInteger = 1LL << 53; // exact in a JSON number (a double)
constexpr qsizetype maxSubjectLength = 200;
constexpr qsizetype maxFileNameLength = 128;

// ---- writing: compact JSON in a fixed key order (QJsonObject would sort the keys) ----

void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += QByteArray::number(byte, 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendKey(QByteArray &out, const char *key)
{
    if (!out.endsWith('{'))
        out += ',';
    out += '"';
    out += key;
    out += "\":";
}

void appendOptionalString(QByteArray &out, const QString &text)
{
    if (text.isEmpty())
        out += "null";
    else
        appendString(out, text);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// ---- reading: strict ----

Error malformed(const QString &field)
{
    return Error{QStringLiteral("malformed-notice"),
                 QCoreApplication::translate("nb::Notice", "The notice is malformed."), field};
}

bool hasExactly(const QJsonObject &object, const QStringList &keys)
{
    if (object.size() != keys.size())
        return false;
    for (const QString &key : keys) {
        if (!object.contains(key))
            return false;
    }
    return true;
}

std::optional<qint64> parseInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // Written so that NaN fails too; the range check comes before the cast.
    if (!(number >= -static_cast<double>(maxJsonInteger) &&
          number <= static_cast<double>(maxJsonInteger)) ||
        std::floor(number) != number) {
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

// "yyyy-MM-dd" only.
std::optional<QDate> parseDate(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || date.toString(Qt::ISODate) != text)
        return std::nullopt;
    return date;
}

// "yyyy-MM-ddTHH:mm:ssZ" only: UTC, second precision, as toPayload() writes it.
std::optional<QDateTime> parseUtc(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (!text.endsWith(QLatin1Char('Z')))
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid() || isoUtc(time) != text)
        return std::nullopt;
    return time.toUTC();
}

// A string, or for `nullable` fields null (an empty string is written as null, never "").
std::optional<QString> parseString(const QJsonValue &value, bool nullable = false)
{
    if (nullable && value.isNull())
        return QString();
    if (!value.isString() || (nullable && value.toString().isEmpty()))
        return std::nullopt;
    return value.toString();
}

std::optional<QByteArray> parseSha256(const QJsonValue &value)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!value.isString() || !hex.match(value.toString()).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(value.toString().toLatin1());
}

Result<QList<PatchReference>> parsePatches(const QJsonValue &value)
{
    const QString field = QStringLiteral("patches");
    if (!value.isArray())
        return malformed(field);
    QList<PatchReference> patches;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        if (!item.isObject() ||
            !hasExactly(object, {QStringLiteral("fileName"), QStringLiteral("size"),
                                 QStringLiteral("sha256")})) {
            return malformed(field);
        }
        const auto fileName = parseString(object.value(QStringLiteral("fileName")));
        const auto size = parseInteger(object.value(QStringLiteral("size")));
        const auto sha256 = parseSha256(object.value(QStringLiteral("sha256")));
        if (!fileName || !size || !sha256)
            return malformed(field);
        patches.append({*fileName, *size, *sha256});
    }
    return patches;
}

std::optional<QStringList> parseStringList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList items;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        items.append(item.toString());
    }
    return items;
}

// ---- validation ----

Error invalid(const char *code, const char *field, const char *message)
{
    return Error{QString::fromLatin1(code), QCoreApplication::translate("nb::Notice", message),
                 QString::fromLatin1(field)};
}

bool isNoticeId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

bool isProductCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]{1,32}$"));
    return pattern.match(code).hasMatch();
}

bool hasControlOrLineBreak(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator) {
            return true;
        }
    }
    return false;
}

bool isPlainFileName(const QString &name)
{
    if (name.isEmpty() || name.size() > maxFileNameLength || name.startsWith(QLatin1Char('.')) ||
        name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.trimmed() != name) {
        return false;
    }
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            return false;
        }
    }
    return true;
}

// An https URL with a host and without user info (which could disguise the real host).
bool isHttpsLink(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty() &&
           url.userInfo().isEmpty() && !hasControlOrLineBreak(link) &&
           !link.contains(QLatin1Char(' '));
}

Status validatePatches(const QList<PatchReference> &patches)
{
    QSet<QString> names;
    for (const PatchReference &patch : patches) {
        if (!isPlainFileName(patch.fileName)) {
            return invalid("invalid-patch", "patches",
                           QT_TRANSLATE_NOOP("nb::Notice",
                                             "A patch needs a plain file name (no folders, no "
                                             "leading dot, at most 128 characters)."));
        }
        if (names.contains(patch.fileName)) {
            return invalid(
                "invalid-patch", "patches",
                QT_TRANSLATE_NOOP("nb::Notice", "Two patches of a notice have the same name."));
        }
        names.insert(patch.fileName);
        if (patch.size <= 0) {
            return invalid(
                "invalid-patch", "patches",
                QT_TRANSLATE_NOOP("nb::Notice", "A patch must have a size of at least one byte."));
        }
        if (patch.sha256.size() != 32) {
            return invalid(
                "invalid-patch", "patches",
                QT_TRANSLATE_NOOP("nb::Notice", "A patch needs its SHA-256 checksum (32 bytes)."));
        }
    }
    return {};
}

} // namespace

QString severityKey(NoticeSeverity severity)
{
    switch (severity) {
    case NoticeSeverity::Info:
        return QStringLiteral("info");
    case NoticeSeverity::Important:
        return QStringLiteral("important");
    case NoticeSeverity::Urgent:
        return QStringLiteral("urgent");
    }
    return {};
}

std::optional<NoticeSeverity> severityFromKey(const QString &key)
{
    for (const auto severity :
         {NoticeSeverity::Info, NoticeSeverity::Important, NoticeSeverity::Urgent}) {
        if (severityKey(severity) == key)
            return severity;
    }
    return std::nullopt;
}

QString statusKey(NoticeStatus status)
{
    switch (status) {
    case NoticeStatus::Announced:
        return QStringLiteral("announced");
    case NoticeStatus::InProgress:
        return QStringLiteral("in-progress");
    case NoticeStatus::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

std::optional<NoticeStatus> statusFromKey(const QString &key)
{
    for (const auto status :
         {NoticeStatus::Announced, NoticeStatus::InProgress, NoticeStatus::Resolved}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QByteArray Notice::toPayload() const
{
    QByteArray out;
    out.reserve(512 + body.size() * 2);
    out += '{';
    appendKey(out, "id");
    appendString(out, id);
    appendKey(out, "sequence");
    out += QByteArray::number(sequence);
    appendKey(out, "products");
    out += '[';
    for (qsizetype i = 0; i < products.size(); ++i) {
        if (i > 0)
            out += ',';
        appendString(out, products.at(i));
    }
    out += ']';
    appendKey(out, "category");
    appendString(out, category);
    appendKey(out, "severity");
    appendString(out, severityKey(severity));
    appendKey(out, "subject");
    appendString(out, subject);
    appendKey(out, "body");
    appendString(out, body);
    appendKey(out, "actBy");
    appendOptionalString(out, actBy ? actBy->toString(Qt::ISODate) : QString());
    appendKey(out, "status");
    appendString(out, statusKey(status));
    appendKey(out, "followUpOf");
    appendOptionalString(out, followUpOf);
    appendKey(out, "link");
    appendOptionalString(out, link);
    appendKey(out, "patches");
    out += '[';
    for (qsizetype i = 0; i < patches.size(); ++i) {
        const PatchReference &patch = patches.at(i);
        if (i > 0)
            out += ',';
        out += '{';
        appendKey(out, "fileName");
        appendString(out, patch.fileName);
        appendKey(out, "size");
        out += QByteArray::number(patch.size);
        appendKey(out, "sha256");
        out += '"' + patch.sha256.toHex() + '"';
        out += '}';
    }
    out += ']';
    appendKey(out, "issuedAt");
    appendString(out, isoUtc(issuedAt));
    out += '}';
    return out;
}

Result<Notice> parseNotice(const QByteArray &payload)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed({});
    for (auto it = object.begin(); it != object.end(); ++it) {
        static const QStringList known{
            QStringLiteral("id"),         QStringLiteral("sequence"), QStringLiteral("products"),
            QStringLiteral("category"),   QStringLiteral("severity"), QStringLiteral("subject"),
            QStringLiteral("body"),       QStringLiteral("actBy"),    QStringLiteral("status"),
            QStringLiteral("followUpOf"), QStringLiteral("link"),     QStringLiteral("patches"),
            QStringLiteral("issuedAt")};
        if (!known.contains(it.key()))
            return malformed(it.key());
    }
    const auto value = [&object](const char *key) {
        return object.value(QLatin1String(key));
    };
    // Absent keys are QJsonValue::Undefined and fail every type check below.
    Notice notice;
    const auto id = parseString(value("id"));
    if (!id)
        return malformed(QStringLiteral("id"));
    notice.id = *id;
    const auto sequence = parseInteger(value("sequence"));
    if (!sequence)
        return malformed(QStringLiteral("sequence"));
    notice.sequence = *sequence;
    const auto products = parseStringList(value("products"));
    if (!products)
        return malformed(QStringLiteral("products"));
    notice.products = *products;
    const auto category = parseString(value("category"));
    if (!category)
        return malformed(QStringLiteral("category"));
    notice.category = *category;
    const auto severity = severityFromKey(value("severity").toString());
    if (!value("severity").isString() || !severity)
        return malformed(QStringLiteral("severity"));
    notice.severity = *severity;
    const auto subject = parseString(value("subject"));
    if (!subject)
        return malformed(QStringLiteral("subject"));
    notice.subject = *subject;
    const auto body = parseString(value("body"));
    if (!body)
        return malformed(QStringLiteral("body"));
    notice.body = *body;
    if (!value("actBy").isNull()) {
        const auto actBy = parseDate(value("actBy"));
        if (!actBy)
            return malformed(QStringLiteral("actBy"));
        notice.actBy = *actBy;
    }
    const auto status = statusFromKey(value("status").toString());
    if (!value("status").isString() || !status)
        return malformed(QStringLiteral("status"));
    notice.status = *status;
    const auto followUpOf = parseString(value("followUpOf"), true);
    if (!followUpOf)
        return malformed(QStringLiteral("followUpOf"));
    notice.followUpOf = *followUpOf;
    const auto link = parseString(value("link"), true);
    if (!link)
        return malformed(QStringLiteral("link"));
    notice.link = *link;
    auto patches = parsePatches(value("patches"));
    if (!patches)
        return patches.error();
    notice.patches = std::move(patches).value();
    const auto issuedAt = parseUtc(value("issuedAt"));
    if (!issuedAt)
        return malformed(QStringLiteral("issuedAt"));
    notice.issuedAt = *issuedAt;
    return notice;
}

Status validateNotice(const Notice &notice)
{
    if (!isNoticeId(notice.id)) {
        return invalid("invalid-id", "id",
                       QT_TRANSLATE_NOOP("nb::Notice", "A notice id consists of 1 to 64 letters, "
                                                       "digits and hyphens."));
    }
    if (notice.sequence < 1 || notice.sequence > maxJsonInteger) {
        return invalid(
            "invalid-sequence", "sequence",
            QT_TRANSLATE_NOOP("nb::Notice", "The feed sequence number must be at least 1."));
    }
    if (notice.products.isEmpty()) {
        return invalid("invalid-products", "products",
                       QT_TRANSLATE_NOOP("nb::Notice", "A notice names at least one product."));
    }
    for (const QString &product : notice.products) {
        if (!isProductCode(product) || notice.products.count(product) > 1) {
            return invalid("invalid-products", "products",
                           QT_TRANSLATE_NOOP("nb::Notice",
                                             "Product codes consist of 1 to 32 lower-case "
                                             "letters, digits and hyphens, each named once."));
        }
    }
    if (!distributionCategories().contains(notice.category)) {
        return invalid(
            "invalid-category", "category",
            QT_TRANSLATE_NOOP("nb::Notice", "The category is not a Verteiler category."));
    }
    const QString subject = notice.subject.trimmed();
    if (subject.isEmpty() || subject.size() > maxSubjectLength ||
        hasControlOrLineBreak(notice.subject) || !notice.subject.isValidUtf16()) {
        return invalid("invalid-subject", "subject",
                       QT_TRANSLATE_NOOP("nb::Notice", "The subject is one line of 1 to 200 "
                                                       "characters."));
    }
    if (notice.body.trimmed().isEmpty() || !notice.body.isValidUtf16()) {
        return invalid("invalid-body", "body",
                       QT_TRANSLATE_NOOP("nb::Notice", "The notice needs a text."));
    }
    if (markdown::containsRawHtml(notice.body)) {
        return invalid(
            "invalid-body", "body",
            QT_TRANSLATE_NOOP("nb::Notice", "The text must not contain HTML; use Markdown."));
    }
    if (!notice.link.isEmpty() && !isHttpsLink(notice.link)) {
        return invalid(
            "invalid-link", "link",
            QT_TRANSLATE_NOOP("nb::Notice", "The forum or status link must be an https address."));
    }
    if (!notice.followUpOf.isEmpty() &&
        (notice.followUpOf == notice.id || !isNoticeId(notice.followUpOf))) {
        return invalid(
            "invalid-follow-up", "followUpOf",
            QT_TRANSLATE_NOOP("nb::Notice", "A notice follows up another notice, not itself."));
    }
    if (auto patches = validatePatches(notice.patches); !patches)
        return patches;
    if (!notice.issuedAt.isValid()) {
        return invalid("invalid-issued-at", "issuedAt",
                       QT_TRANSLATE_NOOP("nb::Notice", "The notice needs its time of issue."));
    }
    return {};
}

std::optional<qint64> daysLeft(const Notice &notice, const QDate &today)
{
    if (!notice.actBy)
        return std::nullopt;
    return today.daysTo(*notice.actBy);
}

} // namespace nb
