#pragma once

#include <QList>
#include <QMainWindow>
#include <QUrl>
#include <memory>

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
class MailingsPage;

// The window of the vendor's staff (role "staff": no company, so no "Mein Konto"): navigation
// with "Pflichtmailings" (MailingsPage over the StaffService) and "E-Mail prüfen" (MailCheckPage;
// an .eml dropped on the window is checked there), the actions "Refresh" and "Abmelden"
// (emitted; the controller wires sign-out), the account in the status bar.
class StaffWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Mailings,
        MailCheck
    };

    // `account` and `notices` may be nullptr (the mail check then knows no keys).
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

Q_SIGNALS:
    void signOutRequested();
    void signInRequired();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildNavigation();

    std::unique_ptr<Ui::StaffWindow> m_ui;
    MailingsPage *m_mailings;
    MailCheckPage *m_mailCheck;
};

} // namespace nb::ui
