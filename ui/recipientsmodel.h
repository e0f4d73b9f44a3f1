#pragma once

#include "client/staffservice.h"

#include <QAbstractItemModel>
#include <QList>

namespace nb::ui {

// The effective recipients of a mailing as a tree: each company (name, customer number, how
// many addresses, whether it falls back to the Erstkontakt) with its addresses below (address,
// person, sources as "Erstkontakt" / "Ansprechpartner" / "Verteiler" / "Fallback"). The
// "Excluded" column has a check box per company and per address; toggling it changes the row and
// emits exclusionToggled (the view saves the whole exclusion list on the server). Addresses of
// an excluded company are shown disabled. Pages of companies are appended (appendPage).
class RecipientsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,     // company name / address
        DetailColumn,   // customer number / the person's name
        SourcesColumn,  // address count / sources
        ExcludedColumn, // check box
        ColumnCount
    };
    enum Role
    {
        CompanyIdRole = Qt::UserRole + 1, // qint64, on every row
        AddressRole,                      // address rows: the address; company rows: empty
        IsCompanyRole,                    // bool
        SourcesRole,                      // address rows: the raw source keys (QStringList)
        ExcludedRole                      // bool
    };

    explicit RecipientsModel(QObject *parent = nullptr);

    void setPage(const client::RecipientPage &page);    // replaces everything
    void appendPage(const client::RecipientPage &page); // adds the page's companies
    void clear();
    const client::RecipientTotals &totals() const { return m_totals; }
    const QList<client::RecipientCompany> &companies() const { return m_companies; }
    int matched() const { return m_matched; }
    bool hasMore() const { return m_companies.size() < m_matched; }
    // The index of the company row / address row; invalid when not loaded.
    QModelIndex companyIndex(qint64 companyId, int column = NameColumn) const;
    QModelIndex addressIndex(qint64 companyId, const QString &address,
                             int column = NameColumn) const;
    // Whether the check boxes can be toggled (not for a sent mailing). Default: true.
    void setExclusionsEditable(bool editable);
    // Marks the rows as the server's exclusion list says (rows not named are included).
    void applyExclusions(const client::Exclusions &exclusions);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // `address` empty: the whole company.
    void exclusionToggled(qint64 companyId, const QString &address, bool excluded);

private:
    static constexpr quintptr kCompanyRow = 0; // internalId of company rows; addresses: row + 1
    bool isCompany(const QModelIndex &index) const { return index.internalId() == kCompanyRow; }
    QVariant companyData(const client::RecipientCompany &company, int column, int role) const;
    QVariant addressData(const client::RecipientCompany &company,
                         const client::RecipientEntry &entry, int column, int role) const;
    void companyChanged(int row);

    QList<client::RecipientCompany> m_companies;
    client::RecipientTotals m_totals;
    int m_matched = 0;
    bool m_editable = true;
};

} // namespace nb::ui
