// The Verteiler page over a real OfflineStore: every category with its addresses or the
// fallback note; the pencil opens inline editing: add, change, remove; invalid or duplicate
// entries keep Speichern disabled and queue nothing.
#include "core/distribution.h"
#include "storefixture.h"
#include "ui/verteilercategorywidget.h"
#include "ui/verteilerpage.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace nb;
using nb::ui::VerteilerCategoryWidget;
using nb::ui::VerteilerPage;

namespace {
template <typename T> T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

QStringList stored(const StoreFixture &fixture, const QString &category)
{
    const auto lists = fixture.store()->distribution();
    for (const DistributionList &list : *lists) {
        if (list.category == category)
            return list.addresses;
    }
    return {};
}

// The pencil: the editor appears once the layout has run.
bool startEditing(VerteilerCategoryWidget &widget)
{
    QTest::mouseClick(child<QToolButton>(widget, "editButton"), Qt::LeftButton);
    return widget.isEditing() && QTest::qWaitFor([&] {
               return child<QPushButton>(widget, "addAddressButton")->height() > 0;
           });
}

void addAddress(VerteilerCategoryWidget &widget, const QString &address)
{
    QTest::keyClicks(child<QLineEdit>(widget, "newAddressEdit"), address);
    QTest::mouseClick(child<QPushButton>(widget, "addAddressButton"), Qt::LeftButton);
}
} // namespace

class TestVerteilerPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryCategory()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        VerteilerPage page(fixture.store());
        page.show();
        for (const QString &category : distributionCategories()) {
            VerteilerCategoryWidget *widget = page.categoryWidget(category);
            QVERIFY(widget);
            QVERIFY(child<QToolButton>(*widget, "editButton")->isVisible());
            const bool empty = category != QLatin1String("security");
            QCOMPARE(child<QLabel>(*widget, "fallbackLabel")->isVisible(), empty);
        }
        VerteilerCategoryWidget *security = page.categoryWidget(QStringLiteral("security"));
        QCOMPARE(child<QLabel>(*security, "addressesLabel")->text(),
                 QStringLiteral("it@muster-handel.example"));
        QCOMPARE(
            child<QLabel>(*page.categoryWidget(QStringLiteral("product-news")), "fallbackLabel")
                ->text(),
            QStringLiteral(
                "No address stored: mailings of this category go to the primary contact."));
    }

    void addsChangesAndRemovesInline()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        VerteilerPage page(fixture.store());
        page.show();
        VerteilerCategoryWidget &widget = *page.categoryWidget(QStringLiteral("security"));
        QVERIFY(startEditing(widget));
        auto *list = child<QListWidget>(widget, "addressList");
        QCOMPARE(list->count(), 1);

        addAddress(widget, QStringLiteral("Petra.Klein@Muster-Handel.EXAMPLE"));
        addAddress(widget, QStringLiteral("jonas.becker@muster-handel.example"));
        QCOMPARE(list->count(), 3);
        list->item(0)->setText(QStringLiteral("security@muster-handel.example")); // change
        list->setCurrentRow(2);
        QTest::mouseClick(child<QPushButton>(widget, "removeAddressButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QCOMPARE(fixture.pending(), 0);

        QTest::mouseClick(child<QPushButton>(widget, "saveButton"), Qt::LeftButton);
        QVERIFY(!widget.isEditing());
        QCOMPARE(fixture.pending(), 1);
        QCOMPARE(stored(fixture, QStringLiteral("security")),
                 (QStringList{QStringLiteral("security@muster-handel.example"),
                              QStringLiteral("Petra.Klein@muster-handel.example")}));
        QVERIFY(child<QLabel>(widget, "addressesLabel")
                    ->text()
                    .contains(QStringLiteral("security@muster-handel.example")));

        // Removing every address: the category falls back to the Erstkontakt.
        QVERIFY(startEditing(widget));
        list->clear();
        QTest::mouseClick(child<QPushButton>(widget, "saveButton"), Qt::LeftButton);
        QCOMPARE(stored(fixture, QStringLiteral("security")), QStringList());
        QVERIFY(child<QLabel>(widget, "fallbackLabel")->isVisible());
    }

    void invalidEntriesQueueNothing()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        VerteilerPage page(fixture.store());
        page.show();
        VerteilerCategoryWidget &widget = *page.categoryWidget(QStringLiteral("product-news"));
        QVERIFY(startEditing(widget));
        auto *list = child<QListWidget>(widget, "addressList");
        auto *error = child<QLabel>(widget, "errorLabel");
        auto *save = child<QPushButton>(widget, "saveButton");

        addAddress(widget, QStringLiteral("not an address"));
        QCOMPARE(list->count(), 0);
        QVERIFY(error->isVisible());
        child<QLineEdit>(widget, "newAddressEdit")->clear(); // the typed text stays to correct

        addAddress(widget, QStringLiteral("news@muster-handel.example"));
        QVERIFY(!error->isVisible());
        addAddress(widget, QStringLiteral("NEWS@muster-handel.example")); // duplicate
        QVERIFY(error->isVisible());
        QVERIFY(!save->isEnabled());
        QCOMPARE(list->currentRow(), 1);

        list->item(1)->setText(QStringLiteral("broken@"));
        QVERIFY(error->isVisible());
        QVERIFY(!save->isEnabled());
        QCOMPARE(fixture.pending(), 0);

        QTest::mouseClick(child<QPushButton>(widget, "cancelButton"), Qt::LeftButton);
        QVERIFY(!widget.isEditing());
        QVERIFY(child<QLabel>(widget, "fallbackLabel")->isVisible());
        QCOMPARE(fixture.pending(), 0);
    }
};

QTEST_MAIN(TestVerteilerPage)
#include "tst_verteilerpage.moc"
