#pragma once

#include "client/staffservice.h"

#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class MailingResultsView;
}

namespace nb::ui {

// What became of a sent mailing (GET …/results): mails delivered, failed and still queued, how
// many users opened the notice in the app ("Read in the app") and how many companies
// acknowledged it, in total and per company. While mails are queued it refreshes itself every
// kAutoRefreshMs (only while shown).
class MailingResultsView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kAutoRefreshMs = 5000;

    explicit MailingResultsView(client::StaffService *service, QWidget *parent = nullptr);
    ~MailingResultsView() override;

    // The mailing (0: none); clears the figures, refresh() loads them.
    void setMailing(qint64 id);
    qint64 mailingId() const { return m_id; }
    void refresh();
    // Shows `results` (what refresh() does with the server's answer).
    void showResults(const client::MailingResults &results);
    const std::optional<client::MailingResults> &results() const { return m_results; }
    QString statusText() const;

Q_SIGNALS:
    void loaded();
    void failed(const nb::Error &error);

protected:
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void clear();
    void showStatus(const QString &text, bool error);
    void updateTimer();

    std::unique_ptr<Ui::MailingResultsView> m_ui;
    client::StaffService *m_service;
    qint64 m_id = 0;
    quint64 m_request = 0;
    std::optional<client::MailingResults> m_results;
    QTimer m_timer;
};

} // namespace nb::ui
