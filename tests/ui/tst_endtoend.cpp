// End to end, offscreen: the real pages over a real OfflineStore in a temporary folder, signed in
// through Session (MemorySecretStore) and synced by the SyncEngine over NetworkTransport against
// the real notabene-server on loopback. What the user typed into the Firmenprofil, "Kontakt >>
// Hinzufügen" and the Verteiler is read back through the API by an independent client, each value
// exactly once; invalid input shows its message beside the field and sends nothing. The server
// runs with its own branding, which the Firmenprofil shows after the first sync.
#include "apiclient.h"
#include "client/networktransport.h"
#include "client/offlinestore.h"
#include "client/secretstore.h"
#include "client/session.h"
#include "client/syncengine.h"
#include "serverprocess.h"
#include "ui/ansprechpartnerpage.h"
#include "ui/contactdialog.h"
#include "ui/contactstablemodel.h"
#include "ui/firmenprofilpage.h"
#include "ui/verteilercategorywidget.h"
#include "ui/verteilerpage.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace nb;
using namespace nb::client;
using namespace nbtest;
using nb::ui::AnsprechpartnerPage;
using nb::ui::ContactDialog;
using nb::ui::FirmenprofilPage;
using nb::ui::VerteilerCategoryWidget;
using nb::ui::VerteilerPage;

namespace {

const QString vendorName = QStringLiteral("JTL-Software");
const QString vendorColor = QStringLiteral("#D21F3C");

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

// Forwards to the real transport and remembers "METHOD path" of every request: what went out.
class RecordingTransport : public Transport
{
public:
    explicit RecordingTransport(Transport *inner)
        : m_inner(inner)
    {}

    void send(const ApiRequest &request, Callback done) override
    {
        sent.append(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path);
        m_inner->send(request, std::move(done));
    }

    QStringList sent;

private:
    Transport *m_inner;
};

// The desktop client as ClientController wires it, minus the windows.
struct Desktop
{
    explicit Desktop(const ServerProcess &server)
        : transport(&network, server.url())
        , recorder(&transport)
        , session(&transport, &secrets, server.url())
    {
        transport.setTimeoutMs(15000);
        auto opened = OfflineStore::open(dir.filePath(QStringLiteral("store.sqlite")),
                                         QStringLiteral("endtoend"));
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return;
        }
        store = std::move(*opened);
        engine = std::make_unique<SyncEngine>(store.get(), &recorder);
    }

    bool signIn()
    {
        QSignalSpy signedIn(&session, &Session::signedIn);
        QSignalSpy failed(&session, &Session::signInFailed);
        session.signIn(demo::musterAdmin, QStringLiteral("demo"));
        return QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 20000) &&
               !signedIn.isEmpty();
    }

    // "Jetzt synchronisieren", then wait for the run to end; its result.
    bool sync()
    {
        QSignalSpy finished(engine.get(), &SyncEngine::finished);
        engine->syncNow();
        return finished.wait(30000) && finished.first().first().toBool();
    }

    int pending() const { return store->pendingChanges().value(); }

    QTemporaryDir dir;
    QNetworkAccessManager network;
    NetworkTransport transport;
    RecordingTransport recorder;
    MemorySecretStore secrets;
    Session session;
    std::unique_ptr<OfflineStore> store;
    std::unique_ptr<SyncEngine> engine;
};

// The server's contacts with this last name, read through the API.
QList<QJsonObject> contactsNamed(ApiClient &api, const QString &lastName)
{
    QList<QJsonObject> found;
    const QJsonArray all = api.get(QStringLiteral("/api/v1/contacts"))
                               .json()
                               .value(QLatin1String("contacts"))
                               .toArray();
    for (const QJsonValue &value : all) {
        if (value.toObject().value(QLatin1String("lastName")).toString() == lastName)
            found.append(value.toObject());
    }
    return found;
}

QStringList serverAddresses(ApiClient &api, const QString &category)
{
    QStringList addresses;
    const QJsonArray array = api.get(QStringLiteral("/api/v1/distribution/") + category)
                                 .json()
                                 .value(QLatin1String("addresses"))
                                 .toArray();
    for (const QJsonValue &value : array)
        addresses.append(value.toString());
    return addresses;
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstSyncBringsTheVendorsBranding();
    void editsOnEveryPageReachTheServerOnce();
    void invalidErstkontaktSendsNothing();

private:
    ServerProcess m_server{{QStringLiteral("--vendor-name"), vendorName,
                            QStringLiteral("--vendor-color"), vendorColor}};
    std::unique_ptr<ApiClient> m_api; // the independent reader
    std::unique_ptr<Desktop> m_desktop;
};

