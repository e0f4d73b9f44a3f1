#include "ui/mailingspage.h"

#include "ui/fielderror.h"
#include "ui/mailingeditor.h"
#include "ui/mailinglistmodel.h"
#include "ui/mailingpreview.h"
#include "ui/mailingresultsview.h"
#include "ui/recipientsview.h"
#include "ui_mailingspage.h"

#include <QHeaderView>
#include <QPointer>

namespace nb::ui {

namespace {
bool isAuthError(const Error &error)
{
    return error.code == QLatin1String("session-expired") ||
           error.code == QLatin1String("unauthorized");
}
} // namespace

MailingsPage::MailingsPage(client::StaffService *service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MailingsPage>())
    , m_service(service)
    , m_model(new MailingListModel(this))
    , m_editor(new MailingEditor(service))
    , m_preview(new MailingPreview(service))
    , m_recipients(new RecipientsView(service))
    , m_results(new MailingResultsView(service))
    , m_today(QDate::currentDate())
{
    m_ui->setupUi(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    m_editor->setObjectName(QStringLiteral("mailingEditor"));
    m_preview->setObjectName(QStringLiteral("mailingPreview"));
    m_recipients->setObjectName(QStringLiteral("recipientsView"));
    m_results->setObjectName(QStringLiteral("resultsView"));
    m_ui->detailTabs->addTab(m_editor, tr("Compose"));
    m_ui->detailTabs->addTab(m_preview, tr("Preview"));
    m_ui->detailTabs->addTab(m_recipients, tr("Recipients"));
    m_ui->detailTabs->addTab(m_results, tr("Results"));
    m_ui->mailingList->setModel(m_model);
    m_ui->mailingList->header()->setStretchLastSection(false);
    m_ui->mailingList->header()->setSectionResizeMode(MailingListModel::SubjectColumn,
                                                      QHeaderView::Stretch);

    connect(m_ui->newButton, &QPushButton::clicked, this, &MailingsPage::newMailing);
    connect(m_ui->openButton, &QPushButton::clicked, this, &MailingsPage::openCurrent);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &MailingsPage::refresh);
    connect(m_ui->mailingList, &QTreeView::activated, this, &MailingsPage::openCurrent);
    connect(m_ui->backButton, &QPushButton::clicked, this, &MailingsPage::showList);
    connect(m_ui->detailTabs, &QTabWidget::currentChanged, this, &MailingsPage::tabChanged);
    connect(m_ui->mailingList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_ui->openButton->setEnabled(m_ui->mailingList->currentIndex().isValid()); });
    connect(m_editor, &MailingEditor::mailingChanged, this, &MailingsPage::mailingChanged);
    connect(m_editor, &MailingEditor::mailingRemoved, this, [this] {
        showList();
        loadList();
    });
    connect(m_editor, &MailingEditor::sent, this, [this] {
        m_resultsStale = true;
        loadNotices(); // the new notice can be followed up
    });
    connect(m_editor, &MailingEditor::signInRequired, this, &MailingsPage::signInRequired);
    const auto authCheck = [this](const Error &error) {
        if (isAuthError(error))
            Q_EMIT signInRequired();
    };
    connect(m_preview, &MailingPreview::failed, this, authCheck);
    connect(m_recipients, &RecipientsView::failed, this, authCheck);
    connect(m_results, &MailingResultsView::failed, this, authCheck);
    connect(m_recipients, &RecipientsView::exclusionsSaved, this,
            [this] { m_previewStale = true; });
    m_ui->openButton->setEnabled(false);
    showList();
    refresh();
}

MailingsPage::~MailingsPage() = default;

void MailingsPage::setVendorDomains(const QStringList &domains)
{
    m_domains = domains;
    m_editor->setLintContext(lint::Context{m_today, m_domains});
}

void MailingsPage::setCurrentUser(const QString &email)
{
    m_user = email;
    m_editor->setCurrentUser(email);
}

void MailingsPage::setToday(const QDate &today)
{
    m_today = today;
    m_preview->setToday(today);
    m_editor->setLintContext(lint::Context{m_today, m_domains});
}

QString MailingsPage::listStatusText() const
{
    return m_ui->listStatusLabel->text();
}

void MailingsPage::refresh()
{
    loadList();
    loadProducts();
    loadNotices();
}

void MailingsPage::loadList()
{
    showListStatus(tr("Loading…"), false);
    QPointer<MailingsPage> self(this);
    m_service->list([self](const Result<QList<client::MailingSummary>> &mailings) {
        if (!self)
            return;
        if (!mailings) {
            self->handleError(mailings.error());
            return;
        }
        self->m_model->setMailings(*mailings);
        self->showListStatus(mailings->isEmpty()
                                 ? tr("No mailings yet: start with \"New "
                                      "mailing\".")
                                 : tr("%n mailing(s)", nullptr, static_cast<int>(mailings->size())),
                             false);
        Q_EMIT self->listLoaded();
    });
}

