#include "ui/clientcontroller.h"

#include "client/accountpaths.h"
#include "client/branding.h"
#include "client/keylistfetcher.h"
#include "client/networktransport.h"
#include "client/noticestore.h"
#include "client/offlinestore.h"
#include "client/patchdownload.h"
#include "client/secretstore.h"
#include "client/serverendpoint.h"
#include "client/session.h"
#include "client/staffservice.h"
#include "client/syncengine.h"
#include "client/tickets.h"
#include "client/trustedroots.h"
#include "ui/logindialog.h"
#include "ui/mailingspage.h"
#include "ui/mainwindow.h"
#include "ui/noticenotifier.h"
#include "ui/noticespage.h"
#include "ui/staffwindow.h"
#include "ui/syncstatuswidget.h"

#include <QDir>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>

namespace nb::ui {

namespace {
const QString roleKey = QStringLiteral("role");
const QString staffRole = QStringLiteral("staff");

// The vendor's root keys built into this client (none when they cannot be read).
QList<signing::PublicKey> shippedRoots()
{
    const auto roots = client::shippedRootKeys();
    if (!roots) {
        qWarning("The built-in root keys cannot be read: %s", qPrintable(roots.error().message));
        return {};
    }
    return *roots;
}
} // namespace

ClientController::ClientController(const QString &server, const QString &email, QObject *parent)
    : QObject(parent)
    , m_serverText(server)
    , m_email(email)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_secrets(std::make_unique<client::KeychainSecretStore>())
{}

ClientController::~ClientController()
{
    closeAccount();
    delete m_login;
}

void ClientController::setUpSession(const QUrl &server)
{
    if (m_session && m_session->server() == server)
        return;
    m_session.reset();
    m_transport = std::make_unique<client::NetworkTransport>(m_network.get(), server);
    m_session = std::make_unique<client::Session>(m_transport.get(), m_secrets.get(), server);
    connect(m_session.get(), &client::Session::signedIn, this, &ClientController::signedIn);
    connect(m_session.get(), &client::Session::signInFailed, this, [this](const Error &error) {
        if (m_restoring)
            restoreFailed(error);
        else if (m_login)
            m_login->showSignInError(error);
    });
    connect(m_session.get(), &client::Session::keychainUnavailable, this,
            [](const QString &message) {
                QMessageBox::information(nullptr, tr("Keychain unavailable"), message);
            });
    connect(m_session.get(), &client::Session::signedOut, this, [this] {
        closeAccount();
        showLogin(QString());
    });
}

void ClientController::start()
{
    const Result<QUrl> server = client::parseServerUrl(m_serverText);
    if (!server || m_email.isEmpty()) {
        showLogin(server || m_serverText.isEmpty() ? QString() : server.error().message);
        return;
    }
    setUpSession(*server);
    m_restoring = true;
    m_session->restore(m_email);
}

void ClientController::startWithPassword(const QString &password)
{
    const Result<QUrl> server = client::parseServerUrl(m_serverText);
    showLogin(server || m_serverText.isEmpty() ? QString() : server.error().message);
    if (server && !m_email.isEmpty())
        signIn(*server, m_email, password);
}

void ClientController::restoreFailed(const Error &error)
{
    m_restoring = false;
    const bool offline =
        error.code == QLatin1String("network") || error.code == QLatin1String("timeout");
    // The token is still valid as far as we know: work offline with the last state.
    const bool staff = QSettings().value(roleKey).toString() == staffRole;
    if (offline && !staff && openAccount(m_email))
        return;
    if (offline && staff && !m_email.isEmpty()) {
        // The mailings need the server, the mail check works with the stored key list.
        client::SignedInUser user;
        user.email = m_email;
        user.role = staffRole;
        user.displayName = m_email;
        openStaff(user);
        return;
    }
    showLogin(error.code == QLatin1String("not-found") ? QString() : error.message);
}

void ClientController::showLogin(const QString &message)
{
    if (!m_login) {
        QWidget *window = m_window ? static_cast<QWidget *>(m_window.get()) : m_staffWindow.get();
        m_login = new LoginDialog(window);
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_login, &LoginDialog::signInRequested, this, &ClientController::signIn);
        connect(m_login, &QDialog::rejected, this, [this] {
            if (!m_window && !m_staffWindow)
                Q_EMIT quitRequested();
        });
    }
    m_login->setServer(m_serverText);
    m_login->setEmail(m_email);
    m_login->showMessage(message);
    m_login->show();
    m_login->raise();
}

