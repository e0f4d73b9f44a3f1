#pragma once

#include "ui/noticeservices.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>
#include <memory>

class QTreeWidgetItem;

namespace nb {
struct Error;
}
namespace nb::client {
class OfflineStore;
}
namespace Ui {
class MainWindow;
}

namespace nb::ui {

class AnsprechpartnerPage;
class ConflictDialog;
class ConflictQueue;
class FirmenprofilPage;
class MailCheckPage;
class MailDrop;
class NoticesPage;
class SyncStatusWidget;
class VerteilerPage;

// "Mein Konto": navigation (Wichtige Hinweise with the unread count first, E-Mail prüfen, Meine
// Firma → Firmenprofil, Meine Mitarbeiter → Ansprechpartner, Verteiler), the pages, the sync status
// in the status bar, a warning banner for security problems of the notice sync, and the actions
// "Jetzt synchronisieren" and "Abmelden" (emitted; the app wires them). Without a NoticeStore
// the inbox entry stays disabled. An .eml file dropped on the window is checked on the
// "E-Mail prüfen" page. With closeToTray, closing the window hides it to the tray.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Notices,
        MailCheck,
        Firmenprofil,
        Ansprechpartner,
        Verteiler
    };

    explicit MainWindow(client::OfflineStore *store, const NoticeServices &notices = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    void setAccountText(const QString &text);
    // An edit the server refused: on its field when the Firmenprofil has it, else in the status
    // bar.
    void showRejection(const Error &error);
    void refreshSyncCounts();
    // The notice "N conflict(s) — please decide" while the store holds conflicts.
    void refreshConflicts();
    // Opens the conflict view for each open conflict in turn (again: brings the open one up).
    void resolveConflicts();
    ConflictDialog *currentConflictDialog() const;
    // A rejected feed or key list (rollback) and the like: a warning banner until dismissed.
    void showSecurityProblem(const Error &error);
    QString securityProblemText() const;
    // The "Important notices (N)" entry.
    void refreshUnreadCount();
    void setCloseToTray(bool on) { m_closeToTray = on; }

    FirmenprofilPage *firmenprofilPage() const { return m_firmenprofil; }
    AnsprechpartnerPage *ansprechpartnerPage() const { return m_ansprechpartner; }
    VerteilerPage *verteilerPage() const { return m_verteiler; }
    NoticesPage *noticesPage() const { return m_notices; } // nullptr without a NoticeStore
    MailCheckPage *mailCheckPage() const { return m_mailCheck; }
    // Checks the first .eml among `urls` (local files) on the mail check page; false: none.
    bool checkDroppedMail(const QList<QUrl> &urls);
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }

Q_SIGNALS:
    void syncNowRequested();
    void signOutRequested();
    void conflictsResolved(); // at least one conflict was resolved: time to sync

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    QTreeWidgetItem *addItem(QTreeWidgetItem *parent, const QString &text, int page);

    std::unique_ptr<Ui::MainWindow> m_ui;
    client::OfflineStore *m_store;
    FirmenprofilPage *m_firmenprofil;
    AnsprechpartnerPage *m_ansprechpartner;
    VerteilerPage *m_verteiler;
    NoticesPage *m_notices = nullptr;
    MailCheckPage *m_mailCheck;
    MailDrop *m_drop = nullptr; // .eml files dropped on the window
    client::NoticeStore *m_noticeStore;
    QTreeWidgetItem *m_noticesItem = nullptr;
    bool m_closeToTray = false;
    SyncStatusWidget *m_syncStatus;
    QPointer<ConflictQueue> m_conflictQueue;
};

} // namespace nb::ui