void MailingsPage::loadProducts()
{
    QPointer<MailingsPage> self(this);
    m_service->products([self](const Result<QList<client::StaffProduct>> &products) {
        if (!self)
            return;
        if (!products) {
            self->handleError(products.error());
            return;
        }
        self->m_editor->setProducts(*products);
        self->m_preview->setProducts(*products);
        Q_EMIT self->productsLoaded();
    });
}

void MailingsPage::loadNotices()
{
    QPointer<MailingsPage> self(this);
    m_service->notices([self](const Result<QList<client::PublishedNotice>> &notices) {
        if (self && notices)
            self->m_editor->setNotices(*notices);
        // Without the list a follow-up id can still be typed: no error shown.
    });
}

void MailingsPage::handleError(const Error &error)
{
    showListStatus(error.message, true);
    if (isAuthError(error))
        Q_EMIT signInRequired();
}

void MailingsPage::showListStatus(const QString &text, bool error)
{
    if (error)
        styleErrorLabel(m_ui->listStatusLabel);
    else
        m_ui->listStatusLabel->setPalette(QPalette());
    m_ui->listStatusLabel->setText(text);
}

void MailingsPage::newMailing()
{
    m_editor->newMailing();
    m_shownId = 0;
    m_shownState.clear();
    m_preview->setMailing(0);
    m_recipients->setMailing(0);
    m_results->setMailing(0);
    m_ui->detailTitleLabel->setText(tr("New mailing"));
    m_ui->mailingsStack->setCurrentWidget(m_ui->detailPage);
    updateTabs();
    showTab(Tab::Compose);
    m_editor->setFocus();
}

void MailingsPage::openCurrent()
{
    const QModelIndex current = m_ui->mailingList->currentIndex();
    if (current.isValid())
        openMailing(current.data(MailingListModel::IdRole).toLongLong());
}

void MailingsPage::openMailing(qint64 id)
{
    m_ui->detailTitleLabel->setText(tr("Loading…"));
    m_ui->mailingsStack->setCurrentWidget(m_ui->detailPage);
    showTab(Tab::Compose);
    m_editor->openMailing(id); // answers through mailingChanged
}

void MailingsPage::showList()
{
    m_ui->mailingsStack->setCurrentWidget(m_ui->listPage);
    const int row = m_model->rowOfId(m_shownId);
    if (row >= 0)
        m_ui->mailingList->setCurrentIndex(m_model->index(row, 0));
}

bool MailingsPage::isShowingList() const
{
    return m_ui->mailingsStack->currentWidget() == m_ui->listPage;
}

void MailingsPage::mailingChanged(const client::Mailing &mailing)
{
    const client::MailingSummary &summary = mailing.summary;
    if (summary.id != m_shownId) {
        m_shownId = summary.id;
        m_preview->setMailing(summary.id);
        m_recipients->setMailing(summary.id);
        m_results->setMailing(summary.id);
    }
    m_shownState = summary.state;
    m_recipients->setExclusionsEditable(summary.state != QLatin1String("sent"));
    m_previewStale = m_recipientsStale = m_resultsStale = true;
    m_ui->detailTitleLabel->setText(summary.subject.isEmpty() ? tr("(no subject)")
                                                              : summary.subject);
    updateTabs();
    tabChanged(m_ui->detailTabs->currentIndex()); // the shown tab follows at once
    loadList();
}

void MailingsPage::updateTabs()
{
    const bool saved = m_shownId != 0;
    m_ui->detailTabs->setTabEnabled(static_cast<int>(Tab::Preview), saved);
    m_ui->detailTabs->setTabEnabled(static_cast<int>(Tab::Recipients), saved);
    m_ui->detailTabs->setTabEnabled(static_cast<int>(Tab::Results),
                                    saved && m_shownState == QLatin1String("sent"));
}

void MailingsPage::showTab(Tab tab)
{
    m_ui->detailTabs->setCurrentIndex(static_cast<int>(tab));
}

MailingsPage::Tab MailingsPage::currentTab() const
{
    return static_cast<Tab>(m_ui->detailTabs->currentIndex());
}

bool MailingsPage::isTabEnabled(Tab tab) const
{
    return m_ui->detailTabs->isTabEnabled(static_cast<int>(tab));
}

void MailingsPage::tabChanged(int index)
{
    if (m_shownId == 0)
        return;
    switch (static_cast<Tab>(index)) {
    case Tab::Compose:
        break;
    case Tab::Preview:
        if (m_previewStale)
            m_preview->refresh();
        m_previewStale = false;
        break;
    case Tab::Recipients:
        if (m_recipientsStale)
            m_recipients->refresh();
        m_recipientsStale = false;
        break;
    case Tab::Results:
        if (m_resultsStale)
            m_results->refresh();
        m_resultsStale = false;
        break;
    }
}

} // namespace nb::ui
