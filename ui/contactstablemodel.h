#pragma once

#include "core/contact.h"

#include <QAbstractTableModel>
#include <QList>

namespace nb::ui {

// The Ansprechpartner overview: one row per contact. Read-only; the flag columns carry a check
// state (and "Yes"/"No" for sorting, filtering and screen readers).
class ContactsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PositionColumn,
        EmailColumn,
        AreasColumn,
        CriticalInformationColumn,
        EmergencyContactColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a value that sorts naturally (last name first for names)
        ContactIdRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setContacts(const QList<Contact> &contacts);
    const QList<Contact> &contacts() const { return m_contacts; }
    const Contact &contact(int row) const;
    int rowOf(qint64 contactId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString displayName(const Contact &contact);

private:
    QVariant displayData(const Contact &contact, int column) const;
    QVariant sortData(const Contact &contact, int column) const;

    QList<Contact> m_contacts;
};

} // namespace nb::ui
