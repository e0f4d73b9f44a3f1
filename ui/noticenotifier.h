#pragma once

#include "client/noticestore.h"

#include <QObject>
#include <QString>
#include <memory>

class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace nb::ui {

// Where desktop notifications go: the tray icon in the app, a recorder in tests.
class DesktopNotifier
{
public:
    virtual ~DesktopNotifier() = default;
    virtual void showNotification(const QString &title, const QString &message) = 0;
    virtual void setUnreadCount(int count) = 0;
};

// The system tray icon: a balloon/notification per batch of new notices, the unread count in
// its tooltip; a click brings the window back. Works while the window is hidden to the tray.
class TrayNotifier : public QObject, public DesktopNotifier
{
    Q_OBJECT

public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    static bool isAvailable();
    void showNotification(const QString &title, const QString &message) override;
    void setUnreadCount(int count) override;

Q_SIGNALS:
    void activated();     // the icon, "Show" or a notification was clicked
    void quitRequested(); // "Quit" in the icon's menu

private:
    std::unique_ptr<QMenu> m_menu;
    std::unique_ptr<QSystemTrayIcon> m_tray;
};

// Turns NoticeStore::noticesArrived into a desktop notification and keeps the unread count.
class NoticeNotifier : public QObject
{
    Q_OBJECT

public:
    NoticeNotifier(client::NoticeStore *store, DesktopNotifier *notifier,
                   QObject *parent = nullptr);

    void notify(const QList<client::NoticeRow> &rows);
    void updateUnreadCount();

private:
    client::NoticeStore *m_store;
    DesktopNotifier *m_notifier;
};

} // namespace nb::ui