void TestEndToEnd::initTestCase()
{
    NB_START_SERVER(m_server);
    m_api = std::make_unique<ApiClient>(m_server);
    NB_SIGN_IN(*m_api, demo::musterAdmin);
}

void TestEndToEnd::init()
{
    m_desktop = std::make_unique<Desktop>(m_server);
    QVERIFY(m_desktop->store);
    QVERIFY(m_desktop->signIn());
}

void TestEndToEnd::cleanup()
{
    m_desktop.reset();
}

void TestEndToEnd::firstSyncBringsTheVendorsBranding()
{
    FirmenprofilPage page(m_desktop->store.get());
    page.show();
    auto *label = child<QLabel>(page, "primaryContactEmailLabel");
    // Before the first sync: the default vendor.
    QCOMPARE(label->text(), QStringLiteral("E-mail address (primary contact for Notabene):"));

    QVERIFY(m_desktop->sync());
    QCOMPARE(label->text(),
             QStringLiteral("E-mail address (primary contact for %1):").arg(vendorName));
    QCOMPARE(child<QLabel>(page, "headingLabel")->palette().color(QPalette::WindowText),
             QColor(vendorColor));
    QCOMPARE(child<QLineEdit>(page, "primaryContactEmailEdit")->text(), demo::musterErstkontakt);
}

