#include "ui/noticelabels.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QStyle>

namespace nb::ui {

QString severityLabel(NoticeSeverity severity)
{
    switch (severity) {
    case NoticeSeverity::Info:
        return QCoreApplication::translate("nb::ui::NoticeLabels", "Info");
    case NoticeSeverity::Important:
        return QCoreApplication::translate("nb::ui::NoticeLabels", "Important");
    case NoticeSeverity::Urgent:
        return QCoreApplication::translate("nb::ui::NoticeLabels", "Urgent");
    }
    return {};
}

QString noticeStatusLabel(NoticeStatus status)
{
    switch (status) {
    case NoticeStatus::Announced:
        return QCoreApplication::translate("nb::ui::NoticeLabels", "Announced");
    case NoticeStatus::InProgress:
        return QCoreApplication::translate("nb::ui::NoticeLabels", "In progress");
    case NoticeStatus::Resolved:
        return QCoreApplication::translate("nb::ui::NoticeLabels", "Resolved");
    }
    return {};
}

QString daysLeftText(const std::optional<QDate> &actBy, const QDate &today)
{
    if (!actBy || !actBy->isValid())
        return {};
    const qint64 days = today.daysTo(*actBy);
    if (days == 0)
        return QCoreApplication::translate("nb::ui::NoticeLabels", "due today");
    const int count = static_cast<int>(days > 0 ? days : -days);
    if (days > 0)
        return QCoreApplication::translate("nb::ui::NoticeLabels", "%n day(s) left", nullptr,
                                           count);
    return QCoreApplication::translate("nb::ui::NoticeLabels", "%n day(s) overdue", nullptr, count);
}

QString actByText(const std::optional<QDate> &actBy, const QDate &today)
{
    if (!actBy || !actBy->isValid())
        return {};
    return QCoreApplication::translate("nb::ui::NoticeLabels", "%1 (%2)")
        .arg(QLocale().toString(*actBy, QLocale::ShortFormat), daysLeftText(actBy, today));
}

QString verificationText(const NoticeVerification &verification)
{
    switch (verification.state) {
    case VerificationState::Verified:
        return QCoreApplication::translate("nb::ui::NoticeLabels", "Verified (key %1)")
            .arg(QString::fromLatin1(verification.keyId));
    case VerificationState::Unverified:
        return QCoreApplication::translate("nb::ui::NoticeLabels", "Not verified");
    case VerificationState::Invalid:
        return QCoreApplication::translate("nb::ui::NoticeLabels",
                                           "Invalid signature – the content was altered");
    case VerificationState::KeyExpiredOrStale:
        return QCoreApplication::translate("nb::ui::NoticeLabels",
                                           "Key expired or data out of date");
    }
    return {};
}

QIcon verificationIcon(VerificationState state)
{
    QStyle *style = QApplication::style();
    switch (state) {
    case VerificationState::Verified:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case VerificationState::Unverified:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case VerificationState::Invalid:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case VerificationState::KeyExpiredOrStale:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    return {};
}

} // namespace nb::ui
