#include "ui/noticeview.h"

#include "client/patchdownload.h"
#include "client/tickets.h"
#include "core/markdown.h"
#include "ui/fielderror.h"
#include "ui/noticebanner.h"
#include "ui/noticebrowser.h"
#include "ui/noticelabels.h"
#include "ui/ticketdialog.h"
#include "ui/verificationbadge.h"
#include "ui_noticeview.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace nb::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kPatchRole = Qt::UserRole + 2;
} // namespace

NoticeView::NoticeView(const NoticeServices &services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NoticeView>())
    , m_services(services)
    , m_today(QDate::currentDate())
{
    m_ui->setupUi(this);
    m_ui->patchList->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_ui->noticeBody, &NoticeBrowser::linkRequested, this, &NoticeView::openLink);
    connect(m_ui->linkButton, &QPushButton::clicked, this,
            [this] { openLink(QUrl(m_ui->linkButton->text())); });
    connect(m_ui->acknowledgeButton, &QPushButton::clicked, this, &NoticeView::acknowledge);
    connect(m_ui->ticketButton, &QPushButton::clicked, this, &NoticeView::openTicket);
    connect(m_ui->downloadButton, &QPushButton::clicked, this, &NoticeView::downloadPatch);
    connect(m_ui->patchList, &QTreeWidget::itemActivated, this, &NoticeView::downloadPatch);
    connect(m_ui->showInFolderButton, &QPushButton::clicked, this, [this] {
        if (!m_savedFolder.isEmpty() && m_services.openUrl)
            m_services.openUrl(QUrl::fromLocalFile(m_savedFolder));
    });
    connect(m_ui->timelineList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showNotice(item->data(kIdRole).toString()); });
    connect(m_ui->timelineList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showNotice(item->data(kIdRole).toString()); });
    if (m_services.store)
        connect(m_services.store, &client::NoticeStore::changed, this, &NoticeView::reload);
    if (m_services.patches)
        connect(m_services.patches, &client::PatchDownloader::progress, this,
                [this](qint64 received, qint64 total) {
                    if (m_downloading)
                        m_ui->patchStatusLabel->setText(
                            tr("Downloading… %1 of %2")
                                .arg(QLocale().formattedDataSize(received),
                                     QLocale().formattedDataSize(total)));
                });
    clear();
}

NoticeView::~NoticeView() = default;

VerificationBadge *NoticeView::badge() const
{
    return m_ui->verificationBadge;
}

NoticeBanner *NoticeView::banner() const
{
    return m_ui->noticeBanner;
}

NoticeBrowser *NoticeView::body() const
{
    return m_ui->noticeBody;
}

void NoticeView::setProducts(const ProductStyles &products)
{
    m_products = products;
    reload();
}

void NoticeView::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void NoticeView::clear()
{
    m_id.clear();
    m_verification = {};
    m_ui->verificationBadge->hide();
    m_ui->content->hide();
    m_ui->emptyLabel->show();
    m_ui->noticeBody->clear();
}

void NoticeView::showNotice(const QString &id)
{
    if (id != m_id) {
        m_ui->patchStatusLabel->clear();
        m_ui->showInFolderButton->hide();
        m_savedFolder.clear();
    }
    m_id = id;
    reload();
    if (!m_id.isEmpty() && m_services.store) {
        const auto stored = m_services.store->notice(m_id);
        if (stored && *stored && !(*stored)->row.read)
            (void)m_services.store->markRead(m_id); // emits changed(): reloads once more
    }
}

void NoticeView::reload()
{
    if (m_id.isEmpty() || !m_services.store)
        return;
    const auto stored = m_services.store->notice(m_id);
    if (!stored || !*stored) {
        clear();
        if (!stored)
            m_ui->emptyLabel->setText(stored.error().message);
        return;
    }
    display(**stored);
}

QString NoticeView::productNames(const QStringList &codes) const
{
    QStringList names;
    for (const QString &code : codes) {
        const auto it = m_products.constFind(code);
        names.append(it != m_products.cend() && !it->name.isEmpty() ? it->name : code);
    }
    return names.join(QStringLiteral(", "));
}

