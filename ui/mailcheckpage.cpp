#include "ui/mailcheckpage.h"

#include "client/branding.h"
#include "client/noticestore.h"
#include "client/offlinestore.h"
#include "ui_mailcheckpage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeWidgetItem>

namespace nb::ui {

namespace {

constexpr int kWarningCodeRole = Qt::UserRole + 1;

QIcon verdictIcon(const QStyle *style, mail::Verdict verdict)
{
    switch (verdict) {
    case mail::Verdict::Genuine:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case mail::Verdict::Altered:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case mail::Verdict::Unsigned:
    case mail::Verdict::UnsignedParts:
    case mail::Verdict::UnknownKey:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    return {};
}

const char *verdictColor(mail::Verdict verdict)
{
    switch (verdict) {
    case mail::Verdict::Genuine:
        return "#1E8449";
    case mail::Verdict::Altered:
    case mail::Verdict::Unsigned:
    case mail::Verdict::UnsignedParts:
        return "#C0392B";
    case mail::Verdict::UnknownKey:
        return "#D68910";
    }
    return "#D68910";
}

// The vendor never sends patches by mail: an executable or an archive is the worst sign.
bool isDangerous(const mail::Warning &warning)
{
    return warning.code == QLatin1String("executable-attachment") ||
           warning.code == QLatin1String("archive-attachment");
}

} // namespace

MailCheckPage::MailCheckPage(client::OfflineStore *account, client::NoticeStore *notices,
                             QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MailCheckPage>())
    , m_account(account)
    , m_notices(notices)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("mailCheckPage"));
    m_ui->signedText->setReadOnly(true);
    m_ui->signedText->setAcceptDrops(false);
    m_ui->signedText->setUndoRedoEnabled(false);
    // Whole sentences, and room for the signed text below them.
    const int line = fontMetrics().height();
    for (QListWidget *list : {m_ui->changesList, m_ui->warningsList}) {
        list->setWordWrap(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setMaximumHeight(8 * line);
    }
    m_ui->forwardedTree->setWordWrap(true);
    m_ui->forwardedTree->setMaximumHeight(10 * line);
    m_ui->pageLayout->setStretchFactor(m_ui->signedText, 1);
    m_chooseFile = [](QWidget *owner) {
        return QFileDialog::getOpenFileName(
            owner, tr("Check an e-mail"),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            tr("E-mails (*.eml);;All files (*)"));
    };
    connect(m_ui->openFileButton, &QPushButton::clicked, this, &MailCheckPage::chooseAndCheck);
    clear();
}

MailCheckPage::~MailCheckPage() = default;

void MailCheckPage::chooseAndCheck()
{
    const QString path = m_chooseFile ? m_chooseFile(this) : QString();
    if (!path.isEmpty())
        checkFile(path);
}

bool MailCheckPage::checkFile(const QString &path)
{
    client::Branding branding;
    if (m_account) {
        if (const auto stored = m_account->branding(); stored && *stored)
            branding = **stored;
    }
    const client::MailChecker checker(m_notices, client::vendorIdentity(branding));
    const auto report = checker.checkFile(path);
    if (!report) {
        showError(path, report.error());
        Q_EMIT checked(path);
        return false;
    }
    showReport(path, *report);
    Q_EMIT checked(path);
    return true;
}

QString MailCheckPage::verdictText() const
{
    return m_ui->verdictLabel->text();
}

void MailCheckPage::clear()
{
    m_report.reset();
    m_ui->verdictFrame->hide();
    m_ui->verdictLabel->clear();
    m_ui->detailsLabel->clear();
    m_ui->cachedLabel->clear();
    m_ui->cachedLabel->hide();
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
    m_ui->changesList->clear();
    m_ui->warningsList->clear();
    m_ui->forwardedTree->clear();
    m_ui->signedText->clear();
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->changesHeading), static_cast<QWidget *>(m_ui->changesList),
          static_cast<QWidget *>(m_ui->warningsHeading), static_cast<QWidget *>(m_ui->warningsList),
          static_cast<QWidget *>(m_ui->forwardedHeading),
          static_cast<QWidget *>(m_ui->forwardedTree),
          static_cast<QWidget *>(m_ui->signedTextHeading), static_cast<QWidget *>(m_ui->signedText),
          static_cast<QWidget *>(m_ui->signedTextHiddenLabel)})
        widget->hide();
}

void MailCheckPage::showError(const QString &path, const Error &error)
{
    clear();
    m_ui->fileLabel->setText(QFileInfo(path).fileName());
    m_ui->errorLabel->setText(
        tr("This file cannot be checked: %1 Do not open links or attachments of this mail.")
            .arg(error.message));
    m_ui->errorLabel->show();
}

