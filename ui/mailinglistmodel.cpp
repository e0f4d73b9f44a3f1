#include "ui/mailinglistmodel.h"

#include "ui/stafflabels.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace nb::ui {

MailingListModel::MailingListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MailingListModel::setMailings(const QList<client::MailingSummary> &mailings)
{
    bool sameRows = mailings.size() == m_mailings.size();
    for (qsizetype i = 0; sameRows && i < mailings.size(); ++i)
        sameRows = mailings.at(i).id == m_mailings.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_mailings = mailings;
        endResetModel();
        return;
    }
    m_mailings = mailings;
    if (!m_mailings.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MailingListModel::rowOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_mailings.size(); ++i) {
        if (m_mailings.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int MailingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_mailings.size());
}

int MailingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MailingListModel::displayData(const client::MailingSummary &mailing, int column) const
{
    switch (column) {
    case SubjectColumn:
        return mailing.subject.isEmpty() ? tr("(no subject)") : mailing.subject;
    case StateColumn:
        return mailingStateLabel(mailing.state);
    case AuthorColumn:
        return mailing.author;
    case ApproverColumn:
        return mailing.approvedBy;
    case UpdatedColumn:
        return mailing.updatedAt.isValid()
                   ? QLocale().toString(mailing.updatedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    default:
        return {};
    }
}

QVariant MailingListModel::sortData(const client::MailingSummary &mailing, int column) const
{
    switch (column) {
    case SubjectColumn:
        return mailing.subject;
    case StateColumn:
        return mailing.state;
    case AuthorColumn:
        return mailing.author;
    case ApproverColumn:
        return mailing.approvedBy;
    case UpdatedColumn:
        return mailing.updatedAt;
    default:
        return {};
    }
}

QVariant MailingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::MailingSummary &mailing = m_mailings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(mailing, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SubjectColumn && !mailing.subject.isEmpty())
            return mailing.subject;
        if (index.column() == StateColumn && !mailing.noticeId.isEmpty())
            return tr("Sent as notice %1").arg(mailing.noticeId);
        return {};
    case Qt::DecorationRole:
        if (index.column() == StateColumn && mailing.state == QLatin1String("approved"))
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        return {};
    case IdRole:
        return mailing.id;
    case StateRole:
        return mailing.state;
    case SortRole:
        return sortData(mailing, index.column());
    default:
        return {};
    }
}

QVariant MailingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case StateColumn:
        return tr("State");
    case AuthorColumn:
        return tr("Author");
    case ApproverColumn:
        return tr("Approved by");
    case UpdatedColumn:
        return tr("Last change");
    default:
        return {};
    }
}

Qt::ItemFlags MailingListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace nb::ui
