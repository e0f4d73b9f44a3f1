#pragma once

#include "client/noticestore.h"
#include "core/noticeverification.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>

namespace nb::ui {

// How a product is shown: its name and the colour of its banner and swatch.
struct ProductStyle
{
    QString name;
    QColor color;
};
using ProductStyles = QHash<QString, ProductStyle>; // by product code

// The "Wichtige Hinweise" inbox, newest first, over the NoticeStore. Lazy: only pages of
// kPageSize rows are read (canFetchMore/fetchMore), the total comes from NoticeStore::count; the
// verification state is computed per shown row and cached until the store changes.
class NoticeListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SubjectColumn,
        ProductColumn,
        SeverityColumn,
        ActByColumn,
        StatusColumn,
        VerificationColumn,
        ColumnCount
    };
    enum Role
    {
        NoticeIdRole = Qt::UserRole + 1,
        SequenceRole,
        ReadRole,
        VerificationStateRole, // int(nb::VerificationState)
        DaysLeftRole,          // qint64, or invalid without act-by
    };
    static constexpr int kPageSize = 200;

    explicit NoticeListModel(client::NoticeStore *store, QObject *parent = nullptr);

    void setFilter(const client::NoticeFilter &filter); // resets the model
    const client::NoticeFilter &filter() const { return m_filter; }
    void setProducts(const ProductStyles &products);
    void setToday(const QDate &today); // for tests; default: the current date
    // Reads the loaded range again (after the store changed): data changes in place when the
    // same notices are shown, else the model is reset (the view restores its selection by id).
    void refresh();

    int totalCount() const { return m_total; }
    const client::NoticeRow &noticeRow(int row) const { return m_rows.at(row); }
    int rowOfId(const QString &id) const; // -1 when not loaded
    const NoticeVerification &verification(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    void reload();
    QString productNames(const QStringList &codes) const;
    QVariant displayData(const client::NoticeRow &row, int column) const;

    client::NoticeStore *m_store;
    client::NoticeFilter m_filter;
    ProductStyles m_products;
    QDate m_today;
    QList<client::NoticeRow> m_rows;
    int m_total = 0;
    bool m_fetching = false;
    mutable QHash<qint64, NoticeVerification> m_verifications; // by sequence
};

} // namespace nb::ui
