#pragma once

#include "client/staffservice.h"
#include "core/mailinglint.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class MailingEditor;
}

namespace nb::ui {

class LintPanel;

// Composes one mandatory mailing: products, Verteiler category, severity and status, act-by date
// (or none), subject with its length (x/78), Markdown text, follow-up of an earlier notice, the
// forum/status link and the patch files (uploaded to the server, never attached). Every edit is
// linted at once with the same rules the server applies (core/mailinglint.h); activating a
// finding focuses its field. Save creates or updates the draft with If-Match; a 412 keeps the
// text and offers to reload. "Test send…" asks for an address; "Approve" (four eyes) is enabled
// only when the server says this user may approve and the live lint has no errors; "Send…"
// (approved mailings only) confirms with the number of recipients and companies first.
// A sent mailing is read-only. Dialogs go through hooks the tests replace.
class MailingEditor : public QWidget
{
    Q_OBJECT

public:
    // The address for a test send; nullopt: cancelled.
    using AddressPrompt = std::function<std::optional<QString>(QWidget *parent)>;
    // Yes/no on `text`; true: go ahead.
    using Confirm = std::function<bool(QWidget *parent, const QString &text)>;
    // A file to upload as a patch; empty: cancelled.
    using FileChooser = std::function<QString(QWidget *parent)>;

    explicit MailingEditor(client::StaffService *service, QWidget *parent = nullptr);
    ~MailingEditor() override;

    void setProducts(const QList<client::StaffProduct> &products);
    void setNotices(const QList<client::PublishedNotice> &notices);
    // The rules' context: the day of sending (default today) and the vendor's link domains.
    void setLintContext(const lint::Context &context);
    const lint::Context &lintContext() const { return m_context; }
    // The signed-in staff member (explains why they cannot approve their own mailing).
    void setCurrentUser(const QString &email) { m_user = email; }

    void setAddressPrompt(AddressPrompt prompt) { m_askAddress = std::move(prompt); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    // An empty, unsaved mailing.
    void newMailing();
    // Loads the mailing from the server (GET); its text replaces what the editor shows.
    void openMailing(qint64 id);
    // Shows `mailing` as the server has it.
    void showMailing(const client::Mailing &mailing);

    // The draft as the fields say now (patches: the saved ones).
    Notice draft() const;
    // The saved mailing (nullopt: a new one not saved yet).
    const std::optional<client::Mailing> &mailing() const { return m_mailing; }
    qint64 mailingId() const { return m_mailing ? m_mailing->summary.id : 0; }
    // Whether the fields differ from the saved mailing.
    bool isModified() const;
    bool isBusy() const { return m_busy; }
    LintPanel *lintPanel() const;
    QString stateText() const;
    QString messageText() const;

    // The actions behind the buttons (the buttons call them when enabled).
    void save();
    void approve();
    void testSend();
    void send();
    void removeMailing();
    void addPatch();
    void removeSelectedPatch();

Q_SIGNALS:
    // After every answer that changed or loaded the mailing (saved, approved, patches, sent).
    void mailingChanged(const nb::client::Mailing &mailing);
    void mailingRemoved(qint64 id);
    void sent(const nb::client::SendReceipt &receipt);
    // 401 from the server: the session is gone.
    void signInRequired();

private:
    void fillChoices();
    void setFields(const Notice &draft);
    void fieldsEdited();
    void relint();
    void updateSubjectCount();
    void updateButtons();
    void updateStateLine();
    void focusField(const QString &field);
    void setBusy(bool busy, const QString &message = {});
    void showMessage(const QString &text);
    void showError(const Error &error);
    void answered(const Result<client::Mailing> &result, const QString &done);
    void showConflict();
    void reloadKeepingText();
    void reloadTheirs();
    void confirmSend(const client::RecipientTotals &totals);
    void uploadPatch(const QString &path);
    void setReadOnly(bool readOnly);
    QStringList checkedProducts() const;
    QString followUpId() const;

    std::unique_ptr<Ui::MailingEditor> m_ui;
    client::StaffService *m_service;
    lint::Context m_context;
    QString m_user;
    std::optional<client::Mailing> m_mailing;
    QList<client::StaffProduct> m_products;
    QList<client::PublishedNotice> m_notices;
    bool m_busy = false;
    bool m_filling = false; // setFields() is writing the fields: not an edit
    AddressPrompt m_askAddress;
    Confirm m_confirm;
    FileChooser m_chooseFile;
};

} // namespace nb::ui
