// The editor's requests to the server: save (create/update with If-Match, 412 kept as a
// conflict), reload, approve, test send, send, delete and the patch files.
#include "ui/lintpanel.h"
#include "ui/mailingeditor.h"
#include "ui_mailingeditor.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>

namespace nb::ui {

namespace {
constexpr qint64 kMaxPatchBytes = 256LL * 1024 * 1024;
} // namespace

void MailingEditor::answered(const Result<client::Mailing> &result, const QString &done)
{
    setBusy(false);
    if (!result) {
        if (result.error().code == QLatin1String("stale")) {
            m_ui->conflictLabel->setText(result.error().message);
            showConflict();
            return;
        }
        showError(result.error());
        return;
    }
    // Text typed while the request was out stays; the fields follow the server otherwise.
    const bool keepText = isModified();
    if (keepText) {
        m_mailing = *result;
        setFields(draft()); // the patch list from the new answer, the text as typed
    } else {
        showMailing(*result);
    }
    showMessage(done);
    Q_EMIT mailingChanged(*result);
}

void MailingEditor::save()
{
    if (m_busy || (m_mailing && m_mailing->summary.state == QLatin1String("sent")))
        return;
    const Notice sentDraft = draft();
    setBusy(true, tr("Saving…"));
    QPointer<MailingEditor> self(this);
    auto done = [self, sentDraft](const Result<client::Mailing> &result) {
        if (!self)
            return;
        if (result && self->draft() == sentDraft) { // nothing typed meanwhile
            self->setBusy(false);
            self->showMailing(*result);
            self->showMessage(tr("Saved."));
            Q_EMIT self->mailingChanged(*result);
            return;
        }
        self->answered(result, tr("Saved; you changed the text meanwhile, save again to keep it."));
    };
    if (m_mailing)
        m_service->update(*m_mailing, sentDraft, done);
    else
        m_service->create(sentDraft, done);
}

void MailingEditor::showConflict()
{
    m_ui->conflictNotice->show();
    showMessage(QString());
    updateButtons();
}

void MailingEditor::reloadKeepingText()
{
    if (!m_mailing || m_busy)
        return;
    setBusy(true, tr("Loading the current version…"));
    QPointer<MailingEditor> self(this);
    m_service->get(m_mailing->summary.id, [self](const Result<client::Mailing> &current) {
        if (!self)
            return;
        self->setBusy(false);
        if (!current) {
            self->showError(current.error());
            return;
        }
        const Notice mine = self->draft();
        self->m_mailing = *current;
        self->m_ui->conflictNotice->hide();
        Notice keep = mine;
        keep.patches = current->draft.patches; // patches live on the server only
        self->setFields(keep);
        self->showMessage(tr("Reloaded the version %1 saved last. Your text is still in the "
                             "editor; Save replaces their version with yours.")
                              .arg(current->summary.lastEditor));
        Q_EMIT self->mailingChanged(*current);
    });
}

void MailingEditor::reloadTheirs()
{
    if (!m_mailing)
        return;
    m_ui->conflictNotice->hide();
    openMailing(m_mailing->summary.id);
}

void MailingEditor::approve()
{
    if (!m_mailing || m_busy)
        return;
    if (isModified()) {
        showMessage(tr("Save your changes before approving."));
        return;
    }
    if (m_ui->lintPanel->hasErrors()) {
        showError(Error{QStringLiteral("lint-errors"),
                        tr("The mailing breaks the rules for mandatory mailings; fix the errors "
                           "in the rule check first."),
                        m_ui->lintPanel->findings().first().field});
        return;
    }
    setBusy(true, tr("Approving…"));
    QPointer<MailingEditor> self(this);
    m_service->approve(*m_mailing, [self](const Result<client::Mailing> &result) {
        if (self)
            self->answered(result, tr("Approved. The mailing can be sent now."));
    });
}

void MailingEditor::testSend()
{
    if (!m_mailing || m_busy)
        return;
    std::optional<QString> address;
    if (m_askAddress) {
        address = m_askAddress(this);
    } else {
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Test send"),
            tr("Send the saved mailing exactly as recipients will get it to this address:"),
            QLineEdit::Normal, m_user, &ok);
        if (ok)
            address = text;
    }
    if (!address || address->trimmed().isEmpty())
        return;
    const QString to = address->trimmed();
    setBusy(true, tr("Sending a test mail to %1…").arg(to));
    QPointer<MailingEditor> self(this);
    m_service->testSend(m_mailing->summary.id, to, [self, to](const Result<QString> &messageId) {
        if (!self)
            return;
        self->setBusy(false);
        if (!messageId) {
            self->showError(messageId.error());
            return;
        }
        self->showMessage(
            tr("Test mail to %1 queued for delivery (Message-ID %2).").arg(to, *messageId));
    });
}

void MailingEditor::send()
{
    if (!m_mailing || m_busy || m_mailing->summary.state != QLatin1String("approved"))
        return;
    setBusy(true, tr("Counting the recipients…"));
    QPointer<MailingEditor> self(this);
    m_service->recipients(m_mailing->summary.id, QString(), 0, 1,
                          [self](const Result<client::RecipientPage> &page) {
                              if (!self)
                                  return;
                              self->setBusy(false);
                              if (!page) {
                                  self->showError(page.error());
                                  return;
                              }
                              self->confirmSend(page->totals);
                          });
}

