#pragma once

#include "core/result.h"
#include "server/api/apicontext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace nb::server {

// The vendor options of serve and notice render-mail: --vendor-name, --vendor-color,
// --vendor-accent (GET /api/v1/branding) and --vendor-mail-from, --vendor-domains (the mail
// identity, also in the branding so clients can check received mail offline).
struct BrandingOptions
{
    BrandingOptions();

    QList<QCommandLineOption> all() const { return {name, color, accent, mailFrom, domains}; }

    BrandingConfig defaults;
    QCommandLineOption name;
    QCommandLineOption color;
    QCommandLineOption accent;
    QCommandLineOption mailFrom;
    QCommandLineOption domains;
};

// The checked values of the options (error code "usage" with a message naming the option).
Result<BrandingConfig> brandingConfig(const QCommandLineParser &parser,
                                      const BrandingOptions &options);

} // namespace nb::server
