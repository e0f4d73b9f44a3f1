// notabene-recipientsbench: who receives a mandatory mailing, for COUNT synthetic customer
// companies (default 100,000).
//
//   notabene-recipientsbench [COUNT] [SQLITE_FILE]
//
// Builds COUNT realistic companies (one Erstkontakt; 0-3 Ansprechpartner flagged for critical
// information; 0-4 Verteiler addresses in the mailing's category plus lists of other categories;
// duplicates and case variants between the sources; a few IDN domains; 70 % license one of the
// mailing's products) and times:
//   resolve  nb::recipients::resolve over the companies in memory (median of 5 runs);
//   store    RecipientStore::load + resolve on a SQLite file holding the same companies (written
//            with plain SQL in one transaction, untimed; median of 5 runs).
// Prints one line per measurement: "name wall-ms cpu-ms companies-included addresses" (the
// medians of wall-clock and of this thread's CPU time).
#include "core/crypto.h"
#include "core/recipients.h"
#include "server/storage/database.h"
#include "server/storage/recipientstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <random>
#include <time.h>

using namespace nb;
using recipients::CompanyInput;

namespace {

const QString category = QStringLiteral("security");
const QStringList mailingProducts{QStringLiteral("wawi"), QStringLiteral("fiskal")};
const QStringList otherProducts{QStringLiteral("shop"), QStringLiteral("paypal"),
                                QStringLiteral("cloud-tse")};
const char *const firstNames[] = {"anna",   "jonas",  "petra", "mehmet", "lena",
                                  "tobias", "sascha", "maria", "lukas",  "sophie"};
const char *const lastNames[] = {"schmidt", "weber",  "klein",   "oeztuerk", "fischer",
                                 "braun",   "yilmaz", "mueller", "wagner",   "becker"};
const char *const roles[] = {"it", "security", "admin", "technik", "edv", "support"};

// The synthetic customer base, the same for every run (fixed seed).
QList<CompanyInput> makeCompanies(int count)
{
    std::mt19937 random(20240601);
    const auto pick = [&random](int n) {
        return int(random() % unsigned(n));
    };
    QList<CompanyInput> companies;
    companies.reserve(count);
    for (int i = 0; i < count; ++i) {
        CompanyInput c;
        c.id = i + 1;
        c.name = QStringLiteral("Firma %1 Handel GmbH").arg(i + 1);
        c.customerNumber = QStringLiteral("K-%1").arg(100000 + i);
        // 2 % IDN domains, stored in punycode as the API normalises them; 0.5 % in Unicode (data
        // from before normalisation) to exercise the conversion.
        const int idn = pick(1000);
        const QString domain =
            idn < 5 ? QStringLiteral("bücher-%1.example").arg(i)
            : idn < 20
                ? QString::fromLatin1(QUrl::toAce(QStringLiteral("bücher-%1.example").arg(i)))
                : QStringLiteral("firma%1.example").arg(i);
        const int contacts = pick(4);
        QStringList personal;
        for (int k = 0; k < contacts; ++k) {
            const QString first = QString::fromLatin1(firstNames[pick(10)]);
            const QString last = QString::fromLatin1(lastNames[pick(10)]);
            const QString email =
                first + QLatin1Char('.') + last + QString::number(k) + QLatin1Char('@') + domain;
            personal.append(email);
            c.criticalContacts.append({email, first + QLatin1Char(' ') + last});
        }
        // The Erstkontakt: usually a generic address, sometimes one of the contacts.
        c.primaryContactEmail = !personal.isEmpty() && pick(3) == 0
                                    ? personal.first()
                                    : QStringLiteral("info@") + domain;
        QStringList verteiler;
        const int listed = pick(5);
        for (int k = 0; k < listed; ++k) {
            const int kind = pick(4);
            if (kind == 0 && !personal.isEmpty()) {
                // A contact again, sometimes in another case.
                QString again = personal.at(pick(int(personal.size())));
                if (pick(2) == 0)
                    again[0] = again.at(0).toUpper();
                verteiler.append(again);
            } else if (kind == 1) {
                verteiler.append(c.primaryContactEmail);
            } else {
                verteiler.append(QString::fromLatin1(roles[pick(6)]) + QString::number(k) +
                                 QLatin1Char('@') + domain);
            }
        }
        c.distribution.insert(category, verteiler);
        c.distribution.insert(QStringLiteral("billing-and-contracts"),
                              {QStringLiteral("buchhaltung@") + domain});
        if (pick(10) < 7)
            c.licensedProducts.append(mailingProducts.at(pick(2)));
        if (pick(2) == 0)
            c.licensedProducts.append(otherProducts.at(pick(3)));
        companies.append(std::move(c));
    }
    return companies;
}

int fail(const QString &what)
{
    std::fprintf(stderr, "recipientsbench: %s\n", qPrintable(what));
    return 1;
}

// Runs the prepared `q` with `values` bound by position.
bool exec(QSqlQuery &q, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (q.exec())
        return true;
    std::fprintf(stderr, "recipientsbench: %s\n", qPrintable(q.lastError().text()));
    return false;
}

// The same companies as rows of a notabene-server database, in one transaction.
Status writeRows(server::Database &db, const QList<CompanyInput> &companies)
{
    QSqlDatabase handle = db.handle();
    const Error failed{QStringLiteral("bench"), QStringLiteral("cannot write the rows"), {}};
    if (!handle.transaction())
        return failed;
    const QStringList codes = mailingProducts + otherProducts;
    QSqlQuery product(handle), company(handle), contact(handle), list(handle), licence(handle);
    product.prepare(
        QStringLiteral("INSERT INTO products (id, code, name, color) VALUES (?, ?, ?, '#0B5CAD')"));
    company.prepare(QStringLiteral("INSERT INTO companies (id, customer_number, name, "
                                   "primary_contact_email) VALUES (?, ?, ?, ?)"));
    contact.prepare(QStringLiteral("INSERT INTO contacts (company_id, first_name, last_name, "
                                   "email, receives_critical_information) VALUES (?, ?, ?, ?, ?)"));
    list.prepare(QStringLiteral(
        "INSERT INTO distribution_lists (company_id, category, addresses) VALUES (?, ?, ?)"));
    licence.prepare(
        QStringLiteral("INSERT INTO company_products (company_id, product_id) VALUES (?, ?)"));
    for (qsizetype k = 0; k < codes.size(); ++k) {
        if (!exec(product, {k + 1, codes.at(k), codes.at(k)}))
            return failed;
    }
    for (const CompanyInput &c : companies) {
        if (!exec(company, {c.id, c.customerNumber, c.name, c.primaryContactEmail}))
            return failed;
        for (const recipients::Contact &k : c.criticalContacts) {
            if (!exec(contact, {c.id, k.name.section(QLatin1Char(' '), 0, 0),
                                k.name.section(QLatin1Char(' '), 1), k.email, 1}))
                return failed;
        }
        // And one contact without the flag, as most companies have.
        if (!exec(contact, {c.id, QStringLiteral("Max"), QStringLiteral("Muster"),
                            QStringLiteral("max.muster%1@firma.example").arg(c.id), 0}))
            return failed;
        for (auto it = c.distribution.constBegin(); it != c.distribution.constEnd(); ++it) {
            const QString json = QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(*it)).toJson(QJsonDocument::Compact));
            if (!exec(list, {c.id, it.key(), json}))
                return failed;
        }
        for (const QString &code : c.licensedProducts) {
            if (!exec(licence, {c.id, codes.indexOf(code) + 1}))
                return failed;
        }
    }
    if (!handle.commit())
        return failed;
    return {};
}