void ClientController::signIn(const QUrl &server, const QString &email, const QString &password)
{
    m_restoring = false;
    const bool open = m_window || m_staffWindow;
    if (open && (email.compare(m_email, Qt::CaseInsensitive) != 0 ||
                 (m_session && m_session->server() != server)))
        closeAccount(); // another account: its own store (and transport)
    m_serverText = server.toString();
    m_email = email;
    setUpSession(server);
    m_login->setBusy(true);
    m_session->signIn(email, password);
}

void ClientController::signedIn(const client::SignedInUser &user)
{
    m_restoring = false;
    QSettings settings;
    settings.setValue(QStringLiteral("server"), m_serverText);
    settings.setValue(QStringLiteral("email"), user.email);
    settings.setValue(roleKey, user.role);
    if (m_login)
        m_login->accept();
    if (user.role == staffRole) {
        if (m_window)
            closeAccount(); // the same address was a customer account before
        openStaff(user);
        return;
    }
    if (m_staffWindow)
        closeAccount();
    if (!m_window && !openAccount(user.email))
        return;
    m_window->setAccountText(tr("%1 — %2").arg(user.displayName, user.companyName));
    m_sync->syncNow();
}

Status ClientController::openStores(const QString &email, const QString &prefix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    auto store = client::OfflineStore::open(client::accountStorePath(folder, m_serverText, email),
                                            prefix + QStringLiteral("account"));
    if (!store)
        return store.error();
    auto notices = client::NoticeStore::open(client::noticeStorePath(folder, m_serverText, email),
                                             prefix + QStringLiteral("notices"));
    if (!notices)
        return notices.error();
    m_store = std::move(*store);
    m_notices = std::move(*notices);
    return {};
}

