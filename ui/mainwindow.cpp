#include "ui/mainwindow.h"

#include "client/offlinestore.h"
#include "ui/ansprechpartnerpage.h"
#include "ui/conflictdialog.h"
#include "ui/firmenprofilform.h"
#include "ui/firmenprofilpage.h"
#include "ui/syncstatuswidget.h"
#include "ui/verteilerpage.h"
#include "ui_mainwindow.h"

#include <QLabel>

namespace nb::ui {

namespace {
constexpr int kPageRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(client::OfflineStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
    , m_firmenprofil(new FirmenprofilPage(store))
    , m_ansprechpartner(new AnsprechpartnerPage(store))
    , m_verteiler(new VerteilerPage(store))
    , m_syncStatus(new SyncStatusWidget)
{
    m_ui->setupUi(this);
    m_ui->pageStack->addWidget(m_firmenprofil);
    m_ui->pageStack->addWidget(m_ansprechpartner);
    m_ui->pageStack->addWidget(m_verteiler);
    m_ui->statusbar->addPermanentWidget(m_syncStatus);
    m_ui->syncNowAction->setShortcut(QKeySequence::Refresh);
    m_ui->splitter->setStretchFactor(1, 1);
    buildNavigation();

    connect(m_ui->syncNowAction, &QAction::triggered, this, &MainWindow::syncNowRequested);
    connect(m_ui->signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_firmenprofil, &FirmenprofilPage::contactsRequested, this,
            [this] { showPage(Page::Ansprechpartner); });
    connect(store, &client::OfflineStore::changed, this, &MainWindow::refreshSyncCounts);
    connect(store, &client::OfflineStore::changed, this, &MainWindow::refreshConflicts);
    connect(m_ui->resolveConflictsButton, &QPushButton::clicked, this,
            &MainWindow::resolveConflicts);
    refreshSyncCounts();
    refreshConflicts();
    showPage(Page::Firmenprofil);
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
    QTreeWidgetItem *company = addItem(nullptr, tr("My company"), -1);
    addItem(company, tr("Company profile"), static_cast<int>(Page::Firmenprofil));
    QTreeWidgetItem *staff = addItem(nullptr, tr("My staff"), -1);
    addItem(staff, tr("Contacts"), static_cast<int>(Page::Ansprechpartner));
    addItem(nullptr, tr("Distribution lists"), static_cast<int>(Page::Verteiler));
    QTreeWidgetItem *notices = addItem(nullptr, tr("Important notices"), -1);
    notices->setDisabled(true);
    notices->setToolTip(0, tr("Coming soon"));
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

} // namespace nb::ui
