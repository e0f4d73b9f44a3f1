#include "ui/contactstablemodel.h"

#include "ui/labels.h"

namespace nb::ui {

void ContactsTableModel::setContacts(const QList<Contact> &contacts)
{
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
}

const Contact &ContactsTableModel::contact(int row) const
{
    return m_contacts.at(row);
}

int ContactsTableModel::rowOf(qint64 contactId) const
{
    for (qsizetype i = 0; i < m_contacts.size(); ++i) {
        if (m_contacts.at(i).id == contactId)
            return static_cast<int>(i);
    }
    return -1;
}

int ContactsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int ContactsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContactsTableModel::displayName(const Contact &contact)
{
    QStringList parts;
    for (const QString &part : {contact.title, contact.firstName, contact.lastName}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

QVariant ContactsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &c = m_contacts.at(index.row());
    const bool isFlag =
        index.column() == CriticalInformationColumn || index.column() == EmergencyContactColumn;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(c, index.column());
    case Qt::CheckStateRole:
        if (!isFlag)
            return {};
        return (index.column() == CriticalInformationColumn ? c.receivesCriticalInformation
                                                            : c.emergencyContact)
                   ? Qt::Checked
                   : Qt::Unchecked;
    case Qt::ToolTipRole:
        return index.column() == EmailColumn ? QVariant(c.email) : QVariant();
    case SortRole:
        return sortData(c, index.column());
    case ContactIdRole:
        return c.id;
    default:
        return {};
    }
}

QVariant ContactsTableModel::displayData(const Contact &c, int column) const
{
    switch (column) {
    case NameColumn:
        return displayName(c);
    case PositionColumn:
        return c.position;
    case EmailColumn:
        return c.email;
    case AreasColumn: {
        QStringList labels;
        for (const QString &area : c.areas)
            labels.append(contactAreaLabel(area));
        return labels.join(QStringLiteral(", "));
    }
    case CriticalInformationColumn:
        return c.receivesCriticalInformation ? tr("Yes") : tr("No");
    case EmergencyContactColumn:
        return c.emergencyContact ? tr("Yes") : tr("No");
    default:
        return {};
    }
}

QVariant ContactsTableModel::sortData(const Contact &c, int column) const
{
    switch (column) {
    case NameColumn:
        return QStringList{c.lastName, c.firstName}.join(QLatin1Char(' ')).toLower();
    case CriticalInformationColumn:
        return c.receivesCriticalInformation ? 1 : 0;
    case EmergencyContactColumn:
        return c.emergencyContact ? 1 : 0;
    default:
        return displayData(c, column).toString().toLower();
    }
}

QVariant ContactsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PositionColumn:
        return tr("Position");
    case EmailColumn:
        return tr("E-mail address");
    case AreasColumn:
        return tr("Areas");
    case CriticalInformationColumn:
        return tr("Critical information");
    case EmergencyContactColumn:
        return tr("Emergency contact");
    default:
        return {};
    }
}

Qt::ItemFlags ContactsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace nb::ui
