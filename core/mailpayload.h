#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// The signed payload of a notice mail (internal to core): compact JSON (keys sorted, as
// QJsonDocument writes them) {"noticeId","from","subject","date","parts":[{"contentType",
// "sha256"}]}; the date as ISO 8601 UTC ("2026-07-20T09:00:00Z"), compared with the Date header
// by its instant. The signature covers the exact bytes, which are never re-serialised.
namespace nb::mail {

struct SignedPart
{
    QString contentType; // "text/plain"
    QByteArray sha256;   // lower-case hex of the decoded, LF-normalised content

    bool operator==(const SignedPart &) const = default;
};

struct MailPayload
{
    QString noticeId;
    QString from; // the address only
    QString subject;
    QDateTime date; // UTC, second precision
    QList<SignedPart> parts;

    QByteArray toJson() const;
};

// Strict: every key above, no others, right types. Error code "malformed-mail-payload".
Result<MailPayload> parseMailPayload(const QByteArray &json);

} // namespace nb::mail