bool ClientController::openAccount(const QString &email)
{
    if (Status opened = openStores(email, {}); !opened) {
        QMessageBox::critical(nullptr, tr("Cannot open local data"), opened.error().message);
        return false;
    }
    m_sync = std::make_unique<client::SyncEngine>(m_store.get(), m_notices.get(), shippedRoots(),
                                                  m_transport.get());
    m_tickets = std::make_unique<client::TicketService>(m_transport.get());
    m_patches = std::make_unique<client::PatchDownloader>(m_transport.get());
    NoticeServices services;
    services.store = m_notices.get();
    services.tickets = m_tickets.get();
    services.patches = m_patches.get();
    m_window = std::make_unique<MainWindow>(m_store.get(), services);
    m_tray = std::make_unique<TrayNotifier>();
    m_notifier = std::make_unique<NoticeNotifier>(m_notices.get(), m_tray.get());
    m_window->setCloseToTray(TrayNotifier::isAvailable());
    connect(m_tray.get(), &TrayNotifier::quitRequested, this, &ClientController::quitRequested);
    // Settings (no dialog yet): how often the notices are polled, when data counts as old.
    const QSettings settings;
    m_sync->setNoticeInterval(
        std::max(10, settings.value(QStringLiteral("noticePollSeconds"), 60).toInt()) * 1000);
    if (NoticesPage *page = m_window->noticesPage())
        page->setStaleAfter(
            std::max(1, settings.value(QStringLiteral("staleAfterHours"), 24).toInt()) * 3600);
    connect(m_tray.get(), &TrayNotifier::activated, m_window.get(), [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    connect(m_sync.get(), &client::SyncEngine::securityProblem, m_window.get(),
            &MainWindow::showSecurityProblem);
    SyncStatusWidget *status = m_window->syncStatus();
    connect(m_sync.get(), &client::SyncEngine::stateChanged, status, &SyncStatusWidget::setState);
    connect(m_sync.get(), &client::SyncEngine::progress, status, &SyncStatusWidget::setProgress);
    connect(m_sync.get(), &client::SyncEngine::finished, m_window.get(),
            &MainWindow::refreshSyncCounts);
    connect(m_sync.get(), &client::SyncEngine::rejected, m_window.get(),
            &MainWindow::showRejection);
    // A 412 opens the conflict view; once the user has chosen, the choice is pushed.
    connect(m_sync.get(), &client::SyncEngine::conflictsFound, m_window.get(),
            &MainWindow::resolveConflicts);
    connect(m_window.get(), &MainWindow::conflictsResolved, m_sync.get(),
            &client::SyncEngine::syncNow);
    connect(m_sync.get(), &client::SyncEngine::sessionExpired, this, [this] {
        showLogin(tr("Your session has expired. Sign in again; your unsynced changes are kept."));
    });
    connect(m_window.get(), &MainWindow::syncNowRequested, m_sync.get(),
            &client::SyncEngine::syncNow);
    connect(m_window.get(), &MainWindow::signOutRequested, m_session.get(),
            &client::Session::signOut);
    m_sync->setAutomatic(true);
    m_window->show();
    return true;
}

void ClientController::openStaff(const client::SignedInUser &user)
{
    if (!m_staffWindow) {
        m_staff = std::make_unique<client::StaffService>(m_transport.get());
        // Staff have no account pull (the server answers 403 "no-company"): the mail check gets
        // the key list and the branding from the public routes, kept in the staff account's own
        // stores so that it works offline.
        if (Status opened = openStores(user.email, QStringLiteral("staff-")); opened) {
            m_keys = std::make_unique<client::KeyListFetcher>(m_transport.get(), m_notices.get(),
                                                              shippedRoots());
            m_keys->setBrandingStore(m_store.get());
        } else {
            qWarning("The local data for the mail check cannot be opened: %s",
                     qPrintable(opened.error().message));
        }
        m_staffWindow =
            std::make_unique<StaffWindow>(m_staff.get(), m_store.get(), m_notices.get());
        connect(m_staffWindow.get(), &StaffWindow::refreshRequested, this,
                &ClientController::fetchStaffKeys);
        connect(m_staffWindow.get(), &StaffWindow::signOutRequested, m_session.get(),
                &client::Session::signOut);
        connect(m_staffWindow.get(), &StaffWindow::signInRequired, this, [this] {
            showLogin(tr("Your session has expired. Sign in again; unsaved text in the editor "
                         "is kept."));
        });
        m_staffWindow->show();
    } else {
        m_staffWindow->mailingsPage()->refresh();
    }
    m_staffWindow->mailingsPage()->setCurrentUser(user.email);
    m_staffWindow->setAccountText(tr("%1 — vendor staff").arg(user.displayName));
    if (!m_keys)
        return loadStaffBranding();
    showStaffBranding(); // what is stored, until the fetch brings news
    fetchStaffKeys();
}

void ClientController::fetchStaffKeys()
{
    if (!m_keys)
        return;
    m_keys->fetch([this](client::KeyListFetcher::Outcome outcome, const Status &status) {
        using Outcome = client::KeyListFetcher::Outcome;
        showStaffBranding(); // the branding may have changed whatever became of the keys
        if (outcome == Outcome::Refused && m_staffWindow)
            m_staffWindow->showSecurityProblem(status.error());
        else if (outcome == Outcome::StoreFailed)
            qWarning("The key list cannot be stored: %s", qPrintable(status.error().message));
        // Offline: the stored lists stay in use; signed out: the mailings page asks to sign in.
    });
}

void ClientController::showStaffBranding()
{
    if (!m_staffWindow || !m_store)
        return;
    const auto branding = m_store->branding();
    if (branding && *branding)
        m_staffWindow->mailingsPage()->setVendorDomains(client::vendorIdentity(**branding).domains);
}

void ClientController::loadStaffBranding()
{
    // The vendor's domains for the live lint of links (public route).
    QPointer<StaffWindow> window(m_staffWindow.get());
    m_transport->send(client::ApiRequest{"GET", QStringLiteral("/api/v1/branding"), {}, {}},
                      [window](const client::ApiResponse &response) {
                          if (!window || !response.ok())
                              return;
                          if (const auto branding = client::brandingFromServer(response.json()))
                              window->mailingsPage()->setVendorDomains(
                                  client::vendorIdentity(*branding).domains);
                      });
}

void ClientController::closeAccount()
{
    m_staffWindow.reset();
    m_staff.reset();
    m_window.reset();
    m_notifier.reset();
    m_tray.reset();
    m_sync.reset();
    m_patches.reset();
    m_tickets.reset();
    m_keys.reset();
    m_notices.reset();
    m_store.reset();
}

} // namespace nb::ui
