#pragma once

#include <QString>
#include <optional>

// WCAG 2.1 contrast for the product colours of the "Wichtiger Hinweis" banner. Colours are
// 0xRRGGBB (core has no QtGui).
namespace nb::contrast {

std::optional<quint32> parseHexColor(const QString &hex); // "#RRGGBB" only
double relativeLuminance(quint32 rgb);
double contrastRatio(quint32 a, quint32 b); // 1.0 .. 21.0
// Black or white, whichever contrasts more with `background`; always >= 4.5 (WCAG AA text).
quint32 readableTextColor(quint32 background);

} // namespace nb::contrast
