#pragma once

#include "core/noticeverification.h"

#include <QFrame>

class QLabel;

namespace nb::ui {

// The signature state of a notice, worded like Thunderbird/KMail; shown OUTSIDE the notice's
// content so the content cannot imitate it. The reason is the tooltip and accessible description.
class VerificationBadge : public QFrame
{
    Q_OBJECT

public:
    explicit VerificationBadge(QWidget *parent = nullptr);

    void setVerification(const NoticeVerification &verification);
    VerificationState state() const { return m_state; }
    QString text() const;

private:
    VerificationState m_state = VerificationState::Unverified;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace nb::ui