// Whether `loaded` (from the store, with the Verteiler of `category` only) holds what `made` was
// written as.
bool sameCompany(const CompanyInput &made, const CompanyInput &loaded)
{
    QStringList madeLicences = made.licensedProducts, loadedLicences = loaded.licensedProducts;
    madeLicences.sort();
    loadedLicences.sort();
    bool contacts = made.criticalContacts.size() == loaded.criticalContacts.size();
    for (qsizetype i = 0; contacts && i < made.criticalContacts.size(); ++i) {
        contacts = made.criticalContacts.at(i).email == loaded.criticalContacts.at(i).email &&
                   made.criticalContacts.at(i).name == loaded.criticalContacts.at(i).name;
    }
    return made.id == loaded.id && made.name == loaded.name &&
           made.customerNumber == loaded.customerNumber &&
           made.primaryContactEmail == loaded.primaryContactEmail && contacts &&
           made.distribution.value(category) == loaded.distribution.value(category) &&
           loaded.distribution.size() == 1 && madeLicences == loadedLicences;
}

// Untimed: the store loads exactly the companies written, all at once and one by one.
Status checkStore(server::RecipientStore &store, const QList<CompanyInput> &companies)
{
    const Error wrong{QStringLiteral("bench"), QStringLiteral("the store loads other data"), {}};
    auto loaded = store.load(category);
    if (!loaded)
        return loaded.error();
    if (loaded->size() != companies.size())
        return wrong;
    for (qsizetype i = 0; i < companies.size(); ++i) {
        if (!sameCompany(companies.at(i), loaded->at(i)))
            return wrong;
    }
    for (qsizetype i = 0; i < companies.size();
         i += std::max<qsizetype>(1, companies.size() / 50)) {
        auto one = store.loadCompany(companies.at(i).id, category);
        if (!one)
            return one.error();
        if (!*one || !sameCompany(companies.at(i), **one))
            return wrong;
    }
    auto none = store.loadCompany(companies.size() + 1, category);
    if (!none || *none)
        return wrong;
    return {};
}

