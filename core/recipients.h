#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Who receives a mandatory mailing: per customer company, the Erstkontakt, the Ansprechpartner
// flagged for critical information, and the Verteiler addresses of the mailing's category
// (an empty category list falls back to the Erstkontakt), only for companies that license one
// of the mailing's products. Pure and fast: the server loads the inputs (RecipientStore) and
// resolves 100,000 companies in well under a second.
namespace nb::recipients {

struct Contact
{
    QString email;
    QString name; // "Vorname Nachname", may be empty
};

// One company as stored (addresses as stored: normalised by nb::normalizeEmail on input).
struct CompanyInput
{
    qint64 id = 0;
    QString name;
    QString customerNumber;
    QString primaryContactEmail;      // the Erstkontakt
    QList<Contact> criticalContacts;  // Ansprechpartner with receivesCriticalInformation
    QHash<QString, QStringList> distribution; // category -> addresses (Verteiler)
    QStringList licensedProducts;     // product codes
};

enum class Source
{
    Erstkontakt = 1,
    Ansprechpartner = 2,
    Verteiler = 4,
    Fallback = 8 // the Erstkontakt standing in for an empty Verteiler category
};

struct Recipient
{
    QString address; // the first spelling seen, domain in punycode
    QString name;    // a contact's name when one of its sources is an Ansprechpartner
    int sources = 0; // Source flags
    bool excluded = false; // excluded by address (kept in the list, not sent to)
};

struct CompanyRecipients
{
    qint64 companyId = 0;
    QString name;
    QString customerNumber;
    QList<Recipient> recipients; // Erstkontakt first, then contacts, then Verteiler order
    bool excluded = false;       // the whole company is excluded
    bool usesFallback = false;   // the category's Verteiler is empty
};

struct Exclusions
{
    QSet<qint64> companies;
    QHash<qint64, QSet<QString>> addresses; // company -> dedup keys (see dedupKey)
};

struct Resolution
{
    QList<CompanyRecipients> companies; // licensing companies, in input order
    qint64 addresses = 0;       // mails that will go out (not excluded)
    qint64 excludedAddresses = 0;
    int companiesIncluded = 0;  // with at least one address that will be sent to
    int companiesExcluded = 0;
    int companiesUnlicensed = 0; // skipped: no licence for any of the products
};

// The key two spellings of one mailbox share: trimmed, IDN domain to punycode, all lower case.
// Empty for an address nb::normalizeEmail refuses.
QString dedupKey(const QString &address);

Resolution resolve(const QList<CompanyInput> &companies, const QStringList &products,
                   const QString &category, const Exclusions &exclusions = {});

// The per-address list as CSV (RFC 4180, UTF-8, header row, CRLF): customer number, company,
// address, name, sources (e.g. "Erstkontakt; Verteiler"), excluded (yes/no). Cells that would
// start a spreadsheet formula (=, +, -, @) are prefixed with an apostrophe.
QByteArray toCsv(const Resolution &resolution);

} // namespace nb::recipients
