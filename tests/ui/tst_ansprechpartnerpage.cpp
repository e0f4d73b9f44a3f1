// The Ansprechpartner page over a real OfflineStore: "Ansprechpartner anlegen" opens
// "Contact >> Add" (Kontakt >> Hinzufügen), Speichern adds the contact and the overview shows
// it; invalid input keeps Speichern disabled and queues nothing; edit by double-click; delete
// asks first, naming the contact.
#include "storefixture.h"
#include "ui/ansprechpartnerpage.h"
#include "ui/contactdialog.h"
#include "ui/contactstablemodel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace nb;
using nb::ui::AnsprechpartnerPage;
using nb::ui::ContactDialog;

namespace {
template <typename T> T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

QStringList names(const AnsprechpartnerPage &page)
{
    QStringList result;
    for (int row = 0; row < page.proxy()->rowCount(); ++row)
        result.append(page.proxy()->index(row, 0).data().toString());
    return result;
}

void selectRowOf(AnsprechpartnerPage &page, const QString &name)
{
    auto *view = child<QTableView>(page, "contactsView");
    for (int row = 0; row < page.proxy()->rowCount(); ++row) {
        if (page.proxy()->index(row, 0).data().toString() == name)
            view->selectRow(row);
    }
}
} // namespace

class TestAnsprechpartnerPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsAContactThroughTheDialog()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        AnsprechpartnerPage page(fixture.store());
        page.show();
        QCOMPARE(names(page),
                 (QStringList{QStringLiteral("Jonas Becker"), QStringLiteral("Dr. Petra Klein")}));

        QTest::mouseClick(child<QPushButton>(page, "addButton"), Qt::LeftButton);
        auto *dialog = page.findChild<ContactDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Contact >> Add"));
        auto *save = child<QPushButton>(*dialog, "saveButton");
        QVERIFY(!save->isEnabled()); // required fields empty

        QTest::keyClicks(child<QLineEdit>(*dialog, "firstNameEdit"), QStringLiteral("Anna"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "lastNameEdit"), QStringLiteral("Schmidt"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "positionEdit"), QStringLiteral("Einkauf"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "emailEdit"), QStringLiteral("anna.schmidt@"));
        QVERIFY(child<QLabel>(*dialog, "emailError")->isVisible());
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(child<QLineEdit>(*dialog, "emailEdit"),
                         QStringLiteral("Muster-Handel.example"));
        QVERIFY(!child<QLabel>(*dialog, "emailError")->isVisible());
        QTest::keyClicks(child<QLineEdit>(*dialog, "phoneEdit"), QStringLiteral("+49 2433 1"));
        child<QCheckBox>(*dialog, "area_purchasing-and-billing")->setChecked(true);
        child<QCheckBox>(*dialog, "receivesCriticalInformationCheck")->setChecked(true);
        QCOMPARE(fixture.pending(), 0);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);

        QVERIFY(!dialog->isVisible());
        QCOMPARE(fixture.pending(), 1);
        QVERIFY(names(page).contains(QStringLiteral("Anna Schmidt")));
        const auto contacts = fixture.store()->contacts();
        QVERIFY(contacts);
        const auto added = std::find_if(contacts->cbegin(), contacts->cend(), [](const Contact &c) {
            return c.lastName == QLatin1String("Schmidt");
        });
        QVERIFY(added != contacts->cend());
        QVERIFY(added->id < 0); // created offline: local id
        QCOMPARE(added->email, QStringLiteral("anna.schmidt@muster-handel.example"));
        QCOMPARE(added->areas, QStringList{QStringLiteral("purchasing-and-billing")});
        QVERIFY(added->receivesCriticalInformation);
        QVERIFY(!added->emergencyContact);
        QVERIFY(child<QLabel>(page, "statusLabel")->text().contains(QStringLiteral("Anna")));
    }

    void backLeavesEverythingUnchanged()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        AnsprechpartnerPage page(fixture.store());
        page.show();
        ContactDialog *dialog = page.addContact();
        QTest::keyClicks(child<QLineEdit>(*dialog, "firstNameEdit"), QStringLiteral("Anna"));
        QTest::mouseClick(child<QPushButton>(*dialog, "backButton"), Qt::LeftButton);
        QCOMPARE(fixture.pending(), 0);
        QCOMPARE(page.proxy()->rowCount(), 2);
    }

    void editsByDoubleClick()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        AnsprechpartnerPage page(fixture.store());
        page.show();
        auto *view = child<QTableView>(page, "contactsView");
        const QModelIndex first = page.proxy()->index(0, 0); // Jonas Becker
        const QPoint centre = view->visualRect(first).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
        auto *dialog = page.findChild<ContactDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Contact >> Edit"));
        auto *position = child<QLineEdit>(*dialog, "positionEdit");
        QCOMPARE(position->text(), QStringLiteral("IT-Leiter"));
        position->selectAll();
        QTest::keyClicks(position, QStringLiteral("Leiter Technik"));
        QTest::mouseClick(child<QPushButton>(*dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(fixture.pending(), 1);
        const int row = page.model()->rowOf(12);
        QCOMPARE(page.model()->contact(row).position, QStringLiteral("Leiter Technik"));
    }

    void deleteAsksNamingTheContact()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        AnsprechpartnerPage page(fixture.store());
        page.show();
        auto *remove = child<QPushButton>(page, "deleteButton");
        QVERIFY(!remove->isEnabled()); // nothing selected
        selectRowOf(page, QStringLiteral("Dr. Petra Klein"));
        QVERIFY(remove->isEnabled());

        // First answer "Keep": nothing happens.
        QTest::mouseClick(remove, Qt::LeftButton);
        auto *box = page.findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Dr. Petra Klein")));
        QVERIFY(box->text().contains(QStringLiteral("petra.klein@muster-handel.example")));
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
        QCOMPARE(fixture.pending(), 0);
        QCOMPARE(page.proxy()->rowCount(), 2);
        QTRY_VERIFY(!page.findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox")));

        // Then "Delete".
        QTest::mouseClick(remove, Qt::LeftButton);
        box = page.findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QCOMPARE(fixture.pending(), 1);
        QCOMPARE(names(page), QStringList{QStringLiteral("Jonas Becker")});
    }

    void filterAndSort()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        AnsprechpartnerPage page(fixture.store());
        page.show();
        QTest::keyClicks(child<QLineEdit>(page, "filterEdit"), QStringLiteral("datenschutz"));
        QCOMPARE(names(page), QStringList{QStringLiteral("Dr. Petra Klein")});
        child<QLineEdit>(page, "filterEdit")->clear();
        child<QTableView>(page, "contactsView")
            ->sortByColumn(nb::ui::ContactsTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(names(page).first(), QStringLiteral("Dr. Petra Klein"));
    }
};

QTEST_MAIN(TestAnsprechpartnerPage)
#include "tst_ansprechpartnerpage.moc"
