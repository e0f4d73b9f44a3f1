#pragma once

#include "core/notice.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The editorial rules of a mandatory mailing, checked live while staff type (client) and again
// before approval and sending (server): one pure function, the same in both places.
namespace nb::lint {

enum class Severity
{
    Error,  // blocks approval and sending
    Warning // shown, does not block
};

struct Finding
{
    QString code; // stable, kebab-case, e.g. "subject-too-long"
    Severity severity = Severity::Error;
    QString field;   // the draft field it is about: "subject", "body", "actBy", "link", ...
    QString message; // translated (German first), says what is wrong and how to fix it

    bool operator==(const Finding &) const = default;
};

struct Context
{
    QDate today;               // the day the mailing would go out
    QStringList vendorDomains; // lower-case punycode; links must stay within them
};

// Every finding, errors first, in field order subject, actBy, body, link, patches, products,
// category. Codes (severity):
//   "subject-empty" (E), "subject-too-long" (E, > 78 characters), "subject-several-sentences"
//   (E), "subject-urgent-missing" (E: act-by within 14 days of today without the "DRINGEND:"
//   prefix), "subject-urgent-without-deadline" (W: "DRINGEND:" without an act-by date within 14
//   days), "subject-date-mismatch" (E: a date in the subject that is not the act-by date),
//   "subject-date-missing" (W: an act-by date within 14 days that the subject does not name),
//   "act-by-past" (E), "body-empty" (E), "placeholder" (E: TODO, XXX, TBD, Lorem ipsum, "[...]",
//   "{{...}}", "???" in subject or body), "raw-html" (E), "image" (E: Markdown images load remote
//   content), "attachment-mentioned" (W: the body speaks of an attachment; patches are downloads),
//   "foreign-link" (E: a link in the body or the link field outside the vendor's domains),
//   "link-not-https" (E), "security-without-action" (E: category "security" without a patch and
//   without a support path: the link field or a mention of Support/Support-Ticket),
//   "no-products" (E), "invalid-category" (E), "follow-up-self" (E).
// Fields: "security-without-action" is about "patches"; "follow-up-self" ("followUpOf") comes
// after category. "placeholder", "foreign-link" and "link-not-https" can come once per field
// (subject/body, body/link); otherwise each code comes at most once.
QList<Finding> lintMailing(const Notice &draft, const Context &context);

// Whether any finding is an error.
bool blocksApproval(const QList<Finding> &findings);

// "error" / "warning" (the JSON values).
QString severityKey(Severity severity);

} // namespace nb::lint
