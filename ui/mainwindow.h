#pragma once

#include <QMainWindow>
#include <QPointer>
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
class SyncStatusWidget;
class VerteilerPage;

// "Mein Konto": navigation (Meine Firma → Firmenprofil, Meine Mitarbeiter → Ansprechpartner,
// Verteiler, and Wichtige Hinweise still disabled), the pages, the sync status in the status bar
// and the actions "Jetzt synchronisieren" and "Abmelden" (emitted; the app wires them).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Firmenprofil,
        Ansprechpartner,
        Verteiler
    };

    explicit MainWindow(client::OfflineStore *store, QWidget *parent = nullptr);
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

    FirmenprofilPage *firmenprofilPage() const { return m_firmenprofil; }
    AnsprechpartnerPage *ansprechpartnerPage() const { return m_ansprechpartner; }
    VerteilerPage *verteilerPage() const { return m_verteiler; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }

Q_SIGNALS:
    void syncNowRequested();
    void signOutRequested();
    void conflictsResolved(); // at least one conflict was resolved: time to sync

private:
    void buildNavigation();
    QTreeWidgetItem *addItem(QTreeWidgetItem *parent, const QString &text, int page);

    std::unique_ptr<Ui::MainWindow> m_ui;
    client::OfflineStore *m_store;
    FirmenprofilPage *m_firmenprofil;
    AnsprechpartnerPage *m_ansprechpartner;
    VerteilerPage *m_verteiler;
    SyncStatusWidget *m_syncStatus;
    QPointer<ConflictQueue> m_conflictQueue;
};

} // namespace nb::ui
