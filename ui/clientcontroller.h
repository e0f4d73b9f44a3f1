#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace nb {
struct Error;
}
namespace nb::client {
class KeyListFetcher;
class KeychainSecretStore;
class NetworkTransport;
class NoticeStore;
class OfflineStore;
class PatchDownloader;
class Session;
class StaffService;
class SyncEngine;
class TicketService;
struct SignedInUser;
} // namespace nb::client

namespace nb::ui {

class LoginDialog;
class MainWindow;
class NoticeNotifier;
class StaffWindow;
class TrayNotifier;

// Wires one run of the desktop client: sign-in (restore first when an account is known), the
// account's OfflineStore and NoticeStore under the per-user data folder, the SyncEngine (with the
// notices and the shipped root keys), tickets, patch downloads, the tray notifications and the
// main window (closed to the tray when there is one).
// An expired session brings the login dialog back over the open window, unsynced edits stay in
// the store; "Abmelden" ends the session and returns to the login dialog.
// The vendor's staff (role "staff") have no company and no sync; they get the StaffWindow
// ("Pflichtmailings" over the StaffService, "E-Mail prüfen") with their own local stores (the same
// per-account paths), into which a KeyListFetcher brings the verified key list and the vendor's
// branding from the public routes at sign-in and on "Refresh" (unchanged: one 304 each). Offline
// (also when the session cannot be checked at start) the mail check uses what is stored.
class ClientController : public QObject
{
    Q_OBJECT

public:
    ClientController(const QString &server, const QString &email, QObject *parent = nullptr);
    ~ClientController() override;

    void start();
    // Signs in with a password handed over by the caller (notabene --password-stdin, which
    // `make run` uses for the demo account) instead of restoring the stored session.
    void startWithPassword(const QString &password);

Q_SIGNALS:
    void quitRequested();

private:
    void showLogin(const QString &message);
    void signIn(const QUrl &server, const QString &email, const QString &password);
    void signedIn(const client::SignedInUser &user);
    void restoreFailed(const Error &error);
    // Opens the account's OfflineStore and NoticeStore (connection names with `prefix`) into
    // m_store and m_notices; the error when either cannot be opened (nothing is kept then).
    Status openStores(const QString &email, const QString &prefix);
    bool openAccount(const QString &email);
    void openStaff(const client::SignedInUser &user);
    // The key list and branding for the staff mail check (nothing without stores).
    void fetchStaffKeys();
    // The stored branding's domains for the mailing editor's live lint.
    void showStaffBranding();
    // Without local stores: the vendor's domains straight from the public route.
    void loadStaffBranding();
    void closeAccount();
    void setUpSession(const QUrl &server);

    QString m_serverText;
    QString m_email;
    bool m_restoring = false;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<client::KeychainSecretStore> m_secrets;
    std::unique_ptr<client::NetworkTransport> m_transport;
    std::unique_ptr<client::Session> m_session;
    std::unique_ptr<client::OfflineStore> m_store;
    std::unique_ptr<client::NoticeStore> m_notices;
    std::unique_ptr<client::SyncEngine> m_sync;
    std::unique_ptr<client::KeyListFetcher> m_keys; // staff: key list and branding
    std::unique_ptr<client::TicketService> m_tickets;
    std::unique_ptr<client::PatchDownloader> m_patches;
    std::unique_ptr<TrayNotifier> m_tray;
    std::unique_ptr<NoticeNotifier> m_notifier;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<client::StaffService> m_staff;
    std::unique_ptr<StaffWindow> m_staffWindow;
    QPointer<LoginDialog> m_login;
};

} // namespace nb::ui
