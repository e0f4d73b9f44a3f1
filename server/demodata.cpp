#include "server/demodata.h"

#include "core/crypto.h"
#include "server/demoproducts.h"
#include "server/storage/accountstore.h"
#include "server/storage/contactstore.h"
#include "server/storage/distributionstore.h"

namespace nb::server {

namespace {

struct DemoContact
{
    const char *salutation, *title, *first, *last, *position, *email, *phone;
    QStringList areas;
    bool dpo, emergency, critical;
};

struct DemoCompany
{
    Company company;
    QList<DemoContact> contacts;
    QList<std::pair<QString, QStringList>> distribution;
};

QList<DemoCompany> world()
{
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };
    Company muster;
    muster.customerNumber = s("K-100234");
    muster.name = s("Muster Handel GmbH");
    muster.street = s("Industriestraße 12");
    muster.postcode = s("41836");
    muster.city = s("Hückelhoven");
    muster.country = s("DE");
    muster.phone = s("+49 2433 12345-0");
    muster.website = s("https://www.muster-handel.example");
    muster.vatId = s("DE123456789");
    muster.primaryContactEmail = s("info@muster-handel.example"); // generic, as the seed warns

    Company beispiel;
    beispiel.customerNumber = s("K-200871");
    beispiel.name = s("Beispiel Shop KG");
    beispiel.street = s("Marktplatz 3");
    beispiel.postcode = s("80331");
    beispiel.city = s("München");
    beispiel.country = s("DE");
    beispiel.phone = s("+49 89 987654");
    beispiel.website = s("https://beispiel-shop.example");
    beispiel.vatId = s("DE987654321");
    beispiel.primaryContactEmail = s("lena.fischer@beispiel-shop.example");

    const QString purchasing = QStringLiteral("purchasing-and-billing");
    const QString marketing = QStringLiteral("marketing-and-sales");
    const QString operations = QStringLiteral("operations-and-maintenance");
    const QString it = QStringLiteral("it-and-technology");
    const QString privacy = QStringLiteral("data-protection");
    return {
        {muster,
         {{"ms",
           "",
           "Anna",
           "Schmidt",
           "Geschäftsführerin",
           "anna.schmidt@muster-handel.example",
           "+49 2433 12345-10",
           {purchasing, marketing},
           false,
           true,
           true},
          {"mr",
           "",
           "Jonas",
           "Weber",
           "Leiter IT",
           "jonas.weber@muster-handel.example",
           "+49 2433 12345-20",
           {operations, it},
           false,
           false,
           true},
          {"ms",
           "Dr.",
           "Petra",
           "Klein",
           "Datenschutzbeauftragte",
           "petra.klein@muster-handel.example",
           "",
           {privacy},
           true,
           false,
           false},
          {"mr",
           "",
           "Mehmet",
           "Öztürk",
           "Buchhaltung",
           "buchhaltung@muster-handel.example",
           "",
           {purchasing},
           false,
           false,
           false}},
         {{QStringLiteral("security"),
           {s("it@muster-handel.example"), s("jonas.weber@muster-handel.example")}},
          {QStringLiteral("maintenance-and-outages"), {s("it@muster-handel.example")}},
          {QStringLiteral("billing-and-contracts"), {s("buchhaltung@muster-handel.example")}}}},
        {beispiel,
         {{"ms",
           "",
           "Lena",
           "Fischer",
           "Inhaberin",
           "lena.fischer@beispiel-shop.example",
           "+49 89 987654-1",
           {purchasing, marketing},
           false,
           true,
           true},
          {"mr",
           "",
           "Tobias",
           "Braun",
           "Technik",
           "tobias.braun@beispiel-shop.example",
           "",
           {operations, it},
           false,
           false,
           true},
          {"diverse",
           "",
           "Sascha",
           "Yilmaz",
           "Buchhaltung und Datenschutz",
           "sascha.yilmaz@beispiel-shop.example",
           "",
           {purchasing, privacy},
           true,
           false,
           false}},
         {{QStringLiteral("security"), {s("tobias.braun@beispiel-shop.example")}},
          {QStringLiteral("product-news"), {s("newsletter@beispiel-shop.example")}}}},
    };
}

struct DemoUser
{
    const char *email, *role, *displayName;
    int companyIndex; // -1: staff
};

const DemoUser users[] = {
    {"admin@muster-handel.example", "admin", "Anna Schmidt", 0},
    {"it@muster-handel.example", "member", "Jonas Weber", 0},
    {"admin@beispiel-shop.example", "admin", "Lena Fischer", 1},
    {"staff@notabene.example", "staff", "Sabine Redaktion", -1},
    {"approver@notabene.example", "staff", "Frank Freigabe", -1},
};

} // namespace

Result<QList<DemoLogin>> createDemoData(Database &db)
{
    AccountStore accounts(db);
    ContactStore contacts(db);
    DistributionStore distribution(db);
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();

    const QList<DemoCompany> companies = world();
    QList<qint64> companyIds;
    for (const DemoCompany &demo : companies) {
        auto existing = accounts.companyIdByCustomerNumber(demo.company.customerNumber);
        if (!existing)
            return existing.error();
        if (*existing) {
            companyIds.append(**existing);
            continue;
        }
        auto id = accounts.createCompany(demo.company);
        if (!id)
            return id.error();
        companyIds.append(*id);
        for (const DemoContact &c : demo.contacts) {
            Contact contact;
            contact.salutation = QString::fromUtf8(c.salutation);
            contact.title = QString::fromUtf8(c.title);
            contact.firstName = QString::fromUtf8(c.first);
            contact.lastName = QString::fromUtf8(c.last);
            contact.position = QString::fromUtf8(c.position);
            contact.email = QString::fromUtf8(c.email);
            contact.phone = QString::fromUtf8(c.phone);
            contact.areas = c.areas;
            contact.dataProtectionOfficer = c.dpo;
            contact.emergencyContact = c.emergency;
            contact.receivesCriticalInformation = c.critical;
            if (auto created = contacts.create(*id, contact); !created)
                return created.error();
        }
        for (const auto &[category, addresses] : demo.distribution) {
            if (auto replaced = distribution.replace(*id, category, addresses, 0); !replaced)
                return replaced.error();
        }
    }

    if (Status licensed = createDemoProducts(db, companyIds); !licensed)
        return licensed.error();

    QList<DemoLogin> logins;
    for (const DemoUser &u : users) {
        const QString email = QString::fromLatin1(u.email);
        const QString company = u.companyIndex < 0 ? QStringLiteral("Notabene (staff)")
                                                   : companies.at(u.companyIndex).company.name;
        logins.append(DemoLogin{email, QString::fromLatin1(u.role), company});
        auto existing = accounts.userWithPasswordHash(email);
        if (!existing)
            return existing.error();
        if (*existing)
            continue;
        auto hash = crypto::hashPassword(QString::fromLatin1(demoPassword));
        if (!hash)
            return hash.error();
        const qint64 companyId = u.companyIndex < 0 ? 0 : companyIds.at(u.companyIndex);
        if (auto created = accounts.createUser(email, *hash, QString::fromLatin1(u.role), companyId,
                                               QString::fromUtf8(u.displayName));
            !created)
            return created.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return logins;
}

} // namespace nb::server
