#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// SpamAssassin's verdict on a mail, read from the mail it writes back (the X-Spam-Status and
// X-Spam-Report headers, parsed with GMime): what staff see in the preview before sending, so a
// mandatory mailing does not land in the spam folder.
namespace nb::mail {

struct SpamRule
{
    QString name;        // "GUARANTEED_100_PERCENT"
    double points = 0.0; // may be negative
    QString description; // SpamAssassin's English description
};

struct SpamReport
{
    double score = 0.0;
    double required = 5.0; // the threshold from which SpamAssassin calls it spam
    bool spam = false;
    QList<SpamRule> rules; // in SpamAssassin's order
};

// The report of `spamassassin --cf 'add_header all Report _REPORT_'` output. Error
// "malformed-spam-report" when the output is no mail or lacks X-Spam-Status.
Result<SpamReport> parseSpamAssassinOutput(const QByteArray &eml);

} // namespace nb::mail
