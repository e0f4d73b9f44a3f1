// The Ansprechpartner table model: a well-behaved model (QAbstractItemModelTester), the columns
// of the overview, and sorting/filtering through the page's proxy settings.
#include "storefixture.h"
#include "ui/contactstablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using nb::ui::ContactsTableModel;

class TestContactsTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester()
    {
        ContactsTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContacts(StoreFixture::demoContacts());
        QCOMPARE(model.rowCount(), 2);
        model.setContacts({});
        QCOMPARE(model.rowCount(), 0);
        model.setContacts(StoreFixture::demoContacts());

        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(ContactsTableModel::SortRole);
        proxy.sort(ContactsTableModel::NameColumn);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterFixedString(QStringLiteral("klein"));
        proxy.setFilterFixedString(QString());
    }

    void columns()
    {
        ContactsTableModel model;
        model.setContacts(StoreFixture::demoContacts());
        QCOMPARE(model.columnCount(), 6);
        const auto text = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, ContactsTableModel::NameColumn), QStringLiteral("Dr. Petra Klein"));
        QCOMPARE(text(0, ContactsTableModel::PositionColumn),
                 QStringLiteral("Datenschutzbeauftragte"));
        QCOMPARE(text(0, ContactsTableModel::EmailColumn),
                 QStringLiteral("petra.klein@muster-handel.example"));
        QCOMPARE(text(0, ContactsTableModel::AreasColumn), QStringLiteral("Data protection"));
        QCOMPARE(model.index(0, ContactsTableModel::CriticalInformationColumn)
                     .data(Qt::CheckStateRole)
                     .value<Qt::CheckState>(),
                 Qt::Checked);
        QCOMPARE(model.index(0, ContactsTableModel::EmergencyContactColumn)
                     .data(Qt::CheckStateRole)
                     .value<Qt::CheckState>(),
                 Qt::Unchecked);
        QCOMPARE(model.index(1, ContactsTableModel::EmergencyContactColumn)
                     .data(Qt::CheckStateRole)
                     .value<Qt::CheckState>(),
                 Qt::Checked);
        QCOMPARE(model.index(1, 0).data(ContactsTableModel::ContactIdRole).toLongLong(), 12);
        QCOMPARE(model.headerData(ContactsTableModel::CriticalInformationColumn, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Critical information"));
        QCOMPARE(model.rowOf(12), 1);
        QCOMPARE(model.rowOf(99), -1);
    }

    void sortsByLastNameAndFilters()
    {
        ContactsTableModel model;
        model.setContacts(StoreFixture::demoContacts());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ContactsTableModel::SortRole);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.sort(ContactsTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Jonas Becker"));
        proxy.sort(ContactsTableModel::EmergencyContactColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Jonas Becker"));
        proxy.sort(ContactsTableModel::CriticalInformationColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Dr. Petra Klein"));
        proxy.setFilterFixedString(QStringLiteral("IT-LEITER"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Jonas Becker"));
        proxy.setFilterFixedString(QStringLiteral("data protection")); // an area's label
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("nobody"));
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestContactsTableModel)
#include "tst_contactstablemodel.moc"
