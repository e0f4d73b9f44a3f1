// The Firmenprofil page over a real OfflineStore: typing and Speichern change the local view and
// queue exactly one change; invalid input shows the message beside its field, disables Speichern
// and queues nothing; the seed's advice appears for a shared mailbox as Erstkontakt; the vendor's
// name and colours are the store's branding (Notabene before the first sync).
#include "storefixture.h"
#include "ui/firmenprofilform.h"
#include "ui/firmenprofilpage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using nb::ui::FirmenprofilPage;

namespace {
template <typename T> T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}
} // namespace

class TestFirmenprofilPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheStoredCompany()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        FirmenprofilPage page(fixture.store());
        page.show();
        QCOMPARE(child<QLineEdit>(page, "nameEdit")->text(), QStringLiteral("Muster Handel GmbH"));
        QCOMPARE(child<QLineEdit>(page, "customerNumberEdit")->text(), QStringLiteral("K-100234"));
        QVERIFY(child<QLineEdit>(page, "customerNumberEdit")->isReadOnly());
        QCOMPARE(child<QLineEdit>(page, "primaryContactEmailEdit")->text(),
                 QStringLiteral("info@muster-handel.example"));
        QCOMPARE(child<QLabel>(page, "primaryContactEmailLabel")->text(),
                 QStringLiteral("E-mail address (primary contact for JTL):"));
        QVERIFY(!child<QPushButton>(page, "saveButton")->isEnabled()); // nothing changed yet
    }

    void typingAndSaveQueuesTheChange()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        FirmenprofilPage page(fixture.store());
        page.show();
        QSignalSpy changed(fixture.store(), &client::OfflineStore::changed);
        retype(child<QLineEdit>(page, "primaryContactEmailEdit"),
               QStringLiteral("petra.klein@Muster-Handel.EXAMPLE"));
        retype(child<QLineEdit>(page, "cityEdit"), QStringLiteral("Erkelenz"));
        auto *save = child<QPushButton>(page, "saveButton");
        QVERIFY(save->isEnabled());
        QCOMPARE(fixture.pending(), 0);
        QTest::mouseClick(save, Qt::LeftButton);

        QCOMPARE(fixture.pending(), 1);
        QVERIFY(changed.count() >= 1);
        const auto company = fixture.store()->company();
        QVERIFY(company && company->has_value());
        QCOMPARE((*company)->primaryContactEmail,
                 QStringLiteral("petra.klein@muster-handel.example")); // normalised
        QCOMPARE((*company)->city, QStringLiteral("Erkelenz"));
        QCOMPARE(child<QLineEdit>(page, "primaryContactEmailEdit")->text(),
                 QStringLiteral("petra.klein@muster-handel.example"));
        QVERIFY(!save->isEnabled());
        QVERIFY(!child<QLabel>(page, "statusLabel")->text().isEmpty());
    }

    void invalidErstkontaktShowsMessageAndQueuesNothing_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("no at") << QStringLiteral("petra.klein");
        QTest::newRow("display name") << QStringLiteral("Petra <petra@firma.de>");
        QTest::newRow("empty") << QString();
    }

    void invalidErstkontaktShowsMessageAndQueuesNothing()
    {
        QFETCH(QString, typed);
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        FirmenprofilPage page(fixture.store());
        page.show();
        auto *edit = child<QLineEdit>(page, "primaryContactEmailEdit");
        retype(edit, typed);
        auto *error = child<QLabel>(page, "primaryContactEmailError");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(edit->accessibleDescription(), error->text());
        auto *save = child<QPushButton>(page, "saveButton");
        QVERIFY(!save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton); // disabled: nothing happens
        QCOMPARE(page.form()->save().ok(), false);
        QCOMPARE(fixture.pending(), 0);
        QCOMPARE((*fixture.store()->company())->primaryContactEmail,
                 QStringLiteral("info@muster-handel.example"));

        retype(edit, QStringLiteral("petra.klein@muster-handel.example"));
        QVERIFY(!error->isVisible());
        QVERIFY(save->isEnabled());
    }

    void otherFieldsUseTheCoreRules()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        FirmenprofilPage page(fixture.store());
        page.show();
        retype(child<QLineEdit>(page, "postcodeEdit"), QStringLiteral("4183"));
        QVERIFY(child<QLabel>(page, "postcodeError")->isVisible()); // DE: five digits
        retype(child<QLineEdit>(page, "countryEdit"), QStringLiteral("AT"));
        QVERIFY(!child<QLabel>(page, "postcodeError")->isVisible()); // AT: four digits
        retype(child<QLineEdit>(page, "nameEdit"), QString());
        QVERIFY(child<QLabel>(page, "nameError")->isVisible()); // required
        QVERIFY(!child<QPushButton>(page, "saveButton")->isEnabled());
        retype(child<QLineEdit>(page, "nameEdit"), QStringLiteral("Muster Handel AG"));
        retype(child<QLineEdit>(page, "websiteEdit"), QStringLiteral("www.muster"));
        QVERIFY(child<QLabel>(page, "websiteError")->isVisible());
        QVERIFY(!child<QPushButton>(page, "saveButton")->isEnabled());
        QCOMPARE(fixture.pending(), 0);
    }

    void genericMailboxAdvice()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        FirmenprofilPage page(fixture.store());
        page.show();
        auto *advice = child<QWidget>(page, "genericMailboxAdvice");
        QVERIFY(advice->isVisible()); // info@ is stored
        QVERIFY(child<QLabel>(page, "adviceLabel")->text().contains(QStringLiteral("JTL")));
        QSignalSpy toContacts(&page, &FirmenprofilPage::contactsRequested);
        QTest::mouseClick(child<QPushButton>(page, "toContactsButton"), Qt::LeftButton);
        QCOMPARE(toContacts.count(), 1);

        auto *edit = child<QLineEdit>(page, "primaryContactEmailEdit");
        retype(edit, QStringLiteral("petra.klein@muster-handel.example"));
        QVERIFY(!advice->isVisible());
        retype(edit, QStringLiteral("office@muster-handel.example"));
        QVERIFY(advice->isVisible());
    }

    void serverErrorLandsOnItsField()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        FirmenprofilPage page(fixture.store());
        page.show();
        page.applyServerError(Error{QStringLiteral("invalid-value"),
                                    QStringLiteral("The VAT id is not registered."),
                                    QStringLiteral("vatId")});
        auto *error = child<QLabel>(page, "vatIdError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("The VAT id is not registered."));
        retype(child<QLineEdit>(page, "vatIdEdit"), QStringLiteral("DE987654321"));
        QVERIFY(!error->isVisible());
    }

    void vendorNameAndColoursComeFromTheStore()
    {
        // A server with the default branding: the defaults.
        QTemporaryDir dir;
        auto opened = client::OfflineStore::open(dir.filePath(QStringLiteral("store.sqlite")),
                                                 QStringLiteral("branding-test"));
        QVERIFY(opened);
        client::OfflineStore &store = **opened;
        client::AccountSnapshot account = StoreFixture::demoAccount();
        account.branding = client::Branding();
        QVERIFY(store.storeServerAccount(account, "\"a1\"").ok());
        FirmenprofilPage page(&store);
        page.show();
        auto *label = child<QLabel>(page, "primaryContactEmailLabel");
        auto *heading = child<QLabel>(page, "headingLabel");
        QCOMPARE(label->text(), QStringLiteral("E-mail address (primary contact for Notabene):"));
        QCOMPARE(heading->palette().color(QPalette::WindowText), QColor(0x0B, 0x5C, 0xAD));

        // A sync stores the server's branding: the open page follows at once.
        account.branding = StoreFixture::demoBranding();
        QVERIFY(store.storeServerAccount(account, "\"a2\"").ok());
        QCOMPARE(label->text(), QStringLiteral("E-mail address (primary contact for JTL):"));
        QCOMPARE(child<QLineEdit>(page, "primaryContactEmailEdit")->accessibleName(),
                 QStringLiteral("E-mail address, primary contact for JTL"));
        QVERIFY(child<QLabel>(page, "adviceLabel")->text().contains(QStringLiteral("JTL")));
        QCOMPARE(heading->palette().color(QPalette::WindowText), QColor(0xD2, 0x1F, 0x3C));
        QVERIFY(child<QWidget>(page, "genericMailboxAdvice")
                    ->styleSheet()
                    .contains(QStringLiteral("#00A0E0")));

        // Also while the user is typing; what they typed stays.
        auto *city = child<QLineEdit>(page, "cityEdit");
        retype(city, QStringLiteral("Erkelenz"));
        account.branding.vendorName = QStringLiteral("Anbieter GmbH");
        account.branding.primaryColor = QStringLiteral("#112233");
        account.branding.accentColor = QStringLiteral("#445566");
        QVERIFY(store.storeServerAccount(account, "\"a3\"").ok());
        QCOMPARE(label->text(),
                 QStringLiteral("E-mail address (primary contact for Anbieter GmbH):"));
        QCOMPARE(city->text(), QStringLiteral("Erkelenz"));
        QVERIFY(child<QPushButton>(page, "saveButton")->isEnabled());
    }

    void pullRefreshesAnUnchangedPage()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        FirmenprofilPage page(fixture.store());
        client::AccountSnapshot fromServer = StoreFixture::demoAccount();
        fromServer.company.city = QStringLiteral("Aachen");
        fromServer.companyEtag = "\"c2\"";
        QVERIFY(fixture.store()->storeServerAccount(fromServer, "\"a2\"").ok());
        QCOMPARE(child<QLineEdit>(page, "cityEdit")->text(), QStringLiteral("Aachen"));
    }
};

QTEST_MAIN(TestFirmenprofilPage)
#include "tst_firmenprofilpage.moc"
