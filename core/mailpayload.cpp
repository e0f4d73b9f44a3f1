#include "core/mailpayload.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace nb::mail {

namespace {

Error malformed(const QString &field)
{
    return Error{QStringLiteral("malformed-mail-payload"),
                 QCoreApplication::translate("nb::mail::Check",
                                             "The signature does not describe a notice mail."),
                 field};
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

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

} // namespace

QByteArray MailPayload::toJson() const
{
    QJsonArray partArray;
    for (const SignedPart &part : parts) {
        partArray.append(QJsonObject{{QStringLiteral("contentType"), part.contentType},
                                     {QStringLiteral("sha256"), QString::fromLatin1(part.sha256)}});
    }
    const QJsonObject object{{QStringLiteral("noticeId"), noticeId},
                             {QStringLiteral("from"), from},
                             {QStringLiteral("subject"), subject},
                             {QStringLiteral("date"), isoUtc(date)},
                             {QStringLiteral("parts"), partArray}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<MailPayload> parseMailPayload(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed({});
    const QJsonObject object = document.object();
    if (!hasExactly(object,
                    {QStringLiteral("noticeId"), QStringLiteral("from"), QStringLiteral("subject"),
                     QStringLiteral("date"), QStringLiteral("parts")})) {
        return malformed({});
    }
    MailPayload payload;
    for (const char *key : {"noticeId", "from", "subject", "date"}) {
        if (!object.value(QLatin1String(key)).isString())
            return malformed(QLatin1String(key));
    }
    payload.noticeId = object.value(QStringLiteral("noticeId")).toString();
    payload.from = object.value(QStringLiteral("from")).toString();
    payload.subject = object.value(QStringLiteral("subject")).toString();
    const QString dateText = object.value(QStringLiteral("date")).toString();
    payload.date = QDateTime::fromString(dateText, Qt::ISODate).toUTC();
    if (!payload.date.isValid() || isoUtc(payload.date) != dateText)
        return malformed(QStringLiteral("date"));
    const QJsonValue parts = object.value(QStringLiteral("parts"));
    if (!parts.isArray() || parts.toArray().isEmpty())
        return malformed(QStringLiteral("parts"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QJsonValue &value : parts.toArray()) {
        const QJsonObject part = value.toObject();
        if (!value.isObject() ||
            !hasExactly(part, {QStringLiteral("contentType"), QStringLiteral("sha256")}) ||
            !part.value(QStringLiteral("contentType")).isString() ||
            !hex.match(part.value(QStringLiteral("sha256")).toString()).hasMatch()) {
            return malformed(QStringLiteral("parts"));
        }
        payload.parts.append({part.value(QStringLiteral("contentType")).toString(),
                              part.value(QStringLiteral("sha256")).toString().toLatin1()});
    }
    return payload;
}

} // namespace nb::mail
