#pragma once

#include <QString>

namespace nb {

// An expected failure, carried as a value: a stable machine-readable code (kebab-case, part of
// the API), the offending field where there is one, and a message for users (already translated
// where it is shown).
struct Error
{
    QString code;
    QString message;
    QString field;

    bool operator==(const Error &) const = default;
};

} // namespace nb
