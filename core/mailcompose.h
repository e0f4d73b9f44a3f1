#pragma once

// Building the vendor's mails (internal to core; only core's mail .cpp files and tests include
// this header): the steps the notice mail (mailrender.cpp) and the account mails
// (accountmail.cpp) share, every MIME step through GMime. Implemented in mailrender.cpp.
#include "core/dsse.h"
#include "core/error.h"
#include "core/mail.h"
#include "core/mailgmime.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>

namespace nb::mail::compose {

// Whether `value` holds a character that could end or fold a header line (C0 controls, DEL,
// U+2028, U+2029).
bool hasControlCharacters(const QString &value);
// The error for such a value (code "header-injection", naming `field`).
Error headerInjection(const QString &field);

// The vendor's sender address, normalised. Errors as nb::normalizeEmail with field "from".
Result<QString> senderAddress(const VendorIdentity &vendor);
// `date` in UTC without its milliseconds, as the Date header carries it. Error "invalid-date".
Result<QDateTime> sentDate(const QDateTime &date);

// A message from `displayName` <`fromAddress`> (the name RFC 2047 encoded as UTF-8) with
// `subject` and Date `sent`; no body, no To and no Message-ID yet (setBody(), address()).
gmime::Ref<GMimeMessage> newMessage(const QString &displayName, const QString &fromAddress,
                                    const QString &subject, const QDateTime &sent);
// The body: multipart/alternative of `plain` as text/plain and `html` as text/html (UTF-8,
// quoted-printable).
void setBody(GMimeMessage *message, const QString &plain, const QString &html);

// Adds the Notabene-Signature header: a DSSE envelope by `signer` over the MailPayload with
// `payloadId` as noticeId, `fromAddress`, `subject`, `sent` and every MIME leaf's type and hash,
// taken from the message as a receiver parses it. Error "render-failed".
Status sign(GMimeMessage *message, const QString &payloadId, const QString &fromAddress,
            const QString &subject, const QDateTime &sent, const dsse::Signer &signer);

// Sets To (one mailbox, normalised) and Message-ID: `messageId` (without angle brackets), or when
// empty a random one "<idPrefix>.<random hex>@<the sender's domain>". Errors: "header-injection"
// (fields "to", "messageId"), "invalid-email" (field "to").
Status address(GMimeMessage *message, const QString &to, const QString &messageId,
               const QString &idPrefix, const QString &fromAddress);

} // namespace nb::mail::compose
