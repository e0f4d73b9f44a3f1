#include "ui/mailingpreview.h"

#include "client/spamcheck.h"
#include "core/markdown.h"
#include "ui/fielderror.h"
#include "ui/noticebanner.h"
#include "ui/noticebrowser.h"
#include "ui/noticelabels.h"
#include "ui/spamscorewidget.h"
#include "ui_mailingpreview.h"

#include <QFontDatabase>
#include <QPointer>

namespace nb::ui {

namespace {
constexpr int kCompanyListLimit = 500;
} // namespace

MailingPreview::MailingPreview(client::StaffService *service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MailingPreview>())
    , m_service(service)
{
    m_ui->setupUi(this);
    m_spamScore =
        new SpamScoreWidget(new client::SpamCheck(QStringLiteral("spamassassin"), this), this);
    m_ui->previewLayout->insertWidget(m_ui->previewLayout->indexOf(m_ui->inboxFrame) + 1,
                                      m_spamScore);
    m_ui->textView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->inboxSnippetLabel->setForegroundRole(QPalette::PlaceholderText);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &MailingPreview::refresh);
    connect(m_ui->previewAsCombo, &QComboBox::activated, this, &MailingPreview::load);
    // The links of a preview are not followed: this is what recipients will click.
    for (NoticeBrowser *browser : {m_ui->desktopBrowser, m_ui->phoneBrowser, m_ui->appBody})
        connect(browser, &NoticeBrowser::linkRequested, this, [this](const QUrl &url) {
            showStatus(tr("Link target: %1").arg(url.toString()), false);
        });
    setMailing(0);
}

MailingPreview::~MailingPreview() = default;

NoticeBrowser *MailingPreview::desktopBrowser() const
{
    return m_ui->desktopBrowser;
}

NoticeBrowser *MailingPreview::phoneBrowser() const
{
    return m_ui->phoneBrowser;
}

NoticeBrowser *MailingPreview::appBody() const
{
    return m_ui->appBody;
}

NoticeBanner *MailingPreview::banner() const
{
    return m_ui->noticeBanner;
}

QString MailingPreview::textPart() const
{
    return m_ui->textView->toPlainText();
}

QString MailingPreview::statusText() const
{
    return m_ui->statusLabel->text();
}

int MailingPreview::companyCount() const
{
    return m_ui->previewAsCombo->count() - 1;
}

void MailingPreview::setProducts(const QList<client::StaffProduct> &products)
{
    m_products = products;
    if (m_preview)
        showNotice(m_preview->noticePayload);
}

void MailingPreview::setMailing(qint64 id)
{
    m_id = id;
    m_companiesLoaded = false;
    ++m_request;
    m_ui->previewAsCombo->clear();
    m_ui->previewAsCombo->addItem(tr("Myself (as a test send)"), QVariant());
    clear();
    showStatus(id == 0 ? tr("Save the mailing to see it as it will be sent.") : QString(), false);
    m_ui->refreshButton->setEnabled(id != 0);
}

void MailingPreview::clear()
{
    m_preview.reset();
    m_notice.reset();
    for (QLabel *label : {m_ui->inboxSenderLabel, m_ui->inboxSubjectLabel, m_ui->inboxSnippetLabel,
                          m_ui->headersLabel, m_ui->companyLabel, m_ui->appLinkLabel})
        label->clear();
    m_ui->desktopBrowser->clear();
    m_ui->phoneBrowser->clear();
    m_ui->appBody->clear();
    m_ui->textView->clear();
    m_ui->noticeBanner->setSubject(QString());
    m_ui->noticeBanner->setDetails(QString(), QString(), QString());
}

void MailingPreview::refresh()
{
    if (m_id == 0)
        return;
    if (!m_companiesLoaded)
        loadCompanies();
    load();
}

bool MailingPreview::previewAs(std::optional<qint64> companyId)
{
    const int index = companyId ? m_ui->previewAsCombo->findData(*companyId) : 0;
    if (index < 0)
        return false;
    m_ui->previewAsCombo->setCurrentIndex(index);
    load();
    return true;
}

