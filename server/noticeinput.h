#pragma once

#include "core/notice.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

// The input of `notabene-server notice publish`: a notice as its author writes it, without what
// publishing sets (sequence, issuedAt, patches).
namespace nb::server {

// {"id", "products", "category", "severity", "subject", "body", "actBy"?, "status"?,
//  "followUpOf"?, "link"?}: actBy "YYYY-MM-DD" or null, status default "announced". Errors
// ("malformed-json", "unknown-field", "required", "wrong-type", "invalid-value") name the field.
// The publishing rules (nb::validateNotice) are checked at publish time.
Result<Notice> noticeFromInput(const QByteArray &json);

// A patch file for a notice: its reference (file name, size, SHA-256) and content.
struct PatchFile
{
    PatchReference reference;
    QByteArray content;
};

inline constexpr qint64 maxPatchBytes = qint64(512) * 1024 * 1024;

// Reads `path` (at most maxPatchBytes). Error code "invalid-patch".
Result<PatchFile> readPatchFile(const QString &path);

} // namespace nb::server
