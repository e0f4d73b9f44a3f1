// Coverage warnings (core/coverage.h): a healthy company raises none, and each state that leaves
// critical information badly covered raises exactly its warning — generic Erstkontakt, bounced
// address in use, Verteiler category falling back, fewer than two people on security mail, no
// emergency contact, flagged contact not confirmed — with a message that names the address or
// category. The generic-mailbox rule as a table (case, "info.berlin@", numbers, IDN).
#include "core/coverage.h"

#include <QTest>

using namespace nb;
using namespace nb::coverage;

Q_DECLARE_METATYPE(nb::coverage::Input)

namespace {

using State = AddressState::State;

const QString anna = QStringLiteral("anna.schmidt@muster-handel.example");
const QString ben = QStringLiteral("ben.meier@muster-handel.example");
const QString clara = QStringLiteral("clara.wolf@muster-handel.example");
const QDateTime kBounced(QDate(2026, 3, 2), QTime(8, 15), Qt::UTC);

Contact contact(qint64 id, const QString &first, const QString &last, const QString &email)
{
    Contact c;
    c.id = id;
    c.firstName = first;
    c.lastName = last;
    c.email = email;
    return c;
}

AddressState state(State s)
{
    AddressState result;
    result.state = s;
    if (s == State::Confirmed)
        result.confirmedAt = kBounced.addDays(-30);
    if (s == State::Bounced)
        result.bouncedAt = kBounced;
    return result;
}

void setList(Input &input, const QString &category, const QStringList &addresses)
{
    for (DistributionList &list : input.lists) {
        if (list.category == category) {
            list.addresses = addresses;
            return;
        }
    }
    input.lists.append(DistributionList{category, addresses, 1});
}

void removeList(Input &input, const QString &category)
{
    input.lists.removeIf([&](const DistributionList &l) { return l.category == category; });
}

Contact &contactById(Input &input, qint64 id)
{
    for (Contact &c : input.contacts) {
        if (c.id == id)
            return c;
    }
    qFatal("no contact %lld", id);
}

// The healthy company: a personal Erstkontakt, every category with an address, three people on
// security mail (Erstkontakt, a confirmed flagged contact, a security Verteiler address), an
// emergency contact.
Input healthy()
{
    Input input;
    input.company.id = 7;
    input.company.name = QStringLiteral("Muster Handel GmbH");
    input.company.primaryContactEmail = anna;
    Contact benContact = contact(2, QStringLiteral("Ben"), QStringLiteral("Meier"), ben);
    benContact.receivesCriticalInformation = true;
    benContact.emergencyContact = true;
    input.contacts = {benContact};
    for (const QString &category : distributionCategories())
        input.lists.append(
            DistributionList{category, {QStringLiteral("it@muster-handel.example")}, 1});
    setList(input, QStringLiteral("security"), {anna, clara});
    input.addresses.insert(anna, state(State::Confirmed));
    input.addresses.insert(ben, state(State::Confirmed));
    return input;
}

QStringList codes(const QList<Warning> &warnings)
{
    QStringList out;
    for (const Warning &warning : warnings)
        out.append(warning.code);
    return out;
}

const Warning *find(const QList<Warning> &warnings, const QString &code)
{
    for (const Warning &warning : warnings) {
        if (warning.code == code)
            return &warning;
    }
    return nullptr;
}

} // namespace

class TestCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachStateRaisesExactlyItsWarnings_data()
    {
        QTest::addColumn<Input>("input");
        QTest::addColumn<QStringList>("expected");
        const QString generic = QStringLiteral("generic-erstkontakt");
        const QString bounced = QStringLiteral("address-bounced");
        const QString fallback = QStringLiteral("category-falls-back");
        const QString single = QStringLiteral("single-security-person");
        const QString emergency = QStringLiteral("no-emergency-contact");
        const QString unconfirmed = QStringLiteral("contact-unconfirmed");

        QTest::newRow("healthy") << healthy() << QStringList{};
        {
            Input input = healthy();
            input.company.primaryContactEmail = QStringLiteral("info@muster-handel.example");
            QTest::newRow("generic Erstkontakt") << input << QStringList{generic};
        }
        {
            Input input = healthy();
            input.company.primaryContactEmail = QStringLiteral("Info.Berlin@Muster-Handel.example");
            QTest::newRow("generic Erstkontakt, capitals and a suffix")
                << input << QStringList{generic};
        }
        {
            Input input = healthy();
            input.company.primaryContactEmail = QStringLiteral("anna@info.example");
            QTest::newRow("personal Erstkontakt at a domain named info") << input << QStringList{};
        }
        {
            Input input = healthy();
            input.addresses.insert(anna, state(State::Bounced));
            QTest::newRow("Erstkontakt bounced") << input << QStringList{bounced};
        }
        {
            Input input = healthy();
            input.addresses.insert(QStringLiteral("it@muster-handel.example"),
                                   state(State::Bounced));
            QTest::newRow("Verteiler address bounced (one warning for five lists)")
                << input << QStringList{bounced};
        }
        {
            Input input = healthy();
            input.addresses.insert(QStringLiteral("frueher@muster-handel.example"),
                                   state(State::Bounced));
            QTest::newRow("bounced address no longer in use") << input << QStringList{};
        }
        {
            Input input = healthy();
            Contact dora = contact(3, QStringLiteral("Dora"), QStringLiteral("Klein"),
                                   QStringLiteral("dora.klein@muster-handel.example"));
            input.contacts.append(dora);
            input.addresses.insert(dora.email, state(State::Bounced));
            QTest::newRow("bounced contact that receives nothing") << input << QStringList{};
        }
        {
            Input input = healthy();
            setList(input, QStringLiteral("product-news"), {});
            QTest::newRow("empty category") << input << QStringList{fallback};
        }
        {
            Input input = healthy();
            removeList(input, QStringLiteral("billing-and-contracts"));
            QTest::newRow("missing category") << input << QStringList{fallback};
        }
        {
            Input input = healthy();
            setList(input, QStringLiteral("maintenance-and-outages"),
                    {QStringLiteral("no address")});
            QTest::newRow("category with no usable address") << input << QStringList{fallback};
        }
        {
            Input input = healthy();
            input.lists.clear();
            QTest::newRow("no Verteiler at all: six categories, security still two people")
                << input << QStringList{fallback, fallback, fallback, fallback, fallback, fallback};
        }
        {
            Input input = healthy();
            setList(input, QStringLiteral("security"), {anna});
            contactById(input, 2).receivesCriticalInformation = false;
            QTest::newRow("one person on security mail") << input << QStringList{single};
        }
        {
            Input input = healthy();
            setList(input, QStringLiteral("security"), {});
            contactById(input, 2).receivesCriticalInformation = false;
            QTest::newRow("security falls back to a personal Erstkontakt")
                << input << QStringList{fallback, single};
        }
        {
            Input input = healthy();
            setList(input, QStringLiteral("security"),
                    {QStringLiteral("Anna.Schmidt@MUSTER-HANDEL.example")});
            contactById(input, 2).receivesCriticalInformation = false;
            QTest::newRow("the same person twice, other spelling") << input << QStringList{single};
        }
        {
            Input input = healthy();
            input.company.primaryContactEmail = QStringLiteral("info@muster-handel.example");
            setList(input, QStringLiteral("security"),
                    {QStringLiteral("security@muster-handel.example"),
                     QStringLiteral("it@muster-handel.example")});
            contactById(input, 2).receivesCriticalInformation = false;
            QTest::newRow("security only to shared mailboxes")
                << input << QStringList{generic, single};
        }
        {
            Input input = healthy();
            setList(input, QStringLiteral("security"), {anna, clara});
            contactById(input, 2).receivesCriticalInformation = false;
            input.addresses.insert(clara, state(State::Bounced));
            QTest::newRow("the second person bounced") << input << QStringList{bounced, single};
        }
        {
            Input input = healthy();
            setList(input, QStringLiteral("security"), {anna});
            input.addresses.insert(ben, state(State::Unconfirmed));
            QTest::newRow("an unconfirmed contact does not count for security")
                << input << QStringList{single, unconfirmed};
        }
        {
            Input input = healthy();
            setList(input, QStringLiteral("security"), {anna});
            QTest::newRow("a confirmed flagged contact counts for security")
                << input << QStringList{};
        }
        {
            Input input = healthy();
            contactById(input, 2).emergencyContact = false;
            QTest::newRow("no emergency contact") << input << QStringList{emergency};
        }
        {
            Input input = healthy();
            input.contacts.clear();
            QTest::newRow("no contacts at all") << input << QStringList{emergency};
        }
        {
            Input input = healthy();
            input.addresses.remove(ben);
            QTest::newRow("flagged contact never confirmed") << input << QStringList{unconfirmed};
        }
        {
            Input input = healthy();
            input.addresses.insert(ben, state(State::Unconfirmed));
            QTest::newRow("flagged contact unconfirmed") << input << QStringList{unconfirmed};
        }
        {
            Input input = healthy();
            // The states are keyed by recipients::dedupKey; the contact keeps its spelling.
            contactById(input, 2).email = QStringLiteral("Ben.Meier@MUSTER-HANDEL.example");
            QTest::newRow("contact spelled otherwise than its state's key")
                << input << QStringList{};
        }
        {
            Input input = healthy();
            contactById(input, 2).email = QStringLiteral("ben@bücher.example");
            input.addresses.insert(QStringLiteral("ben@xn--bcher-kva.example"),
                                   state(State::Confirmed));
            QTest::newRow("IDN contact confirmed under its punycode key") << input << QStringList{};
        }
        {
            Input input = healthy();
            input.addresses.insert(ben, state(State::Bounced));
            QTest::newRow("flagged contact bounced: bounced, not unconfirmed")
                << input << QStringList{bounced};
        }
        {
            Input input = healthy();
            Contact dora = contact(3, QStringLiteral("Dora"), QStringLiteral("Klein"),
                                   QStringLiteral("dora.klein@muster-handel.example"));
            input.contacts.append(dora);
            QTest::newRow("contact not flagged needs no confirmation") << input << QStringList{};
        }
        {
            Input input;
            input.company.primaryContactEmail = QStringLiteral("kontakt@muster-handel.example");
            Contact eva = contact(5, QStringLiteral("Eva"), QStringLiteral("Roth"),
                                  QStringLiteral("eva.roth@muster-handel.example"));
            eva.receivesCriticalInformation = true;
            Contact finn = contact(6, QStringLiteral("Finn"), QStringLiteral("Lang"),
                                   QStringLiteral("finn.lang@muster-handel.example"));
            finn.receivesCriticalInformation = true;
            input.contacts = {eva, finn};
            input.addresses.insert(input.company.primaryContactEmail, state(State::Bounced));
            QTest::newRow("everything wrong, in the stable order")
                << input
                << QStringList{generic,  bounced,  fallback, fallback,  fallback,    fallback,
                               fallback, fallback, single,   emergency, unconfirmed, unconfirmed};
        }
    }

    void eachStateRaisesExactlyItsWarnings()
    {
        QFETCH(Input, input);
        QFETCH(QStringList, expected);
        const QList<Warning> warnings = check(input);
        QCOMPARE(codes(warnings), expected);
        for (const Warning &warning : warnings)
            QVERIFY2(!warning.message.isEmpty(), qPrintable(warning.code));
    }

    void messagesNameWhatIsWrongAndWhatToDo()
    {
        Input input = healthy();
        input.company.primaryContactEmail = QStringLiteral("info@muster-handel.example");
        setList(input, QStringLiteral("product-news"), {});
        setList(input, QStringLiteral("security"), {anna});
        contactById(input, 2).receivesCriticalInformation = false;
        contactById(input, 2).emergencyContact = false;
        Contact dora = contact(3, QStringLiteral("Dora"), QStringLiteral("Klein"),
                               QStringLiteral("dora.klein@muster-handel.example"));
        dora.receivesCriticalInformation = true;
        input.contacts.append(dora);
        input.addresses.insert(QStringLiteral("it@muster-handel.example"), state(State::Bounced));
        const QList<Warning> warnings = check(input);

        const Warning *generic = find(warnings, QStringLiteral("generic-erstkontakt"));
        QVERIFY(generic);
        QCOMPARE(generic->address, QStringLiteral("info@muster-handel.example"));
        QVERIFY(generic->message.contains(QStringLiteral("info@muster-handel.example")));
        QVERIFY(generic->message.contains(QStringLiteral("shared mailbox")));
        QVERIFY(generic->message.contains(QStringLiteral("Enter the address of a person")));

        const Warning *bounced = find(warnings, QStringLiteral("address-bounced"));
        QVERIFY(bounced);
        QCOMPARE(bounced->address, QStringLiteral("it@muster-handel.example"));
        QVERIFY(bounced->message.contains(QStringLiteral("it@muster-handel.example")));
        // Where it is used: each distribution list by its display name.
        QVERIFY(bounced->message.contains(QStringLiteral("distribution list Maintenance and "
                                                         "outages")));
        QVERIFY(bounced->message.contains(QStringLiteral("Correct or replace")));

        const Warning *fallback = find(warnings, QStringLiteral("category-falls-back"));
        QVERIFY(fallback);
        QCOMPARE(fallback->category, QStringLiteral("product-news"));
        QVERIFY(fallback->message.contains(QStringLiteral("Product news")));
        QVERIFY(!fallback->message.contains(QStringLiteral("product-news")));
        QVERIFY(fallback->message.contains(QStringLiteral("info@muster-handel.example")));
        QVERIFY(fallback->message.contains(QStringLiteral("Add the people responsible")));

        const Warning *single = find(warnings, QStringLiteral("single-security-person"));
        QVERIFY(single);
        QCOMPARE(single->address, anna);
        QVERIFY(single->message.contains(anna));
        QVERIFY(single->message.contains(QStringLiteral("distribution list Security")));
        QVERIFY(single->message.contains(QStringLiteral("second person")));

        const Warning *emergency = find(warnings, QStringLiteral("no-emergency-contact"));
        QVERIFY(emergency);
        QVERIFY(emergency->message.contains(QStringLiteral("emergency contact")));

        const Warning *unconfirmed = find(warnings, QStringLiteral("contact-unconfirmed"));
        QVERIFY(unconfirmed);
        QCOMPARE(unconfirmed->contactId, 3);
        QCOMPARE(unconfirmed->address, QStringLiteral("dora.klein@muster-handel.example"));
        QVERIFY(unconfirmed->message.contains(QStringLiteral("Dora Klein")));
        QVERIFY(unconfirmed->message.contains(QStringLiteral("dora.klein@muster-handel.example")));
        QVERIFY(unconfirmed->message.contains(QStringLiteral("confirmation mail")));
    }

    void nobodyOnSecurityMailSaysSo()
    {
        Input input = healthy();
        input.company.primaryContactEmail = QStringLiteral("office@muster-handel.example");
        setList(input, QStringLiteral("security"), {});
        contactById(input, 2).receivesCriticalInformation = false;
        const Warning *single = find(check(input), QStringLiteral("single-security-person"));
        QVERIFY(single);
        QVERIFY(single->address.isEmpty());
        QVERIFY(single->message.contains(QStringLiteral("No person")));
        QVERIFY(single->message.contains(QStringLiteral("at least two people")));
    }

    void bouncedMessageNamesEveryRoleOnce()
    {
        Input input = healthy();
        // Anna is Erstkontakt and on the security list; one warning naming both roles.
        input.addresses.insert(anna, state(State::Bounced));
        const QList<Warning> warnings = check(input);
        QCOMPARE(codes(warnings), QStringList{QStringLiteral("address-bounced")});
        const QString message = warnings.constFirst().message;
        QVERIFY(message.contains(QStringLiteral("primary contact")));
        QVERIFY(message.contains(QStringLiteral("distribution list Security")));
    }

    void categoryLabels()
    {
        QCOMPARE(distributionCategoryLabel(QStringLiteral("security")), QStringLiteral("Security"));
        QCOMPARE(distributionCategoryLabel(QStringLiteral("data-protection-and-legal")),
                 QStringLiteral("Data protection and legal"));
        for (const QString &category : distributionCategories())
            QVERIFY(distributionCategoryLabel(category) != category);
        QCOMPARE(distributionCategoryLabel(QStringLiteral("unknown")), QStringLiteral("unknown"));
    }

    void genericMailbox_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("generic");
        const auto row = [](const char *address, bool generic) {
            QTest::newRow(*address ? address : "(empty)") << QString::fromUtf8(address) << generic;
        };
        row("info@muster-handel.example", true);
        row("INFO@muster-handel.example", true);
        row("Info@Muster-Handel.example", true);
        row("info.berlin@muster-handel.example", true);
        row("Info.Berlin@muster-handel.example", true);
        row("info-berlin@muster-handel.example", true);
        row("info_berlin@muster-handel.example", true);
        row("berlin.info@muster-handel.example", true);
        row("info+rechnung@muster-handel.example", true);
        row("info24@muster-handel.example", true);
        row("service24@muster-handel.example", true);
        row("office@muster-handel.example", true);
        row("kontakt@muster-handel.example", true);
        row("vertrieb-kontakt@muster-handel.example", true);
        row("contact@muster-handel.example", true);
        row("support@muster-handel.example", true);
        row("admin@muster-handel.example", true);
        row("verwaltung@muster-handel.example", true);
        row("zentrale@muster-handel.example", true);
        row("buero@muster-handel.example", true);
        row("büro@muster-handel.example", true);
        row("team@muster-handel.example", true);
        row("hallo@muster-handel.example", true);
        row("hello@muster-handel.example", true);
        row("post@muster-handel.example", true);
        row("noreply@muster-handel.example", true);
        row("no-reply@muster-handel.example", true);
        row("no_reply@muster-handel.example", true);
        row("e-mail@muster-handel.example", true);
        row("it-abteilung@muster-handel.example", true);
        row("\"info\"@muster-handel.example", true);
        row("  info@muster-handel.example  ", true);
        row("info@bücher.example", true);
        row("info@xn--bcher-kva.example", true);
        row("anna.schmidt@muster-handel.example", false);
        row("anna.post@muster-handel.example", false);
        row("a.service@muster-handel.example", false);
        row("martin@muster-handel.example", false);
        row("informatik.lehrer@muster-handel.example", false);
        row("infoservice@muster-handel.example", false);
        row("anna@info.example", false);
        row("anna@bücher.example", false);
        row("anna@xn--bcher-kva.example", false);
        row("info", false);
        row("@info.example", false);
        row("", false);
    }

    void genericMailbox()
    {
        QFETCH(QString, address);
        QFETCH(bool, generic);
        QCOMPARE(isGenericMailbox(address), generic);
    }
};

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
