#pragma once

#include "core/contact.h"

#include <QWidget>
#include <memory>

class QSortFilterProxyModel;

namespace nb::client {
class OfflineStore;
}
namespace Ui {
class AnsprechpartnerPage;
}

namespace nb::ui {

class ContactsTableModel;
class ContactDialog;

// Meine Mitarbeiter → Ansprechpartner: the contacts in a sortable, filterable table;
// "Ansprechpartner anlegen" opens "Kontakt >> Hinzufügen"; edit by double-click or button;
// delete after a confirmation that names the contact.
class AnsprechpartnerPage : public QWidget
{
    Q_OBJECT

public:
    explicit AnsprechpartnerPage(client::OfflineStore *store, QWidget *parent = nullptr);
    ~AnsprechpartnerPage() override;

    ContactsTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    void reload();

    // The dialogs are window-modal and non-blocking (open()); these start them.
    ContactDialog *addContact();
    ContactDialog *editContact(qint64 contactId);
    void confirmRemoveContact(qint64 contactId);

private:
    qint64 selectedContactId() const;
    void updateButtons();
    void showStatus(const QString &message);

    std::unique_ptr<Ui::AnsprechpartnerPage> m_ui;
    client::OfflineStore *m_store;
    ContactsTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace nb::ui
