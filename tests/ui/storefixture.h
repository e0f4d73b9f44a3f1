#pragma once

#include "client/domainjson.h"
#include "client/offlinestore.h"

#include <QTemporaryDir>
#include <memory>

// A real OfflineStore in a temporary folder, filled with what a first pull from the server of
// the demo company would have stored (with the branding of a vendor "JTL"). No server is involved.
class StoreFixture
{
public:
    StoreFixture();

    nb::client::OfflineStore *store() const { return m_store.get(); }
    bool ok() const { return m_store != nullptr; }
    int pending() const;

    // What GET /api/v1/account of the demo company answers: the data below, one ETag per item.
    static nb::client::AccountSnapshot demoAccount();
    static nb::client::Branding demoBranding(); // vendor "JTL"
    static nb::Company demoCompany();
    static QList<nb::Contact> demoContacts();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<nb::client::OfflineStore> m_store;
};