void MailingPreview::loadCompanies()
{
    m_companiesLoaded = true;
    QPointer<MailingPreview> self(this);
    const qint64 id = m_id;
    m_service->recipients(
        id, QString(), 0, kCompanyListLimit, [self, id](const Result<client::RecipientPage> &page) {
            if (!self || self->m_id != id)
                return;
            if (!page) {
                self->m_companiesLoaded = false;
                return; // the preview itself reports the problem
            }
            QComboBox *combo = self->m_ui->previewAsCombo;
            for (const client::RecipientCompany &company : page->companies)
                combo->addItem(company.customerNumber.isEmpty()
                                   ? company.name
                                   : tr("%1 (%2)").arg(company.name, company.customerNumber),
                               company.id);
            Q_EMIT self->companiesLoaded();
        });
}

void MailingPreview::load()
{
    if (m_id == 0)
        return;
    const QVariant choice = m_ui->previewAsCombo->currentData();
    const std::optional<qint64> company =
        choice.isValid() ? std::optional<qint64>(choice.toLongLong()) : std::nullopt;
    const quint64 request = ++m_request;
    showStatus(tr("Rendering the preview…"), false);
    QPointer<MailingPreview> self(this);
    m_service->preview(m_id, company, [self, request](const Result<client::MailPreview> &preview) {
        if (!self || request != self->m_request)
            return;
        if (!preview) {
            self->clear();
            self->showStatus(preview.error().message, true);
            Q_EMIT self->failed(preview.error());
            return;
        }
        self->display(*preview);
        Q_EMIT self->loaded();
    });
}

void MailingPreview::display(const client::MailPreview &preview)
{
    m_preview = preview;
    showStatus(QString(), false);
    m_ui->inboxSenderLabel->setText(preview.inboxSender);
    m_ui->inboxSubjectLabel->setText(preview.inboxSubject);
    m_ui->inboxSnippetLabel->setText(preview.snippet);
    m_ui->headersLabel->setText(tr("From: %1\nTo: %2").arg(preview.from, preview.to));
    if (!preview.companyId) {
        m_ui->companyLabel->clear();
    } else if (!preview.companyLicensed) {
        m_ui->companyLabel->setText(
            tr("%1 licenses none of the mailing's products and does not receive it.")
                .arg(preview.companyName));
    } else {
        m_ui->companyLabel->setText(
            tr("%1 receives it at: %2")
                .arg(preview.companyName,
                     preview.companyRecipients.isEmpty()
                         ? tr("(no address: every recipient is excluded)")
                         : preview.companyRecipients.join(QStringLiteral(", "))));
    }
    m_ui->desktopBrowser->setHtml(preview.html);
    m_ui->phoneBrowser->setHtml(preview.html);
    m_ui->textView->setPlainText(preview.text);
    showNotice(preview.noticePayload);
    m_spamScore->checkMail(preview.eml);
}

void MailingPreview::showNotice(const QByteArray &payload)
{
    const Result<Notice> notice = parseNotice(payload);
    if (!notice) {
        m_notice.reset();
        m_ui->appBody->clear();
        showStatus(tr("The notice of this preview cannot be read: %1").arg(notice.error().message),
                   true);
        return;
    }
    m_notice = *notice;
    QStringList names;
    QColor color;
    for (const QString &code : notice->products) {
        QString name = code;
        for (const client::StaffProduct &product : m_products) {
            if (product.code == code) {
                name = product.name;
                if (!color.isValid())
                    color = QColor(product.color);
            }
        }
        names.append(name);
    }
    m_ui->noticeBanner->setColor(color);
    m_ui->noticeBanner->setSubject(notice->subject);
    m_ui->noticeBanner->setDetails(names.join(QStringLiteral(", ")),
                                   actByText(notice->actBy, m_today),
                                   noticeStatusLabel(notice->status));
    m_ui->appBody->setHtml(markdown::toHtml(notice->body));
    m_ui->appLinkLabel->setText(
        notice->link.isEmpty() ? QString() : tr("Forum/status page: %1").arg(notice->link));
}

void MailingPreview::showStatus(const QString &text, bool error)
{
    if (error)
        styleErrorLabel(m_ui->statusLabel);
    else
        m_ui->statusLabel->setPalette(QPalette());
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

} // namespace nb::ui
