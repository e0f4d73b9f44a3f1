#pragma once

#include "core/dsse.h"
#include "core/keylist.h"
#include "core/mail.h"
#include "core/result.h"
#include "server/api/apicontext.h"
#include "server/storage/noticestore.h"
#include "server/storage/productstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The signed mail of a published notice, for GET /api/v1/notices/{id}/mail and
// `notabene-server notice render-mail`.
namespace nb::server {

// The vendor as its mails name it: the display name, the sender and the domains.
mail::VendorIdentity vendorIdentity(const BrandingConfig &branding);

// The banner names and colours of `codes` from the product catalogue (an unknown code is shown
// as itself in the default colour).
Result<QList<mail::MailProduct>> mailProducts(ProductStore &products, const QStringList &codes);

// Renders the mail of `stored` for `to` with nb::mail::renderNoticeMail: the content comes from
// the stored envelope's payload after it verified against `keyList` (so a tampered database row
// never goes out signed), the banner from the products' names and colours. Errors:
// "invalid-email" (field "to"), "notice-not-verified", "header-injection", or a storage error.
Result<QByteArray> renderStoredNoticeMail(const StoredNotice &stored, ProductStore &products,
                                          const KeyList &keyList,
                                          const mail::VendorIdentity &vendor, const QString &to,
                                          const dsse::Signer &signer,
                                          const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace nb::server
