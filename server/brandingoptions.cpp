#include "server/brandingoptions.h"

#include "core/emailaddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace nb::server {

namespace {

Error usageError(const QString &message)
{
    return Error{QStringLiteral("usage"), message, {}};
}

// "a.example, B.Example" → {"a.example", "b.example"}: lower-case punycode host names with at
// least two labels; nullopt when one is not a domain.
std::optional<QStringList> parseDomains(const QString &text)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"));
    QStringList domains;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString domain = QString::fromLatin1(QUrl::toAce(part.trimmed())).toLower();
        const QStringList labels = domain.split(QLatin1Char('.'));
        if (domain.isEmpty() || domain.size() > 253 || labels.size() < 2 ||
            !std::all_of(labels.cbegin(), labels.cend(),
                         [](const QString &l) { return label.match(l).hasMatch(); }))
            return std::nullopt;
        if (!domains.contains(domain))
            domains.append(domain);
    }
    if (domains.isEmpty())
        return std::nullopt;
    return domains;
}

} // namespace

BrandingOptions::BrandingOptions()
    : name(QStringLiteral("vendor-name"),
           QCoreApplication::translate(
               "nb::server::Cli",
               "The vendor's name shown by the clients and in the From of its mails (default "
               "Notabene)."),
           QStringLiteral("NAME"), defaults.vendorName)
    , color(QStringLiteral("vendor-color"),
            QCoreApplication::translate("nb::server::Cli",
                                        "The vendor's primary colour (default #0B5CAD)."),
            QStringLiteral("#RRGGBB"), defaults.primaryColor)
    , accent(QStringLiteral("vendor-accent"),
             QCoreApplication::translate("nb::server::Cli",
                                         "The vendor's accent colour (default #E8A317)."),
             QStringLiteral("#RRGGBB"), defaults.accentColor)
    , mailFrom(QStringLiteral("vendor-mail-from"),
               QCoreApplication::translate("nb::server::Cli",
                                           "The sender address of the vendor's mails (default "
                                           "pflichtmailing@notabene.example)."),
               QStringLiteral("ADDRESS"), defaults.mailFrom)
    , domains(QStringLiteral("vendor-domains"),
              QCoreApplication::translate("nb::server::Cli",
                                          "The vendor's domains, comma-separated: links to them "
                                          "in a mail raise no warning (default "
                                          "notabene.example)."),
              QStringLiteral("DOMAIN,…"), defaults.domains.join(QLatin1Char(',')))
{}

Result<BrandingConfig> brandingConfig(const QCommandLineParser &parser,
                                      const BrandingOptions &options)
{
    static const QRegularExpression colour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    BrandingConfig branding;
    branding.vendorName = parser.value(options.name).trimmed();
    branding.primaryColor = parser.value(options.color).trimmed().toUpper();
    branding.accentColor = parser.value(options.accent).trimmed().toUpper();
    const bool controls = std::any_of(branding.vendorName.cbegin(), branding.vendorName.cend(),
                                      [](QChar c) { return c.category() == QChar::Other_Control; });
    if (branding.vendorName.isEmpty() || branding.vendorName.size() > 100 || controls)
        return usageError(QCoreApplication::translate("nb::server::Cli",
                                                      "--vendor-name takes a name of 1 to 100 "
                                                      "characters, without control characters."));
    if (!colour.match(branding.primaryColor).hasMatch() ||
        !colour.match(branding.accentColor).hasMatch())
        return usageError(QCoreApplication::translate(
            "nb::server::Cli", "--vendor-color and --vendor-accent take a colour as #RRGGBB, for "
                               "example #0B5CAD."));
    auto from = normalizeEmail(parser.value(options.mailFrom));
    if (!from)
        return usageError(QCoreApplication::translate("nb::server::Cli", "--vendor-mail-from: %1")
                              .arg(from.error().message));
    branding.mailFrom = *from;
    auto domains = parseDomains(parser.value(options.domains));
    if (!domains)
        return usageError(QCoreApplication::translate(
            "nb::server::Cli", "--vendor-domains takes domain names separated by commas, for "
                               "example notabene.example,notabene-status.example."));
    branding.domains = *domains;
    // The genuine sender must not look foreign to the checks of the clients.
    const QString fromDomain = branding.mailFrom.section(QLatin1Char('@'), -1);
    if (std::none_of(branding.domains.cbegin(), branding.domains.cend(),
                     [&fromDomain](const QString &domain) {
                         return fromDomain == domain ||
                                fromDomain.endsWith(QLatin1Char('.') + domain);
                     }))
        return usageError(
            QCoreApplication::translate(
                "nb::server::Cli", "--vendor-mail-from %1 is not at one of the --vendor-domains.")
                .arg(branding.mailFrom));
    return branding;
}

} // namespace nb::server
