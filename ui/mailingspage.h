#pragma once

#include "client/staffservice.h"

#include <QStringList>
#include <QWidget>
#include <memory>

class QModelIndex;

namespace Ui {
class MailingsPage;
}

namespace nb::ui {

class MailingEditor;
class MailingListModel;
class MailingPreview;
class MailingResultsView;
class RecipientsView;

// "Pflichtmailings" for the vendor's staff: the list of mailings (state, author, approver),
// "New mailing", and one mailing opened in tabs: Compose (MailingEditor), Preview
// (MailingPreview), Recipients (RecipientsView) and Results (MailingResultsView). The tabs that
// need a saved (or sent) mailing are enabled only then; each loads when shown after a change.
class MailingsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Tab
    {
        Compose,
        Preview,
        Recipients,
        Results
    };

    explicit MailingsPage(client::StaffService *service, QWidget *parent = nullptr);
    ~MailingsPage() override;

    // The vendor's link domains for the live lint (from the branding), the signed-in user.
    void setVendorDomains(const QStringList &domains);
    void setCurrentUser(const QString &email);
    void setToday(const QDate &today);

    // Loads the list, the products and the published notices again.
    void refresh();
    void newMailing();
    void openMailing(qint64 id);
    void showList();
    void showTab(Tab tab);
    Tab currentTab() const;
    bool isTabEnabled(Tab tab) const;
    bool isShowingList() const;

    MailingListModel *model() const { return m_model; }
    MailingEditor *editor() const { return m_editor; }
    MailingPreview *preview() const { return m_preview; }
    RecipientsView *recipientsView() const { return m_recipients; }
    MailingResultsView *resultsView() const { return m_results; }
    QString listStatusText() const;

Q_SIGNALS:
    void listLoaded();
    void productsLoaded();
    void signInRequired(); // 401: the session is gone

private:
    void loadList();
    void loadProducts();
    void loadNotices();
    void openCurrent();
    void mailingChanged(const client::Mailing &mailing);
    void tabChanged(int index);
    void updateTabs();
    void showListStatus(const QString &text, bool error);
    void handleError(const Error &error);

    std::unique_ptr<Ui::MailingsPage> m_ui;
    client::StaffService *m_service;
    MailingListModel *m_model;
    MailingEditor *m_editor;
    MailingPreview *m_preview;
    RecipientsView *m_recipients;
    MailingResultsView *m_results;
    QString m_user;
    QStringList m_domains;
    QDate m_today;
    qint64 m_shownId = 0; // the mailing the tabs show
    QString m_shownState;
    bool m_previewStale = true;
    bool m_recipientsStale = true;
    bool m_resultsStale = true;
};

} // namespace nb::ui
