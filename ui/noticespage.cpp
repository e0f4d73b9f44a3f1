#include "ui/noticespage.h"

#include "client/noticestore.h"
#include "client/offlinestore.h"
#include "core/distribution.h"
#include "ui/labels.h"
#include "ui/noticeview.h"
#include "ui_noticespage.h"

#include <QHeaderView>
#include <QLocale>
#include <QPixmap>
#include <QShortcut>

namespace nb::ui {

NoticesPage::NoticesPage(client::OfflineStore *account, const NoticeServices &services,
                         QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NoticesPage>())
    , m_account(account)
    , m_services(services)
    , m_model(new NoticeListModel(services.store, this))
    , m_view(new NoticeView(services))
{
    m_ui->setupUi(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    m_view->setObjectName(QStringLiteral("noticeView"));
    m_ui->viewArea->setWidget(m_view);
    m_ui->noticeList->setModel(m_model);
    m_ui->noticeList->header()->setStretchLastSection(false);
    m_ui->noticeList->header()->setSectionResizeMode(NoticeListModel::SubjectColumn,
                                                     QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->staleNotice->hide();
    m_ui->staleNotice->setStyleSheet(
        QStringLiteral("#staleNotice { border: 2px solid #D68910; border-radius: 4px; }"));

    fillCategories();
    loadProducts();

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &NoticesPage::applyFilterNow);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &NoticesPage::scheduleFilter);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &NoticesPage::applyFilterNow);
    connect(m_ui->productCombo, &QComboBox::currentIndexChanged, this,
            &NoticesPage::applyFilterNow);
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this,
            &NoticesPage::applyFilterNow);
    connect(m_ui->unreadCheck, &QCheckBox::toggled, this, &NoticesPage::applyFilterNow);
    connect(m_ui->actionRequiredCheck, &QCheckBox::toggled, this, &NoticesPage::applyFilterNow);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });

    connect(m_ui->noticeList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NoticesPage::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NoticesPage::restoreSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NoticesPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NoticesPage::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NoticesPage::updateCount);
    connect(m_model, &NoticeListModel::loadFailed, m_ui->countLabel, &QLabel::setText);
    connect(account, &client::OfflineStore::changed, this, &NoticesPage::loadProducts);
    connect(services.store, &client::NoticeStore::changed, this, [this] { refreshStaleness(); });
    connect(services.store, &client::NoticeStore::refreshed, this, [this] { refreshStaleness(); });
    m_staleTimer.setInterval(60 * 1000);
    connect(&m_staleTimer, &QTimer::timeout, this, [this] { refreshStaleness(); });
    m_staleTimer.start();
    updateCount();
    refreshStaleness();
}

NoticesPage::~NoticesPage() = default;

void NoticesPage::fillCategories()
{
    m_ui->categoryCombo->addItem(tr("All categories"), QString());
    for (const QString &category : distributionCategories())
        m_ui->categoryCombo->addItem(distributionCategoryLabel(category), category);
}

void NoticesPage::loadProducts()
{
    const auto products = m_account->products();
    if (!products)
        return;
    ProductStyles styles;
    for (const client::ProductInfo &product : *products)
        styles.insert(product.code, ProductStyle{product.name, QColor(product.color)});
    m_model->setProducts(styles);
    m_view->setProducts(styles);

    const QString current = m_ui->productCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->productCombo);
    m_ui->productCombo->clear();
    m_ui->productCombo->addItem(tr("All products"), QString());
    for (const client::ProductInfo &product : *products) {
        if (!product.licensed)
            continue;
        QPixmap swatch(12, 12);
        swatch.fill(QColor(product.color));
        m_ui->productCombo->addItem(QIcon(swatch), product.name, product.code);
    }
    m_ui->productCombo->setCurrentIndex(std::max(0, m_ui->productCombo->findData(current)));
}

void NoticesPage::setToday(const QDate &today)
{
    m_model->setToday(today);
    m_view->setToday(today);
}

void NoticesPage::scheduleFilter()
{
    m_searchTimer.start();
}

void NoticesPage::applyFilterNow()
{
    m_searchTimer.stop();
    client::NoticeFilter filter;
    filter.product = m_ui->productCombo->currentData().toString();
    filter.category = m_ui->categoryCombo->currentData().toString();
    filter.unreadOnly = m_ui->unreadCheck->isChecked();
    filter.actionRequired = m_ui->actionRequiredCheck->isChecked();
    filter.text = m_ui->searchEdit->text().trimmed();
    if (filter != m_model->filter())
        m_model->setFilter(filter);
}

void NoticesPage::currentChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    m_selectedId = current.data(NoticeListModel::NoticeIdRole).toString();
    m_view->showNotice(m_selectedId);
}

void NoticesPage::restoreSelection()
{
    if (m_selectedId.isEmpty())
        return;
    int row = m_model->rowOfId(m_selectedId);
    while (row < 0 && m_model->canFetchMore({}) && m_model->rowCount() < 2000) {
        m_model->fetchMore({});
        row = m_model->rowOfId(m_selectedId);
    }
    if (row < 0)
        return; // filtered out: the view keeps showing it
    m_ui->noticeList->setCurrentIndex(m_model->index(row, 0));
}

bool NoticesPage::selectNotice(const QString &id)
{
    int row = m_model->rowOfId(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOfId(id);
    }
    if (row < 0)
        return false;
    m_ui->noticeList->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void NoticesPage::updateCount()
{
    const auto unread = m_services.store->unreadCount();
    m_ui->countLabel->setText(tr("%n notice(s)", nullptr, m_model->totalCount()) +
                              (unread ? tr(", %n unread", nullptr, *unread) : QString()));
}

void NoticesPage::refreshStaleness(const QDateTime &now)
{
    QStringList texts;
    const auto last = m_services.store->lastRefresh();
    if (last && last->isValid()) {
        const qint64 age = last->secsTo(now);
        if (age > m_staleAfterSecs) {
            const QString duration = age >= 2 * 24 * 3600
                                         ? tr("%n day(s)", nullptr, static_cast<int>(age / 86400))
                                         : tr("%n hour(s)", nullptr, static_cast<int>(age / 3600));
            texts.append(
                tr("As of %1 – no connection to the server for %2. Newer notices may "
                   "be missing.")
                    .arg(QLocale().toString(last->toLocalTime(), QLocale::ShortFormat), duration));
        }
    } else if (last) {
        texts.append(tr("The notices have not been fetched from the server yet."));
    }
    const auto lists = m_services.store->keyLists();
    if (lists && !lists->isEmpty() && lists->last().isExpired(now)) {
        texts.append(tr("The key list expired on %1: signatures cannot be confirmed until "
                        "Notabene reaches the server again.")
                         .arg(QLocale().toString(lists->last().expires.toLocalTime(),
                                                 QLocale::ShortFormat)));
    }
    m_ui->staleLabel->setText(texts.join(QLatin1Char(' ')));
    m_ui->staleNotice->setVisible(!texts.isEmpty());
}

QString NoticesPage::staleText() const
{
    return m_ui->staleNotice->isVisibleTo(this) ? m_ui->staleLabel->text() : QString();
}

} // namespace nb::ui
