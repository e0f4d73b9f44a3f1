#pragma once

#include "ui/noticelistmodel.h"
#include "ui/noticeservices.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>
#include <memory>

namespace nb::client {
class OfflineStore;
}
namespace Ui {
class NoticesPage;
}

namespace nb::ui {

class NoticeView;

// "Wichtige Hinweise": the filter bar (product, Verteiler category, unread, action required,
// search with debounce), the lazy inbox list and the selected notice below it; a notice when
// the data may be out of date (no successful refresh for longer than staleAfter, or the key list
// expired). Products (names and colours) come from the account's OfflineStore.
class NoticesPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 250;

    NoticesPage(client::OfflineStore *account, const NoticeServices &services,
                QWidget *parent = nullptr);
    ~NoticesPage() override;

    NoticeListModel *model() const { return m_model; }
    NoticeView *noticeView() const { return m_view; }
    void setToday(const QDate &today);
    void setStaleAfter(qint64 seconds) { m_staleAfterSecs = seconds; }
    // Re-evaluates the out-of-date notice at `now`; also runs every minute and after changes.
    void refreshStaleness(const QDateTime &now = QDateTime::currentDateTimeUtc());
    QString staleText() const;
    // Selects (and shows) a notice, when it is in the list.
    bool selectNotice(const QString &id);
    // Applies a pending search at once (instead of after the debounce delay).
    void applyFilterNow();

private:
    void loadProducts();
    void fillCategories();
    void scheduleFilter();
    void currentChanged(const QModelIndex &current);
    void restoreSelection();
    void updateCount();

    std::unique_ptr<Ui::NoticesPage> m_ui;
    client::OfflineStore *m_account;
    NoticeServices m_services;
    NoticeListModel *m_model;
    NoticeView *m_view;
    QTimer m_searchTimer;
    QTimer m_staleTimer;
    QString m_selectedId;
    qint64 m_staleAfterSecs = 24 * 3600;
};

} // namespace nb::ui
