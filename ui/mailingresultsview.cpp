#include "ui/mailingresultsview.h"

#include "ui/fielderror.h"
#include "ui_mailingresultsview.h"

#include <QHeaderView>
#include <QLocale>
#include <QPointer>

namespace nb::ui {

namespace {
enum Column
{
    CompanyColumn,
    CustomerNumberColumn,
    DeliveredColumn,
    FailedColumn,
    QueuedColumn,
    ReadsColumn,
    AcknowledgementsColumn,
    FirstAcknowledgedColumn
};

// A tree item that sorts its count columns as numbers.
class ResultItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column >= DeliveredColumn && column <= AcknowledgementsColumn)
            return data(column, Qt::UserRole).toLongLong() <
                   other.data(column, Qt::UserRole).toLongLong();
        return QTreeWidgetItem::operator<(other);
    }
};

void setCount(QTreeWidgetItem *item, int column, qint64 value)
{
    item->setText(column, QLocale().toString(value));
    item->setData(column, Qt::UserRole, value);
    item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
}
} // namespace

MailingResultsView::MailingResultsView(client::StaffService *service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MailingResultsView>())
    , m_service(service)
{
    m_ui->setupUi(this);
    QHeaderView *header = m_ui->companyTable->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CompanyColumn, QHeaderView::Stretch);
    m_ui->companyTable->sortByColumn(CompanyColumn, Qt::AscendingOrder);
    m_timer.setInterval(kAutoRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &MailingResultsView::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &MailingResultsView::refresh);
    setMailing(0);
}

MailingResultsView::~MailingResultsView() = default;

QString MailingResultsView::statusText() const
{
    return m_ui->statusLabel->text();
}

void MailingResultsView::setMailing(qint64 id)
{
    m_id = id;
    ++m_request;
    clear();
    m_ui->refreshButton->setEnabled(id != 0);
    showStatus(id == 0 ? tr("The results appear once the mailing is sent.") : QString(), false);
    updateTimer();
}

void MailingResultsView::clear()
{
    m_results.reset();
    m_ui->noticeLabel->clear();
    for (QLabel *label : {m_ui->deliveredValue, m_ui->failedValue, m_ui->queuedValue,
                          m_ui->readValue, m_ui->acknowledgedValue})
        label->clear();
    m_ui->companyTable->clear();
}

void MailingResultsView::refresh()
{
    if (m_id == 0)
        return;
    const quint64 request = ++m_request;
    QPointer<MailingResultsView> self(this);
    m_service->results(m_id, [self, request](const Result<client::MailingResults> &results) {
        if (!self || request != self->m_request)
            return;
        if (!results) {
            if (results.error().code == QLatin1String("not-sent")) {
                self->clear();
                self->showStatus(tr("The results appear once the mailing is sent."), false);
            } else {
                self->showStatus(results.error().message, true);
            }
            self->updateTimer();
            Q_EMIT self->failed(results.error());
            return;
        }
        self->showResults(*results);
        Q_EMIT self->loaded();
    });
}

void MailingResultsView::showResults(const client::MailingResults &results)
{
    m_results = results;
    m_ui->noticeLabel->setText(tr("Notice %1: %2 to %3.")
                                   .arg(results.noticeId,
                                        tr("%n mail(s)", nullptr, static_cast<int>(results.mails)),
                                        tr("%n company(ies)", nullptr, results.companies)));
    const QLocale locale;
    m_ui->deliveredValue->setText(locale.toString(results.delivery.sent));
    m_ui->failedValue->setText(locale.toString(results.delivery.failed));
    m_ui->queuedValue->setText(locale.toString(results.delivery.queued));
    m_ui->readValue->setText(
        tr("%1 of %2 companies (%n user(s))", nullptr, static_cast<int>(results.reads))
            .arg(results.readCompanies)
            .arg(results.companies));
    m_ui->acknowledgedValue->setText(tr("%1 of %2 companies (%n acknowledgement(s))", nullptr,
                                        static_cast<int>(results.acknowledgements))
                                         .arg(results.acknowledgedCompanies)
                                         .arg(results.companies));
    m_ui->companyTable->setSortingEnabled(false);
    m_ui->companyTable->clear();
    for (const client::CompanyResult &company : results.perCompany) {
        auto *item = new ResultItem(m_ui->companyTable);
        item->setText(CompanyColumn, company.name);
        item->setText(CustomerNumberColumn, company.customerNumber);
        setCount(item, DeliveredColumn, company.delivery.sent);
        setCount(item, FailedColumn, company.delivery.failed);
        setCount(item, QueuedColumn, company.delivery.queued);
        setCount(item, ReadsColumn, company.reads);
        setCount(item, AcknowledgementsColumn, company.acknowledgements);
        item->setText(
            FirstAcknowledgedColumn,
            company.firstAcknowledgedAt.isValid()
                ? locale.toString(company.firstAcknowledgedAt.toLocalTime(), QLocale::ShortFormat)
                : QString());
    }
    m_ui->companyTable->setSortingEnabled(true);
    showStatus(results.delivery.queued > 0
                   ? tr("Delivery is running; the figures update by themselves.")
                   : QString(),
               false);
    updateTimer();
}

void MailingResultsView::updateTimer()
{
    const bool running = m_results && m_results->delivery.queued > 0;
    if (running && isVisible() && m_id != 0)
        m_timer.start();
    else
        m_timer.stop();
}

void MailingResultsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateTimer();
}

void MailingResultsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void MailingResultsView::showStatus(const QString &text, bool error)
{
    if (error)
        styleErrorLabel(m_ui->statusLabel);
    else
        m_ui->statusLabel->setPalette(QPalette());
    m_ui->statusLabel->setText(text);
}

} // namespace nb::ui