void MailingEditor::confirmSend(const client::RecipientTotals &totals)
{
    if (totals.addresses <= 0 || totals.companiesIncluded <= 0) {
        showError(Error{QStringLiteral("no-recipients"),
                        tr("Nobody would receive this mailing: no company licenses its products, "
                           "or every recipient is excluded."),
                        {}});
        return;
    }
    const QString addresses = tr("%n address(es)", nullptr, static_cast<int>(totals.addresses));
    const QString companies = tr("%n company(ies)", nullptr, totals.companiesIncluded);
    const QString question =
        tr("Send “%1” now to %2 at %3? Every address gets the mail, and the notice appears in the "
           "companies' inboxes in the app. This cannot be undone.")
            .arg(m_mailing->draft.subject, addresses, companies);
    const bool yes = m_confirm ? m_confirm(this, question)
                               : QMessageBox::question(this, tr("Send mailing"), question,
                                                       QMessageBox::Yes | QMessageBox::Cancel,
                                                       QMessageBox::Cancel) == QMessageBox::Yes;
    if (!yes)
        return;
    setBusy(true, tr("Sending…"));
    QPointer<MailingEditor> self(this);
    m_service->send(*m_mailing, [self](const Result<client::SendReceipt> &receipt) {
        if (!self)
            return;
        self->setBusy(false);
        if (!receipt) {
            self->showError(receipt.error());
            return;
        }
        const qint64 id = self->m_mailing->summary.id;
        self->openMailing(id); // now "sent"
        self->showMessage(tr("Sent as notice %1: %2 queued for %3.")
                              .arg(receipt->noticeId,
                                   tr("%n mail(s)", nullptr, static_cast<int>(receipt->mails)),
                                   tr("%n company(ies)", nullptr, receipt->companies)));
        Q_EMIT self->sent(*receipt);
    });
}

void MailingEditor::removeMailing()
{
    if (!m_mailing || m_busy)
        return;
    const QString question =
        tr("Delete the draft “%1”? This cannot be undone.").arg(m_mailing->draft.subject);
    const bool yes = m_confirm ? m_confirm(this, question)
                               : QMessageBox::question(this, tr("Delete draft"), question,
                                                       QMessageBox::Yes | QMessageBox::Cancel,
                                                       QMessageBox::Cancel) == QMessageBox::Yes;
    if (!yes)
        return;
    setBusy(true, tr("Deleting…"));
    QPointer<MailingEditor> self(this);
    const qint64 id = m_mailing->summary.id;
    m_service->remove(*m_mailing, [self, id](const Result<bool> &removed) {
        if (!self)
            return;
        self->setBusy(false);
        if (!removed) {
            if (removed.error().code == QLatin1String("stale")) {
                self->m_ui->conflictLabel->setText(removed.error().message);
                self->showConflict();
                return;
            }
            self->showError(removed.error());
            return;
        }
        self->newMailing();
        self->showMessage(tr("The draft was deleted."));
        Q_EMIT self->mailingRemoved(id);
    });
}

void MailingEditor::addPatch()
{
    if (!m_mailing || m_busy)
        return;
    const QString path =
        m_chooseFile ? m_chooseFile(this) : QFileDialog::getOpenFileName(this, tr("Add patch"));
    if (!path.isEmpty())
        uploadPatch(path);
}

void MailingEditor::uploadPatch(const QString &path)
{
    QFile file(path);
    if (file.size() > kMaxPatchBytes) {
        showError(
            Error{QStringLiteral("patch-too-large"),
                  tr("%1 is larger than %2.")
                      .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(kMaxPatchBytes)),
                  QStringLiteral("patches")});
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showError(Error{QStringLiteral("unreadable-file"),
                        tr("%1 cannot be read: %2").arg(path, file.errorString()),
                        QStringLiteral("patches")});
        return;
    }
    const QByteArray content = file.readAll();
    const QString name = QFileInfo(path).fileName();
    setBusy(true, tr("Uploading %1…").arg(name));
    QPointer<MailingEditor> self(this);
    m_service->uploadPatch(
        *m_mailing, name, content, [self, name](const Result<client::Mailing> &result) {
            if (self)
                self->answered(result, tr("%1 was uploaded; customers download it "
                                          "from the server.")
                                           .arg(name));
        });
}

void MailingEditor::removeSelectedPatch()
{
    const QTreeWidgetItem *item = m_ui->patchList->currentItem();
    if (!m_mailing || m_busy || !item)
        return;
    const QString name = item->text(0);
    setBusy(true, tr("Removing %1…").arg(name));
    QPointer<MailingEditor> self(this);
    m_service->removePatch(*m_mailing, name, [self, name](const Result<client::Mailing> &result) {
        if (self)
            self->answered(result, tr("%1 was removed.").arg(name));
    });
}

} // namespace nb::ui
