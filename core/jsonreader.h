#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace nb {

// Strict reader for JSON request bodies: every key must be known, every value of the right type.
// The first problem found is kept as an Error naming the field (codes "unknown-field",
// "wrong-type", "required", "invalid-value", "too-long").
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, const QStringList &knownKeys);

    // A string field; absent → std::nullopt (and an error when required). Trimmed.
    std::optional<QString> string(const QString &key, bool required, qsizetype maxLength = 200);
    std::optional<bool> boolean(const QString &key, bool required);
    std::optional<QStringList> stringList(const QString &key, bool required,
                                          qsizetype maxItems = 100, qsizetype maxLength = 200);

    bool has(const QString &key) const { return m_object.contains(key); }
    void fail(const QString &code, const QString &field, const QString &message);

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

private:
    QJsonObject m_object;
    std::optional<Error> m_error;
};

// Parses a request body as one JSON object. Errors: "malformed-json" (also for a non-object).
std::optional<QJsonObject> parseJsonObject(const QByteArray &body, Error *error);

} // namespace nb
