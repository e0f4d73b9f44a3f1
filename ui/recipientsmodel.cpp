#include "ui/recipientsmodel.h"

#include "ui/stafflabels.h"

#include <QFont>

namespace nb::ui {

RecipientsModel::RecipientsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void RecipientsModel::setPage(const client::RecipientPage &page)
{
    beginResetModel();
    m_companies = page.companies;
    m_totals = page.totals;
    m_matched = page.matched;
    endResetModel();
}

void RecipientsModel::appendPage(const client::RecipientPage &page)
{
    m_totals = page.totals;
    m_matched = page.matched;
    if (page.companies.isEmpty())
        return;
    const int first = static_cast<int>(m_companies.size());
    beginInsertRows({}, first, first + static_cast<int>(page.companies.size()) - 1);
    m_companies.append(page.companies);
    endInsertRows();
}

void RecipientsModel::clear()
{
    setPage(client::RecipientPage{});
}

QModelIndex RecipientsModel::companyIndex(qint64 companyId, int column) const
{
    for (qsizetype row = 0; row < m_companies.size(); ++row) {
        if (m_companies.at(row).id == companyId)
            return index(static_cast<int>(row), column);
    }
    return {};
}

QModelIndex RecipientsModel::addressIndex(qint64 companyId, const QString &address,
                                          int column) const
{
    const QModelIndex company = companyIndex(companyId);
    if (!company.isValid())
        return {};
    const QList<client::RecipientEntry> &entries = m_companies.at(company.row()).recipients;
    for (qsizetype row = 0; row < entries.size(); ++row) {
        if (entries.at(row).address.compare(address, Qt::CaseInsensitive) == 0)
            return index(static_cast<int>(row), column, company);
    }
    return {};
}

void RecipientsModel::setExclusionsEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    for (int row = 0; row < m_companies.size(); ++row)
        companyChanged(row);
}

void RecipientsModel::applyExclusions(const client::Exclusions &exclusions)
{
    for (qsizetype row = 0; row < m_companies.size(); ++row) {
        client::RecipientCompany &company = m_companies[row];
        company.excluded = exclusions.companies.contains(company.id);
        for (client::RecipientEntry &entry : company.recipients) {
            entry.excluded = false;
            for (const auto &[companyId, address] : exclusions.addresses)
                entry.excluded =
                    entry.excluded || (companyId == company.id &&
                                       address.compare(entry.address, Qt::CaseInsensitive) == 0);
        }
        companyChanged(static_cast<int>(row));
    }
}

void RecipientsModel::companyChanged(int row)
{
    const QModelIndex company = index(row, 0);
    Q_EMIT dataChanged(company, index(row, ColumnCount - 1));
    const int children = rowCount(company);
    if (children > 0)
        Q_EMIT dataChanged(index(0, 0, company), index(children - 1, ColumnCount - 1, company));
}

QModelIndex RecipientsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_companies.size() ? createIndex(row, column, kCompanyRow) : QModelIndex();
    if (!isCompany(parent) || parent.column() != 0 || parent.row() >= m_companies.size())
        return {};
    if (row >= m_companies.at(parent.row()).recipients.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex RecipientsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isCompany(child))
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kCompanyRow);
}

int RecipientsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_companies.size());
    if (isCompany(parent) && parent.column() == 0 && parent.row() < m_companies.size())
        return static_cast<int>(m_companies.at(parent.row()).recipients.size());
    return 0;
}

int RecipientsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RecipientsModel::companyData(const client::RecipientCompany &company, int column,
                                      int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return company.name;
        if (column == DetailColumn)
            return company.customerNumber;
        if (column == SourcesColumn) {
            const QString count =
                tr("%n address(es)", nullptr, static_cast<int>(company.recipients.size()));
            return company.usesFallback ? tr("%1 (fallback to the primary contact)").arg(count)
                                        : count;
        }
        return {};
    case Qt::CheckStateRole:
        if (column == ExcludedColumn)
            return company.excluded ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(column == NameColumn);
        font.setStrikeOut(company.excluded && column == NameColumn);
        return font;
    }
    case Qt::ToolTipRole:
        if (column == ExcludedColumn)
            return company.excluded ? tr("Excluded: nobody at this company gets the mailing")
                                    : tr("Tick to leave this company out");
        return {};
    case AddressRole:
        return QString();
    case IsCompanyRole:
        return true;
    case ExcludedRole:
        return company.excluded;
    default:
        return {};
    }
}

QVariant RecipientsModel::addressData(const client::RecipientCompany &company,
                                      const client::RecipientEntry &entry, int column,
                                      int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return entry.address;
        if (column == DetailColumn)
            return entry.name;
        if (column == SourcesColumn)
            return recipientSourcesText(entry.sources);
        return {};
    case Qt::CheckStateRole:
        if (column == ExcludedColumn)
            return entry.excluded ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::FontRole:
        if (column == NameColumn && (entry.excluded || company.excluded)) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == ExcludedColumn && company.excluded)
            return tr("The whole company is excluded");
        return {};
    case AddressRole:
        return entry.address;
    case IsCompanyRole:
        return false;
    case SourcesRole:
        return entry.sources;
    case ExcludedRole:
        return entry.excluded;
    default:
        return {};
    }
}

QVariant RecipientsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isCompany(index)) {
        const client::RecipientCompany &company = m_companies.at(index.row());
        if (role == CompanyIdRole)
            return company.id;
        return companyData(company, index.column(), role);
    }
    const client::RecipientCompany &company = m_companies.at(parent(index).row());
    if (role == CompanyIdRole)
        return company.id;
    return addressData(company, company.recipients.at(index.row()), index.column(), role);
}

bool RecipientsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        role != Qt::CheckStateRole || index.column() != ExcludedColumn ||
        !(flags(index) & Qt::ItemIsEnabled) || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const bool excluded = value.toInt() == Qt::Checked;
    if (isCompany(index)) {
        client::RecipientCompany &company = m_companies[index.row()];
        if (company.excluded == excluded)
            return true;
        company.excluded = excluded;
        companyChanged(index.row());
        Q_EMIT exclusionToggled(company.id, QString(), excluded);
        return true;
    }
    const int companyRow = parent(index).row();
    client::RecipientEntry &entry = m_companies[companyRow].recipients[index.row()];
    if (entry.excluded == excluded)
        return true;
    entry.excluded = excluded;
    Q_EMIT dataChanged(this->index(index.row(), 0, index.parent()),
                       this->index(index.row(), ColumnCount - 1, index.parent()));
    Q_EMIT exclusionToggled(m_companies.at(companyRow).id, entry.address, excluded);
    return true;
}

QVariant RecipientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Company / address");
    case DetailColumn:
        return tr("Customer no. / name");
    case SourcesColumn:
        return tr("Source");
    case ExcludedColumn:
        return tr("Excluded");
    default:
        return {};
    }
}

Qt::ItemFlags RecipientsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable;
    const bool companyExcluded = !isCompany(index) && m_companies.at(parent(index).row()).excluded;
    if (!companyExcluded)
        flags |= Qt::ItemIsEnabled;
    if (index.column() == ExcludedColumn && m_editable)
        flags |= Qt::ItemIsUserCheckable;
    if (!isCompany(index))
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

} // namespace nb::ui
