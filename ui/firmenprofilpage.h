#pragma once

#include "client/branding.h"

#include <QHash>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;

namespace nb {
struct Error;
}
namespace nb::client {
class OfflineStore;
}
namespace Ui {
class FirmenprofilPage;
}

namespace nb::ui {

class FirmenprofilForm;

// "Mein Konto" → Meine Firma → Firmenprofil: every field of the company, the Erstkontakt with
// the vendor's name in its label and advice when it is a shared mailbox, Speichern. The vendor's
// name and colours are the store's branding (from the server), Branding{} before the first sync.
class FirmenprofilPage : public QWidget
{
    Q_OBJECT

public:
    explicit FirmenprofilPage(client::OfflineStore *store, QWidget *parent = nullptr);
    ~FirmenprofilPage() override;

    FirmenprofilForm *form() const { return m_form; }
    void reload();
    void applyServerError(const Error &error);

Q_SIGNALS:
    void contactsRequested(); // "Go to contacts" in the advice on generic mailboxes

private:
    void connectField(const QString &field, QLineEdit *edit, QLabel *errorLabel);
    void fillFields();
    void updateState();
    void showStatus(const QString &message);
    void applyBranding(); // the store's branding into labels and colours

    std::unique_ptr<Ui::FirmenprofilPage> m_ui;
    client::OfflineStore *m_store;
    FirmenprofilForm *m_form;
    std::optional<client::Branding> m_shownBranding;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QLabel *> m_errorLabels;
    bool m_filling = false;
};

} // namespace nb::ui
