#pragma once

#include "core/dsse.h"
#include "core/mail.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

// The account mails of issue 7, built with GMime like the notice mails: plain text and HTML,
// German first, then English, no images, no scripts, links only to the server's pages. With a
// signer they carry the Notabene-Signature header like a notice mail (payload noticeId
// "account:<kind>:<id>"), so "E-Mail prüfen" and `notabene-cli verify` can tell a genuine alert
// from a phishing copy; the links are shown in full as text as well.
namespace nb::mail {

// What changed, for the wording ("Erstkontakt", "Verteiler Sicherheit", "Ansprechpartner").
enum class AccountChange
{
    PrimaryContact,
    SecurityAddress,
    Contact
};

// To the NEW address: the code and the link that confirm it.
struct ConfirmationMail
{
    qint64 changeId = 0;
    AccountChange change = AccountChange::PrimaryContact;
    QString to;          // the new address
    QString companyName; // "Muster Handel GmbH"
    QString requestedBy; // e-mail of the user who made the change
    QString code;        // 8 digits
    QUrl link;           // https (or http on loopback) page of the server: /confirm/<token>
    QDateTime validUntil;
    QString messageId; // without angle brackets; empty: a random one under the vendor's domain
};

// To the OLD address: what changed, by whom, from where, and the "Das war ich nicht" link.
struct ChangeAlertMail
{
    qint64 changeId = 0;
    AccountChange change = AccountChange::PrimaryContact;
    QString to; // the old address
    QString companyName;
    QString oldAddress; // may equal `to`
    QString newAddress; // empty for a removed address
    QString requestedBy;
    QString clientAddress; // the remote address of the request
    QDateTime requestedAt;
    QUrl revertLink; // /revert/<token>
    QDateTime revertValidUntil;
    QString messageId; // as ConfirmationMail::messageId
};

// To each admin: "Stimmen Ihre Ansprechpartner noch?" with the one-click confirmation page.
struct ReconfirmationMail
{
    qint64 companyId = 0;
    QString to;
    QString companyName;
    QDateTime lastConfirmedAt; // invalid: never
    QUrl link;                 // /reconfirm/<token>
    QString messageId;         // as ConfirmationMail::messageId (a queue may make it
                               // deterministic, so that queuing twice sends once)
};

// Each renders one whole message (Message-ID under the vendor's domain, Date `date`, From the
// vendor). Errors: "invalid-email" (field "to"), "header-injection" (a line break or control
// character in any text field, named), "invalid-value" (a link that is not http(s) with a host
// and without user info; a code that is not 8 digits), "invalid-date" (a missing date the mail
// states). Texts: context "nb::mail::Account", the German block in German source text, the
// English block in English (the mail is bilingual whatever the locale).
Result<QByteArray> renderConfirmationMail(const ConfirmationMail &mail,
                                          const VendorIdentity &vendor, const QDateTime &date,
                                          const dsse::Signer *signer = nullptr);
Result<QByteArray> renderChangeAlertMail(const ChangeAlertMail &mail, const VendorIdentity &vendor,
                                         const QDateTime &date,
                                         const dsse::Signer *signer = nullptr);
Result<QByteArray> renderReconfirmationMail(const ReconfirmationMail &mail,
                                            const VendorIdentity &vendor, const QDateTime &date,
                                            const dsse::Signer *signer = nullptr);

} // namespace nb::mail
