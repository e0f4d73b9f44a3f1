#include "client/mailchecker.h"

#include "client/noticestore.h"

#include <QCoreApplication>
#include <QFile>

namespace nb::client {

namespace {
// A mail file larger than this is no notice mail (and is not read into memory).
constexpr qint64 maxMailSize = 64LL * 1024 * 1024;
} // namespace

QString cachedNoticeText(CachedNotice cached, const QString &noticeId)
{
    switch (cached) {
    case CachedNotice::NotCached:
        return {};
    case CachedNotice::Matches:
        return QCoreApplication::translate("nb::client::MailChecker",
                                           "The notice %1 in the local data matches this mail.")
            .arg(noticeId);
    case CachedNotice::Differs:
        return QCoreApplication::translate(
                   "nb::client::MailChecker",
                   "The notice %1 in the local data has a different subject than this mail.")
            .arg(noticeId);
    }
    return {};
}

QString verdictToken(mail::Verdict verdict)
{
    switch (verdict) {
    case mail::Verdict::Genuine:
        return QStringLiteral("genuine");
    case mail::Verdict::Unsigned:
        return QStringLiteral("unsigned");
    case mail::Verdict::Altered:
        return QStringLiteral("altered");
    case mail::Verdict::UnsignedParts:
        return QStringLiteral("unsigned-parts");
    case mail::Verdict::UnknownKey:
        return QStringLiteral("unknown-key");
    }
    return {};
}

MailChecker::MailChecker(const NoticeStore *notices, const mail::VendorIdentity &vendor)
    : m_notices(notices)
    , m_vendor(vendor)
{}

Result<MailReport> MailChecker::check(const QByteArray &eml, const QDateTime &now) const
{
    QList<KeyList> keyLists;
    if (m_notices) {
        auto stored = m_notices->keyLists();
        if (!stored)
            return stored.error();
        keyLists = *stored;
    }
    auto checked = mail::checkMail(eml, keyLists, m_vendor, now);
    if (!checked)
        return checked.error();
    return report(*checked, now);
}

Result<MailReport> MailChecker::checkFile(const QString &path, const QDateTime &now) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{
            QStringLiteral("unreadable-file"),
            QCoreApplication::translate("nb::client::MailChecker", "The file cannot be read: %1")
                .arg(file.errorString()),
            path};
    }
    if (file.size() > maxMailSize) {
        return Error{QStringLiteral("unreadable-file"),
                     QCoreApplication::translate("nb::client::MailChecker",
                                                 "The file is too large for an e-mail."),
                     path};
    }
    return check(file.readAll(), now);
}

MailReport MailChecker::report(const mail::MailCheck &check, const QDateTime &now) const
{
    MailReport report{check, CachedNotice::NotCached, {}};
    if (m_notices && !check.noticeId.isEmpty()) {
        const QString subject = cachedSubject(check.noticeId, now);
        if (!subject.isEmpty())
            report.cached =
                subject == check.subject ? CachedNotice::Matches : CachedNotice::Differs;
    }
    for (const mail::MailCheck &inner : check.forwarded)
        report.forwarded.append(this->report(inner, now));
    return report;
}

QString MailChecker::cachedSubject(const QString &noticeId, const QDateTime &now) const
{
    const auto known = m_cachedSubjects.constFind(noticeId);
    if (known != m_cachedSubjects.cend())
        return *known;
    QString subject;
    const auto stored = m_notices->notice(noticeId);
    if (stored && *stored) {
        const NoticeVerification verification = m_notices->verify((*stored)->envelope, now);
        if (verification.notice)
            subject = verification.notice->subject;
    }
    // A failed read is not remembered: the next mail of that notice tries again.
    if (stored)
        m_cachedSubjects.insert(noticeId, subject);
    return subject;
}

} // namespace nb::client
