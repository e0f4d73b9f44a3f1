#pragma once

#include "core/error.h"

#include <QString>
#include <optional>

namespace nb::rules {

// Field checks shared by server and client. Each returns an Error (field left empty for the
// caller to fill) or std::nullopt when the value is acceptable. Empty values are acceptable;
// required-ness is checked by the caller.
std::optional<Error> checkPhone(const QString &value);
std::optional<Error> checkCountry(const QString &value);
std::optional<Error> checkPostcode(const QString &value, const QString &country);
std::optional<Error> checkWebsite(const QString &value);
std::optional<Error> checkVatId(const QString &value);

// Runs the shared e-mail check and returns the normalised address, or an error naming `field`.
std::optional<Error> checkEmail(QString *value, const QString &field);

} // namespace nb::rules
