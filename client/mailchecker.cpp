#include "client/mailchecker.h"

#include "client/noticestore.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace nb::client {

namespace {
// A mail file larger than this is no notice mail (and is not read into memory).
constexpr qint64 maxMailSize = 64LL * 1024 * 1024;

Result<QByteArray> readMail(const QString &path)
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
    return file.readAll();
}

// Reads and checks every file, spread over the machine's cores; the answers in path order.
QList<Result<mail::MailCheck>> checkInParallel(const QStringList &paths,
                                               const QList<KeyList> &keyLists,
                                               const mail::VendorIdentity &vendor,
                                               const QDateTime &now)
{
    std::vector<std::optional<Result<mail::MailCheck>>> checks(size_t(paths.size()));
    std::atomic<qsizetype> next{0};
    const auto work = [&] {
        for (qsizetype i = next++; i < paths.size(); i = next++) {
            auto eml = readMail(paths.at(i));
            checks[size_t(i)] = eml ? mail::checkMail(*eml, keyLists, vendor, now)
                                    : Result<mail::MailCheck>(eml.error());
        }
    };
    const qsizetype threads = std::min<qsizetype>(std::max(1u, std::thread::hardware_concurrency()),
                                                  (paths.size() + 15) / 16);
    std::vector<std::thread> helpers;
    for (qsizetype t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread &helper : helpers)
        helper.join();
    QList<Result<mail::MailCheck>> ordered;
    ordered.reserve(paths.size());
    for (auto &check : checks)
        ordered.append(std::move(*check));
    return ordered;
}
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

Result<QList<KeyList>> MailChecker::keyLists() const
{
    if (!m_notices)
        return QList<KeyList>{};
    return m_notices->keyLists();
}

Result<MailReport> MailChecker::check(const QByteArray &eml, const QDateTime &now) const
{
    const auto lists = keyLists();
    if (!lists)
        return lists.error();
    auto checked = mail::checkMail(eml, *lists, m_vendor, now);
    if (!checked)
        return checked.error();
    return report(*checked, now);
}

Result<MailReport> MailChecker::checkFile(const QString &path, const QDateTime &now) const
{
    const auto eml = readMail(path);
    if (!eml)
        return eml.error();
    return check(*eml, now);
}

QList<Result<MailReport>> MailChecker::checkFiles(const QStringList &paths,
                                                  const QDateTime &now) const
{
    const auto lists = keyLists();
    if (!lists)
        return QList<Result<MailReport>>(paths.size(), lists.error());
    QList<Result<MailReport>> reports;
    reports.reserve(paths.size());
    for (const auto &checked : checkInParallel(paths, *lists, m_vendor, now)) {
        if (checked)
            reports.append(report(*checked, now));
        else
            reports.append(checked.error());
    }
    return reports;
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
