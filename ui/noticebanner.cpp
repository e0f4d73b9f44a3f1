#include "ui/noticebanner.h"

#include "core/contrast.h"

#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace nb::ui {

namespace {
constexpr quint32 kDefaultColor = 0x0B5CAD;

quint32 toRgb(const QColor &color)
{
    return static_cast<quint32>(color.rgb()) & 0xFFFFFFu;
}
} // namespace

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(tr("Important notice"), this))
    , m_subject(new QLabel(this))
    , m_products(new QLabel(this))
    , m_actBy(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("noticeBanner"));
    m_title->setObjectName(QStringLiteral("bannerTitleLabel"));
    m_subject->setObjectName(QStringLiteral("bannerSubjectLabel"));
    m_products->setObjectName(QStringLiteral("bannerProductsLabel"));
    m_actBy->setObjectName(QStringLiteral("bannerActByLabel"));
    m_status->setObjectName(QStringLiteral("bannerStatusLabel"));
    setAccessibleName(tr("Important notice"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);

    QFont title = m_title->font();
    title.setBold(true);
    title.setCapitalization(QFont::AllUppercase);
    m_title->setFont(title);
    QFont subject = m_subject->font();
    subject.setPointSizeF(subject.pointSizeF() * 1.3);
    subject.setBold(true);
    m_subject->setFont(subject);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_title, m_subject, m_products, m_actBy, m_status})
        label->setTextFormat(Qt::PlainText);

    auto *details = new QHBoxLayout;
    details->addWidget(m_products);
    details->addWidget(m_actBy);
    details->addWidget(m_status);
    details->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_subject);
    layout->addLayout(details);
    setColor(QColor());
}

void NoticeBanner::setColor(const QColor &color)
{
    m_background = color.isValid() ? color : QColor::fromRgb(kDefaultColor);
    m_background.setAlpha(255);
    const quint32 text = contrast::readableTextColor(toRgb(m_background));
    m_text = QColor::fromRgb(text);
    Q_ASSERT(contrast::contrastRatio(toRgb(m_background), text) >= 4.5);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, m_background);
    palette.setColor(QPalette::WindowText, m_text);
    palette.setColor(QPalette::Text, m_text);
    setPalette(palette);
    for (QLabel *label : findChildren<QLabel *>())
        label->setPalette(palette);
}

void NoticeBanner::setSubject(const QString &subject)
{
    m_subject->setText(subject);
}

void NoticeBanner::setDetails(const QString &products, const QString &actBy, const QString &status)
{
    m_products->setText(products);
    m_actBy->setText(actBy.isEmpty() ? QString() : tr("Act by: %1").arg(actBy));
    m_actBy->setVisible(!actBy.isEmpty());
    m_status->setText(status.isEmpty() ? QString() : tr("Status: %1").arg(status));
}

double NoticeBanner::contrastRatio() const
{
    return contrast::contrastRatio(toRgb(m_background), toRgb(m_text));
}

} // namespace nb::ui
