#include "server/noticeinput.h"

#include "core/crypto.h"
#include "core/jsonreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace nb::server {

namespace {

Error fieldError(const QString &code, const QString &field, const QString &message)
{
    return Error{code, message, field};
}

// An optional text that may also be null; multi-line texts keep their line breaks.
Result<QString> text(const QJsonObject &json, const QString &field, bool required)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined() || (value.isNull() && !required)) {
        if (required)
            return fieldError(QStringLiteral("required"), field,
                              QCoreApplication::translate("nb::server::NoticeInput",
                                                          "The field \"%1\" is required.")
                                  .arg(field));
        return QString();
    }
    if (!value.isString())
        return fieldError(QStringLiteral("wrong-type"), field,
                          QCoreApplication::translate("nb::server::NoticeInput",
                                                      "The field \"%1\" must be a text.")
                              .arg(field));
    return value.toString();
}

} // namespace

Result<Notice> noticeFromInput(const QByteArray &json)
{
    Error error;
    const std::optional<QJsonObject> parsed = parseJsonObject(json, &error);
    if (!parsed)
        return error;
    const QJsonObject &object = *parsed;
    for (const QString &setByPublish :
         {QStringLiteral("sequence"), QStringLiteral("issuedAt"), QStringLiteral("patches")}) {
        if (object.contains(setByPublish))
            return fieldError(QStringLiteral("unknown-field"), setByPublish,
                              QCoreApplication::translate(
                                  "nb::server::NoticeInput",
                                  "\"%1\" is set when the notice is published; leave it out (patch "
                                  "files are given with --patch FILE).")
                                  .arg(setByPublish));
    }
    JsonReader reader(object,
                      {QStringLiteral("id"), QStringLiteral("products"), QStringLiteral("category"),
                       QStringLiteral("severity"), QStringLiteral("subject"),
                       QStringLiteral("body"), QStringLiteral("actBy"), QStringLiteral("status"),
                       QStringLiteral("followUpOf"), QStringLiteral("link")});
    if (!reader.ok())
        return reader.error();

    Notice notice;
    for (const QString &field :
         {QStringLiteral("id"), QStringLiteral("category"), QStringLiteral("severity"),
          QStringLiteral("subject"), QStringLiteral("body")}) {
        if (!object.contains(field))
            return fieldError(QStringLiteral("required"), field,
                              QCoreApplication::translate("nb::server::NoticeInput",
                                                          "The field \"%1\" is required.")
                                  .arg(field));
    }
    const std::optional<QStringList> products =
        reader.stringList(QStringLiteral("products"), true, 50, 64);
    if (!reader.ok())
        return reader.error();
    notice.products = *products;

    struct Field
    {
        QString name;
        QString *target;
        bool required;
    };
    QString severity, status;
    for (const Field &field : {Field{QStringLiteral("id"), &notice.id, true},
                               Field{QStringLiteral("category"), &notice.category, true},
                               Field{QStringLiteral("severity"), &severity, true},
                               Field{QStringLiteral("subject"), &notice.subject, true},
                               Field{QStringLiteral("body"), &notice.body, true},
                               Field{QStringLiteral("status"), &status, false},
                               Field{QStringLiteral("followUpOf"), &notice.followUpOf, false},
                               Field{QStringLiteral("link"), &notice.link, false}}) {
        auto value = text(object, field.name, field.required);
        if (!value)
            return value.error();
        *field.target = field.name == QLatin1String("body") ? *value : value->trimmed();
    }

    const auto severityValue = severityFromKey(severity);
    if (!severityValue)
        return fieldError(
            QStringLiteral("invalid-value"), QStringLiteral("severity"),
            QCoreApplication::translate("nb::server::NoticeInput",
                                        "\"severity\" is one of info, important, urgent."));
    notice.severity = *severityValue;
    if (!status.isEmpty()) {
        const auto statusValue = statusFromKey(status);
        if (!statusValue)
            return fieldError(QStringLiteral("invalid-value"), QStringLiteral("status"),
                              QCoreApplication::translate(
                                  "nb::server::NoticeInput",
                                  "\"status\" is one of announced, in-progress, resolved."));
        notice.status = *statusValue;
    }

    auto actBy = text(object, QStringLiteral("actBy"), false);
    if (!actBy)
        return actBy.error();
    if (!actBy->isEmpty()) {
        const QDate date = QDate::fromString(*actBy, Qt::ISODate);
        if (!date.isValid() || actBy->size() != 10)
            return fieldError(
                QStringLiteral("invalid-value"), QStringLiteral("actBy"),
                QCoreApplication::translate("nb::server::NoticeInput",
                                            "\"actBy\" is a date such as 2026-08-01."));
        notice.actBy = date;
    }
    return notice;
}

Result<PatchFile> readPatchFile(const QString &path)
{
    const auto failure = [&path](const QString &message) {
        return Error{QStringLiteral("invalid-patch"), QStringLiteral("%1: %2").arg(path, message),
                     QStringLiteral("patches")};
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(file.errorString());
    if (file.size() > maxPatchBytes)
        return failure(
            QCoreApplication::translate("nb::server::NoticeInput", "larger than %1 bytes.")
                .arg(maxPatchBytes));
    PatchFile patch;
    patch.content = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failure(file.errorString());
    if (patch.content.isEmpty())
        return failure(
            QCoreApplication::translate("nb::server::NoticeInput", "the file is empty."));
    patch.reference.fileName = QFileInfo(path).fileName();
    patch.reference.size = patch.content.size();
    patch.reference.sha256 = crypto::sha256(patch.content);
    return patch;
}

} // namespace nb::server
