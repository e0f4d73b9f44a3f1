#include "core/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace nb {

JsonReader::JsonReader(const QJsonObject &object, const QStringList &knownKeys)
    : m_object(object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownKeys.contains(it.key())) {
            fail(
                QStringLiteral("unknown-field"), it.key(),
                QCoreApplication::translate("nb::JsonReader", "The field \"%1\" is not known here.")
                    .arg(it.key()));
            return;
        }
    }
}

void JsonReader::fail(const QString &code, const QString &field, const QString &message)
{
    if (!m_error)
        m_error = Error{code, message, field};
}

std::optional<QString> JsonReader::string(const QString &key, bool required, qsizetype maxLength)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(QStringLiteral("required"), key,
                 QCoreApplication::translate("nb::JsonReader", "The field \"%1\" is required.")
                     .arg(key));
        return std::nullopt;
    }
    if (!value.isString()) {
        fail(QStringLiteral("wrong-type"), key,
             QCoreApplication::translate("nb::JsonReader", "The field \"%1\" must be a text.")
                 .arg(key));
        return std::nullopt;
    }
    QString text = value.toString().trimmed();
    if (text.size() > maxLength) {
        fail(QStringLiteral("too-long"), key,
             QCoreApplication::translate("nb::JsonReader",
                                         "The field \"%1\" may hold at most %2 characters.")
                 .arg(key)
                 .arg(maxLength));
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control) {
            fail(QStringLiteral("invalid-value"), key,
                 QCoreApplication::translate("nb::JsonReader",
                                             "The field \"%1\" contains a control character.")
                     .arg(key));
            return std::nullopt;
        }
    }
    return text;
}

std::optional<bool> JsonReader::boolean(const QString &key, bool required)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(QStringLiteral("required"), key,
                 QCoreApplication::translate("nb::JsonReader", "The field \"%1\" is required.")
                     .arg(key));
        return std::nullopt;
    }
    if (!value.isBool()) {
        fail(
            QStringLiteral("wrong-type"), key,
            QCoreApplication::translate("nb::JsonReader", "The field \"%1\" must be true or false.")
                .arg(key));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QStringList> JsonReader::stringList(const QString &key, bool required,
                                                  qsizetype maxItems, qsizetype maxLength)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(QStringLiteral("required"), key,
                 QCoreApplication::translate("nb::JsonReader", "The field \"%1\" is required.")
                     .arg(key));
        return std::nullopt;
    }
    if (!value.isArray()) {
        fail(QStringLiteral("wrong-type"), key,
             QCoreApplication::translate("nb::JsonReader",
                                         "The field \"%1\" must be a list of texts.")
                 .arg(key));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > maxItems) {
        fail(QStringLiteral("too-long"), key,
             QCoreApplication::translate("nb::JsonReader",
                                         "The field \"%1\" may hold at most %2 entries.")
                 .arg(key)
                 .arg(maxItems));
        return std::nullopt;
    }
    QStringList items;
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            fail(QStringLiteral("wrong-type"), key,
                 QCoreApplication::translate("nb::JsonReader",
                                             "The field \"%1\" must be a list of texts.")
                     .arg(key));
            return std::nullopt;
        }
        const QString text = item.toString().trimmed();
        if (text.size() > maxLength) {
            fail(QStringLiteral("too-long"), key,
                 QCoreApplication::translate("nb::JsonReader",
                                             "An entry of \"%1\" is longer than %2 characters.")
                     .arg(key)
                     .arg(maxLength));
            return std::nullopt;
        }
        items.append(text);
    }
    return items;
}

std::optional<QJsonObject> parseJsonObject(const QByteArray &body, Error *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Error{QStringLiteral("malformed-json"),
                       QCoreApplication::translate(
                           "nb::JsonReader", "The request body is not valid JSON: %1 at offset %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset),
                       {}};
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = Error{QStringLiteral("malformed-json"),
                       QCoreApplication::translate("nb::JsonReader",
                                                   "The request body must be a JSON object."),
                       {}};
        return std::nullopt;
    }
    return document.object();
}

} // namespace nb
