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
    QList<DistributionList> lists;
    QList<QByteArray> etags;
    for (const QString &category : distributionCategories()) {
        lists.append(DistributionList{category, {}, 1});
        etags.append("\"" + category.toLatin1() + "-1\"");
    }
    lists[0].addresses = {QStringLiteral("it@muster-handel.example")}; // security
    const bool stored = m_store->storeServerCompany(demoCompany(), "\"c1\"").ok() &&
                        m_store->storeServerContacts(demoContacts(), "\"l1\"").ok() &&
                        m_store->storeServerDistribution(lists, "\"d1\"", etags).ok();
    if (!stored) {
        qWarning("Cannot seed the store");
        m_store.reset();
    }
}

int StoreFixture::pending() const
{
    const auto count = m_store->pendingChanges();
    return count ? *count : -1;
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
