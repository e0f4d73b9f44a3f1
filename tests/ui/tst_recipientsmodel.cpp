// The recipients tree of a mailing: companies with their addresses and German-first source
// labels (Erstkontakt / Ansprechpartner / Verteiler / Fallback), the exclusion check boxes (a
// toggle changes the row and is reported; addresses of an excluded company are disabled), paging
// by appending, the server's exclusion list applied, and the model contract
// (QAbstractItemModelTester).
#include "ui/recipientsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace nb;
using nb::ui::RecipientsModel;

namespace {
client::RecipientEntry entry(const QString &address, const QString &name, QStringList sources)
{
    client::RecipientEntry recipient;
    recipient.address = address;
    recipient.name = name;
    recipient.sources = std::move(sources);
    return recipient;
}

client::RecipientPage demoPage()
{
    client::RecipientCompany muster;
    muster.id = 1;
    muster.name = QStringLiteral("Muster Handel GmbH");
    muster.customerNumber = QStringLiteral("K-10001");
    muster.recipients = {entry(QStringLiteral("info@muster-handel.example"), QString(),
                               {QStringLiteral("erstkontakt")}),
                         entry(QStringLiteral("it@muster-handel.example"),
                               QStringLiteral("Jonas Weber"),
                               {QStringLiteral("ansprechpartner"), QStringLiteral("verteiler")})};
    client::RecipientCompany beispiel;
    beispiel.id = 2;
    beispiel.name = QStringLiteral("Beispiel-Shop");
    beispiel.customerNumber = QStringLiteral("K-10002");
    beispiel.usesFallback = true;
    beispiel.recipients = {entry(QStringLiteral("admin@beispiel-shop.example"), QString(),
                                 {QStringLiteral("fallback")})};
    client::RecipientPage page;
    page.companies = {muster, beispiel};
    page.totals.addresses = 3;
    page.totals.companiesIncluded = 2;
    page.matched = 2;
    return page;
}
} // namespace

class TestRecipientsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeOfCompaniesAndAddresses()
    {
        RecipientsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPage(demoPage());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex muster = model.index(0, 0);
        QCOMPARE(muster.data().toString(), QStringLiteral("Muster Handel GmbH"));
        QCOMPARE(model.index(0, RecipientsModel::DetailColumn).data().toString(),
                 QStringLiteral("K-10001"));
        QCOMPARE(model.index(0, RecipientsModel::SourcesColumn).data().toString(),
                 QStringLiteral("2 address(es)"));
        QVERIFY(muster.data(RecipientsModel::IsCompanyRole).toBool());
        QCOMPARE(model.rowCount(muster), 2);
        QCOMPARE(model.rowCount(model.index(0, 1)), 0); // only column 0 has children

        const QModelIndex it = model.index(1, 0, muster);
        QCOMPARE(it.data().toString(), QStringLiteral("it@muster-handel.example"));
        QCOMPARE(it.parent(), muster);
        QCOMPARE(model.index(1, RecipientsModel::DetailColumn, muster).data().toString(),
                 QStringLiteral("Jonas Weber"));
        QCOMPARE(model.index(1, RecipientsModel::SourcesColumn, muster).data().toString(),
                 QStringLiteral("Contact person, Distribution list"));
        QCOMPARE(model.index(0, RecipientsModel::SourcesColumn, muster).data().toString(),
                 QStringLiteral("Primary contact"));
        QCOMPARE(it.data(RecipientsModel::SourcesRole).toStringList(),
                 (QStringList{QStringLiteral("ansprechpartner"), QStringLiteral("verteiler")}));
        QCOMPARE(it.data(RecipientsModel::CompanyIdRole).toLongLong(), 1);
        QCOMPARE(it.data(RecipientsModel::AddressRole).toString(),
                 QStringLiteral("it@muster-handel.example"));

        const QModelIndex beispiel = model.index(1, 0);
        QCOMPARE(model.index(1, RecipientsModel::SourcesColumn).data().toString(),
                 QStringLiteral("1 address(es) (fallback to the primary contact)"));
        QCOMPARE(model.index(0, RecipientsModel::SourcesColumn, beispiel).data().toString(),
                 QStringLiteral("Fallback"));
        QCOMPARE(model.headerData(RecipientsModel::ExcludedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Excluded"));
        QCOMPARE(model.addressIndex(1, QStringLiteral("IT@Muster-Handel.example")), it);
        QVERIFY(!model.addressIndex(2, QStringLiteral("it@muster-handel.example")).isValid());
        QCOMPARE(model.companyIndex(2), beispiel);
    }

    void excludingAnAddress()
    {
        RecipientsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPage(demoPage());
        QSignalSpy toggled(&model, &RecipientsModel::exclusionToggled);
        const QModelIndex box = model.addressIndex(1, QStringLiteral("info@muster-handel.example"),
                                                   RecipientsModel::ExcludedColumn);
        QVERIFY(model.flags(box) & Qt::ItemIsUserCheckable);
        QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(!model.setData(box, Qt::Checked, Qt::EditRole)); // only the check box
        QVERIFY(!model.setData(model.addressIndex(1, QStringLiteral("info@muster-handel.example")),
                               Qt::Checked, Qt::CheckStateRole)); // only its column
        QVERIFY(model.setData(box, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(box.data(RecipientsModel::ExcludedRole).toBool(), true);
        QCOMPARE(toggled.size(), 1);
        QCOMPARE(toggled.first().at(0).toLongLong(), 1);
        QCOMPARE(toggled.first().at(1).toString(), QStringLiteral("info@muster-handel.example"));
        QCOMPARE(toggled.first().at(2).toBool(), true);
        QVERIFY(model.setData(box, Qt::Checked, Qt::CheckStateRole)); // no change: no signal
        QCOMPARE(toggled.size(), 1);
        QVERIFY(model.addressIndex(1, QStringLiteral("info@muster-handel.example"))
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .strikeOut());
    }

    void excludingACompanyDisablesItsAddresses()
    {
        RecipientsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPage(demoPage());
        QSignalSpy toggled(&model, &RecipientsModel::exclusionToggled);
        const QModelIndex box = model.companyIndex(1, RecipientsModel::ExcludedColumn);
        QVERIFY(model.setData(box, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(toggled.size(), 1);
        QCOMPARE(toggled.first().at(1).toString(), QString()); // the whole company
        const QModelIndex child = model.addressIndex(1, QStringLiteral("it@muster-handel.example"),
                                                     RecipientsModel::ExcludedColumn);
        QVERIFY(!(model.flags(child) & Qt::ItemIsEnabled));
        QVERIFY(!model.setData(child, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(toggled.size(), 1);
        QVERIFY(model.setData(box, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model.flags(child) & Qt::ItemIsEnabled);
        QCOMPARE(toggled.size(), 2);
        QCOMPARE(toggled.last().at(2).toBool(), false);
    }

    void serverExclusionsAndReadOnly()
    {
        RecipientsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPage(demoPage());
        client::Exclusions exclusions;
        exclusions.companies = {2};
        exclusions.addresses = {{1, QStringLiteral("IT@muster-handel.example")}};
        model.applyExclusions(exclusions);
        QVERIFY(model.companyIndex(2).data(RecipientsModel::ExcludedRole).toBool());
        QVERIFY(!model.companyIndex(1).data(RecipientsModel::ExcludedRole).toBool());
        QVERIFY(model.addressIndex(1, QStringLiteral("it@muster-handel.example"))
                    .data(RecipientsModel::ExcludedRole)
                    .toBool());
        QVERIFY(!model.addressIndex(1, QStringLiteral("info@muster-handel.example"))
                     .data(RecipientsModel::ExcludedRole)
                     .toBool());

        model.setExclusionsEditable(false); // a sent mailing
        const QModelIndex box = model.companyIndex(1, RecipientsModel::ExcludedColumn);
        QVERIFY(!(model.flags(box) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(box, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    void pagesAreAppended()
    {
        RecipientsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        client::RecipientPage first = demoPage();
        first.companies.removeLast();
        model.setPage(first);
        QVERIFY(model.hasMore());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        client::RecipientPage second = demoPage();
        second.companies.removeFirst();
        second.offset = 1;
        second.matched = 2;
        model.appendPage(second);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.hasMore());
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Beispiel-Shop"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totals().addresses, 0);
    }
};

QTEST_MAIN(TestRecipientsModel)
#include "tst_recipientsmodel.moc"
