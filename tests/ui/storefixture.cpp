#include "storefixture.h"

#include <QUuid>

using namespace nb;

StoreFixture::StoreFixture()
{
    auto opened = client::OfflineStore::open(m_dir.filePath(QStringLiteral("store.sqlite")),
                                             QUuid::createUuid().toString());
    if (!opened) {
        qWarning("Cannot open the store: %s", qPrintable(opened.error().message));
        return;
    }
    m_store = std::move(*opened);
    if (!m_store->storeServerAccount(demoAccount(), "\"a1\"").ok()) {
        qWarning("Cannot seed the store");
        m_store.reset();
    }
}

int StoreFixture::pending() const
{
    const auto count = m_store->pendingChanges();
    return count ? *count : -1;
}

client::AccountSnapshot StoreFixture::demoAccount()
{
    client::AccountSnapshot account;
    account.company = demoCompany();
    account.companyEtag = "\"c1\"";
    account.contacts = demoContacts();
    for (const Contact &contact : account.contacts)
        account.contactEtags.append("\"contact" + QByteArray::number(contact.id) + "-1\"");
    for (const QString &category : distributionCategories()) {
        account.categories.append(DistributionList{category, {}, 1});
        account.categoryEtags.append("\"" + category.toLatin1() + "-1\"");
    }
    account.categories[0].addresses = {QStringLiteral("it@muster-handel.example")}; // security
    account.branding = demoBranding();
    return account;
}

client::Branding StoreFixture::demoBranding()
{
    client::Branding branding;
    branding.vendorName = QStringLiteral("JTL");
    branding.primaryColor = QStringLiteral("#D21F3C");
    branding.accentColor = QStringLiteral("#00A0E0");
    branding.mailFrom = QStringLiteral("pflichtmailing@jtl.example");
    branding.domains = {QStringLiteral("jtl.example")};
    return branding;
}

Company StoreFixture::demoCompany()
{
    Company c;
    c.id = 1;
    c.customerNumber = QStringLiteral("K-100234");
    c.name = QStringLiteral("Muster Handel GmbH");
    c.street = QStringLiteral("Industriestraße 12");
    c.postcode = QStringLiteral("41836");
    c.city = QStringLiteral("Hückelhoven");
    c.country = QStringLiteral("DE");
    c.phone = QStringLiteral("+49 2433 12345-0");
    c.website = QStringLiteral("https://www.muster-handel.example");
    c.vatId = QStringLiteral("DE123456789");
    c.primaryContactEmail = QStringLiteral("info@muster-handel.example");
    return c;
}

QList<Contact> StoreFixture::demoContacts()
{
    Contact petra;
    petra.id = 11;
    petra.salutation = QStringLiteral("ms");
    petra.title = QStringLiteral("Dr.");
    petra.firstName = QStringLiteral("Petra");
    petra.lastName = QStringLiteral("Klein");
    petra.position = QStringLiteral("Datenschutzbeauftragte");
    petra.email = QStringLiteral("petra.klein@muster-handel.example");
    petra.areas = {QStringLiteral("data-protection")};
    petra.dataProtectionOfficer = true;
    petra.receivesCriticalInformation = true;

    Contact jonas;
    jonas.id = 12;
    jonas.salutation = QStringLiteral("mr");
    jonas.firstName = QStringLiteral("Jonas");
    jonas.lastName = QStringLiteral("Becker");
    jonas.position = QStringLiteral("IT-Leiter");
    jonas.email = QStringLiteral("jonas.becker@muster-handel.example");
    jonas.areas = {QStringLiteral("it-and-technology")};
    jonas.emergencyContact = true;
    return {petra, jonas};
}