void TestEndToEnd::editsOnEveryPageReachTheServerOnce()
{
    Desktop &desktop = *m_desktop;
    QVERIFY(desktop.sync());
    const QString erstkontakt = QStringLiteral("petra.klein@muster-handel.example");
    const QString phone = QStringLiteral("+49 2433 98765-0");
    const QString contactEmail = QStringLiteral("anna.endtoend@muster-handel.example");
    const QString verteilerAddress = QStringLiteral("security-team@muster-handel.example");
    const QStringList securityBefore = serverAddresses(*m_api, QStringLiteral("security"));
    QVERIFY(!securityBefore.contains(verteilerAddress));

    // Firmenprofil: a new Erstkontakt and phone number, Speichern.
    FirmenprofilPage firmenprofil(desktop.store.get());
    firmenprofil.show();
    retype(child<QLineEdit>(firmenprofil, "primaryContactEmailEdit"),
           QStringLiteral("petra.klein@Muster-Handel.EXAMPLE")); // domain normalised
    retype(child<QLineEdit>(firmenprofil, "phoneEdit"), phone);
    auto *saveCompany = child<QPushButton>(firmenprofil, "saveButton");
    QVERIFY(saveCompany->isEnabled());
    QTest::mouseClick(saveCompany, Qt::LeftButton);
    QCOMPARE(desktop.pending(), 1);

    // Ansprechpartner anlegen → "Kontakt >> Hinzufügen", every kind of field, Speichern.
    AnsprechpartnerPage contacts(desktop.store.get());
    contacts.show();
    QTest::mouseClick(child<QPushButton>(contacts, "addButton"), Qt::LeftButton);
    auto *dialog = contacts.findChild<ContactDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Contact >> Add")); // Kontakt >> Hinzufügen
    QTest::keyClicks(child<QLineEdit>(*dialog, "firstNameEdit"), QStringLiteral("Anna"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "lastNameEdit"), QStringLiteral("Endtoend"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "positionEdit"), QStringLiteral("Einkauf"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "emailEdit"), contactEmail);
    QTest::keyClicks(child<QLineEdit>(*dialog, "phoneEdit"), QStringLiteral("+49 2433 1"));
    child<QCheckBox>(*dialog, "area_purchasing-and-billing")->setChecked(true);
    child<QCheckBox>(*dialog, "receivesCriticalInformationCheck")->setChecked(true);
    auto *saveContact = child<QPushButton>(*dialog, "saveButton");
    QVERIFY(saveContact->isEnabled());
    QTest::mouseClick(saveContact, Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(desktop.pending(), 2);

    // Verteiler: the pencil of "Security", one more address, Speichern.
    VerteilerPage verteiler(desktop.store.get());
    verteiler.show();
    VerteilerCategoryWidget &security = *verteiler.categoryWidget(QStringLiteral("security"));
    QTest::mouseClick(child<QToolButton>(security, "editButton"), Qt::LeftButton);
    QVERIFY(security.isEditing());
    QVERIFY(QTest::qWaitFor(
        [&] { return child<QPushButton>(security, "addAddressButton")->height() > 0; }));
    QTest::keyClicks(child<QLineEdit>(security, "newAddressEdit"), verteilerAddress);
    QTest::mouseClick(child<QPushButton>(security, "addAddressButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(security, "saveButton"), Qt::LeftButton);
    QVERIFY(!security.isEditing());
    QCOMPARE(desktop.pending(), 3);

    // Jetzt synchronisieren.
    desktop.recorder.sent.clear();
    QVERIFY(desktop.sync());
    QCOMPARE(desktop.pending(), 0);
    QCOMPARE(desktop.recorder.sent.filter(QStringLiteral("PUT /api/v1/company")).size(), 1);
    QCOMPARE(desktop.recorder.sent.filter(QStringLiteral("POST /api/v1/contacts")).size(), 1);
    // The pushes, then one pull: the account snapshot.
    QCOMPARE(desktop.recorder.sent.filter(QStringLiteral("GET ")),
             QStringList{QStringLiteral("GET /api/v1/account")});
    QCOMPARE(desktop.recorder.sent.last(), QStringLiteral("GET /api/v1/account"));

    // The server's state, read past the client.
    for (int run = 0; run < 2; ++run) {
        const QJsonObject company = m_api->get(QStringLiteral("/api/v1/company")).json();
        QCOMPARE(company.value(QLatin1String("primaryContactEmail")).toString(), erstkontakt);
        QCOMPARE(company.value(QLatin1String("phone")).toString(), phone);
        const QList<QJsonObject> created = contactsNamed(*m_api, QStringLiteral("Endtoend"));
        QCOMPARE(created.size(), 1);
        const QJsonObject anna = created.first();
        QCOMPARE(anna.value(QLatin1String("firstName")).toString(), QStringLiteral("Anna"));
        QCOMPARE(anna.value(QLatin1String("position")).toString(), QStringLiteral("Einkauf"));
        QCOMPARE(anna.value(QLatin1String("email")).toString(), contactEmail);
        QCOMPARE(anna.value(QLatin1String("areas")).toArray(),
                 QJsonArray{QStringLiteral("purchasing-and-billing")});
        QVERIFY(anna.value(QLatin1String("receivesCriticalInformation")).toBool());
        QVERIFY(!anna.value(QLatin1String("emergencyContact")).toBool());
        QCOMPARE(serverAddresses(*m_api, QStringLiteral("security")),
                 securityBefore + QStringList{verteilerAddress});
        if (run == 0) {
            // A second sync sends nothing new and duplicates nothing.
            desktop.recorder.sent.clear();
            QVERIFY(desktop.sync());
            QCOMPARE(desktop.recorder.sent, QStringList{QStringLiteral("GET /api/v1/account")});
        }
    }

    // The pages show the server's state: the contact under its server id, the Firmenprofil saved.
    const qint64 serverId = contactsNamed(*m_api, QStringLiteral("Endtoend"))
                                .first()
                                .value(QLatin1String("id"))
                                .toInteger();
    QVERIFY(contacts.model()->rowOf(serverId) >= 0);
    QCOMPARE(child<QLineEdit>(firmenprofil, "primaryContactEmailEdit")->text(), erstkontakt);
    QVERIFY(!saveCompany->isEnabled());
}

void TestEndToEnd::invalidErstkontaktSendsNothing()
{
    Desktop &desktop = *m_desktop;
    QVERIFY(desktop.sync());
    const Reply before = m_api->get(QStringLiteral("/api/v1/company"));
    NB_VERIFY_STATUS(before, 200);
    const QString old = before.json().value(QLatin1String("primaryContactEmail")).toString();

    FirmenprofilPage page(desktop.store.get());
    page.show();
    auto *edit = child<QLineEdit>(page, "primaryContactEmailEdit");
    QCOMPARE(edit->text(), old);
    retype(edit, QStringLiteral("info(at)firma"));
    auto *error = child<QLabel>(page, "primaryContactEmailError");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(edit->accessibleDescription(), error->text()); // the message beside the field
    auto *save = child<QPushButton>(page, "saveButton");
    QVERIFY(!save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton); // disabled: nothing happens
    QCOMPARE(desktop.pending(), 0);

    desktop.recorder.sent.clear();
    QVERIFY(desktop.sync());
    QCOMPARE(desktop.recorder.sent, QStringList{QStringLiteral("GET /api/v1/account")});
    const Reply after = m_api->get(QStringLiteral("/api/v1/company"));
    QCOMPARE(after.json().value(QLatin1String("primaryContactEmail")).toString(), old);
    QCOMPARE(after.header("ETag"), before.header("ETag")); // not even touched
    // What the user typed is still there to correct.
    QCOMPARE(edit->text(), QStringLiteral("info(at)firma"));
    QVERIFY(error->isVisible());
}

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
