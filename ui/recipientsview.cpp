#include "ui/recipientsview.h"

#include "ui/fielderror.h"
#include "ui/recipientsmodel.h"
#include "ui_recipientsview.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

namespace nb::ui {

RecipientsView::RecipientsView(client::StaffService *service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RecipientsView>())
    , m_service(service)
    , m_model(new RecipientsModel(this))
{
    m_ui->setupUi(this);
    m_ui->recipientTree->setModel(m_model);
    m_ui->recipientTree->header()->setStretchLastSection(false);
    m_ui->recipientTree->header()->setSectionResizeMode(RecipientsModel::NameColumn,
                                                        QHeaderView::Stretch);
    for (const int column : {RecipientsModel::DetailColumn, RecipientsModel::SourcesColumn,
                             RecipientsModel::ExcludedColumn})
        m_ui->recipientTree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &RecipientsView::applySearchNow);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &RecipientsView::applySearchNow);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &RecipientsView::refresh);
    connect(m_ui->moreButton, &QPushButton::clicked, this, &RecipientsView::loadMore);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &RecipientsView::exportCsv);
    connect(m_model, &RecipientsModel::exclusionToggled, this, &RecipientsView::toggled);
    setMailing(0);
}

RecipientsView::~RecipientsView() = default;

QString RecipientsView::totalsText() const
{
    return m_ui->totalsLabel->text();
}

QString RecipientsView::statusText() const
{
    return m_ui->statusLabel->text();
}

void RecipientsView::setMailing(qint64 id)
{
    m_id = id;
    newGeneration();
    m_exclusions = {};
    m_model->clear();
    m_ui->totalsLabel->clear();
    m_ui->moreButton->hide();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_ui->searchEdit, m_ui->refreshButton,
                                                            m_ui->exportButton})
        widget->setEnabled(id != 0);
    showStatus(id == 0 ? tr("Save the mailing to see who receives it.") : QString(), false);
}

void RecipientsView::setExclusionsEditable(bool editable)
{
    m_model->setExclusionsEditable(editable);
}

void RecipientsView::refresh()
{
    if (m_id == 0)
        return;
    m_search = m_ui->searchEdit->text().trimmed();
    newGeneration();
    loadExclusions();
    loadPage(0);
}

void RecipientsView::applySearchNow()
{
    m_searchTimer.stop();
    refresh();
}

void RecipientsView::loadMore()
{
    if (m_id != 0 && m_model->hasMore())
        loadPage(static_cast<int>(m_model->companies().size()));
}

void RecipientsView::loadExclusions()
{
    ++m_pending;
    QPointer<RecipientsView> self(this);
    const quint64 generation = m_generation;
    m_service->exclusions(m_id, [self, generation](const Result<client::Exclusions> &exclusions) {
        if (!self || generation != self->m_generation)
            return;
        self->finished();
        if (!exclusions) {
            self->fail(exclusions.error());
            return;
        }
        self->m_exclusions = *exclusions;
    });
}

void RecipientsView::loadPage(int offset)
{
    ++m_pending;
    showStatus(tr("Loading the recipients…"), false);
    QPointer<RecipientsView> self(this);
    const quint64 generation = m_generation;
    m_service->recipients(m_id, m_search, offset, kPageSize,
                          [self, generation, offset](const Result<client::RecipientPage> &page) {
                              if (!self || generation != self->m_generation)
                                  return;
                              self->finished();
                              if (!page) {
                                  self->fail(page.error());
                                  return;
                              }
                              if (offset == 0)
                                  self->m_model->setPage(*page);
                              else
                                  self->m_model->appendPage(*page);
                              if (offset == 0)
                                  self->m_ui->recipientTree->expandAll();
                              self->showTotals();
                              self->showStatus(QString(), false);
                              Q_EMIT self->loaded();
                          });
}

void RecipientsView::newGeneration()
{
    ++m_generation;
    m_pending = 0;
}

void RecipientsView::finished()
{
    m_pending = std::max(0, m_pending - 1);
}

