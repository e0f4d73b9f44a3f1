#include "core/emailaddress.h"
#include "core/recipients.h"
#include "server/api/httpsupport.h"
#include "server/api/routes.h"
#include "server/storage/mailingstore.h"
#include "server/storage/recipientstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

// Staff only: who receives a mailing (totals, the per-company list with search and paging, the
// CSV export) and the mailing's exclusions. The products and the Verteiler category come from
// the mailing's draft; the recipients are resolved from the current data on every request.
namespace nb::server {

namespace {

constexpr qint64 defaultLimit = 100;
constexpr qint64 maxLimit = 1000;
constexpr qsizetype maxSearchLength = 200;

HttpResponse mailingNotFound()
{
    return notFound(QCoreApplication::translate("nb::server::RecipientRoutes", "This mailing"));
}

HttpResponse invalidQuery(const QString &field, const QString &detail)
{
    return HttpResponse::problem(400, "invalid-query", detail, field);
}

// The mailing of the request's {id} for a signed-in staff member, or the answer that ends it.
OrResponse<Mailing> staffMailing(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticateStaff(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    bool ok = false;
    const qint64 id = request.params.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        return mailingNotFound();
    auto mailing = ctx.mailings.get(id);
    if (!mailing)
        return internalProblem(mailing.error());
    if (!*mailing)
        return mailingNotFound();
    return **mailing;
}

// A whole number within [min, max] from the query string, `fallback` when absent; nullopt when
// it is not one.
std::optional<qint64> queryNumber(const HttpRequest &request, const QString &name, qint64 fallback,
                                  qint64 min, qint64 max)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    const QString text = request.query.queryItemValue(name, QUrl::FullyDecoded);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const qint64 value = text.toLongLong();
    if (value < min || value > max)
        return std::nullopt;
    return value;
}

// What staff search for: a piece of a company name, customer number or address. An IDN piece
// ("bücher") also finds the punycode the addresses are stored in.
class Search
{
public:
    explicit Search(const QString &text)
        : m_text(text.trimmed())
    {
        const QString lower = m_text.toLower();
        bool ascii = true;
        for (const QChar c : lower)
            ascii = ascii && c.unicode() < 0x80;
        if (!ascii) {
            m_ace = QString::fromLatin1(QUrl::toAce(lower, QUrl::IgnoreIDNWhitelist));
            if (m_ace == lower)
                m_ace.clear();
        }
    }

    bool matches(const recipients::CompanyRecipients &company) const
    {
        if (m_text.isEmpty())
            return true;
        if (contains(company.name) || contains(company.customerNumber))
            return true;
        return std::any_of(company.recipients.cbegin(), company.recipients.cend(),
                           [this](const recipients::Recipient &r) {
                               return contains(r.address) ||
                                      (!m_ace.isEmpty() &&
                                       r.address.contains(m_ace, Qt::CaseInsensitive));
                           });
    }

private:
    bool contains(const QString &field) const
    {
        return field.contains(m_text, Qt::CaseInsensitive);
    }

