#pragma once

#include "core/mail.h"
#include "core/mailgmime.h"

#include <QList>
#include <QString>

// The warnings shown with every verdict (internal to core; checkMail() calls it).
namespace nb::mail {

// Attachments, links in the text and HTML parts, the From header and lookalike domains of one
// message (not of the messages forwarded inside it: they are checked on their own).
QList<Warning> mailWarnings(GMimeMessage *message, const QList<gmime::Leaf> &leaves,
                            const VendorIdentity &vendor);

// The host as shown to people: punycode (ACE) for internationalised names, lower case.
QString displayHost(const QString &host);
// host == d or host ends with "." + d for one of the vendor's domains (both compared as ACE).
bool isVendorHost(const QString &host, const QStringList &vendorDomains);

} // namespace nb::mail