void MailCheckPage::showReport(const QString &path, const client::MailReport &report)
{
    clear();
    m_report = report;
    const mail::MailCheck &check = report.check;
    m_ui->fileLabel->setText(QFileInfo(path).fileName());

    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->verdictIcon->setPixmap(verdictIcon(style(), check.verdict).pixmap(size, size));
    m_ui->verdictLabel->setText(mail::verdictText(check.verdict));
    m_ui->verdictFrame->setAccessibleDescription(m_ui->verdictLabel->text());
    m_ui->verdictFrame->setStyleSheet(
        QStringLiteral("#verdictFrame { border: 3px solid %1; border-radius: 4px; }")
            .arg(QLatin1String(verdictColor(check.verdict))));
    QStringList details;
    if (!check.noticeId.isEmpty())
        details.append(tr("Notice: %1").arg(check.noticeId));
    if (!check.keyId.isEmpty())
        details.append(tr("Signed with key %1").arg(QString::fromLatin1(check.keyId)));
    if (!check.subject.isEmpty())
        details.append(tr("Subject: %1").arg(check.subject));
    if (!check.from.isEmpty())
        details.append(tr("From: %1").arg(check.from));
    m_ui->detailsLabel->setText(details.join(QLatin1Char('\n')));
    const QString cached = client::cachedNoticeText(report.cached, check.noticeId);
    m_ui->cachedLabel->setText(cached);
    m_ui->cachedLabel->setVisible(!cached.isEmpty());
    m_ui->verdictFrame->show();

    for (const QString &change : check.changes)
        m_ui->changesList->addItem(change);
    m_ui->changesHeading->setVisible(!check.changes.isEmpty());
    m_ui->changesList->setVisible(!check.changes.isEmpty());

    for (const mail::Warning &warning : check.warnings) {
        auto *item = new QListWidgetItem(warning.message, m_ui->warningsList);
        item->setData(kWarningCodeRole, warning.code);
        if (isDangerous(warning)) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setForeground(QColor(0xC0, 0x39, 0x2B));
        } else {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
    }
    m_ui->warningsHeading->setVisible(!check.warnings.isEmpty());
    m_ui->warningsList->setVisible(!check.warnings.isEmpty());

    for (qsizetype i = 0; i < report.forwarded.size(); ++i)
        addForwarded(nullptr, report.forwarded.at(i), int(i + 1));
    m_ui->forwardedTree->expandAll();
    m_ui->forwardedHeading->setVisible(!report.forwarded.isEmpty());
    m_ui->forwardedTree->setVisible(!report.forwarded.isEmpty());

    // Only what the signature covers is shown as verified, and only as plain text.
    const bool genuine = check.verdict == mail::Verdict::Genuine;
    if (genuine)
        m_ui->signedText->setPlainText(check.signedText);
    m_ui->signedTextHeading->setVisible(genuine);
    m_ui->signedText->setVisible(genuine);
    m_ui->signedTextHiddenLabel->setVisible(!genuine);
}

void MailCheckPage::addForwarded(QTreeWidgetItem *parent, const client::MailReport &report,
                                 int number)
{
    const mail::MailCheck &check = report.check;
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_ui->forwardedTree);
    QString text = tr("Forwarded message %1: %2").arg(number).arg(mail::verdictText(check.verdict));
    if (!check.noticeId.isEmpty())
        text += QStringLiteral(" — ") + tr("Notice: %1").arg(check.noticeId);
    if (!check.keyId.isEmpty())
        text += QStringLiteral(" — ") + tr("key %1").arg(QString::fromLatin1(check.keyId));
    item->setText(0, text);
    item->setIcon(0, verdictIcon(style(), check.verdict));
    if (!check.subject.isEmpty())
        new QTreeWidgetItem(item, {tr("Subject: %1").arg(check.subject)});
    for (const QString &change : check.changes)
        new QTreeWidgetItem(item, {change});
    if (const QString cached = client::cachedNoticeText(report.cached, check.noticeId);
        !cached.isEmpty())
        new QTreeWidgetItem(item, {cached});
    for (const mail::Warning &warning : check.warnings) {
        auto *child = new QTreeWidgetItem(item, {warning.message});
        child->setData(0, kWarningCodeRole, warning.code);
        child->setIcon(0,
                       style()->standardIcon(isDangerous(warning) ? QStyle::SP_MessageBoxCritical
                                                                  : QStyle::SP_MessageBoxWarning));
    }
    for (qsizetype i = 0; i < report.forwarded.size(); ++i)
        addForwarded(item, report.forwarded.at(i), int(i + 1));
}

} // namespace nb::ui
