#include "ui/staffwindow.h"

#include "core/error.h"
#include "ui/mailcheckpage.h"
#include "ui/maildrop.h"
#include "ui/mailingspage.h"
#include "ui_staffwindow.h"

#include <QCoreApplication>

namespace nb::ui {

namespace {
constexpr int kPageRole = Qt::UserRole + 1;
} // namespace

StaffWindow::StaffWindow(client::StaffService *service, client::OfflineStore *account,
                         client::NoticeStore *notices, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::StaffWindow>())
    , m_mailings(new MailingsPage(service))
    , m_mailCheck(new MailCheckPage(account, notices))
{
    m_ui->setupUi(this);
    m_mailings->setObjectName(QStringLiteral("mailingsPage"));
    m_mailCheck->setObjectName(QStringLiteral("mailCheckPage"));
    m_ui->pageStack->addWidget(m_mailings);
    m_ui->pageStack->addWidget(m_mailCheck);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->refreshAction->setShortcut(QKeySequence::Refresh);
    buildNavigation();
    m_drop = new MailDrop(this, [this](const QString &file) {
        showPage(Page::MailCheck);
        m_mailCheck->checkFile(file);
    });
    m_ui->securityNotice->setStyleSheet(
        QStringLiteral("#securityNotice { border: 2px solid #C0392B; border-radius: 4px; }"));
    connect(m_ui->dismissSecurityButton, &QPushButton::clicked, m_ui->securityNotice,
            &QWidget::hide);
    connect(m_ui->refreshAction, &QAction::triggered, m_mailings, &MailingsPage::refresh);
    connect(m_ui->refreshAction, &QAction::triggered, this, &StaffWindow::refreshRequested);
    connect(m_ui->signOutAction, &QAction::triggered, this, &StaffWindow::signOutRequested);
    connect(m_mailings, &MailingsPage::signInRequired, this, &StaffWindow::signInRequired);
    showPage(Page::Mailings);
    resize(1200, 800);
}

StaffWindow::~StaffWindow() = default;

void StaffWindow::buildNavigation()
{
    const auto add = [this](const QString &text, Page page) {
        auto *item = new QTreeWidgetItem(m_ui->navigationTree);
        item->setText(0, text);
        item->setData(0, kPageRole, static_cast<int>(page));
    };
    add(tr("Mandatory mailings"), Page::Mailings);
    add(tr("Check an e-mail"), Page::MailCheck);
    m_ui->navigationTree->setMaximumWidth(220);
    connect(m_ui->navigationTree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) {
                if (current)
                    m_ui->pageStack->setCurrentIndex(current->data(0, kPageRole).toInt());
            });
}

void StaffWindow::showPage(Page page)
{
    const int index = static_cast<int>(page);
    for (int i = 0; i < m_ui->navigationTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->navigationTree->topLevelItem(i);
        if (item->data(0, kPageRole).toInt() == index)
            m_ui->navigationTree->setCurrentItem(item);
    }
    m_ui->pageStack->setCurrentIndex(index);
}

StaffWindow::Page StaffWindow::currentPage() const
{
    return static_cast<Page>(m_ui->pageStack->currentIndex());
}

void StaffWindow::setAccountText(const QString &text)
{
    m_ui->statusbar->showMessage(text);
}

QString StaffWindow::accountText() const
{
    return m_ui->statusbar->currentMessage();
}

bool StaffWindow::checkDroppedMail(const QList<QUrl> &urls)
{
    return m_drop->take(urls);
}

void StaffWindow::showSecurityProblem(const Error &error)
{
    m_ui->securityNoticeLabel->setText(
        QCoreApplication::translate("nb::ui::StaffWindow",
                                    "Security warning: %1 E-mails are checked with the keys "
                                    "received before.")
            .arg(error.message));
    m_ui->securityNotice->show();
}

QString StaffWindow::securityProblemText() const
{
    return m_ui->securityNotice->isVisibleTo(this) ? m_ui->securityNoticeLabel->text() : QString();
}

} // namespace nb::ui
