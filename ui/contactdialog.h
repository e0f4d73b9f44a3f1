#pragma once

#include "core/contact.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace nb::client {
class OfflineStore;
}
namespace Ui {
class ContactDialog;
}

namespace nb::ui {

class ContactForm;

// "Kontakt >> Hinzufügen" (or ">> Bearbeiten"): every field of an Ansprechpartner. Speichern
// stores the contact through the OfflineStore and closes the dialog; Zurück closes it unchanged.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    // Adds a new contact, or edits `existing` when it has an id.
    ContactDialog(client::OfflineStore *store, const Contact &existing = {},
                  QWidget *parent = nullptr);
    ~ContactDialog() override;

    ContactForm *form() const { return m_form; }

Q_SIGNALS:
    void contactSaved(const nb::Contact &contact);

private:
    void setUpChoices();
    void connectField(const QString &field, QLineEdit *edit, QLabel *errorLabel);
    void fill(const Contact &contact);
    void save();

    std::unique_ptr<Ui::ContactDialog> m_ui;
    ContactForm *m_form;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QCheckBox *> m_areaChecks;
};

} // namespace nb::ui
