#pragma once

#include <QDialog>
#include <memory>

namespace nb {
struct Error;
}
namespace nb::client {
class TicketService;
struct Ticket;
} // namespace nb::client
namespace Ui {
class TicketDialog;
}

namespace nb::ui {

// "Support-Ticket öffnen" for a notice: the subject prefilled with the notice reference, a
// message, "Send" through the TicketService. On success it shows the ticket number; on an
// error it shows the translated message and keeps everything typed.
class TicketDialog : public QDialog
{
    Q_OBJECT

public:
    TicketDialog(client::TicketService *service, const QString &noticeId,
                 const QString &noticeSubject, QWidget *parent = nullptr);
    ~TicketDialog() override;

    static QString defaultSubject(const QString &noticeId, const QString &noticeSubject);
    QString ticketNumber() const { return m_number; }

Q_SIGNALS:
    void ticketCreated(const QString &number);

private:
    void send();
    void updateSendButton();
    void showError(const Error &error);

    std::unique_ptr<Ui::TicketDialog> m_ui;
    client::TicketService *m_service;
    QString m_noticeId;
    QString m_number;
    bool m_busy = false;
};

} // namespace nb::ui
