#pragma once

#include "client/noticestore.h"
#include "core/noticeverification.h"
#include "ui/noticelistmodel.h"
#include "ui/noticeservices.h"
#include "ui/ticketdialog.h"

#include <QDate>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class NoticeView;
}

namespace nb::ui {

class NoticeBanner;
class NoticeBrowser;
class VerificationBadge;

// One notice: the verification badge (outside the content), the "Wichtiger Hinweis" banner in
// the product's colour, the body rendered from the VERIFIED payload only (no body when the
// signature is invalid or cannot be checked), the forum/status link and the body's links after
// a confirmation, the patches (download through the authenticated server only, checked against
// the signed size and SHA-256, never opened), the follow-up timeline, "Acknowledge" and
// "Open support ticket". Showing a notice marks it read. Verification runs on every display.
class NoticeView : public QWidget
{
    Q_OBJECT

public:
    explicit NoticeView(const NoticeServices &services, QWidget *parent = nullptr);
    ~NoticeView() override;

    void showNotice(const QString &id);
    void clear();
    QString currentId() const { return m_id; }
    void setProducts(const ProductStyles &products);
    void setToday(const QDate &today);
    // The notice shown again from the store (acknowledgement state, verification).
    void reload();

    VerificationBadge *badge() const;
    NoticeBanner *banner() const;
    NoticeBrowser *body() const;
    const NoticeVerification &verification() const { return m_verification; }
    TicketDialog *ticketDialog() const { return m_ticketDialog; }

Q_SIGNALS:
    void ticketCreated(const QString &number);

private:
    void display(const client::StoredNotice &stored);
    void showBody(const std::optional<Notice> &verified);
    void showThread();
    void showPatches(const std::optional<Notice> &verified);
    void showAcknowledgement(const client::StoredNotice &stored);
    void acknowledge();
    void openTicket();
    void downloadPatch();
    void openLink(const QUrl &url);
    QString productNames(const QStringList &codes) const;
    QString chooseFolder();

    std::unique_ptr<Ui::NoticeView> m_ui;
    NoticeServices m_services;
    ProductStyles m_products;
    QDate m_today;
    QString m_id;
    QString m_subject;
    NoticeVerification m_verification;
    QString m_savedFolder;
    QPointer<TicketDialog> m_ticketDialog;
    bool m_downloading = false;
};

} // namespace nb::ui
