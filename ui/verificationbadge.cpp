#include "ui/verificationbadge.h"

#include "ui/noticelabels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace nb::ui {

VerificationBadge::VerificationBadge(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("verificationBadge"));
    m_icon->setObjectName(QStringLiteral("verificationIcon"));
    m_text->setObjectName(QStringLiteral("verificationText"));
    m_text->setTextFormat(Qt::PlainText);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    setVerification(NoticeVerification{});
}

void VerificationBadge::setVerification(const NoticeVerification &verification)
{
    m_state = verification.state;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(verificationIcon(verification.state).pixmap(size, size));
    m_text->setText(verificationText(verification));
    QFont font = m_text->font();
    font.setBold(verification.state != VerificationState::Verified);
    m_text->setFont(font);
    setToolTip(verification.reason);
    setAccessibleName(m_text->text());
    setAccessibleDescription(verification.reason);
    const char *border = "#1E8449";
    if (verification.state == VerificationState::Invalid)
        border = "#C0392B";
    else if (verification.state != VerificationState::Verified)
        border = "#D68910";
    setStyleSheet(QStringLiteral("#verificationBadge { border: 2px solid %1; border-radius: 4px; }")
                      .arg(QLatin1String(border)));
}

QString VerificationBadge::text() const
{
    return m_text->text();
}

} // namespace nb::ui