void NoticeView::display(const client::StoredNotice &stored)
{
    m_verification = m_services.store->verify(stored.envelope);
    m_ui->emptyLabel->hide();
    m_ui->verificationBadge->show();
    m_ui->content->show();
    m_ui->verificationBadge->setVerification(m_verification);

    // The verified payload when the signature of a known key holds; never for Invalid.
    std::optional<Notice> verified;
    if (m_verification.state != VerificationState::Invalid)
        verified = m_verification.notice;

    const client::NoticeRow &row = stored.row;
    const QStringList products = verified ? verified->products : row.products;
    const auto style =
        products.isEmpty() ? m_products.cend() : m_products.constFind(products.first());
    m_ui->noticeBanner->setColor(style != m_products.cend() ? style->color : QColor());
    // Without a holding signature the stored subject may be forged: show the id instead.
    m_subject = verified ? verified->subject : tr("Notice %1 (content not verified)").arg(row.id);
    m_ui->noticeBanner->setSubject(m_subject);
    m_ui->noticeBanner->setDetails(productNames(products),
                                   actByText(verified ? verified->actBy : row.actBy, m_today),
                                   noticeStatusLabel(row.threadStatus));
    showBody(verified);
    showPatches(verified);
    showThread();
    showAcknowledgement(stored);
    m_ui->ticketButton->setVisible(m_services.tickets != nullptr);
}

void NoticeView::showBody(const std::optional<Notice> &verified)
{
    switch (m_verification.state) {
    case VerificationState::Invalid:
        m_ui->bodyWarningLabel->setText(
            tr("The text of this notice is not shown: its signature does not match the content, "
               "so it may have been altered. Do not follow instructions from it; contact the "
               "vendor through the Kundencenter."));
        break;
    case VerificationState::Unverified:
        m_ui->bodyWarningLabel->setText(
            tr("The text of this notice is not shown because its signature cannot be checked: "
               "%1")
                .arg(m_verification.reason));
        break;
    case VerificationState::KeyExpiredOrStale:
        m_ui->bodyWarningLabel->setText(tr("Be careful: %1").arg(m_verification.reason));
        break;
    case VerificationState::Verified:
        m_ui->bodyWarningLabel->clear();
        break;
    }
    m_ui->bodyWarningLabel->setVisible(!m_ui->bodyWarningLabel->text().isEmpty());
    if (m_verification.state != VerificationState::Verified)
        styleErrorLabel(m_ui->bodyWarningLabel);

    if (verified) {
        m_ui->noticeBody->setHtml(markdown::toHtml(verified->body));
        m_ui->noticeBody->show();
    } else {
        m_ui->noticeBody->clear();
        m_ui->noticeBody->hide();
    }
    const QString link = verified ? verified->link : QString();
    m_ui->linkButton->setText(link);
    m_ui->linkButton->setToolTip(link);
    m_ui->linkCaption->setVisible(!link.isEmpty());
    m_ui->linkButton->setVisible(!link.isEmpty());
}

void NoticeView::showPatches(const std::optional<Notice> &verified)
{
    m_ui->patchList->clear();
    // Patches only from a verified notice: the signed size and hash are what the file is
    // checked against.
    const bool show = verified && m_verification.state == VerificationState::Verified &&
                      !verified->patches.isEmpty();
    m_ui->patchGroup->setVisible(show);
    if (!show)
        return;
    for (int i = 0; i < verified->patches.size(); ++i) {
        const PatchReference &patch = verified->patches.at(i);
        auto *item = new QTreeWidgetItem(m_ui->patchList);
        item->setText(0, patch.fileName);
        item->setText(1, QLocale().formattedDataSize(patch.size));
        item->setText(2, QString::fromLatin1(patch.sha256.toHex()));
        item->setData(0, kPatchRole, i);
    }
    m_ui->patchList->setCurrentItem(m_ui->patchList->topLevelItem(0));
    m_ui->downloadButton->setEnabled(m_services.patches != nullptr && !m_downloading);
    m_ui->showInFolderButton->setVisible(!m_savedFolder.isEmpty());
}

