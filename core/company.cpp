#include "core/company.h"

#include "core/fieldrules.h"
#include "core/jsonreader.h"

#include <QCoreApplication>

namespace nb {

QJsonObject Company::toJson() const
{
    return QJsonObject{
        {QStringLiteral("customerNumber"), customerNumber},
        {QStringLiteral("name"), name},
        {QStringLiteral("street"), street},
        {QStringLiteral("postcode"), postcode},
        {QStringLiteral("city"), city},
        {QStringLiteral("country"), country},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("website"), website},
        {QStringLiteral("vatId"), vatId},
        {QStringLiteral("primaryContactEmail"), primaryContactEmail},
    };
}

const std::span<const CompanyField> &companyFields()
{
    static constexpr CompanyField fields[] = {
        {"name", &Company::name, 120},
        {"street", &Company::street, 120},
        {"postcode", &Company::postcode, 10},
        {"city", &Company::city, 80},
        {"country", &Company::country, 2},
        {"phone", &Company::phone, 30},
        {"website", &Company::website, 200},
        {"vatId", &Company::vatId, 14},
        {"primaryContactEmail", &Company::primaryContactEmail, 254},
    };
    static const std::span<const CompanyField> span(fields);
    return span;
}

Result<Company> companyFromJson(const QJsonObject &json, const Company &current)
{
    static const QStringList keys = [] {
        QStringList names{QStringLiteral("customerNumber")};
        for (const CompanyField &field : companyFields())
            names.append(QLatin1String(field.key));
        return names;
    }();
    JsonReader reader(json, keys);
    Company company = current;
    const auto customerNumber = reader.string(QStringLiteral("customerNumber"), false);
    if (customerNumber && *customerNumber != current.customerNumber) {
        reader.fail(QStringLiteral("read-only"), QStringLiteral("customerNumber"),
                    QCoreApplication::translate("nb::Company",
                                                "The customer number is assigned by the vendor "
                                                "and cannot be changed."));
    }
    for (const CompanyField &field : companyFields()) {
        if (auto value = reader.string(QLatin1String(field.key), true, field.maxLength))
            company.*field.member = *value;
    }
    if (!reader.ok())
        return reader.error();

    if (company.name.isEmpty()) {
        return Error{QStringLiteral("required"),
                     QCoreApplication::translate("nb::Company", "Enter the company name."),
                     QStringLiteral("name")};
    }
    if (company.primaryContactEmail.isEmpty()) {
        return Error{
            QStringLiteral("required"),
            QCoreApplication::translate(
                "nb::Company",
                "Enter the e-mail address that receives mandatory mailings (Erstkontakt)."),
            QStringLiteral("primaryContactEmail")};
    }
    const auto withField = [](std::optional<Error> error,
                              const char *field) -> std::optional<Error> {
        if (error)
            error->field = QLatin1String(field);
        return error;
    };
    company.country = company.country.toUpper();
    company.vatId = company.vatId.remove(QLatin1Char(' ')).toUpper();
    for (auto error :
         {withField(rules::checkCountry(company.country), "country"),
          withField(rules::checkPostcode(company.postcode, company.country), "postcode"),
          withField(rules::checkPhone(company.phone), "phone"),
          withField(rules::checkWebsite(company.website), "website"),
          withField(rules::checkVatId(company.vatId), "vatId"),
          rules::checkEmail(&company.primaryContactEmail, QStringLiteral("primaryContactEmail"))}) {
        if (error)
            return *error;
    }
    return company;
}

} // namespace nb
