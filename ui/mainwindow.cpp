#include "ui/mainwindow.h"

#include "client/noticestore.h"
#include "client/offlinestore.h"
#include "ui/ansprechpartnerpage.h"
#include "ui/conflictdialog.h"
#include "ui/firmenprofilform.h"
#include "ui/firmenprofilpage.h"
#include "ui/mailcheckpage.h"
#include "ui/maildrop.h"
#include "ui/noticespage.h"
#include "ui/syncstatuswidget.h"
#include "ui/verteilerpage.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QSystemTrayIcon>

namespace nb::ui {

namespace {
constexpr int kPageRole = Qt::UserRole + 1;
} // namespace

MainWindow::MainWindow(client::OfflineStore *store, const NoticeServices &notices, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
    , m_firmenprofil(new FirmenprofilPage(store))
    , m_ansprechpartner(new AnsprechpartnerPage(store))
    , m_verteiler(new VerteilerPage(store))
    , m_mailCheck(new MailCheckPage(store, notices.store))
    , m_noticeStore(notices.store)
    , m_syncStatus(new SyncStatusWidget)
{
    m_ui->setupUi(this);
    if (notices.store) {
        m_notices = new NoticesPage(store, notices);
        m_notices->setObjectName(QStringLiteral("noticesPage"));
        m_ui->pageStack->addWidget(m_notices);
    } else {
        m_ui->pageStack->addWidget(new QLabel(tr("Important notices are not available.")));
    }
    m_ui->pageStack->addWidget(m_mailCheck); // works without network and without notices
    m_ui->pageStack->addWidget(m_firmenprofil);
    m_ui->pageStack->addWidget(m_ansprechpartner);
    m_ui->pageStack->addWidget(m_verteiler);
    m_ui->statusbar->addPermanentWidget(m_syncStatus);
    m_ui->syncNowAction->setShortcut(QKeySequence::Refresh);
    m_ui->splitter->setStretchFactor(1, 1);
    buildNavigation();
    m_drop = new MailDrop(this, [this](const QString &file) {
        showPage(Page::MailCheck);
        m_mailCheck->checkFile(file);
    });

    connect(m_ui->syncNowAction, &QAction::triggered, this, &MainWindow::syncNowRequested);
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_firmenprofil, &FirmenprofilPage::contactsRequested, this,
            [this] { showPage(Page::Ansprechpartner); });
    connect(store, &client::OfflineStore::changed, this, &MainWindow::refreshSyncCounts);
    connect(store, &client::OfflineStore::changed, this, &MainWindow::refreshConflicts);
    connect(m_ui->resolveConflictsButton, &QPushButton::clicked, this,
            &MainWindow::resolveConflicts);
    connect(m_ui->dismissSecurityButton, &QPushButton::clicked, m_ui->securityNotice,
            &QWidget::hide);
    m_ui->securityNotice->setStyleSheet(
        QStringLiteral("#securityNotice { border: 2px solid #C0392B; border-radius: 4px; }"));
    if (m_noticeStore)
        connect(m_noticeStore, &client::NoticeStore::changed, this,
                &MainWindow::refreshUnreadCount);
    refreshSyncCounts();
    refreshConflicts();
    refreshUnreadCount();
    showPage(m_notices ? Page::Notices : Page::Firmenprofil);
    resize(1000, 700);
}

MainWindow::~MainWindow() = default;

QTreeWidgetItem *MainWindow::addItem(QTreeWidgetItem *parent, const QString &text, int page)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_ui->navigationTree);
    item->setText(0, text);
    item->setData(0, kPageRole, page);
    if (page < 0)
        item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
    return item;
}

