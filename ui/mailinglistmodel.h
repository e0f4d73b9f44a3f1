#pragma once

#include "client/staffservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace nb::ui {

// The staff's list of mandatory mailings (GET /api/v1/staff/mailings), in the server's order:
// subject, state ("Entwurf" / "Freigegeben" / "Gesendet"), author, approver, last change.
// setMailings() keeps rows whose id stays in place and changes them in place (a refresh does not
// lose the view's selection); otherwise the model is reset.
class MailingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SubjectColumn,
        StateColumn,
        AuthorColumn,
        ApproverColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64
        StateRole,                 // "draft", "approved", "sent"
        SortRole                   // the raw value of the column (dates as QDateTime)
    };

    explicit MailingListModel(QObject *parent = nullptr);

    void setMailings(const QList<client::MailingSummary> &mailings);
    const QList<client::MailingSummary> &mailings() const { return m_mailings; }
    const client::MailingSummary &mailing(int row) const { return m_mailings.at(row); }
    int rowOfId(qint64 id) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant displayData(const client::MailingSummary &mailing, int column) const;
    QVariant sortData(const client::MailingSummary &mailing, int column) const;

    QList<client::MailingSummary> m_mailings;
};

} // namespace nb::ui
