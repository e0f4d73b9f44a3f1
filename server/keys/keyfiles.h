#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

// File access for the key folder: private files (0600) in a private folder (0700), written
// atomically (temporary file, fsync, rename).
namespace nb::server::keys {

// An error when `path` (a file or folder) grants any permission to group or others.
Status checkPrivate(const QString &path);
// The whole file, after checkPrivate().
Result<QByteArray> readPrivateFile(const QString &path);
// Writes `data` to PATH.tmp with `mode`, syncs it and renames it over `path`.
Status writeAtomically(const QString &path, const QByteArray &data, unsigned mode);
// A 32-byte seed from a key file's text: 64 hex digits or standard base64.
Result<QByteArray> seedFromText(const QByteArray &text);

} // namespace nb::server::keys