    QString m_text;
    QString m_ace;
};

// Who receives `mailing` now, with its exclusions.
Result<recipients::Resolution> resolveMailing(ApiContext &ctx, const Mailing &mailing)
{
    auto stored = ctx.mailings.exclusions(mailing.id);
    if (!stored)
        return stored.error();
    auto companies = ctx.recipients.load(mailing.draft.category);
    if (!companies)
        return companies.error();
    recipients::Exclusions exclusions;
    exclusions.companies = stored->companies;
    exclusions.addresses = stored->addresses;
    return recipients::resolve(*companies, mailing.draft.products, mailing.draft.category,
                               exclusions);
}

QJsonArray sourcesJson(int sources)
{
    static const std::pair<recipients::Source, const char *> names[] = {
        {recipients::Source::Erstkontakt, "erstkontakt"},
        {recipients::Source::Ansprechpartner, "ansprechpartner"},
        {recipients::Source::Verteiler, "verteiler"},
        {recipients::Source::Fallback, "fallback"},
    };
    QJsonArray array;
    for (const auto &[source, name] : names) {
        if (sources & int(source))
            array.append(QString::fromLatin1(name));
    }
    return array;
}

QJsonObject companyJson(const recipients::CompanyRecipients &company)
{
    QJsonArray list;
    for (const recipients::Recipient &r : company.recipients) {
        list.append(QJsonObject{{QStringLiteral("address"), r.address},
                                {QStringLiteral("name"), r.name},
                                {QStringLiteral("sources"), sourcesJson(r.sources)},
                                {QStringLiteral("excluded"), r.excluded}});
    }
    return QJsonObject{{QStringLiteral("id"), company.companyId},
                       {QStringLiteral("name"), company.name},
                       {QStringLiteral("customerNumber"), company.customerNumber},
                       {QStringLiteral("excluded"), company.excluded},
                       {QStringLiteral("usesFallback"), company.usesFallback},
                       {QStringLiteral("recipients"), list}};
}

QJsonObject totalsJson(const recipients::Resolution &r)
{
    return QJsonObject{{QStringLiteral("addresses"), r.addresses},
                       {QStringLiteral("excludedAddresses"), r.excludedAddresses},
                       {QStringLiteral("companiesIncluded"), r.companiesIncluded},
                       {QStringLiteral("companiesExcluded"), r.companiesExcluded},
                       {QStringLiteral("companiesUnlicensed"), r.companiesUnlicensed}};
}

bool wantsCsv(const HttpRequest &request)
{
    return request.header("accept").toLower().contains("text/csv");
}

HttpResponse csvResponse(qint64 mailingId, const recipients::Resolution &resolution)
{
    HttpResponse response;
    response.status = 200;
    response.body = recipients::toCsv(resolution);
    response.setHeader("Content-Type", "text/csv; charset=utf-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"mailing-" +
                                                  QByteArray::number(mailingId) +
                                                  "-recipients.csv\"");
    response.setHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse listRecipients(ApiContext &ctx, const HttpRequest &request)
{
    auto found = staffMailing(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const Mailing &mailing = std::get<Mailing>(found);
    const auto offset =
        queryNumber(request, QStringLiteral("offset"), 0, 0, std::numeric_limits<qint64>::max());
    if (!offset)
        return invalidQuery(QStringLiteral("offset"),
                            QCoreApplication::translate("nb::server::RecipientRoutes",
                                                        "\"offset\" takes a whole number "
                                                        "from 0 on."));
    const auto limit = queryNumber(request, QStringLiteral("limit"), defaultLimit, 1, maxLimit);
    if (!limit)
        return invalidQuery(QStringLiteral("limit"),
                            QCoreApplication::translate("nb::server::RecipientRoutes",
                                                        "\"limit\" takes a whole number "
                                                        "from 1 to %1.")
                                .arg(maxLimit));
    const QString text = request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    if (text.size() > maxSearchLength)
        return invalidQuery(QStringLiteral("q"),
                            QCoreApplication::translate("nb::server::RecipientRoutes",
                                                        "The search text may hold at "
                                                        "most %1 characters.")
                                .arg(maxSearchLength));

    auto resolved = resolveMailing(ctx, mailing);
    if (!resolved)
        return internalProblem(resolved.error());
    const Search search(text);
    recipients::Resolution matching = *resolved;
    matching.companies.clear();
    for (const recipients::CompanyRecipients &company : std::as_const(resolved->companies)) {
        if (search.matches(company))
            matching.companies.append(company);
    }
    if (wantsCsv(request))
        return csvResponse(mailing.id, matching);

    QJsonArray page;
    const qsizetype end = qsizetype(std::min<qint64>(matching.companies.size(), *offset + *limit));
    for (qsizetype i = qsizetype(std::min<qint64>(*offset, end)); i < end; ++i)
        page.append(companyJson(matching.companies.at(i)));
    HttpResponse response = HttpResponse::json(
        200, QJsonObject{{QStringLiteral("totals"), totalsJson(*resolved)},
                         {QStringLiteral("companies"), page},
                         {QStringLiteral("offset"), *offset},
                         {QStringLiteral("limit"), *limit},
                         {QStringLiteral("matched"), qint64(matching.companies.size())}});
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QJsonObject exclusionsJson(const MailingExclusions &exclusions)
{
    QList<qint64> companies(exclusions.companies.cbegin(), exclusions.companies.cend());
    std::sort(companies.begin(), companies.end());
    QJsonArray companyArray;
    for (const qint64 id : companies)
        companyArray.append(id);
    QList<qint64> withAddresses = exclusions.addresses.keys();
    std::sort(withAddresses.begin(), withAddresses.end());
    QJsonArray addressArray;
    for (const qint64 id : withAddresses) {
        QStringList addresses(exclusions.addresses.value(id).cbegin(),
                              exclusions.addresses.value(id).cend());
        addresses.sort();
        for (const QString &address : addresses) {
            addressArray.append(
                QJsonObject{{QStringLiteral("company"), id}, {QStringLiteral("address"), address}});
        }
    }
    return QJsonObject{{QStringLiteral("companies"), companyArray},
                       {QStringLiteral("addresses"), addressArray}};
}

HttpResponse exclusionsResponse(ApiContext &ctx, qint64 mailingId)
{
    auto exclusions = ctx.mailings.exclusions(mailingId);
    if (!exclusions)
        return internalProblem(exclusions.error());
    HttpResponse response = HttpResponse::json(200, exclusionsJson(*exclusions));
    response.setHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse getExclusions(ApiContext &ctx, const HttpRequest &request)
{
    auto found = staffMailing(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    return exclusionsResponse(ctx, std::get<Mailing>(found).id);
}

Error fieldError(const char *code, const QString &field, const QString &message)
{
    return Error{QString::fromLatin1(code), message, field};
}

// A company id in the body: a whole positive number of an existing company.
Result<qint64> companyId(ApiContext &ctx, const QJsonValue &value, const QString &field)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number > 9e15 || number != double(qint64(number)))
        return fieldError("wrong-type", field,
                          QCoreApplication::translate("nb::server::RecipientRoutes",
                                                      "\"%1\" must be a company id (a "
                                                      "whole number).")
                              .arg(field));
    const qint64 id = qint64(number);
    auto company = ctx.accounts.company(id);
    if (!company)
        return company.error();
    if (!*company)
        return fieldError(
            "invalid-value", field,
            QCoreApplication::translate("nb::server::RecipientRoutes", "There is no company %1.")
                .arg(id));
    return id;
}

// The body of PUT .../exclusions; errors name the field (storage errors have no field).
Result<MailingExclusions> exclusionsFromJson(ApiContext &ctx, const QJsonObject &json)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != QLatin1String("companies") && it.key() != QLatin1String("addresses"))
            return fieldError("unknown-field", it.key(),
                              QCoreApplication::translate("nb::server::RecipientRoutes",
                                                          "The field \"%1\" is not "
                                                          "known here.")
                                  .arg(it.key()));
    }
    for (const char *key : {"companies", "addresses"}) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isArray())
            return fieldError(
                "wrong-type", QString::fromLatin1(key),
                QCoreApplication::translate("nb::server::RecipientRoutes", "\"%1\" must be a list.")
                    .arg(QLatin1String(key)));
    }
    MailingExclusions result;
    const QJsonArray companies = json.value(QLatin1String("companies")).toArray();
    for (qsizetype i = 0; i < companies.size(); ++i) {
        auto id = companyId(ctx, companies.at(i), QStringLiteral("companies[%1]").arg(i));
        if (!id)
            return id.error();
        result.companies.insert(*id);
    }
    const QJsonArray addresses = json.value(QLatin1String("addresses")).toArray();
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QString field = QStringLiteral("addresses[%1]").arg(i);
        const QJsonObject entry = addresses.at(i).toObject();
        if (!addresses.at(i).isObject() || entry.size() != 2 ||
            !entry.contains(QLatin1String("company")) || !entry.contains(QLatin1String("address")))
            return fieldError("wrong-type", field,
                              QCoreApplication::translate("nb::server::RecipientRoutes",
                                                          "\"%1\" must be an object with "
                                                          "\"company\" and \"address\".")
                                  .arg(field));
        auto id = companyId(ctx, entry.value(QLatin1String("company")),
                            field + QStringLiteral(".company"));
        if (!id)
            return id.error();
        const QString addressField = field + QStringLiteral(".address");
        if (!entry.value(QLatin1String("address")).isString())
            return fieldError(
                "wrong-type", addressField,
                QCoreApplication::translate("nb::server::RecipientRoutes", "\"%1\" must be a text.")
                    .arg(addressField));
        const QString key = recipients::dedupKey(entry.value(QLatin1String("address")).toString());
        if (key.isEmpty()) {
            Error error = normalizeEmail(entry.value(QLatin1String("address")).toString()).error();
            error.field = addressField;
            return error;
        }
        result.addresses[*id].insert(key);
    }
    return result;
}

