#pragma once

#include "core/company.h"
#include "core/contact.h"
#include "core/distribution.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// Coverage warnings (issue 7): is the company's critical information well covered? Computed on
// the client from the account data it stores (offline too), each warning explained in German
// (the English source text goes through QCoreApplication::translate, context
// "nb::coverage").
namespace nb::coverage {

// What the server knows of an address (GET /api/v1/security "addresses").
struct AddressState
{
    enum class State
    {
        Unconfirmed,
        Confirmed,
        Bounced
    };
    State state = State::Unconfirmed;
    QDateTime confirmedAt; // UTC; invalid: never
    QDateTime bouncedAt;   // UTC; invalid: never
};

struct Input
{
    Company company;
    QList<Contact> contacts;
    QList<DistributionList> lists; // every category the company has (missing = empty)
    // By recipients::dedupKey of the address.
    QHash<QString, AddressState> addresses;
};

struct Warning
{
    // "generic-erstkontakt", "category-falls-back" (one per empty category), "single-security-
    // person", "address-bounced" (one per bounced address), "no-emergency-contact",
    // "contact-unconfirmed" (one per flagged contact not yet confirmed).
    QString code;
    QString message;  // translated, says what is wrong and what to do
    QString category; // for category-falls-back; empty otherwise
    QString address;  // for address-bounced / contact-unconfirmed / generic-erstkontakt
    qint64 contactId = 0;
};

// Whether the local part names a shared mailbox rather than a person: info@, office@, kontakt@,
// contact@, mail@, service@, support@, admin@, verwaltung@, zentrale@, buero@/büro@, team@,
// hello@/hallo@, post@, noreply@ and the like (case-insensitive; "info.berlin@" counts too).
bool isGenericMailbox(const QString &address);

// Every warning for `input`, in a stable order: generic Erstkontakt, bounced addresses,
// categories falling back (display order of distributionCategories()), single security person,
// no emergency contact, unconfirmed contacts.
// Rules: an address counts as bounced only where it is used (Erstkontakt, a flagged contact,
// a Verteiler); a category falls back when its Verteiler has no valid address; security mail
// reaches the Erstkontakt, the flagged contacts whose address is confirmed and the security
// Verteiler (as nb::recipients::resolve() and the server's filter of unconfirmed contacts do),
// and "single-security-person" fires when fewer than two distinct personal (not generic, not
// bounced) addresses are among them; a flagged contact is unconfirmed unless `addresses` says
// confirmed (or bounced, which is its own warning).
QList<Warning> check(const Input &input);

} // namespace nb::coverage
