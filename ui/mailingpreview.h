#pragma once

#include "client/staffservice.h"
#include "core/notice.h"

#include <QDate>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class MailingPreview;
}

namespace nb::ui {

class NoticeBanner;
class NoticeBrowser;
class SpamScoreWidget;

// A saved mailing exactly as it will be sent, from the server's renderer (GET …/preview): the
// inbox line (sender, subject, first words), From/To, the HTML part side by side at desktop
// (800 px) and phone (375 px) width, the text part, and the notice as the app will show it (the
// "Wichtiger Hinweis" banner in the product's colour and the body from the notice payload).
// Nothing remote is ever loaded (NoticeBrowser). "Vorschau als" picks a recipient company (from
// the recipients list) or the staff member's own address.
class MailingPreview : public QWidget
{
    Q_OBJECT

public:
    explicit MailingPreview(client::StaffService *service, QWidget *parent = nullptr);
    ~MailingPreview() override;

    void setProducts(const QList<client::StaffProduct> &products);
    void setToday(const QDate &today) { m_today = today; }
    // The mailing to preview (0: none). Clears what is shown; refresh() loads it.
    void setMailing(qint64 id);
    qint64 mailingId() const { return m_id; }
    // Loads the preview for the chosen company (and the company list once per mailing).
    void refresh();
    // Previews as this company (it must be in the list); nullopt: as sent to oneself.
    bool previewAs(std::optional<qint64> companyId);

    const std::optional<client::MailPreview> &preview() const { return m_preview; }
    const std::optional<Notice> &notice() const { return m_notice; }
    NoticeBrowser *desktopBrowser() const;
    NoticeBrowser *phoneBrowser() const;
    NoticeBrowser *appBody() const;
    NoticeBanner *banner() const;
    QString textPart() const;
    QString statusText() const;
    int companyCount() const; // companies in "Vorschau als"
    // The SpamAssassin score of each loaded preview's mail (run locally, asynchronously).
    SpamScoreWidget *spamScore() const { return m_spamScore; }

Q_SIGNALS:
    void loaded(); // a preview arrived and is shown
    void failed(const nb::Error &error);
    void companiesLoaded(); // "Vorschau als" is filled

private:
    void loadCompanies();
    void load();
    void display(const client::MailPreview &preview);
    void showNotice(const QByteArray &payload);
    void clear();
    void showStatus(const QString &text, bool error);

    std::unique_ptr<Ui::MailingPreview> m_ui;
    client::StaffService *m_service;
    QList<client::StaffProduct> m_products;
    QDate m_today = QDate::currentDate();
    qint64 m_id = 0;
    bool m_companiesLoaded = false;
    quint64 m_request = 0; // the newest preview request; older answers are dropped
    std::optional<client::MailPreview> m_preview;
    std::optional<Notice> m_notice;
    SpamScoreWidget *m_spamScore = nullptr;
};

} // namespace nb::ui
