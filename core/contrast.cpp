#include "core/contrast.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace nb::contrast {

namespace {

constexpr quint32 black = 0x000000;
constexpr quint32 white = 0xFFFFFF;

// sRGB channel (0..255) to linear light, WCAG 2.1.
double linear(quint32 channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

std::optional<quint32> parseHexColor(const QString &hex)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!pattern.match(hex).hasMatch())
        return std::nullopt;
    return hex.mid(1).toUInt(nullptr, 16);
}

double relativeLuminance(quint32 rgb)
{
    return 0.2126 * linear((rgb >> 16) & 0xFF) + 0.7152 * linear((rgb >> 8) & 0xFF) +
           0.0722 * linear(rgb & 0xFF);
}

double contrastRatio(quint32 a, quint32 b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

quint32 readableTextColor(quint32 background)
{
    // The two ratios multiply to 21 (1.05 / 0.05), so the larger is at least √21 ≈ 4.58.
    return contrastRatio(background, black) >= contrastRatio(background, white) ? black : white;
}

} // namespace nb::contrast