// CPU time of this thread in milliseconds.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void report(const char *name, double ms, double cpu, const recipients::Resolution &r)
{
    std::printf("%s %.1f %.1f %d %lld\n", name, ms, cpu, r.companiesIncluded,
                static_cast<long long>(r.addresses));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 100000;
    if (count <= 0)
        return fail(QStringLiteral("usage: notabene-recipientsbench [COUNT] [SQLITE_FILE]"));
    if (!crypto::initialize())
        return fail(QStringLiteral("libsodium does not initialise"));

    const QList<CompanyInput> companies = makeCompanies(count);
    QList<double> times, cpu;
    recipients::Resolution resolution;
    for (int run = 0; run < 5; ++run) {
        resolution = {}; // freeing the previous run's result is not part of this one
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        resolution = recipients::resolve(companies, mailingProducts, category);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(cpuMs() - cpuStart);
    }
    report("resolve", median(times), median(cpu), resolution);

    QTemporaryDir dir;
    const QString file = args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("bench.db"));
    QFile::remove(file);
    auto url = server::parseDatabaseUrl(QStringLiteral("sqlite:") + file);
    if (!url)
        return fail(url.error().message);
    auto db = server::Database::open(*url, QStringLiteral("recipientsbench"));
    if (!db)
        return fail(db.error().message);
    if (Status migrated = (*db)->migrate(); !migrated)
        return fail(migrated.error().message);
    if (Status written = writeRows(**db, companies); !written)
        return fail(written.error().message);
    server::RecipientStore store(**db);
    if (Status checked = checkStore(store, companies); !checked)
        return fail(checked.error().message);
    times.clear();
    cpu.clear();
    for (int run = 0; run < 5; ++run) {
        resolution = {}; // freeing the previous run's result is not part of this one
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        auto loaded = store.load(category);
        if (!loaded)
            return fail(loaded.error().message);
        resolution = recipients::resolve(*loaded, mailingProducts, category);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(cpuMs() - cpuStart);
    }
    report("store", median(times), median(cpu), resolution);
    return 0;
}
