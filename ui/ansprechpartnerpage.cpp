#include "ui/ansprechpartnerpage.h"

#include "client/offlinestore.h"
#include "ui/contactdialog.h"
#include "ui/contactstablemodel.h"
#include "ui_ansprechpartnerpage.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>

namespace nb::ui {

AnsprechpartnerPage::AnsprechpartnerPage(client::OfflineStore *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AnsprechpartnerPage>())
    , m_store(store)
    , m_model(new ContactsTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContactsTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->contactsView->setModel(m_proxy);
    m_ui->contactsView->sortByColumn(ContactsTableModel::NameColumn, Qt::AscendingOrder);
    m_ui->contactsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->contactsView->verticalHeader()->hide();

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { addContact(); });
    connect(m_ui->editButton, &QPushButton::clicked, this,
            [this] { editContact(selectedContactId()); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this,
            [this] { confirmRemoveContact(selectedContactId()); });
    connect(m_ui->contactsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        editContact(index.data(ContactsTableModel::ContactIdRole).toLongLong());
    });
    connect(m_ui->contactsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AnsprechpartnerPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AnsprechpartnerPage::updateButtons);
    connect(store, &client::OfflineStore::changed, this, &AnsprechpartnerPage::reload);
    reload();
}

AnsprechpartnerPage::~AnsprechpartnerPage() = default;

void AnsprechpartnerPage::reload()
{
    const qint64 selected = selectedContactId();
    const auto contacts = m_store->contacts();
    if (!contacts) {
        showStatus(contacts.error().message);
        return;
    }
    m_model->setContacts(*contacts);
    const int row = m_model->rowOf(selected);
    if (selected != 0 && row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_ui->contactsView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
    }
    updateButtons();
}

qint64 AnsprechpartnerPage::selectedContactId() const
{
    const QModelIndexList rows = m_ui->contactsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ContactsTableModel::ContactIdRole).toLongLong();
}

void AnsprechpartnerPage::updateButtons()
{
    const bool selected = selectedContactId() != 0;
    m_ui->editButton->setEnabled(selected);
    m_ui->deleteButton->setEnabled(selected);
}

void AnsprechpartnerPage::showStatus(const QString &message)
{
    m_ui->statusLabel->setText(message);
}

ContactDialog *AnsprechpartnerPage::addContact()
{
    auto *dialog = new ContactDialog(m_store, Contact{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactDialog::contactSaved, this, [this](const Contact &contact) {
        showStatus(tr("%1 was added. The change is sent to the server with the next sync.")
                       .arg(ContactsTableModel::displayName(contact)));
    });
    dialog->open();
    return dialog;
}

ContactDialog *AnsprechpartnerPage::editContact(qint64 contactId)
{
    const int row = m_model->rowOf(contactId);
    if (contactId == 0 || row < 0)
        return nullptr;
    auto *dialog = new ContactDialog(m_store, m_model->contact(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactDialog::contactSaved, this, [this](const Contact &contact) {
        showStatus(tr("%1 was changed. The change is sent to the server with the next sync.")
                       .arg(ContactsTableModel::displayName(contact)));
    });
    dialog->open();
    return dialog;
}

void AnsprechpartnerPage::confirmRemoveContact(qint64 contactId)
{
    const int row = m_model->rowOf(contactId);
    if (contactId == 0 || row < 0)
        return;
    const Contact contact = m_model->contact(row);
    const QString name = ContactsTableModel::displayName(contact);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete contact"),
                                tr("Delete the contact %1 (%2)? They will no longer receive "
                                   "mailings as a contact.")
                                    .arg(name, contact.email),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setDefaultButton(QMessageBox::No);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->button(QMessageBox::No)->setText(tr("Keep"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, contactId, name](int result) {
        if (result != QMessageBox::Yes)
            return;
        const Status removed = m_store->removeContact(contactId);
        showStatus(removed ? tr("%1 was deleted. The change is sent to the server with the next "
                                "sync.")
                                 .arg(name)
                           : removed.error().message);
    });
    box->open();
}

} // namespace nb::ui
