#pragma once

#include "client/staffservice.h"

#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class RecipientsView;
}

namespace nb::ui {

class RecipientsModel;

// Who a mailing goes to: the totals (addresses, companies, excluded, without a licence), the
// companies with their addresses and sources (RecipientsModel), a search (debounced), "Load more"
// for long lists, CSV export of the server's list, and exclusions: ticking a company or an
// address saves the whole exclusion list on the server (PUT …/exclusions) and reloads the totals;
// a refused change is undone.
class RecipientsView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;
    static constexpr int kSearchDelayMs = 250;
    // The file the CSV is written to; empty: cancelled.
    using FileChooser = std::function<QString(QWidget *parent)>;

    explicit RecipientsView(client::StaffService *service, QWidget *parent = nullptr);
    ~RecipientsView() override;

    // The mailing to show (0: none); clears the list, refresh() loads it.
    void setMailing(qint64 id);
    qint64 mailingId() const { return m_id; }
    // A sent mailing's exclusions can no longer change.
    void setExclusionsEditable(bool editable);
    void refresh();
    void loadMore();
    // Searches at once (instead of after the debounce delay).
    void applySearchNow();
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void exportCsv();

    RecipientsModel *model() const { return m_model; }
    const client::Exclusions &exclusions() const { return m_exclusions; }
    QString totalsText() const;
    QString statusText() const;
    bool isLoading() const { return m_pending > 0; }

Q_SIGNALS:
    void loaded();          // a page arrived
    void exclusionsSaved(); // the server took an exclusion change
    void exported(const QString &path);
    void failed(const nb::Error &error);

private:
    void loadPage(int offset);
    void loadExclusions();
    void toggled(qint64 companyId, const QString &address, bool excluded);
    void saveExclusions();
    void showTotals();
    void showStatus(const QString &text, bool error);
    void fail(const Error &error);
    void finished();
    void newGeneration(); // answers to earlier requests are dropped from now on

    std::unique_ptr<Ui::RecipientsView> m_ui;
    client::StaffService *m_service;
    RecipientsModel *m_model;
    qint64 m_id = 0;
    QString m_search;
    client::Exclusions m_exclusions;
    quint64 m_generation = 0; // bumps on every new list: older answers are dropped
    quint64 m_saveRequest = 0;
    int m_pending = 0;
    QTimer m_searchTimer;
    FileChooser m_chooseFile;
};

} // namespace nb::ui
