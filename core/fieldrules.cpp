#include "core/fieldrules.h"

#include "core/emailaddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace nb::rules {

namespace {
Error invalid(const QString &message)
{
    return Error{QStringLiteral("invalid-value"), message, {}};
}
} // namespace

std::optional<Error> checkPhone(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9 ()/.\\-]{3,30}$"));
    if (value.isEmpty() || pattern.match(value).hasMatch())
        return std::nullopt;
    return invalid(QCoreApplication::translate(
        "nb::rules", "Enter the phone number with digits only, for example +49 2433 12345-0."));
}

std::optional<Error> checkCountry(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}$"));
    if (value.isEmpty() || pattern.match(value).hasMatch())
        return std::nullopt;
    return invalid(QCoreApplication::translate(
        "nb::rules", "Enter the country as a two-letter code, for example DE, AT or CH."));
}

std::optional<Error> checkPostcode(const QString &value, const QString &country)
{
    if (value.isEmpty())
        return std::nullopt;
    static const QRegularExpression german(QStringLiteral("^[0-9]{5}$"));
    static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
    static const QRegularExpression general(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 \\-]{1,9}$"));
    if (country == QLatin1String("DE") && !german.match(value).hasMatch())
        return invalid(
            QCoreApplication::translate("nb::rules", "A German postcode has exactly five digits."));
    if ((country == QLatin1String("AT") || country == QLatin1String("CH")) &&
        !fourDigits.match(value).hasMatch())
        return invalid(QCoreApplication::translate(
            "nb::rules", "A postcode in Austria or Switzerland has exactly four digits."));
    if (!general.match(value).hasMatch())
        return invalid(QCoreApplication::translate(
            "nb::rules", "The postcode may hold letters, digits, spaces and hyphens only."));
    return std::nullopt;
}

std::optional<Error> checkWebsite(const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        url.host().isEmpty() || !url.userInfo().isEmpty())
        return invalid(QCoreApplication::translate(
            "nb::rules", "Enter the website as a full address, for example https://www.firma.de."));
    return std::nullopt;
}

std::optional<Error> checkVatId(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}[A-Z0-9+*.]{2,12}$"));
    if (value.isEmpty() || pattern.match(value).hasMatch())
        return std::nullopt;
    return invalid(QCoreApplication::translate(
        "nb::rules", "Enter the VAT id with its country prefix and without spaces, for example "
                     "DE123456789."));
}

std::optional<Error> checkEmail(QString *value, const QString &field)
{
    Result<QString> normalised = normalizeEmail(*value);
    if (!normalised) {
        Error error = normalised.error();
        error.field = field;
        return error;
    }
    *value = *normalised;
    return std::nullopt;
}

} // namespace nb::rules
