#pragma once

#include <QString>

namespace nb::client {

// A product of the vendor as the account snapshot names it: the branding of its notices (the
// "Wichtiger Hinweis" banner in its colour) and whether the company licenses it.
struct ProductInfo
{
    QString code;  // e.g. "fiskal"
    QString name;  // e.g. "Fiskal-Connector"
    QString color; // "#RRGGBB"
    bool licensed = false;

    bool operator==(const ProductInfo &) const = default;
};

} // namespace nb::client
