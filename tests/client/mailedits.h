#pragma once

#include <QByteArray>

// What a fraudster (or a forwarding colleague) does to a received mail, on its raw bytes: the
// tests' corpus is built from mails the vendor renders, then changed with these.
namespace nbtest::mailedits {

// Prepends `words` to the first line of the text/plain part's body (quoted-printable or 8bit:
// the words are plain ASCII). The mail stays well-formed; the signed text no longer matches.
QByteArray editTextLine(const QByteArray &eml, const QByteArray &words);

// The mail as an attachment (message/rfc822) of a new, unsigned mail with a short text part.
QByteArray forwardAsAttachment(const QByteArray &eml);

// Adds an attachment (base64) as another part inside the mail's top-level multipart.
QByteArray addAttachment(const QByteArray &eml, const QByteArray &fileName,
                         const QByteArray &content);

} // namespace nbtest::mailedits
