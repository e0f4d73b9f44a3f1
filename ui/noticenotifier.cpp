#include "ui/noticenotifier.h"

#include "ui/noticelabels.h"

#include <QApplication>
#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>

namespace nb::ui {

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_tray(std::make_unique<QSystemTrayIcon>())
{
    m_menu->addAction(tr("Show Notabene"), this, &TrayNotifier::activated);
    m_menu->addAction(tr("Quit"), this, &TrayNotifier::quitRequested);
    m_tray->setContextMenu(m_menu.get());
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
    m_tray->setIcon(icon);
    m_tray->setToolTip(tr("Notabene"));
    connect(m_tray.get(), &QSystemTrayIcon::activated, this, [this] { Q_EMIT activated(); });
    connect(m_tray.get(), &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activated);
    if (isAvailable())
        m_tray->show();
}

TrayNotifier::~TrayNotifier()
{
    m_tray.reset(); // before its menu
}

bool TrayNotifier::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayNotifier::showNotification(const QString &title, const QString &message)
{
    m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
}

void TrayNotifier::setUnreadCount(int count)
{
    m_tray->setToolTip(count > 0 ? tr("Notabene – %n unread important notice(s)", nullptr, count)
                                 : tr("Notabene"));
}

NoticeNotifier::NoticeNotifier(client::NoticeStore *store, DesktopNotifier *notifier,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_notifier(notifier)
{
    connect(store, &client::NoticeStore::noticesArrived, this, &NoticeNotifier::notify);
    connect(store, &client::NoticeStore::changed, this, &NoticeNotifier::updateUnreadCount);
    updateUnreadCount();
}

void NoticeNotifier::notify(const QList<client::NoticeRow> &rows)
{
    if (rows.isEmpty())
        return;
    if (rows.size() == 1) {
        const client::NoticeRow &row = rows.first();
        m_notifier->showNotification(tr("Important notice (%1)").arg(severityLabel(row.severity)),
                                     row.subject);
        return;
    }
    QStringList subjects;
    for (int i = 0; i < rows.size() && i < 3; ++i)
        subjects.append(rows.at(i).subject);
    if (rows.size() > 3)
        subjects.append(tr("… and %n more", nullptr, static_cast<int>(rows.size() - 3)));
    m_notifier->showNotification(
        tr("%n new important notice(s)", nullptr, static_cast<int>(rows.size())),
        subjects.join(QLatin1Char('\n')));
}

void NoticeNotifier::updateUnreadCount()
{
    const auto unread = m_store->unreadCount();
    if (unread)
        m_notifier->setUnreadCount(*unread);
}

} // namespace nb::ui
