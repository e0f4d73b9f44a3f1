#include "core/recipients.h"

#include "core/emailaddress.h"

#include <QByteArray>

namespace nb::recipients {

namespace {

constexpr qsizetype maxLocalPart = 64;
constexpr qsizetype maxLabel = 63;
constexpr qsizetype maxDomain = 253;
constexpr qsizetype maxAddress = 254;

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// atext (RFC 5322 3.2.3).
bool isAtext(char16_t c)
{
    return isAsciiAlnum(c) || QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(QChar(c));
}

// A dot-atom local part of at most 64 characters.
bool isPlainLocalPart(QStringView local)
{
    if (local.isEmpty() || local.size() > maxLocalPart || local.front() == u'.' ||
        local.back() == u'.')
        return false;
    char16_t previous = 0;
    for (const QChar ch : local) {
        const char16_t c = ch.unicode();
        if (c == u'.' ? previous == u'.' : !isAtext(c))
            return false;
        previous = c;
    }
    return true;
}

// A lower-case LDH domain of at least two labels, none of them ACE ("xn--", which needs
// decoding to be checked), not ending in a numeric label, within the length limits.
bool isPlainDomain(QStringView domain)
{
    if (domain.isEmpty() || domain.size() > maxDomain)
        return false;
    int labels = 0;
    qsizetype start = 0;
    while (start <= domain.size()) {
        qsizetype end = domain.indexOf(u'.', start);
        if (end < 0)
            end = domain.size();
        const QStringView label = domain.mid(start, end - start);
        if (label.isEmpty() || label.size() > maxLabel || label.front() == u'-' ||
            label.back() == u'-' || label.startsWith(u"xn--"))
            return false;
        bool digits = true;
        for (const QChar ch : label) {
            const char16_t c = ch.unicode();
            const bool digit = c >= u'0' && c <= u'9';
            if (!digit && !(c >= u'a' && c <= u'z') && c != u'-')
                return false;
            digits = digits && digit;
        }
        ++labels;
        if (end == domain.size())
            return labels >= 2 && !digits;
        start = end + 1;
    }
    return false;
}

// True when `address` is in the form nb::normalizeEmail returns unchanged: a dot-atom local
// part, '@', a lower-case LDH domain. This is how addresses are stored, so most of them are
// checked with one pass over their characters; everything else (IDN, upper-case or ACE domains,
// quoted local parts, spaces, anything invalid) goes through nb::normalizeEmail.
bool isPlainNormalized(const QString &address)
{
    if (address.size() > maxAddress)
        return false;
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0)
        return false;
    const QStringView view(address);
    return isPlainLocalPart(view.left(at)) && isPlainDomain(view.mid(at + 1));
}

// The normalised spelling (domain in punycode) of an address, or empty when it is refused.
QString normalized(const QString &address)
{
    if (isPlainNormalized(address))
        return address;
    Result<QString> result = normalizeEmail(address);
    return result ? std::move(result).value() : QString();
}

// One company's recipients while they are collected: few per company, so a linear search by
// case-insensitive comparison of the normalised spellings (which is what comparing their
// dedupKeys amounts to: a normalised address is ASCII) beats hashing.
class Collector
{
public:
    explicit Collector(QList<Recipient> *out)
        : m_out(out)
    {}

