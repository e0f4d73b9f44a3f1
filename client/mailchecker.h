#pragma once

#include "client/branding.h"
#include "core/mail.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace nb::client {

class NoticeStore;

// What the local cache says about the notice a mail names.
enum class CachedNotice
{
    NotCached, // no verified notice with that id in the local data (or the mail names none)
    Matches,   // the cached, verified notice has the mail's subject
    Differs    // the cached, verified notice has another subject
};

// One checked mail: the core's verdict, and for it and every forwarded message whether the
// notice it names is in the local cache and matches.
struct MailReport
{
    mail::MailCheck check;
    CachedNotice cached = CachedNotice::NotCached;
    QList<MailReport> forwarded; // parallel to check.forwarded
};

// A translated sentence on `cached` for the notice `noticeId` (empty for NotCached).
QString cachedNoticeText(CachedNotice cached, const QString &noticeId);
// The stable word for scripts: "genuine", "unsigned", "altered", "unsigned-parts", "unknown-key".
QString verdictToken(mail::Verdict verdict);

// Checks received mails offline for the desktop app and notabene-cli: the key lists from the
// account's NoticeStore (verified from the shipped roots), the vendor from the stored branding.
class MailChecker
{
public:
    // `notices` may be nullptr (no key list: nothing is genuine, nothing is cached).
    MailChecker(const NoticeStore *notices, const mail::VendorIdentity &vendor);

    // Errors: "unreadable-mail" (not a mail GMime can parse), and the NoticeStore's own.
    Result<MailReport> check(const QByteArray &eml,
                             const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The file's bytes; error "unreadable-file" (field: the path) when it cannot be read.
    Result<MailReport> checkFile(const QString &path,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // checkFile for every path, in that order: files are read and checked on every core (a
    // mailbox of thousands of mails), the local cache is asked on the calling thread.
    QList<Result<MailReport>>
    checkFiles(const QStringList &paths,
               const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    Result<QList<KeyList>> keyLists() const;
    MailReport report(const mail::MailCheck &check, const QDateTime &now) const;

    // The verified subject of a cached notice (empty: not cached or not verified), looked up
    // once per notice id: a mailbox holds many mails of few notices.
    QString cachedSubject(const QString &noticeId, const QDateTime &now) const;

    const NoticeStore *m_notices;
    mail::VendorIdentity m_vendor;
    mutable QHash<QString, QString> m_cachedSubjects;
};

} // namespace nb::client
