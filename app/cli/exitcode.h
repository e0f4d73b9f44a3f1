#pragma once

#include "core/error.h"

namespace nb::cli {

// notabene-cli's exit codes (listed in --help).
enum class ExitCode
{
    Ok = 0,
    Failure = 1,    // the local data, the keychain or the data's state (not loaded yet)
    Usage = 2,      // wrong arguments, or a value the core rules refuse
    SyncFailed = 3, // offline, or the sync run failed; the changes stay queued
    SignedOut = 4,  // no valid session: sign in with --password-stdin
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

// A refused value names its field (exit 2); the store's own failures name none (exit 1).
inline ExitCode exitCodeFor(const Error &error)
{
    return error.field.isEmpty() ? ExitCode::Failure : ExitCode::Usage;
}

} // namespace nb::cli
