#include "core/emailaddress.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nb {

namespace {

constexpr std::size_t kMaxLocalPart = 64;
constexpr std::size_t kMaxLabel = 63;
constexpr std::size_t kMaxDomain = 253;
constexpr std::size_t kMaxAddress = 254;

Error invalid(QString message)
{
    return Error{QStringLiteral("invalid-email"), std::move(message), QString()};
}

// C0 controls (CR, LF, TAB, NUL, ...), DEL, C1 controls, and the Unicode line and paragraph
// separators: anything that could break a mail header line.
constexpr bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

constexpr bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

constexpr bool isAsciiAlnum(char32_t c)
{
    return isAsciiDigit(c) || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

constexpr bool isAscii(char32_t c)
{
    return c < 0x80;
}

// atext per RFC 5322 section 3.2.3.
constexpr bool isAtext(char32_t c)
{
    return isAsciiAlnum(c) ||
           std::u32string_view(U"!#$%&'*+-/=?^_`{|}~").find(c) != std::u32string_view::npos;
}

// Characters that look like an @ but are not one.
constexpr bool isAtLookalike(char32_t c)
{
    return c == 0xFF20      // FULLWIDTH COMMERCIAL AT
           || c == 0xFE6B   // SMALL COMMERCIAL AT
           || c == 0xE0040; // TAG COMMERCIAL AT
}

bool isSpaceChar(char32_t c)
{
    return c == U' ' || QChar::isSpace(c);
}

// A character allowed in a domain label before IDN conversion: ASCII letters, digits and hyphen,
// or a non-ASCII letter, mark or number (symbols, punctuation, invisible format characters and
// look-alike dots are rejected rather than silently mapped).
bool isDomainChar(char32_t c)
{
    if (isAscii(c))
        return isAsciiAlnum(c) || c == U'-';
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

// The character as shown in a message: quoted, with its code point where it is not printable
// ASCII (so invisible or look-alike characters can be identified).
QString describe(char32_t c)
{
    const QString text = QString::fromUcs4(&c, 1);
    if (c > 0x20 && c < 0x7F)
        return QLatin1Char('"') + text + QLatin1Char('"');
    return QStringLiteral("\"%1\" (U+%2)")
        .arg(text,
             QStringLiteral("%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper());
}

QString position(std::size_t index)
{
    return QString::number(index + 1);
}

QString number(std::size_t n)
{
    return QString::number(n);
}

QString toQString(const std::u32string &s, std::size_t pos, std::size_t len)
{
    return QString::fromUcs4(s.data() + pos, static_cast<qsizetype>(len));
}

// Dot rules shared by both halves: leading, trailing and consecutive dots. Returns 0 if fine,
// 1 for a leading, 2 for a trailing and 3 for a double dot.
int dotProblem(std::u32string_view part)
{
    if (part.front() == U'.')
        return 1;
    if (part.back() == U'.')
        return 2;
    if (part.find(U"..") != std::u32string_view::npos)
        return 3;
    return 0;
}

Result<void> checkLocalPart(const std::u32string &s, std::size_t at)
{
    const QString nonAscii = QCoreApplication::translate(
        "nb::EmailAddress",
        "The part before the @ may only contain ASCII letters (a-z, without umlauts or accents), "
        "digits and characters such as . _ - +; %1 at position %2 is not allowed.");

    if (s.front() == U'"') {
        // One quoted-string covering the whole local part (RFC 5321 Quoted-string): printable
        // ASCII and backslash-escaped pairs. The top-level scan has made sure it is closed.
        std::size_t close = 0;
        for (std::size_t i = 1; i < at; ++i) {
            if (s[i] == U'"') {
                close = i;
                break;
            }
            if (s[i] == U'\\')
                ++i;
            if (i < at && !isAscii(s[i]))
                return invalid(nonAscii.arg(describe(s[i]), position(i)));
        }
        if (close != at - 1)
            return invalid(QCoreApplication::translate(
                "nb::EmailAddress", "Quotation marks must enclose the entire part before the @."));
        if (at == 2)
            return invalid(QCoreApplication::translate(
                "nb::EmailAddress", "The quotation marks before the @ must not be empty."));
    } else {
        for (std::size_t i = 0; i < at; ++i) {
            const char32_t c = s[i];
            if (c == U'.' || isAtext(c))
                continue;
            if (c == U'"')
                return invalid(QCoreApplication::translate(
                    "nb::EmailAddress", "Quotation marks must enclose the entire part "
                                        "before the @."));
            if (!isAscii(c))
                return invalid(nonAscii.arg(describe(c), position(i)));
            return invalid(QCoreApplication::translate(
                               "nb::EmailAddress",
                               "The character %1 at position %2 is not allowed in the part before "
                               "the @.")
                               .arg(describe(c), position(i)));
        }
        switch (dotProblem(std::u32string_view(s).substr(0, at))) {
        case 1:
            return invalid(QCoreApplication::translate(
                "nb::EmailAddress", "The part before the @ must not start with a dot."));
        case 2:
            return invalid(QCoreApplication::translate(
                "nb::EmailAddress", "The part before the @ must not end with a dot."));
        case 3:
            return invalid(QCoreApplication::translate(
                "nb::EmailAddress", "The part before the @ must not contain two dots in a row."));
        default:
            break;
        }
    }
    if (at > kMaxLocalPart)
        return invalid(QCoreApplication::translate(
                           "nb::EmailAddress",
                           "The part before the @ is too long (%1 characters, at most 64 are "
                           "allowed).")
                           .arg(number(at)));
    return {};
}

bool isLdhAce(const QByteArray &ace)
{
    if (ace.isEmpty() || ace.startsWith('-') || ace.endsWith('-'))
        return false;
    for (const char c : ace) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

// Length of the RFC 3492 punycode encoding of `label` (without the "xn--" prefix). Used only to
// explain why QUrl::toAce refused a label (it rejects encodings longer than 63 octets).
std::size_t punycodeLength(std::u32string_view label)
{
    constexpr std::uint64_t base = 36;
    constexpr std::uint64_t tmin = 1;
    constexpr std::uint64_t tmax = 26;
    constexpr std::uint64_t skew = 38;
    constexpr std::uint64_t damp = 700;

    const auto adapt = [](std::uint64_t delta, std::uint64_t points, bool first) {
        delta = first ? delta / damp : delta / 2;
        delta += delta / points;
        std::uint64_t k = 0;
        while (delta > ((base - tmin) * tmax) / 2) {
            delta /= base - tmin;
            k += base;
        }
        return k + (base - tmin + 1) * delta / (delta + skew);
    };

    std::uint64_t basic = 0;
    for (const char32_t c : label) {
        if (isAscii(c))
            ++basic;
    }
    std::size_t length = static_cast<std::size_t>(basic) + (basic > 0 ? 1 : 0);

    std::uint64_t n = 0x80;
    std::uint64_t delta = 0;
    std::uint64_t bias = 72;
    std::uint64_t handled = basic;
    while (handled < label.size()) {
        std::uint64_t m = UINT64_MAX;
        for (const char32_t c : label) {
            if (c >= n && c < m)
                m = c;
        }
        delta += (m - n) * (handled + 1);
        n = m;
        for (const char32_t c : label) {
            if (c < n)
                ++delta;
            if (c != n)
                continue;
            std::uint64_t q = delta;
            for (std::uint64_t k = base;; k += base) {
                const std::uint64_t t = k <= bias ? tmin : (k >= bias + tmax ? tmax : k - bias);
                if (q < t)
                    break;
                ++length;
                q = (q - t) / (base - t);
            }
            ++length;
            bias = adapt(delta, handled + 1, handled == basic);
            delta = 0;
            ++handled;
        }
        ++delta;
        ++n;
    }
    return length;
}

// Converts one label (already checked for characters and hyphens) to its lower-case ACE form.
// Returns an empty array if it is not a valid (internationalised) label.
QByteArray labelToAce(const QString &lower)
{
    bool ascii = true;
    for (const QChar ch : lower)
        ascii = ascii && ch.unicode() < 0x80;

    if (ascii) {
        const QByteArray label = lower.toLatin1();
        if (!label.startsWith("xn--"))
            return label;
        // Already ACE: accept only if it decodes to a valid label that encodes back to itself.
        const QString decoded = QUrl::fromAce(label, QUrl::IgnoreIDNWhitelist);
        if (decoded.isEmpty() || decoded == lower)
            return {};
        const std::u32string chars = decoded.toStdU32String();
        for (const char32_t c : chars) {
            if (!isDomainChar(c))
                return {};
        }
        if (chars.front() == U'-' || chars.back() == U'-')
            return {};
        if (QUrl::toAce(decoded, QUrl::IgnoreIDNWhitelist) != label)
            return {};
        return label;
    }

    const QByteArray ace = QUrl::toAce(lower, QUrl::IgnoreIDNWhitelist).toLower();
    if (!isLdhAce(ace))
        return {};
    return ace;
}

Result<QString> normalizeDomain(const std::u32string &s, std::size_t at)
{
    const std::size_t begin = at + 1;
    const std::u32string_view domain = std::u32string_view(s).substr(begin);

    if (domain.front() == U'[' || domain.back() == U']')
        return invalid(QCoreApplication::translate(
            "nb::EmailAddress",
            "Addresses with an IP address in square brackets are not accepted. Please enter a "
            "domain name, for example name@firma.de."));

    for (std::size_t i = 0; i < domain.size(); ++i) {
        const char32_t c = domain[i];
        if (c != U'.' && !isDomainChar(c))
            return invalid(QCoreApplication::translate(
                               "nb::EmailAddress",
                               "The character %1 at position %2 is not allowed in the domain "
                               "after the @. A domain may only contain letters, digits, hyphens "
                               "and dots.")
                               .arg(describe(c), position(begin + i)));
    }

    switch (dotProblem(domain)) {
    case 1:
        return invalid(QCoreApplication::translate(
            "nb::EmailAddress", "The domain after the @ must not start with a dot."));
    case 2:
        return invalid(QCoreApplication::translate("nb::EmailAddress",
                                                   "The domain after the @ must not end with a "
                                                   "dot."));
    case 3:
        return invalid(QCoreApplication::translate(
            "nb::EmailAddress", "The domain after the @ must not contain two dots in a row."));
    default:
        break;
    }

    std::vector<std::u32string> labels;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = domain.find(U'.', start);
        const std::size_t end = dot == std::u32string_view::npos ? domain.size() : dot;
        labels.emplace_back(domain.substr(start, end - start));
        if (dot == std::u32string_view::npos)
            break;
        start = dot + 1;
    }

    if (labels.size() < 2)
        return invalid(QCoreApplication::translate(
            "nb::EmailAddress",
            "The domain after the @ is incomplete; it needs at least one dot, for example "
            "firma.de."));

    const auto allDigits = [](std::u32string_view text) {
        for (const char32_t c : text) {
            if (!isAsciiDigit(c))
                return false;
        }
        return true;
    };
    bool looksLikeIp = labels.size() == 4;
    for (const std::u32string &label : labels)
        looksLikeIp = looksLikeIp && allDigits(label);
    if (looksLikeIp)
        return invalid(QCoreApplication::translate(
            "nb::EmailAddress",
            "An IP address is not accepted after the @. Please enter a domain name, for example "
            "name@firma.de."));

    QStringList aceLabels;
    std::size_t domainLength = 0;
    for (const std::u32string &label : labels) {
        const QString typed = QString::fromStdU32String(label);
        if (label.front() == U'-')
            return invalid(QCoreApplication::translate(
                               "nb::EmailAddress",
                               "The part \"%1\" of the domain must not start with a hyphen.")
                               .arg(typed));
        if (label.back() == U'-')
            return invalid(
                QCoreApplication::translate(
                    "nb::EmailAddress", "The part \"%1\" of the domain must not end with a hyphen.")
                    .arg(typed));

        const QString lower = typed.toLower();
        bool ascii = true;
        for (const char32_t c : label)
            ascii = ascii && isAscii(c);

        const QByteArray ace = labelToAce(lower);
        // QUrl::toAce refuses labels whose ACE form exceeds 63 octets; tell that case apart.
        const std::size_t aceSize =
            !ace.isEmpty() || ascii
                ? static_cast<std::size_t>(ace.size())
                : 4 + punycodeLength(
                          lower.normalized(QString::NormalizationForm_C).toStdU32String());
        if (ace.isEmpty() && aceSize <= kMaxLabel)
            return invalid(QCoreApplication::translate(
                               "nb::EmailAddress",
                               "The part \"%1\" of the domain is not a valid internationalised "
                               "domain name.")
                               .arg(typed));
        if (aceSize > kMaxLabel) {
            if (ascii)
                return invalid(QCoreApplication::translate(
                                   "nb::EmailAddress",
                                   "The part \"%1\" of the domain is too long (%2 characters, at "
                                   "most 63 are allowed).")
                                   .arg(typed, number(aceSize)));
            return invalid(QCoreApplication::translate(
                               "nb::EmailAddress",
                               "The part \"%1\" of the domain is too long: its encoded (punycode) "
                               "form has %2 characters, at most 63 are allowed.")
                               .arg(typed, number(aceSize)));
        }
        domainLength += aceSize;
        aceLabels.append(QString::fromLatin1(ace));
    }
    domainLength += labels.size() - 1;

    if (allDigits(labels.back()))
        return invalid(QCoreApplication::translate(
            "nb::EmailAddress",
            "The domain must end with a name such as .de or .com, not with digits."));

    if (domainLength > kMaxDomain)
        return invalid(QCoreApplication::translate(
                           "nb::EmailAddress",
                           "The domain after the @ is too long (%1 characters, at most 253 are "
                           "allowed).")
                           .arg(number(domainLength)));

    return aceLabels.join(QLatin1Char('.'));
}

} // namespace

Result<QString> normalizeEmail(QStringView input)
{
    // Before trimming: a trailing CR/LF or TAB is rejected, never silently dropped.
    for (const QChar ch : input) {
        if (isControl(ch.unicode()))
            return invalid(QCoreApplication::translate(
                "nb::EmailAddress", "The e-mail address contains a control character."));
    }

    const QStringView trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return invalid(
            QCoreApplication::translate("nb::EmailAddress", "Please enter an e-mail address."));

    // Work on code points so positions in messages count characters, not UTF-16 units.
    // (Unpaired surrogates become U+FFFD and are rejected as invalid characters.)
    const std::u32string s = trimmed.toString().toStdU32String();
    const std::size_t n = s.size();

    for (std::size_t i = 0; i < n; ++i) {
        if (isAtLookalike(s[i]))
            return invalid(QCoreApplication::translate(
                               "nb::EmailAddress",
                               "The e-mail address contains %1 at position %2, which looks like "
                               "an @ but is a different character. Please type a normal @.")
                               .arg(describe(s[i]), position(i)));
    }

    // Top-level scan: find the unquoted @ signs and anything that suggests a display name, a
    // list of addresses or stray spaces. A quoted-string is recognised only at the very start.
    std::size_t i = 0;
    if (s.front() == U'"') {
        bool closed = false;
        for (i = 1; i < n; ++i) {
            if (s[i] == U'\\') {
                ++i;
                continue;
            }
            if (s[i] == U'"') {
                closed = true;
                ++i;
                break;
            }
        }
        if (!closed)
            return invalid(QCoreApplication::translate(
                "nb::EmailAddress",
                "The quotation mark at the beginning of the e-mail address is not closed."));
    }
    std::vector<std::size_t> ats;
    bool angle = false;
    bool separator = false;
    bool space = false;
    for (; i < n; ++i) {
        const char32_t c = s[i];
        if (c == U'@')
            ats.push_back(i);
        else if (c == U'<' || c == U'>')
            angle = true;
        else if (c == U',' || c == U';')
            separator = true;
        else if (isSpaceChar(c))
            space = true;
    }

    if (angle)
        return invalid(QCoreApplication::translate(
            "nb::EmailAddress",
            "Enter a single address without a name or angle brackets (< >), for example "
            "name@firma.de."));
    if (ats.size() > 1 && (separator || space))
        return invalid(QCoreApplication::translate(
            "nb::EmailAddress",
            "Enter only one e-mail address. Several addresses cannot be entered here."));
    if (separator)
        return invalid(QCoreApplication::translate(
            "nb::EmailAddress", "The e-mail address must not contain commas or semicolons."));
    if (space)
        return invalid(QCoreApplication::translate("nb::EmailAddress",
                                                   "The e-mail address must not contain spaces."));
    if (ats.empty())
        return invalid(QCoreApplication::translate(
            "nb::EmailAddress",
            "The e-mail address needs an @ followed by a domain, for example name@firma.de."));
    if (ats.size() > 1)
        return invalid(QCoreApplication::translate("nb::EmailAddress",
                                                   "The e-mail address must contain only one @."));

    const std::size_t at = ats.front();
    if (at == 0)
        return invalid(QCoreApplication::translate(
            "nb::EmailAddress", "The part before the @ is missing, for example name@firma.de."));
    if (at + 1 == n)
        return invalid(QCoreApplication::translate(
            "nb::EmailAddress", "The domain after the @ is missing, for example name@firma.de."));

    if (const Result<void> local = checkLocalPart(s, at); !local)
        return local.error();

    Result<QString> domain = normalizeDomain(s, at);
    if (!domain)
        return domain.error();

    const QString address = toQString(s, 0, at) + QLatin1Char('@') + *domain;
    // Everything is ASCII by now, so characters are octets.
    const auto length = static_cast<std::size_t>(address.size());
    if (length > kMaxAddress)
        return invalid(QCoreApplication::translate(
                           "nb::EmailAddress",
                           "The e-mail address is too long (%1 characters, at most 254 are "
                           "allowed).")
                           .arg(number(length)));
    return address;
}

bool isValidEmail(QStringView input)
{
    return normalizeEmail(input).ok();
}

} // namespace nb
