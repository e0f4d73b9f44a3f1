#include "ui/noticelistmodel.h"

#include "ui/noticelabels.h"

#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QScopeGuard>

namespace nb::ui {

NoticeListModel::NoticeListModel(client::NoticeStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_today(QDate::currentDate())
{
    connect(store, &client::NoticeStore::changed, this, &NoticeListModel::refresh);
    beginResetModel();
    reload();
    endResetModel();
}

void NoticeListModel::setFilter(const client::NoticeFilter &filter)
{
    m_filter = filter;
    beginResetModel();
    reload();
    endResetModel();
}

void NoticeListModel::setProducts(const ProductStyles &products)
{
    m_products = products;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void NoticeListModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ActByColumn), index(rowCount() - 1, ActByColumn));
}

// Reads the count and the first page (or as many rows as were loaded before).
void NoticeListModel::reload()
{
    const qsizetype wanted = std::max<qsizetype>(m_rows.size(), kPageSize);
    m_rows.clear();
    m_total = 0;
    m_verifications.clear();
    const Result<int> total = m_store->count(m_filter);
    const Result<QList<client::NoticeRow>> rows =
        total ? m_store->rows(m_filter, 0, static_cast<int>(wanted))
              : Result<QList<client::NoticeRow>>(total.error());
    if (!rows) {
        Q_EMIT loadFailed(rows.error().message);
        return;
    }
    m_rows = *rows;
    m_total = std::max(*total, static_cast<int>(m_rows.size()));
}

void NoticeListModel::refresh()
{
    m_verifications.clear();
    const Result<int> total = m_store->count(m_filter);
    const int loaded = static_cast<int>(m_rows.size());
    const auto rows = m_store->rows(m_filter, 0, std::max(loaded, kPageSize));
    if (!total || !rows) {
        Q_EMIT loadFailed(total ? rows.error().message : total.error().message);
        return;
    }
    bool sameNotices = rows->size() >= m_rows.size();
    for (int i = 0; sameNotices && i < loaded; ++i)
        sameNotices = rows->at(i).sequence == m_rows.at(i).sequence;
    if (sameNotices && rows->size() == m_rows.size()) {
        m_rows = *rows;
        m_total = std::max(*total, loaded);
        if (loaded > 0)
            Q_EMIT dataChanged(index(0, 0), index(loaded - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows->mid(0, std::max(loaded, std::min(kPageSize, static_cast<int>(rows->size()))));
    m_total = std::max(*total, static_cast<int>(m_rows.size()));
    endResetModel();
}

int NoticeListModel::rowOfId(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

const NoticeVerification &NoticeListModel::verification(int row) const
{
    const client::NoticeRow &notice = m_rows.at(row);
    auto it = m_verifications.find(notice.sequence);
    if (it == m_verifications.end()) {
        NoticeVerification verification;
        if (const auto stored = m_store->notice(notice.id); stored && *stored)
            verification = m_store->verify((*stored)->envelope);
        it = m_verifications.insert(notice.sequence, verification);
    }
    return *it;
}

int NoticeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NoticeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool NoticeListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void NoticeListModel::fetchMore(const QModelIndex &parent)
{
    if (m_fetching || !canFetchMore(parent))
        return;
    m_fetching = true; // the rowsInserted handlers may ask for more: not while inserting
    const auto done = qScopeGuard([this] { m_fetching = false; });
    const int offset = static_cast<int>(m_rows.size());
    const auto rows = m_store->rows(m_filter, offset, kPageSize);
    if (!rows) {
        Q_EMIT loadFailed(rows.error().message);
        return;
    }
    if (rows->isEmpty()) { // fewer than counted (the store changed meanwhile)
        m_total = offset;
        return;
    }
    beginInsertRows({}, offset, offset + static_cast<int>(rows->size()) - 1);
    m_rows.append(*rows);
    endInsertRows();
}

QString NoticeListModel::productNames(const QStringList &codes) const
{
    QStringList names;
    for (const QString &code : codes) {
        const auto it = m_products.constFind(code);
        names.append(it != m_products.cend() && !it->name.isEmpty() ? it->name : code);
    }
    return names.join(QStringLiteral(", "));
}

QVariant NoticeListModel::displayData(const client::NoticeRow &row, int column) const
{
    switch (column) {
    case SubjectColumn:
        return row.subject;
    case ProductColumn:
        return productNames(row.products);
    case SeverityColumn:
        return severityLabel(row.severity);
    case ActByColumn:
        return actByText(row.actBy, m_today);
    case StatusColumn:
        return noticeStatusLabel(row.threadStatus);
    default:
        return {};
    }
}

QVariant NoticeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::NoticeRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (column == VerificationColumn)
            return verificationText(verification(index.row()));
        return displayData(row, column);
    case Qt::AccessibleDescriptionRole:
        return column == VerificationColumn ? verification(index.row()).reason : QString();
    case Qt::FontRole:
        if (!row.read) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        if (column == ProductColumn && !row.products.isEmpty()) {
            const auto it = m_products.constFind(row.products.first());
            if (it != m_products.cend() && it->color.isValid())
                return it->color;
        }
        if (column == VerificationColumn)
            return verificationIcon(verification(index.row()).state);
        return {};
    case Qt::ForegroundRole:
        if (column == ActByColumn && row.actBy && row.threadStatus != NoticeStatus::Resolved &&
            *row.actBy < m_today)
            return QColor(0xB0, 0x00, 0x20);
        return {};
    case NoticeIdRole:
        return row.id;
    case SequenceRole:
        return row.sequence;
    case ReadRole:
        return row.read;
    case VerificationStateRole:
        return static_cast<int>(verification(index.row()).state);
    case DaysLeftRole:
        return row.actBy ? QVariant(m_today.daysTo(*row.actBy)) : QVariant();
    default:
        return {};
    }
}

QVariant NoticeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case ProductColumn:
        return tr("Product");
    case SeverityColumn:
        return tr("Severity");
    case ActByColumn:
        return tr("Act by");
    case StatusColumn:
        return tr("Status");
    case VerificationColumn:
        return tr("Signature");
    default:
        return {};
    }
}

Qt::ItemFlags NoticeListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace nb::ui