void RecipientsView::showTotals()
{
    const client::RecipientTotals &totals = m_model->totals();
    const QString addresses = tr("%n address(es)", nullptr, static_cast<int>(totals.addresses));
    const QString companies = tr("%n company(ies)", nullptr, totals.companiesIncluded);
    QString text = tr("%1 at %2 receive this mailing.").arg(addresses, companies);
    if (totals.excludedAddresses > 0 || totals.companiesExcluded > 0)
        text += QLatin1Char(' ') +
                tr("Excluded: %1, %2.")
                    .arg(tr("%n address(es)", nullptr, static_cast<int>(totals.excludedAddresses)),
                         tr("%n company(ies)", nullptr, totals.companiesExcluded));
    if (totals.companiesUnlicensed > 0)
        text += QLatin1Char(' ') + tr("%n company(ies) license none of its products.", nullptr,
                                      totals.companiesUnlicensed);
    m_ui->totalsLabel->setText(text);
    const int shown = static_cast<int>(m_model->companies().size());
    m_ui->moreButton->setVisible(m_model->hasMore());
    m_ui->moreButton->setText(tr("Load more (%1 of %2 shown)").arg(shown).arg(m_model->matched()));
}

void RecipientsView::toggled(qint64 companyId, const QString &address, bool excluded)
{
    if (address.isEmpty()) {
        m_exclusions.companies.removeAll(companyId);
        if (excluded)
            m_exclusions.companies.append(companyId);
    } else {
        m_exclusions.addresses.removeIf([&](const std::pair<qint64, QString> &entry) {
            return entry.first == companyId &&
                   entry.second.compare(address, Qt::CaseInsensitive) == 0;
        });
        if (excluded)
            m_exclusions.addresses.append({companyId, address});
    }
    saveExclusions();
}

void RecipientsView::saveExclusions()
{
    const quint64 request = ++m_saveRequest;
    ++m_pending;
    showStatus(tr("Saving the exclusions…"), false);
    QPointer<RecipientsView> self(this);
    const quint64 generation = m_generation;
    m_service->setExclusions(m_id, m_exclusions,
                             [self, request, generation](const Result<client::Exclusions> &saved) {
                                 if (!self || generation != self->m_generation)
                                     return;
                                 self->finished();
                                 if (request != self->m_saveRequest)
                                     return; // a later change is on its way with everything in it
                                 if (!saved) {
                                     self->fail(saved.error());
                                     self->refresh(); // shows what the server has
                                     return;
                                 }
                                 self->m_exclusions = *saved;
                                 self->m_model->applyExclusions(*saved);
                                 Q_EMIT self->exclusionsSaved();
                                 // The totals changed: the first page again, keeping the search.
                                 self->newGeneration();
                                 self->loadPage(0);
                             });
}

void RecipientsView::exportCsv()
{
    if (m_id == 0)
        return;
    const QString path =
        m_chooseFile ? m_chooseFile(this)
                     : QFileDialog::getSaveFileName(
                           this, tr("Export recipients"),
                           QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .filePath(tr("recipients-%1.csv").arg(m_id)),
                           tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    showStatus(tr("Exporting…"), false);
    QPointer<RecipientsView> self(this);
    m_service->recipientsCsv(m_id, m_search, [self, path](const Result<QByteArray> &csv) {
        if (!self)
            return;
        if (!csv) {
            self->fail(csv.error());
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*csv) != csv->size() || !file.commit()) {
            self->showStatus(tr("%1 cannot be written: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()),
                             true);
            return;
        }
        self->showStatus(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)), false);
        Q_EMIT self->exported(path);
    });
}

void RecipientsView::fail(const Error &error)
{
    showStatus(error.message, true);
    Q_EMIT failed(error);
}

void RecipientsView::showStatus(const QString &text, bool error)
{
    if (error)
        styleErrorLabel(m_ui->statusLabel);
    else
        m_ui->statusLabel->setPalette(QPalette());
    m_ui->statusLabel->setText(text);
}

} // namespace nb::ui
