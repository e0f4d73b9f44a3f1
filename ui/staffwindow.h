#pragma once

#include <QList>
#include <QMainWindow>
#include <QUrl>
#include <memory>

namespace nb {
struct Error;
}
namespace nb::client {
class NoticeStore;
class OfflineStore;
class StaffService;
} // namespace nb::client
namespace Ui {
class StaffWindow;
}

namespace nb::ui {

class MailCheckPage;
class MailDrop;
class MailingsPage;

// The window of the vendor's staff (role "staff": no company, so no "Mein Konto"): navigation
// with "Pflichtmailings" (MailingsPage over the StaffService) and "E-Mail prüfen" (MailCheckPage
// over the staff account's local stores: the verified key lists and the vendor's branding, so it
// works offline; an .eml dropped on the window is checked there), the actions "Refresh" (reloads
// the mailings and emits refreshRequested: the controller fetches the key list and branding) and
// "Abmelden" (emitted; the controller wires sign-out), a warning banner for a refused key list,
// the account in the status bar.
class StaffWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Mailings,
        MailCheck
    };

    // `account` and `notices` may be nullptr (the mail check then knows no keys and no branding).
    StaffWindow(client::StaffService *service, client::OfflineStore *account,
                client::NoticeStore *notices, QWidget *parent = nullptr);
    ~StaffWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    void setAccountText(const QString &text);
    QString accountText() const;

    MailingsPage *mailingsPage() const { return m_mailings; }
    MailCheckPage *mailCheckPage() const { return m_mailCheck; }
    // Checks the first .eml among `urls` (local files) on the mail check page; false: none.
    bool checkDroppedMail(const QList<QUrl> &urls);

    // A key list the server sent was refused (rollback, bad signature): a warning banner until
    // dismissed; the mail check goes on with the keys received before.
    void showSecurityProblem(const Error &error);
    QString securityProblemText() const; // empty while no banner is shown

Q_SIGNALS:
    void refreshRequested();
    void signOutRequested();
    void signInRequired();

private:
    void buildNavigation();

    std::unique_ptr<Ui::StaffWindow> m_ui;
    MailingsPage *m_mailings;
    MailCheckPage *m_mailCheck;
    MailDrop *m_drop = nullptr; // .eml files dropped on the window
};

} // namespace nb::ui
