#include "core/spamreport.h"

#include "core/mailgmime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nb::mail {

namespace {

Error malformed()
{
    return Error{
        QStringLiteral("malformed-spam-report"),
        QCoreApplication::translate("nb::mail::Spam", "SpamAssassin's answer cannot be read."),
        {}};
}

// "No, score=2.7 required=5.0 tests=A,B autolearn=no version=4.0.1" (unfolded).
bool readStatus(const QString &status, SpamReport &report)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(Yes|No),\\s*(?:score|hits)=(-?[0-9]+(?:\\.[0-9]+)?)\\s+"
                       "required=(-?[0-9]+(?:\\.[0-9]+)?)"));
    const QRegularExpressionMatch match = pattern.match(status);
    if (!match.hasMatch())
        return false;
    report.spam = match.captured(1) == QLatin1String("Yes");
    report.score = match.captured(2).toDouble();
    report.required = match.captured(3).toDouble();
    return true;
}

// One "* 2.7 RULE_NAME Description text" line of X-Spam-Report per rule; a description that
// wrapped continues on lines starting with "*" and spaces only.
QList<SpamRule> readRules(const QString &reportHeader)
{
    static const QRegularExpression rule(
        QStringLiteral("^\\*\\s+(-?[0-9]+(?:\\.[0-9]+)?)\\s+([A-Z0-9_]+)\\s*(.*)$"));
    static const QRegularExpression continuation(QStringLiteral("^\\*\\s{2,}(\\S.*)$"));
    QList<SpamRule> rules;
    for (const QString &raw : reportHeader.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (const auto match = rule.match(line); match.hasMatch()) {
            rules.append(
                SpamRule{match.captured(2), match.captured(1).toDouble(), match.captured(3)});
        } else if (const auto more = continuation.match(line);
                   more.hasMatch() && !rules.isEmpty()) {
            rules.last().description += QLatin1Char(' ') + more.captured(1);
        }
    }
    return rules;
}

} // namespace

Result<SpamReport> parseSpamAssassinOutput(const QByteArray &eml)
{
    const auto message = gmime::parseMessage(eml);
    if (!message)
        return malformed();
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(message.get()));
    GMimeHeader *status = g_mime_header_list_get_header(headers, "X-Spam-Status");
    if (!status)
        return malformed();
    SpamReport report;
    const QString statusText = QString::fromUtf8(g_mime_header_get_value(status)).simplified();
    if (!readStatus(statusText, report))
        return malformed();
    // The report keeps its line structure in the raw (folded) value.
    if (GMimeHeader *rules = g_mime_header_list_get_header(headers, "X-Spam-Report"))
        report.rules = readRules(QString::fromUtf8(g_mime_header_get_raw_value(rules)));
    return report;
}

} // namespace nb::mail
