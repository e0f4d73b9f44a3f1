#include "ui/ticketdialog.h"

#include "client/tickets.h"
#include "ui/fielderror.h"
#include "ui_ticketdialog.h"

#include <QPalette>
#include <QPointer>

namespace nb::ui {

TicketDialog::TicketDialog(client::TicketService *service, const QString &noticeId,
                           const QString &noticeSubject, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TicketDialog>())
    , m_service(service)
    , m_noticeId(noticeId)
{
    m_ui->setupUi(this);
    m_ui->subjectEdit->setText(defaultSubject(noticeId, noticeSubject));
    m_ui->messageEdit->setFocus();
    connect(m_ui->subjectEdit, &QLineEdit::textChanged, this, &TicketDialog::updateSendButton);
    connect(m_ui->messageEdit, &QPlainTextEdit::textChanged, this, &TicketDialog::updateSendButton);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &TicketDialog::send);
    connect(m_ui->closeButton, &QPushButton::clicked, this, [this] {
        if (m_number.isEmpty())
            reject();
        else
            accept();
    });
    updateSendButton();
}

TicketDialog::~TicketDialog() = default;

QString TicketDialog::defaultSubject(const QString &noticeId, const QString &noticeSubject)
{
    return tr("Question about notice %1: %2").arg(noticeId, noticeSubject).left(200);
}

void TicketDialog::updateSendButton()
{
    m_ui->sendButton->setEnabled(!m_busy && m_number.isEmpty() &&
                                 !m_ui->subjectEdit->text().trimmed().isEmpty() &&
                                 !m_ui->messageEdit->toPlainText().trimmed().isEmpty());
}

void TicketDialog::send()
{
    if (!m_ui->sendButton->isEnabled())
        return;
    m_busy = true;
    updateSendButton();
    m_ui->subjectEdit->setReadOnly(true);
    m_ui->messageEdit->setReadOnly(true);
    m_ui->statusLabel->setPalette(QPalette());
    m_ui->statusLabel->setText(tr("Sending…"));
    QPointer<TicketDialog> self(this);
    m_service->open(m_noticeId, m_ui->subjectEdit->text().trimmed(),
                    m_ui->messageEdit->toPlainText(), [self](const Result<client::Ticket> &ticket) {
                        if (!self)
                            return;
                        self->m_busy = false;
                        self->m_ui->subjectEdit->setReadOnly(false);
                        self->m_ui->messageEdit->setReadOnly(false);
                        if (!ticket) {
                            self->showError(ticket.error());
                            return;
                        }
                        self->m_number = ticket->number;
                        self->m_ui->subjectEdit->setReadOnly(true);
                        self->m_ui->messageEdit->setReadOnly(true);
                        self->m_ui->statusLabel->setText(
                            tr("Ticket %1 was created. Please quote this number when you "
                               "contact support.")
                                .arg(ticket->number));
                        self->m_ui->closeButton->setText(tr("Close"));
                        self->updateSendButton();
                        Q_EMIT self->ticketCreated(ticket->number);
                    });
}

void TicketDialog::showError(const Error &error)
{
    styleErrorLabel(m_ui->statusLabel);
    m_ui->statusLabel->setText(tr("The ticket was not created: %1").arg(error.message));
    if (error.field == QLatin1String("subject"))
        m_ui->subjectEdit->setFocus();
    else if (error.field == QLatin1String("message"))
        m_ui->messageEdit->setFocus();
    updateSendButton();
}

} // namespace nb::ui
