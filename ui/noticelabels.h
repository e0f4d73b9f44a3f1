#pragma once

#include "core/notice.h"
#include "core/noticeverification.h"

#include <QDate>
#include <QIcon>
#include <QString>
#include <optional>

namespace nb::ui {

// Display texts for notices (translated; context "nb::ui::NoticeLabels").
QString severityLabel(NoticeSeverity severity);
QString noticeStatusLabel(NoticeStatus status);
// "3 days left", "due today", "2 days overdue"; empty without an act-by date.
QString daysLeftText(const std::optional<QDate> &actBy, const QDate &today);
// "01.08.2026 (3 days left)"; empty without an act-by date.
QString actByText(const std::optional<QDate> &actBy, const QDate &today);
// The badge wording, like Thunderbird/KMail: "Verified (key …)", "Not verified", …
QString verificationText(const NoticeVerification &verification);
QIcon verificationIcon(VerificationState state);

} // namespace nb::ui