void NoticeView::showThread()
{
    m_ui->timelineList->clear();
    const auto thread = m_services.store->thread(m_id);
    const bool show = thread && thread->size() > 1;
    m_ui->timelineGroup->setVisible(show);
    if (!show)
        return;
    for (const client::NoticeRow &row : *thread) {
        const QString date = QLocale().toString(row.issuedAt.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(
            tr("%1 – %2 – %3").arg(date, noticeStatusLabel(row.status), row.subject),
            m_ui->timelineList);
        item->setData(kIdRole, row.id);
        if (row.id == m_id) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            m_ui->timelineList->setCurrentItem(item);
        }
    }
}

void NoticeView::showAcknowledgement(const client::StoredNotice &stored)
{
    if (stored.acknowledgedAt) {
        const QString when =
            QLocale().toString(stored.acknowledgedAt->toLocalTime(), QLocale::ShortFormat);
        m_ui->acknowledgedLabel->setText(
            stored.acknowledgementPending
                ? tr("Acknowledged on %1 – not yet sent to the server (pending)").arg(when)
                : tr("Acknowledged on %1").arg(when));
    } else {
        m_ui->acknowledgedLabel->clear();
    }
    m_ui->acknowledgeButton->setEnabled(!stored.acknowledgedAt);
}

void NoticeView::acknowledge()
{
    if (m_id.isEmpty())
        return;
    const Status done = m_services.store->acknowledge(m_id, QDateTime::currentDateTimeUtc());
    if (!done) {
        styleErrorLabel(m_ui->acknowledgedLabel);
        m_ui->acknowledgedLabel->setText(done.error().message);
        return;
    }
    reload();
}

void NoticeView::openTicket()
{
    if (!m_services.tickets || m_id.isEmpty())
        return;
    if (m_ticketDialog) {
        m_ticketDialog->raise();
        return;
    }
    m_ticketDialog = new TicketDialog(m_services.tickets, m_id, m_subject, this);
    m_ticketDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_ticketDialog, &TicketDialog::ticketCreated, this, &NoticeView::ticketCreated);
    m_ticketDialog->open();
}

QString NoticeView::chooseFolder()
{
    if (m_services.chooseDownloadFolder)
        return m_services.chooseDownloadFolder(this);
    return QFileDialog::getExistingDirectory(
        this, tr("Save patch to"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
}

void NoticeView::downloadPatch()
{
    if (!m_services.patches || m_downloading || !m_verification.notice ||
        m_verification.state != VerificationState::Verified)
        return;
    const QTreeWidgetItem *item = m_ui->patchList->currentItem();
    if (!item)
        return;
    const int index = item->data(0, kPatchRole).toInt();
    const QList<PatchReference> &patches = m_verification.notice->patches;
    if (index < 0 || index >= patches.size())
        return;
    const QString folder = chooseFolder();
    if (folder.isEmpty())
        return;
    m_downloading = true;
    m_ui->downloadButton->setEnabled(false);
    m_ui->showInFolderButton->hide();
    m_ui->patchStatusLabel->setPalette(QPalette());
    m_ui->patchStatusLabel->setText(tr("Downloading…"));
    QPointer<NoticeView> self(this);
    const QString noticeId = m_id;
    m_services.patches->download(
        noticeId, patches.at(index), folder, [self, folder](const Result<QString> &saved) {
            if (!self)
                return;
            self->m_downloading = false;
            self->m_ui->downloadButton->setEnabled(true);
            if (!saved) {
                styleErrorLabel(self->m_ui->patchStatusLabel);
                self->m_ui->patchStatusLabel->setText(saved.error().message);
                return;
            }
            self->m_savedFolder = QFileInfo(*saved).absolutePath();
            self->m_ui->patchStatusLabel->setText(
                tr("Saved as %1 – size and SHA-256 checked. Notabene does not open it; install it "
                   "as the notice describes.")
                    .arg(QDir::toNativeSeparators(*saved)));
            self->m_ui->showInFolderButton->show();
        });
}

void NoticeView::openLink(const QUrl &url)
{
    confirmAndOpenLink(this, url, m_services.openUrl);
}

} // namespace nb::ui