void MainWindow::buildNavigation()
{
    m_noticesItem = addItem(nullptr, tr("Important notices"), static_cast<int>(Page::Notices));
    if (!m_notices) {
        m_noticesItem->setDisabled(true);
        m_noticesItem->setToolTip(0, tr("Not available"));
    }
    addItem(nullptr, tr("Check an e-mail"), static_cast<int>(Page::MailCheck));
    QTreeWidgetItem *company = addItem(nullptr, tr("My company"), -1);
    addItem(company, tr("Company profile"), static_cast<int>(Page::Firmenprofil));
    QTreeWidgetItem *staff = addItem(nullptr, tr("My staff"), -1);
    addItem(staff, tr("Contacts"), static_cast<int>(Page::Ansprechpartner));
    addItem(nullptr, tr("Distribution lists"), static_cast<int>(Page::Verteiler));
    m_ui->navigationTree->expandAll();
    connect(m_ui->navigationTree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) {
                const int page = current ? current->data(0, kPageRole).toInt() : -1;
                if (page >= 0)
                    m_ui->pageStack->setCurrentIndex(page);
            });
}

void MainWindow::showPage(Page page)
{
    const int index = static_cast<int>(page);
    for (QTreeWidgetItemIterator it(m_ui->navigationTree); *it; ++it) {
        if ((*it)->data(0, kPageRole).toInt() == index && !(*it)->isDisabled()) {
            m_ui->navigationTree->setCurrentItem(*it);
            break;
        }
    }
    m_ui->pageStack->setCurrentIndex(index);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_ui->pageStack->currentIndex());
}

void MainWindow::setAccountText(const QString &text)
{
    m_ui->statusbar->showMessage(text);
}

void MainWindow::showRejection(const Error &error)
{
    if (FirmenprofilForm::editableFields().contains(error.field)) {
        m_firmenprofil->applyServerError(error);
        showPage(Page::Firmenprofil);
    }
    m_ui->statusbar->showMessage(tr("The server refused a change: %1").arg(error.message));
}

void MainWindow::refreshSyncCounts()
{
    if (const auto pending = m_store->pendingChanges())
        m_syncStatus->setPendingChanges(*pending);
    if (const auto last = m_store->lastSync())
        m_syncStatus->setLastSync(*last);
}

void MainWindow::refreshConflicts()
{
    const auto conflicts = m_store->conflicts();
    const int count = conflicts ? static_cast<int>(conflicts->size()) : 0;
    m_ui->conflictNoticeLabel->setText(tr("%n conflict(s) — please decide", nullptr, count));
    m_ui->conflictNotice->setVisible(count > 0);
}

void MainWindow::resolveConflicts()
{
    if (m_conflictQueue) {
        if (ConflictDialog *dialog = m_conflictQueue->currentDialog())
            dialog->raise();
        return;
    }
    m_conflictQueue = new ConflictQueue(m_store, this);
    connect(m_conflictQueue, &ConflictQueue::finished, this, [this](int resolved) {
        m_conflictQueue->deleteLater();
        m_conflictQueue = nullptr;
        if (resolved > 0)
            Q_EMIT conflictsResolved();
    });
    m_conflictQueue->start();
}

ConflictDialog *MainWindow::currentConflictDialog() const
{
    return m_conflictQueue ? m_conflictQueue->currentDialog() : nullptr;
}

void MainWindow::showSecurityProblem(const Error &error)
{
    m_ui->securityNoticeLabel->setText(
        tr("Security warning: %1 The data shown is the last state that could be checked.")
            .arg(error.message));
    m_ui->securityNotice->show();
}

QString MainWindow::securityProblemText() const
{
    return m_ui->securityNotice->isVisibleTo(this) ? m_ui->securityNoticeLabel->text() : QString();
}

void MainWindow::refreshUnreadCount()
{
    if (!m_noticeStore || !m_noticesItem)
        return;
    const auto unread = m_noticeStore->unreadCount();
    const int count = unread ? *unread : 0;
    m_noticesItem->setText(0, count > 0 ? tr("Important notices (%1)").arg(count)
                                        : tr("Important notices"));
    QFont font = m_noticesItem->font(0);
    font.setBold(count > 0);
    m_noticesItem->setFont(0, font);
}

bool MainWindow::checkDroppedMail(const QList<QUrl> &urls)
{
    return m_drop->take(urls);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeToTray && QSystemTrayIcon::isSystemTrayAvailable()) {
        hide(); // keeps running in the tray: new notices still raise a notification
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace nb::ui
