// The conflict view: the rows of a contact conflict (only differing fields need a choice), the
// chosen mix of per-field choices resolved through the real OfflineStore, "Later" leaving the
// conflict, and the main window's notice while a conflict is open.
#include "storefixture.h"
#include "ui/conflictdialog.h"
#include "ui/conflictform.h"
#include "ui/mainwindow.h"

#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace nb;
using nb::ui::ConflictDialog;
using nb::ui::ConflictForm;
using nb::ui::ConflictRow;
using nb::ui::MainWindow;
using Choice = nb::ui::ConflictForm::Choice;

namespace {

const QByteArray kServerEtag = "\"contact-12-v2\"";

// Jonas (12): the user changed position and e-mail offline; meanwhile someone else changed his
// position, last name and areas on the server. The push answered 412.
bool makeContactConflict(client::OfflineStore *store)
{
    Contact mine = StoreFixture::demoContacts().at(1);
    mine.position = QStringLiteral("CIO");
    mine.email = QStringLiteral("jonas@muster-handel.example");
    if (!store->updateContact(mine))
        return false;
    const auto entry = store->nextOutboxEntry();
    if (!entry || !*entry)
        return false;
    Contact theirs = StoreFixture::demoContacts().at(1);
    theirs.position = QStringLiteral("Leiter IT-Betrieb");
    theirs.lastName = QStringLiteral("Weber");
    theirs.areas = {QStringLiteral("it-and-technology"), QStringLiteral("data-protection")};
    QJsonObject server = theirs.toJson();
    server.insert(QStringLiteral("etag"), QString::fromLatin1(kServerEtag));
    return store->conflictOutboxEntry(**entry, server, kServerEtag).ok();
}

client::Conflict onlyConflict(client::OfflineStore *store)
{
    const QList<client::Conflict> conflicts = store->conflicts().value();
    return conflicts.size() == 1 ? conflicts.first() : client::Conflict{};
}

const ConflictRow *rowOf(const ConflictForm &form, const QString &field)
{
    for (const ConflictRow &row : form.rows()) {
        if (row.field == field)
            return &row;
    }
    return nullptr;
}

Contact contactWithId(client::OfflineStore *store, qint64 id)
{
    const QList<Contact> contacts = store->contacts().value();
    for (const Contact &contact : contacts) {
        if (contact.id == id)
            return contact;
    }
    return {};
}

} // namespace

class TestConflictDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formRowsMarkOnlyDifferingFields()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(makeContactConflict(fixture.store()));
        const ConflictForm form(onlyConflict(fixture.store()));
        QCOMPARE(form.title(), QStringLiteral("Conflict: contact Jonas Becker"));
        QCOMPARE(form.rows().size(), 13);
        QCOMPARE(form.differingCount(), 4);
        for (const QString &field : {QStringLiteral("position"), QStringLiteral("email"),
                                     QStringLiteral("lastName"), QStringLiteral("areas")})
            QVERIFY2(rowOf(form, field)->differs, qPrintable(field));
        for (const QString &field : {QStringLiteral("firstName"), QStringLiteral("phone"),
                                     QStringLiteral("emergencyContact")})
            QVERIFY2(!rowOf(form, field)->differs, qPrintable(field));

        const ConflictRow *position = rowOf(form, QStringLiteral("position"));
        QCOMPARE(position->label, QStringLiteral("Position"));
        QCOMPARE(position->localText, QStringLiteral("CIO"));
        QCOMPARE(position->serverText, QStringLiteral("Leiter IT-Betrieb"));
        // Arrays read joined, with their labels.
        const ConflictRow *areas = rowOf(form, QStringLiteral("areas"));
        QCOMPARE(areas->localText, QStringLiteral("IT and technology"));
        QCOMPARE(areas->serverText, QStringLiteral("IT and technology, Data protection"));
        QCOMPARE(rowOf(form, QStringLiteral("emergencyContact"))->localText, QStringLiteral("Yes"));
        QCOMPARE(rowOf(form, QStringLiteral("phone"))->localText, QStringLiteral("(empty)"));
    }

    void formChoosesPerField()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(makeContactConflict(fixture.store()));
        ConflictForm form(onlyConflict(fixture.store()));
        QVERIFY(!form.isComplete()); // nothing is decided for the user
        form.choose(QStringLiteral("position"), Choice::Server);
        form.choose(QStringLiteral("email"), Choice::Mine);
        form.choose(QStringLiteral("lastName"), Choice::Server);
        form.choose(QStringLiteral("firstName"), Choice::Mine); // equal: no choice to make
        QCOMPARE(form.choice(QStringLiteral("firstName")), Choice::None);
        QVERIFY(!form.isComplete());
        form.choose(QStringLiteral("areas"), Choice::Mine);
        QVERIFY(form.isComplete());

        const QJsonObject chosen = form.chosen();
        QCOMPARE(chosen.value(QLatin1String("position")).toString(),
                 QStringLiteral("Leiter IT-Betrieb"));
        QCOMPARE(chosen.value(QLatin1String("email")).toString(),
                 QStringLiteral("jonas@muster-handel.example"));
        QCOMPARE(chosen.value(QLatin1String("lastName")).toString(), QStringLiteral("Weber"));
        QCOMPARE(chosen.value(QLatin1String("areas")).toArray(),
                 QJsonArray{QStringLiteral("it-and-technology")});

        form.chooseAll(Choice::Server);
        QCOMPARE(form.chosen().value(QLatin1String("email")).toString(),
                 QStringLiteral("jonas.becker@muster-handel.example"));
    }

    void locallyDeletedContactIsOneChoice()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(fixture.store()->removeContact(12));
        const auto entry = fixture.store()->nextOutboxEntry().value();
        QVERIFY(entry);
        QJsonObject server = StoreFixture::demoContacts().at(1).toJson();
        server.insert(QStringLiteral("position"), QStringLiteral("CTO"));
        QVERIFY(fixture.store()->conflictOutboxEntry(*entry, server, kServerEtag));
        ConflictForm form(onlyConflict(fixture.store()));
        QCOMPARE(form.rows().size(), 1);
        QCOMPARE(form.rows().first().localText, QStringLiteral("(deleted)"));
        form.choose(ConflictForm::wholeObject, Choice::Mine);
        QVERIFY(form.chosen().isEmpty()); // keeps the deletion
        form.choose(ConflictForm::wholeObject, Choice::Server);
        QCOMPARE(form.chosen(), server);
    }

    void distributionAddressesReadJoined()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(fixture.store()->saveDistribution(QStringLiteral("security"),
                                                  {QStringLiteral("it@muster-handel.example"),
                                                   QStringLiteral("soc@muster-handel.example")}));
        const auto entry = fixture.store()->nextOutboxEntry().value();
        QVERIFY(entry);
        const QJsonObject server{{QStringLiteral("category"), QStringLiteral("security")},
                                 {QStringLiteral("addresses"),
                                  QJsonArray{QStringLiteral("cert@muster-handel.example")}}};
        QVERIFY(fixture.store()->conflictOutboxEntry(*entry, server, "\"security-2\""));
        ConflictForm form(onlyConflict(fixture.store()));
        QCOMPARE(form.title(), QStringLiteral("Conflict: distribution list Security"));
        QCOMPARE(form.rows().size(), 1);
        QCOMPARE(form.rows().first().label, QStringLiteral("Addresses"));
        QCOMPARE(form.rows().first().localText,
                 QStringLiteral("it@muster-handel.example, soc@muster-handel.example"));
        QCOMPARE(form.rows().first().serverText, QStringLiteral("cert@muster-handel.example"));
        form.choose(QStringLiteral("addresses"), Choice::Mine);
        QVERIFY(fixture.store()->resolveConflict(form.conflict().id, form.chosen()));
        QCOMPARE(fixture.store()->distribution().value().first().addresses.size(), 2);
        QCOMPARE(fixture.pending(), 1);
    }

    void dialogAppliesTheMix()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(makeContactConflict(fixture.store()));
        const client::Conflict conflict = onlyConflict(fixture.store());
        ConflictDialog dialog(fixture.store(), conflict);
        dialog.show();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Conflict: contact Jonas Becker"));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflictTable"));
        QCOMPARE(table->rowCount(), 13);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Your value"));
        QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("Value on the server"));
        // Equal fields offer no choice.
        QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("mine_firstName")));
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(!apply->isEnabled());

        // All mine, then the server's position and last name.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("keepAllMineButton")),
                          Qt::LeftButton);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(dialog.findChild<QRadioButton *>(QStringLiteral("server_position")),
                          Qt::LeftButton);
        dialog.choiceButton(QStringLiteral("lastName"), Choice::Server)->click();
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("mine_email"))->isChecked());
        QVERIFY(!dialog.findChild<QRadioButton *>(QStringLiteral("mine_position"))->isChecked());

        QSignalSpy resolved(&dialog, &ConflictDialog::resolved);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // The conflict is gone; the local view and the queued PUT hold the mix.
        QCOMPARE(fixture.store()->conflicts().value().size(), 0);
        const Contact jonas = contactWithId(fixture.store(), 12);
        QCOMPARE(jonas.position, QStringLiteral("Leiter IT-Betrieb"));
        QCOMPARE(jonas.lastName, QStringLiteral("Weber"));
        QCOMPARE(jonas.email, QStringLiteral("jonas@muster-handel.example"));
        QCOMPARE(jonas.areas, QStringList{QStringLiteral("it-and-technology")});
        const auto entry = fixture.store()->nextOutboxEntry().value();
        QVERIFY(entry);
        QCOMPARE(entry->method, QByteArray("PUT"));
        QCOMPARE(entry->path, QStringLiteral("/api/v1/contacts/12"));
        QCOMPARE(entry->ifMatch, kServerEtag);
        const QJsonObject body = QJsonDocument::fromJson(entry->body).object();
        QCOMPARE(body.value(QLatin1String("position")).toString(),
                 QStringLiteral("Leiter IT-Betrieb"));
        QCOMPARE(body.value(QLatin1String("email")).toString(),
                 QStringLiteral("jonas@muster-handel.example"));
    }

    void takingTheServersValuesDropsTheEdit()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(makeContactConflict(fixture.store()));
        ConflictDialog dialog(fixture.store(), onlyConflict(fixture.store()));
        dialog.findChild<QPushButton *>(QStringLiteral("takeAllServerButton"))->click();
        dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
        QCOMPARE(fixture.store()->conflicts().value().size(), 0);
        QCOMPARE(fixture.pending(), 0);
        QCOMPARE(contactWithId(fixture.store(), 12).position, QStringLiteral("Leiter IT-Betrieb"));
    }

    void laterLeavesTheConflict()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(makeContactConflict(fixture.store()));
        ConflictDialog dialog(fixture.store(), onlyConflict(fixture.store()));
        dialog.show();
        dialog.findChild<QPushButton *>(QStringLiteral("keepAllMineButton"))->click();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("laterButton")),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(fixture.store()->conflicts().value().size(), 1);
        QCOMPARE(fixture.pending(), 0);
        QCOMPARE(contactWithId(fixture.store(), 12).position, QStringLiteral("CIO"));
    }

    void mainWindowNoticeLeadsToTheDialog()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        MainWindow window(fixture.store());
        window.show();
        auto *notice = window.findChild<QFrame *>(QStringLiteral("conflictNotice"));
        QVERIFY(notice->isHidden());

        QVERIFY(makeContactConflict(fixture.store()));
        QVERIFY(!notice->isHidden());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("conflictNoticeLabel"))->text(),
                 QStringLiteral("1 conflict(s) — please decide"));

        QSignalSpy resolved(&window, &MainWindow::conflictsResolved);
        // "Later": the conflict and the notice stay, nothing to sync.
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("resolveConflictsButton")),
                          Qt::LeftButton);
        ConflictDialog *dialog = window.currentConflictDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        dialog->findChild<QPushButton *>(QStringLiteral("laterButton"))->click();
        QVERIFY(!window.currentConflictDialog());
        QCOMPARE(resolved.count(), 0);
        QVERIFY(!notice->isHidden());

        // Again, and resolve: the notice goes, the window asks for a sync.
        window.findChild<QPushButton *>(QStringLiteral("resolveConflictsButton"))->click();
        dialog = window.currentConflictDialog();
        QVERIFY(dialog);
        dialog->findChild<QPushButton *>(QStringLiteral("takeAllServerButton"))->click();
        dialog->findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
        QVERIFY(!window.currentConflictDialog());
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(fixture.store()->conflicts().value().size(), 0);
        QVERIFY(notice->isHidden());
    }
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
