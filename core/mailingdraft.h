#pragma once

#include "core/notice.h"
#include "core/result.h"

#include <QJsonObject>

// A mandatory mailing as vendor staff compose it: the Notice it will become, without what
// sending sets (id, sequence, issuedAt). Drafts may be incomplete (an empty subject, no product
// yet): the lint (core/mailinglint.h) says what is missing; only the JSON shape is checked here.
namespace nb {

// {"products":[..], "category":"", "severity":"info|important|urgent", "subject":"", "body":"",
//  "actBy":"YYYY-MM-DD"|null, "status":"announced|in-progress|resolved", "followUpOf":""|null,
//  "link":""|null, "patches":[{"fileName","size","sha256"(hex)}]}. Every key optional on input
// (defaults: empty, "info", "announced", no act-by, no patches); always all keys on output.
QJsonObject draftToJson(const Notice &draft);
// Errors (each naming its field): "unknown-field", "wrong-type", "invalid-value" (a severity,
// status or date that does not parse, a malformed patch reference). Fields inside lists are
// named like "products[1]", "patches[0]", "patches[0].sha256". Texts are kept as sent (not
// trimmed), so a draft reads back exactly as it was saved.
Result<Notice> draftFromJson(const QJsonObject &json);

} // namespace nb
