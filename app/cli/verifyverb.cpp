#include "verifyverb.h"

#include "client/mailchecker.h"
#include "console.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

namespace nb::cli {

namespace {

const QString indent = QStringLiteral("    ");

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QJsonObject toJson(const client::MailReport &report)
{
    const mail::MailCheck &check = report.check;
    QJsonArray warnings;
    for (const mail::Warning &warning : check.warnings) {
        warnings.append(QJsonObject{{QStringLiteral("code"), warning.code},
                                    {QStringLiteral("message"), warning.message}});
    }
    QJsonArray forwarded;
    for (const client::MailReport &inner : report.forwarded)
        forwarded.append(toJson(inner));
    QJsonObject json{{QStringLiteral("verdict"), client::verdictToken(check.verdict)},
                     {QStringLiteral("verdictText"), mail::verdictText(check.verdict)},
                     {QStringLiteral("noticeId"),
                      check.noticeId.isEmpty() ? QJsonValue() : QJsonValue(check.noticeId)},
                     {QStringLiteral("keyId"), check.keyId.isEmpty()
                                                   ? QJsonValue()
                                                   : QJsonValue(QString::fromLatin1(check.keyId))},
                     {QStringLiteral("subject"), check.subject},
                     {QStringLiteral("from"), check.from},
                     {QStringLiteral("changes"), QJsonArray::fromStringList(check.changes)},
                     {QStringLiteral("warnings"), warnings},
                     {QStringLiteral("forwarded"), forwarded}};
    if (report.cached != client::CachedNotice::NotCached) {
        json.insert(QStringLiteral("cachedNotice"), report.cached == client::CachedNotice::Matches
                                                        ? QStringLiteral("matches")
                                                        : QStringLiteral("differs"));
    }
    return json;
}

// The verdict line and, indented by `depth`, what explains it.
void print(QTextStream &out, const client::MailReport &report, const QString &name, int depth)
{
    const mail::MailCheck &check = report.check;
    const QString prefix = indent.repeated(depth);
    out << prefix
        << QStringLiteral("%1  %2  %3  %4")
               .arg(client::verdictToken(check.verdict), orDash(check.noticeId),
                    orDash(QString::fromLatin1(check.keyId)), name)
        << '\n';
    const QString details = prefix + indent;
    out << details << mail::verdictText(check.verdict) << '\n';
    for (const QString &change : check.changes)
        out << details << "- " << change << '\n';
    if (const QString cached = client::cachedNoticeText(report.cached, check.noticeId);
        !cached.isEmpty())
        out << details << cached << '\n';
    for (const mail::Warning &warning : check.warnings)
        out << details << "! " << warning.message << '\n';
    for (qsizetype i = 0; i < report.forwarded.size(); ++i) {
        print(
            out, report.forwarded.at(i),
            QCoreApplication::translate("nb::cli::VerifyVerb", "(forwarded message %1)").arg(i + 1),
            depth + 1);
    }
}

} // namespace

VerifyVerb::VerifyVerb(const client::MailChecker &checker)
    : m_checker(checker)
{}

ExitCode VerifyVerb::run(const QStringList &files, bool json)
{
    bool allGenuine = true;
    bool unreadable = false;
    QJsonArray results;
    QTextStream out(stdout); // one buffered stream: a mailbox has thousands of lines
    const QList<Result<client::MailReport>> reports = m_checker.checkFiles(files);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        const auto &report = reports.at(i);
        if (!report) {
            unreadable = true;
            if (json) {
                results.append(QJsonObject{
                    {QStringLiteral("file"), file},
                    {QStringLiteral("verdict"), QStringLiteral("unreadable")},
                    {QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), report.error().code},
                                 {QStringLiteral("message"), report.error().message}}}});
            } else {
                out << QStringLiteral("unreadable  -  -  %1").arg(file) << '\n';
                out.flush(); // the error line after the result line
                printErr(file + QStringLiteral(": ") + report.error().message);
            }
            continue;
        }
        allGenuine = allGenuine && report->check.verdict == mail::Verdict::Genuine;
        if (json) {
            QJsonObject object = toJson(*report);
            object.insert(QStringLiteral("file"), file);
            results.append(object);
        } else {
            print(out, *report, file, 0);
        }
    }
    if (json)
        out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    out.flush();
    if (unreadable)
        return ExitCode::Usage;
    return allGenuine ? ExitCode::Ok : ExitCode::Failure;
}

} // namespace nb::cli
