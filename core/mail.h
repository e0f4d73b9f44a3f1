#pragma once

#include "core/dsse.h"
#include "core/keylist.h"
#include "core/notice.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

// The e-mail side of a notice (issue 5): rendering the signed mail (server) and checking a
// received one (desktop app and notabene-cli), offline. Every MIME build and parse goes through
// GMime 3; nothing here hand-parses mail.
namespace nb::mail {

inline constexpr char mailPayloadType[] = "application/vnd.notabene.mail+json";
inline constexpr char signatureHeader[] = "Notabene-Signature";

// Who the vendor is, for rendering and for the warnings.
struct VendorIdentity
{
    QString displayName; // "Notabene Kundenservice" (RFC 2047 encoded when needed)
    QString fromAddress; // "pflichtmailing@notabene.example"
    QStringList domains; // the vendor's registrable domains: "notabene.example", …
};

struct MailProduct
{
    QString name;  // "Fiskal-Connector"
    QString color; // "#RRGGBB": the banner colour
};

// The mail for one recipient: multipart/alternative (text/plain, text/html with the "Wichtiger
// Hinweis" banner as a plain table in the product colour, readable with images blocked),
// Message-ID, Date, From, To, Subject, and the Notabene-Signature header: a DSSE envelope
// (base64 of its JSON, folded) signed by `signer`, whose payload names the notice id, From,
// Subject, Date and, for every MIME leaf part, its content type and the SHA-256 of its decoded
// content with line endings normalised to LF. Values with CR/LF are refused (code
// "header-injection"); names are RFC 2047 encoded.
Result<QByteArray> renderNoticeMail(const Notice &notice, const QList<MailProduct> &products,
                                    const VendorIdentity &vendor, const QString &to,
                                    const QDateTime &date, const dsse::Signer &signer);

// What a mailing to many recipients adds to every mail.
struct MailingOptions
{
    // The List-Id header value, e.g. "Pflichtmailings <pflichtmailings.notabene.example>"
    // (empty: none). Mandatory mail carries no unsubscribe link (List-Unsubscribe).
    QString listId;
    // An https link on the vendor's domains where the customer manages who receives critical
    // information ("Empfänger verwalten"), shown in both parts (empty: none).
    QString manageUrl;
};

// A notice's mail, rendered and signed once: every recipient's copy differs only in To and
// Message-ID, which the signature does not cover, so a mailing to 10,000 addresses signs once.
class SignedMail
{
public:
    // Errors as renderNoticeMail (without "to"), plus "invalid-value" for a manageUrl that is not
    // https (field "manageUrl").
    static Result<SignedMail> render(const Notice &notice, const QList<MailProduct> &products,
                                     const VendorIdentity &vendor, const QDateTime &date,
                                     const dsse::Signer &signer,
                                     const MailingOptions &options = {});
    SignedMail(SignedMail &&) noexcept;
    SignedMail &operator=(SignedMail &&) noexcept;
    ~SignedMail();

    // The whole message for `to` with Message-ID `messageId` (without angle brackets; empty: a
    // random one under the sender's domain). Errors: "invalid-email" (field "to"),
    // "header-injection".
    Result<QByteArray> forRecipient(const QString &to, const QString &messageId = {}) const;

    QString subject() const;
    QString fromHeader() const; // "Display Name <address>" as a mail client shows it
    QString plainText() const;  // the text/plain part as rendered
    QString html() const;       // the text/html part as rendered

private:
    struct Private;
    explicit SignedMail(std::unique_ptr<Private> impl);
    std::unique_ptr<Private> d;
};

enum class Verdict
{
    Genuine,       // "Echt": signed by a known key, every part covered
    Unsigned,      // "Nicht signiert – möglicherweise Phishing"
    Altered,       // "Verändert": the signature or a part hash does not match
    UnsignedParts, // "Enthält nicht signierte Teile": an added attachment or part
    UnknownKey     // "Unbekannter oder abgelaufener Schlüssel"
};

struct Warning
{
    QString code;    // "attachment", "executable-attachment", "archive-attachment",
                     // "foreign-link", "deceptive-link", "display-name-spoof",
                     // "several-from", "lookalike-domain"
    QString message; // translated, names the attachment / link / address (punycode shown)
};

struct MailCheck
{
    Verdict verdict = Verdict::Unsigned;
    QString noticeId;        // from the verified signature payload
    QByteArray keyId;        // the key whose signature holds
    QStringList changes;     // for Altered/UnsignedParts: what differs, translated and precise
                             // ("The text part was changed.", "An attachment "x.exe" was added.")
    QList<Warning> warnings; // always computed, whatever the verdict
    QString subject;         // as in the mail
    QString from;            // as in the mail
    QString signedText;      // the text/plain content, only when Genuine
    QList<MailCheck> forwarded; // message/rfc822 parts, each checked as its own message
};

// Errors: "unreadable-mail" (GMime cannot parse it; exit 2 in the CLI).
Result<MailCheck> checkMail(const QByteArray &eml, const QList<KeyList> &keyLists,
                            const VendorIdentity &vendor,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());

QString verdictText(Verdict verdict); // the German-first UI wording, translated

} // namespace nb::mail
