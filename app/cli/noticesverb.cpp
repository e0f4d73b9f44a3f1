#include "noticesverb.h"

#include "client/noticestore.h"
#include "console.h"

#include <QCoreApplication>

namespace nb::cli {

namespace {

// One stable word per badge state for scripts (like an exit code, never translated).
QString stateWord(VerificationState state)
{
    switch (state) {
    case VerificationState::Verified:
        return QStringLiteral("verified");
    case VerificationState::Unverified:
        return QStringLiteral("unverified");
    case VerificationState::Invalid:
        return QStringLiteral("INVALID");
    case VerificationState::KeyExpiredOrStale:
        return QStringLiteral("stale");
    }
    return {};
}

// The badge's sentence, as the desktop app words it.
QString verdict(const NoticeVerification &verification)
{
    const QString keyId = QString::fromLatin1(verification.keyId);
    switch (verification.state) {
    case VerificationState::Verified:
        return QCoreApplication::translate("nb::cli::NoticesVerb", "Verified (key %1)").arg(keyId);
    case VerificationState::Unverified:
        return QCoreApplication::translate("nb::cli::NoticesVerb", "Not verified");
    case VerificationState::Invalid:
        return QCoreApplication::translate("nb::cli::NoticesVerb",
                                           "Invalid signature – the content was altered");
    case VerificationState::KeyExpiredOrStale:
        return QCoreApplication::translate("nb::cli::NoticesVerb",
                                           "Key expired or data out of date (key %1)")
            .arg(keyId);
    }
    return {};
}

QString actByText(const std::optional<QDate> &actBy)
{
    return actBy ? actBy->toString(Qt::ISODate) : QStringLiteral("-");
}

void printField(const char *label, const QString &value)
{
    printOut(QCoreApplication::translate("nb::cli::NoticesVerb", label) + QStringLiteral(": ") +
             value);
}

} // namespace

NoticesVerb::NoticesVerb(client::NoticeStore &store)
    : m_store(store)
{}

ExitCode NoticesVerb::list()
{
    const auto count = m_store.count({});
    if (!count) {
        printError(count.error());
        return ExitCode::Failure;
    }
    if (*count == 0) {
        printOut(QCoreApplication::translate("nb::cli::NoticesVerb",
                                             "No notices yet: run sync to receive them."));
        return ExitCode::Ok;
    }
    constexpr int page = 500;
    for (int offset = 0; offset < *count; offset += page) {
        const auto rows = m_store.rows({}, offset, page);
        if (!rows) {
            printError(rows.error());
            return ExitCode::Failure;
        }
        for (const client::NoticeRow &row : *rows) {
            const auto stored = m_store.notice(row.id);
            if (!stored || !*stored) {
                printError(stored ? Error{} : stored.error());
                return ExitCode::Failure;
            }
            const NoticeVerification verification = m_store.verify((*stored)->envelope);
            // The subject shown is the signed one; an altered notice shows its id only.
            const QString subject =
                verification.notice ? verification.notice->subject : QStringLiteral("-");
            printOut(
                QStringLiteral("%1  %2  %3  %4  %5")
                    .arg(row.sequence)
                    .arg(row.id, stateWord(verification.state), actByText(row.actBy), subject));
        }
    }
    return ExitCode::Ok;
}

ExitCode NoticesVerb::show(const QString &id)
{
    const auto stored = m_store.notice(id);
    if (!stored) {
        printError(stored.error());
        return ExitCode::Failure;
    }
    if (!*stored) {
        printErr(QCoreApplication::translate("nb::cli::NoticesVerb",
                                             "The notice %1 is not in the local data (run sync).")
                     .arg(id));
        return ExitCode::Usage;
    }
    const NoticeVerification verification = m_store.verify((*stored)->envelope);
    printField(QT_TRANSLATE_NOOP("nb::cli::NoticesVerb", "Verification"), verdict(verification));
    if (!verification.reason.isEmpty())
        printOut(QStringLiteral("  ") + verification.reason);
    if (!verification.notice) {
        // Nothing unverifiable is shown as if it came from the vendor.
        return verification.state == VerificationState::Invalid ? ExitCode::Failure : ExitCode::Ok;
    }
    const Notice &notice = *verification.notice;
    printField(QT_TRANSLATE_NOOP("nb::cli::NoticesVerb", "Notice"),
               QStringLiteral("%1 (%2)").arg(notice.id).arg(notice.sequence));
    printField(QT_TRANSLATE_NOOP("nb::cli::NoticesVerb", "Subject"), notice.subject);
    printField(QT_TRANSLATE_NOOP("nb::cli::NoticesVerb", "Products"),
               notice.products.join(QStringLiteral(", ")));
    printField(QT_TRANSLATE_NOOP("nb::cli::NoticesVerb", "Category"), notice.category);
    printField(QT_TRANSLATE_NOOP("nb::cli::NoticesVerb", "Severity"), severityKey(notice.severity));
    printField(QT_TRANSLATE_NOOP("nb::cli::NoticesVerb", "Status"), statusKey(notice.status));
    QString actBy = actByText(notice.actBy);
    if (const auto days = daysLeft(notice, QDate::currentDate()); days && *days >= 0) {
        actBy += QCoreApplication::translate("nb::cli::NoticesVerb", " (%n day(s) left)", nullptr,
                                             int(*days));
    } else if (days) {
        actBy += QCoreApplication::translate("nb::cli::NoticesVerb", " (%n day(s) overdue)",
                                             nullptr, int(-*days));
    }
    printField(QT_TRANSLATE_NOOP("nb::cli::NoticesVerb", "Act by"), actBy);
    printField(QT_TRANSLATE_NOOP("nb::cli::NoticesVerb", "Issued"),
               notice.issuedAt.toString(Qt::ISODate));
    if (!notice.followUpOf.isEmpty())
        printField(QT_TRANSLATE_NOOP("nb::cli::NoticesVerb", "Follow-up of"), notice.followUpOf);
    if (!notice.link.isEmpty())
        printField(QT_TRANSLATE_NOOP("nb::cli::NoticesVerb", "Link"), notice.link);
    for (const PatchReference &patch : notice.patches) {
        printField(QT_TRANSLATE_NOOP("nb::cli::NoticesVerb", "Patch"),
                   QStringLiteral("%1 (%2 bytes, SHA-256 %3)")
                       .arg(patch.fileName)
                       .arg(patch.size)
                       .arg(QString::fromLatin1(patch.sha256.toHex())));
    }
    if ((*stored)->acknowledgedAt) {
        printField(QT_TRANSLATE_NOOP("nb::cli::NoticesVerb", "Acknowledged"),
                   (*stored)->acknowledgedAt->toString(Qt::ISODate) +
                       ((*stored)->acknowledgementPending
                            ? QCoreApplication::translate("nb::cli::NoticesVerb", " (not sent yet)")
                            : QString()));
    }
    printOut(QString());
    printOut(notice.body);
    return verification.state == VerificationState::Invalid ? ExitCode::Failure : ExitCode::Ok;
}

} // namespace nb::cli
