#pragma once

#include "client/mailchecker.h"

#include <QString>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QTreeWidgetItem;

namespace nb::client {
class NoticeStore;
class OfflineStore;
} // namespace nb::client
namespace Ui {
class MailCheckPage;
}

namespace nb::ui {

// "E-Mail prüfen": is a received mail really from the vendor? "Open file…" (or a drop on the
// main window) checks an .eml offline with the account's verified key lists (NoticeStore) and the
// vendor's identity (the stored branding) and shows the verdict with its icon, the notice and key
// id, what changed, the warnings (executable and archive attachments highlighted), what the local
// cache says, each forwarded message with its own verdict, and only for a genuine mail its signed
// text, as plain text (never HTML, nothing loaded).
class MailCheckPage : public QWidget
{
    Q_OBJECT

public:
    using FileChooser = std::function<QString(QWidget *parent)>;

    // `notices` may be nullptr (nothing verifies then: no key list).
    MailCheckPage(client::OfflineStore *account, client::NoticeStore *notices,
                  QWidget *parent = nullptr);
    ~MailCheckPage() override;

    // Default: a file dialog for *.eml.
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Asks for a file and checks it (nothing happens when cancelled).
    void chooseAndCheck();
    // Checks the file and shows the result; false when it could not be read or parsed (the
    // reason is shown instead of a verdict).
    bool checkFile(const QString &path);

    // The last check (nullopt before one, or after an unreadable file).
    const std::optional<client::MailReport> &report() const { return m_report; }
    QString verdictText() const;

Q_SIGNALS:
    void checked(const QString &path);

private:
    void clear();
    void showError(const QString &path, const Error &error);
    void showReport(const QString &path, const client::MailReport &report);
    void addForwarded(QTreeWidgetItem *parent, const client::MailReport &report, int number);

    std::unique_ptr<Ui::MailCheckPage> m_ui;
    client::OfflineStore *m_account;
    client::NoticeStore *m_notices;
    FileChooser m_chooseFile;
    std::optional<client::MailReport> m_report;
};

} // namespace nb::ui