HttpResponse putExclusions(ApiContext &ctx, const HttpRequest &request)
{
    auto found = staffMailing(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const qint64 id = std::get<Mailing>(found).id;
    auto body = jsonBody(request);
    if (auto *failure = std::get_if<HttpResponse>(&body))
        return *failure;
    auto exclusions = exclusionsFromJson(ctx, std::get<QJsonObject>(body));
    if (!exclusions) {
        if (exclusions.error().field.isEmpty())
            return internalProblem(exclusions.error());
        return validationProblem(exclusions.error());
    }
    auto outcome = ctx.mailings.setExclusions(id, *exclusions);
    if (!outcome)
        return internalProblem(outcome.error());
    switch (*outcome) {
    case MailingStore::Outcome::Done:
        return exclusionsResponse(ctx, id);
    case MailingStore::Outcome::NotFound:
        return mailingNotFound();
    case MailingStore::Outcome::Sent:
        return HttpResponse::problem(
            409, "mailing-sent",
            QCoreApplication::translate("nb::server::RecipientRoutes",
                                        "This mailing has been sent; its recipients "
                                        "can no longer change."));
    case MailingStore::Outcome::Stale:
        break;
    }
    return staleProblem();
}

} // namespace

void addRecipientRoutes(Router &router, ApiContext &ctx)
{
    const QString mailing = QStringLiteral("/api/v1/staff/mailings/{id}");
    router.add(Method::Get, mailing + QStringLiteral("/recipients"),
               [&ctx](const HttpRequest &request) { return listRecipients(ctx, request); });
    router.add(Method::Get, mailing + QStringLiteral("/exclusions"),
               [&ctx](const HttpRequest &request) { return getExclusions(ctx, request); });
    router.add(Method::Put, mailing + QStringLiteral("/exclusions"),
               [&ctx](const HttpRequest &request) { return putExclusions(ctx, request); });
}

} // namespace nb::server