    // Adds `address` with `source`, or merges `source` into the recipient it duplicates. Refused
    // addresses are left out. Returns false for them.
    bool add(const QString &address, const QString &name, Source source)
    {
        const QString spelling = normalized(address);
        if (spelling.isEmpty())
            return false;
        for (Recipient &r : *m_out) {
            if (r.address.compare(spelling, Qt::CaseInsensitive) == 0) {
                r.sources |= int(source);
                if (r.name.isEmpty() && source == Source::Ansprechpartner)
                    r.name = name;
                return true;
            }
        }
        Recipient r;
        r.address = spelling;
        if (source == Source::Ansprechpartner)
            r.name = name;
        r.sources = int(source);
        m_out->append(std::move(r));
        return true;
    }

private:
    QList<Recipient> *m_out;
};

bool licenses(const CompanyInput &company, const QStringList &products)
{
    for (const QString &product : company.licensedProducts) {
        if (products.contains(product))
            return true;
    }
    return false;
}

// The recipients of one licensing company, before exclusions.
CompanyRecipients collect(const CompanyInput &company, const QString &category)
{
    CompanyRecipients result;
    result.companyId = company.id;
    result.name = company.name;
    result.customerNumber = company.customerNumber;
    result.recipients.reserve(2 + company.criticalContacts.size());
    Collector collector(&result.recipients);

    collector.add(company.primaryContactEmail, {}, Source::Erstkontakt);
    for (const Contact &contact : company.criticalContacts)
        collector.add(contact.email, contact.name, Source::Ansprechpartner);
    bool verteiler = false;
    const auto list = company.distribution.constFind(category);
    if (list != company.distribution.constEnd()) {
        for (const QString &address : *list)
            verteiler = collector.add(address, {}, Source::Verteiler) || verteiler;
    }
    if (!verteiler) {
        // No usable Verteiler address: the category's mail goes to the Erstkontakt.
        result.usesFallback = true;
        collector.add(company.primaryContactEmail, {}, Source::Fallback);
    }
    return result;
}

// Marks excluded addresses and adds the company to the totals.
void applyExclusions(CompanyRecipients &company, const Exclusions &exclusions, Resolution &totals)
{
    company.excluded = exclusions.companies.contains(company.companyId);
    const auto excludedAddresses = exclusions.addresses.constFind(company.companyId);
    const bool byAddress = excludedAddresses != exclusions.addresses.constEnd();
    qint64 sending = 0;
    for (Recipient &r : company.recipients) {
        if (byAddress)
            r.excluded = excludedAddresses->contains(r.address.toLower());
        if (company.excluded || r.excluded)
            ++totals.excludedAddresses;
        else
            ++sending;
    }
    totals.addresses += sending;
    if (company.excluded)
        ++totals.companiesExcluded;
    else if (sending > 0)
        ++totals.companiesIncluded;
}

// One CSV cell: formula starts defused with an apostrophe, quoted where RFC 4180 needs it.
void appendCell(QByteArray &out, const QString &text)
{
    QByteArray cell = text.toUtf8();
    if (!cell.isEmpty() &&
        (cell.front() == '=' || cell.front() == '+' || cell.front() == '-' || cell.front() == '@'))
        cell.prepend('\'');
    const bool quote =
        cell.contains(',') || cell.contains('"') || cell.contains('\n') || cell.contains('\r');
    if (!quote) {
        out += cell;
        return;
    }
    out += '"';
    out += cell.replace("\"", "\"\"");
    out += '"';
}

QString sourceNames(int sources)
{
    static const std::pair<Source, const char *> names[] = {
        {Source::Erstkontakt, "Erstkontakt"},
        {Source::Ansprechpartner, "Ansprechpartner"},
        {Source::Verteiler, "Verteiler"},
        {Source::Fallback, "Fallback"},
    };
    QStringList parts;
    for (const auto &[source, name] : names) {
        if (sources & int(source))
            parts.append(QString::fromLatin1(name));
    }
    return parts.join(QLatin1String("; "));
}

} // namespace

QString dedupKey(const QString &address)
{
    return normalized(address).toLower();
}

Resolution resolve(const QList<CompanyInput> &companies, const QStringList &products,
                   const QString &category, const Exclusions &exclusions)
{
    Resolution resolution;
    resolution.companies.reserve(companies.size());
    for (const CompanyInput &company : companies) {
        if (!licenses(company, products)) {
            ++resolution.companiesUnlicensed;
            continue;
        }
        CompanyRecipients recipients = collect(company, category);
        applyExclusions(recipients, exclusions, resolution);
        resolution.companies.append(std::move(recipients));
    }
    return resolution;
}

QByteArray toCsv(const Resolution &resolution)
{
    QByteArray out = "customer number,company,address,name,sources,excluded\r\n";
    for (const CompanyRecipients &company : resolution.companies) {
        for (const Recipient &r : company.recipients) {
            appendCell(out, company.customerNumber);
            out += ',';
            appendCell(out, company.name);
            out += ',';
            appendCell(out, r.address);
            out += ',';
            appendCell(out, r.name);
            out += ',';
            appendCell(out, sourceNames(r.sources));
            out += ',';
            out += company.excluded || r.excluded ? "yes" : "no";
            out += "\r\n";
        }
    }
    return out;
}

} // namespace nb::recipients
