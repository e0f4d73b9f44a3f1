#pragma once

#include "core/result.h"

#include <QString>
#include <QStringView>

namespace nb {

// The one e-mail address check used by server and client alike.
//
// Validates an RFC 5321/5322 addr-spec (as typed by a user, surrounding whitespace trimmed) and
// returns it normalised: the domain lower-cased and IDN labels converted to punycode (ACE), the
// local part kept as typed. Errors have code "invalid-email" and a specific translated message
// (translation context "nb::EmailAddress"); Error::field is left empty for the caller to fill in.
//
// Deliberately stricter than the RFCs where that protects users and mail headers: no control
// characters anywhere (checked before trimming), no comments, no display names, no address
// literals, no non-ASCII local part (SMTPUTF8), no obsolete syntax, and a quoted local part must
// be one quoted-string covering the whole part before the @.
Result<QString> normalizeEmail(QStringView input);

// Same check, for a quick yes/no.
bool isValidEmail(QStringView input);

} // namespace nb
