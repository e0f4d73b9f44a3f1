#pragma once

#include "client/branding.h"
#include "client/productinfo.h"
#include "core/company.h"
#include "core/contact.h"
#include "core/distribution.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace nb::client {

// Reading the server's representations (and the store's copies of them) without re-validating
// them: what the server sent is the truth, even when a rule changed since. nullopt when the
// object does not have the shape of the representation at all (a malformed answer).
std::optional<Company> companyFromServer(const QJsonObject &json);
std::optional<Contact> contactFromServer(const QJsonObject &json); // needs a non-zero "id"
std::optional<DistributionList> distributionFromServer(const QJsonObject &json);

// Everything GET /api/v1/account answers: the company's state in one document, each item with
// its own ETag (the If-Match of later edits; empty when the server sent none).
struct AccountSnapshot
{
    Company company;
    QByteArray companyEtag;
    QList<Contact> contacts;
    QList<QByteArray> contactEtags; // one per contact, in the same order
    QList<DistributionList> categories;
    QList<QByteArray> categoryEtags; // one per category, in the same order
    Branding branding;
    QList<ProductInfo> products; // the vendor's catalogue, each with whether it is licensed
};

// One product of the snapshot: a code, a name and a "#RRGGBB" colour; nullopt otherwise.
std::optional<ProductInfo> productFromServer(const QJsonObject &json);

// nullopt when any part is missing or does not have the shape of its representation.
std::optional<AccountSnapshot> accountFromServer(const QJsonObject &json);

// The body of a POST or PUT /contacts: the representation without "id".
QJsonObject contactBody(const Contact &contact);

} // namespace nb::client

namespace nb::client {

// True when every field of a PUT `body` has the same value in the server's `state`: the change
// is on the server already (the answer to an earlier try was lost).
bool stateHasBody(const QJsonObject &state, const QJsonObject &body);

// Keeps only the fields of `json` that a PUT body of this kind carries ("company", "contact",
// "distribution"): a representation read from the server becomes a body again.
QJsonObject bodyFields(const QString &kind, const QJsonObject &json);

} // namespace nb::client
