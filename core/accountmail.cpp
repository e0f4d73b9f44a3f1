// The account mails of issue 7 (confirmation, change alert, re-confirmation), built with GMime
// through the steps the notice mail uses (core/mailcompose.h).
#include "core/accountmail.h"

#include "core/mailcompose.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <utility>

namespace nb::mail {

namespace {

// Bilingual mail: the German block is German source text, the English block English, each
// translated only to adjust the vendor's wording (context "nb::mail::Account").
QString text(const char *source)
{
    return QCoreApplication::translate("nb::mail::Account", source);
}

QString germanDate(const QDateTime &at)
{
    return QLocale(QLocale::German, QLocale::Germany)
        .toString(at.toUTC(), QStringLiteral("d. MMMM yyyy, HH:mm 'Uhr (UTC)'"));
}

QString englishDate(const QDateTime &at)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(at.toUTC(), QStringLiteral("d MMMM yyyy, HH:mm 'UTC'"));
}

// One mail body, written once and rendered twice: as plain text and as simple HTML (inline
// styles, no images, no scripts; every link also shown as its full URL).
class Body
{
public:
    // Starts the block in `language` ("de", "en"); every block after the first is set apart.
    void language(const char *language, const QString &caption)
    {
        if (!m_html.isEmpty()) {
            m_html += QStringLiteral("</div>\n<hr>\n");
            m_plain += QStringLiteral("\n----------------------------------------\n\n");
        }
        m_html += QStringLiteral("<div lang=\"%1\" style=\"padding:16px;\">\n")
                      .arg(QLatin1String(language));
        if (!caption.isEmpty()) {
            m_html +=
                QStringLiteral("<p style=\"color:#555555;\">%1</p>\n").arg(caption.toHtmlEscaped());
            m_plain += caption + QStringLiteral("\n\n");
        }
    }

    void heading(const QString &title)
    {
        m_html +=
            QStringLiteral("<h1 style=\"font-size:20px;\">%1</h1>\n").arg(title.toHtmlEscaped());
        m_plain += title + QStringLiteral("\n") + QString(title.size(), QLatin1Char('=')) +
                   QStringLiteral("\n\n");
    }

    void paragraph(const QString &content)
    {
        m_html += QStringLiteral("<p>%1</p>\n").arg(content.toHtmlEscaped());
        m_plain += content + QStringLiteral("\n\n");
    }

    void strong(const QString &content)
    {
        m_html += QStringLiteral("<p><strong>%1</strong></p>\n").arg(content.toHtmlEscaped());
        m_plain += content + QStringLiteral("\n\n");
    }

    // Label/value rows ("Bisher:", "alt@kunde.example").
    void facts(const QList<std::pair<QString, QString>> &rows)
    {
        m_html += QStringLiteral("<table role=\"presentation\" cellpadding=\"4\" cellspacing=\"0\" "
                                 "border=\"0\">\n");
        for (const auto &[label, value] : rows) {
            m_html += QStringLiteral("<tr><td valign=\"top\"><strong>%1</strong></td><td>%2</td>"
                                     "</tr>\n")
                          .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
            m_plain += QStringLiteral("  %1 %2\n").arg(label, value);
        }
        m_html += QStringLiteral("</table>\n");
        m_plain += QStringLiteral("\n");
    }

    // The code large and on its own line, so that it is read and typed without mistakes.
    void code(const QString &label, const QString &code)
    {
        m_html +=
            QStringLiteral("<p>%1</p>\n<p style=\"font-family:'Courier New',Courier,monospace;"
                           "font-size:32px;font-weight:bold;letter-spacing:6px;"
                           "margin:8px 0 16px 0;\">%2</p>\n")
                .arg(label.toHtmlEscaped(), code.toHtmlEscaped());
        m_plain += label + QStringLiteral("\n\n    ") + code + QStringLiteral("\n\n");
    }

    // `lead` and a link labelled `label`; the URL shown in full below it.
    void action(const QString &lead, const QString &label, const QUrl &url)
    {
        const QString href = url.toString(QUrl::FullyEncoded);
        if (!lead.isEmpty())
            m_html += QStringLiteral("<p><strong>%1</strong></p>\n").arg(lead.toHtmlEscaped());
        m_html += QStringLiteral("<p><a href=\"%1\" style=\"display:inline-block;padding:10px "
                                 "18px;background-color:#1F4E79;color:#FFFFFF;"
                                 "text-decoration:none;font-weight:bold;\">%2</a></p>\n"
                                 "<p style=\"font-size:13px;word-break:break-all;\">"
                                 "<a href=\"%1\">%1</a></p>\n")
                      .arg(href.toHtmlEscaped(), label.toHtmlEscaped());
        m_plain += (lead.isEmpty() ? label : lead + QLatin1Char(' ') + label) +
                   QStringLiteral("\n") + href + QStringLiteral("\n\n");
    }

    QString plain() const { return m_plain.trimmed() + QStringLiteral("\n"); }

    QString html(const QString &title) const
    {
        return QStringLiteral(
                   "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">"
                   "\n<title>%1</title>\n</head>\n<body style=\"margin:0;padding:0;"
                   "font-family:Arial,Helvetica,sans-serif;\">\n%2</div>\n</body>\n"
                   "</html>\n")
            .arg(title.toHtmlEscaped(), m_html);
    }

private:
    QString m_plain;
    QString m_html;
};

// What every account mail has before it is built.
struct Envelope
{
    QString to;
    QString subject;
    QString payloadId; // "account:confirm:12"
    QString idPrefix;  // Message-ID prefix "account-confirm-12"
    QString messageId;
};

Error invalidValue(const QString &field, const QString &message)
{
    return Error{QStringLiteral("invalid-value"), message, field};
}

Error invalidDate(const QString &field)
{
    return Error{QStringLiteral("invalid-date"),
                 QCoreApplication::translate("nb::mail::Check", "The mail needs a date."), field};
}

// Every text that goes into the mail, by field name: none may hold a line break or control
// character (headers would be injected, texts forged).
Status checkTexts(std::initializer_list<std::pair<const char *, const QString *>> fields,
                  const VendorIdentity &vendor)
{
    for (const auto &[field, value] : fields) {
        if (compose::hasControlCharacters(*value))
            return compose::headerInjection(QLatin1String(field));
    }
    if (compose::hasControlCharacters(vendor.displayName))
        return compose::headerInjection(QStringLiteral("displayName"));
    if (compose::hasControlCharacters(vendor.fromAddress))
        return compose::headerInjection(QStringLiteral("from"));
    return {};
}

// A link of the server's pages: http(s), a host, no user info (which would show a host that is
// not the one the link goes to).
Status checkLink(const QUrl &url, const QString &field)
{
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        url.host().isEmpty() || !url.userInfo().isEmpty()) {
        return invalidValue(field, QCoreApplication::translate(
                                       "nb::mail::Check",
                                       "A link in the mail must be an http or https address of "
                                       "the server."));
    }
    return {};
}

Status checkCode(const QString &code)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{8}$"));
    if (!digits.match(code).hasMatch()) {
        return invalidValue(QStringLiteral("code"),
                            QCoreApplication::translate("nb::mail::Check",
                                                        "The confirmation code must be 8 digits."));
    }
    return {};
}

// Builds, signs (with a signer) and addresses the mail.
Result<QByteArray> build(const Envelope &envelope, const Body &body, const VendorIdentity &vendor,
                         const QDateTime &date, const dsse::Signer *signer)
{
    auto from = compose::senderAddress(vendor);
    if (!from)
        return from.error();
    auto sent = compose::sentDate(date);
    if (!sent)
        return sent.error();
    auto message = compose::newMessage(vendor.displayName, *from, envelope.subject, *sent);
    compose::setBody(message.get(), body.plain(), body.html(envelope.subject));
    if (signer) {
        if (auto signedMail = compose::sign(message.get(), envelope.payloadId, *from,
                                            envelope.subject, *sent, *signer);
            !signedMail)
            return signedMail.error();
    }
    if (auto addressed = compose::address(message.get(), envelope.to, envelope.messageId,
                                          envelope.idPrefix, *from);
        !addressed)
        return addressed.error();
    return gmime::serialize(GMIME_OBJECT(message.get()));
}

// The closing lines of both blocks: how to tell the mail is genuine (only said when it is
// signed), and that the vendor never asks for a password by mail.
void germanFooter(Body &body, bool isSigned)
{
    if (isSigned) {
        body.paragraph(text(QT_TRANSLATE_NOOP(
            "nb::mail::Account", "Diese E-Mail ist signiert. Ob sie echt ist, prüfen Sie in der "
                                 "Notabene-App mit „E-Mail prüfen“.")));
    }
    body.paragraph(text(QT_TRANSLATE_NOOP(
        "nb::mail::Account",
        "Wir fragen Sie per E-Mail nie nach Ihrem Passwort und senden nie Anhänge zum Öffnen.")));
}

void englishFooter(Body &body, bool isSigned)
{
    if (isSigned) {
        body.paragraph(text(QT_TRANSLATE_NOOP(
            "nb::mail::Account", "This e-mail is signed. Check that it is genuine in the "
                                 "Notabene app with \"Check an e-mail\".")));
    }
    body.paragraph(text(QT_TRANSLATE_NOOP(
        "nb::mail::Account",
        "We never ask for your password by e-mail and never send attachments to open.")));
}

// --- Confirmation ---------------------------------------------------------------------------

QString germanRole(const ConfirmationMail &mail, const QString &vendorName)
{
    switch (mail.change) {
    case AccountChange::PrimaryContact:
        return text(QT_TRANSLATE_NOOP(
                        "nb::mail::Account",
                        "%1 hat Ihre Adresse %2 bei %3 als Erstkontakt der Firma %4 eingetragen. "
                        "Der Erstkontakt erhält alle Pflichtmailings, auch Sicherheitsupdates und "
                        "Fristen."))
            .arg(mail.requestedBy, mail.to, vendorName, mail.companyName);
    case AccountChange::SecurityAddress:
        return text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                      "%1 hat Ihre Adresse %2 bei %3 in den Verteiler Sicherheit "
                                      "der Firma %4 eingetragen. Dieser Verteiler erhält "
                                      "Sicherheitsupdates und ihre Fristen."))
            .arg(mail.requestedBy, mail.to, vendorName, mail.companyName);
    case AccountChange::Contact:
        break;
    }
    return text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                  "%1 hat Ihre Adresse %2 bei %3 als Ansprechpartner der Firma %4 "
                                  "eingetragen, der wichtige Informationen erhält: "
                                  "Sicherheitsupdates, Fristen und Wartungsfenster."))
        .arg(mail.requestedBy, mail.to, vendorName, mail.companyName);
}

QString englishRole(const ConfirmationMail &mail, const QString &vendorName)
{
    switch (mail.change) {
    case AccountChange::PrimaryContact:
        return text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                      "%1 entered your address %2 at %3 as the primary contact of "
                                      "%4. The primary contact receives every mandatory mailing, "
                                      "security updates and deadlines included."))
            .arg(mail.requestedBy, mail.to, vendorName, mail.companyName);
    case AccountChange::SecurityAddress:
        return text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                      "%1 added your address %2 at %3 to the security "
                                      "distribution list of %4. This list receives security "
                                      "updates and their deadlines."))
            .arg(mail.requestedBy, mail.to, vendorName, mail.companyName);
    case AccountChange::Contact:
        break;
    }
    return text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                  "%1 entered your address %2 at %3 as a contact person of %4 who "
                                  "receives critical information: security updates, deadlines "
                                  "and maintenance windows."))
        .arg(mail.requestedBy, mail.to, vendorName, mail.companyName);
}

Body confirmationBody(const ConfirmationMail &mail, const VendorIdentity &vendor, bool isSigned)
{
    Body body;
    body.language("de", text(QT_TRANSLATE_NOOP("nb::mail::Account", "English version below.")));
    body.heading(
        text(QT_TRANSLATE_NOOP("nb::mail::Account", "Bitte bestätigen Sie Ihre E-Mail-Adresse")));
    body.paragraph(germanRole(mail, vendor.displayName));
    body.paragraph(text(QT_TRANSLATE_NOOP(
        "nb::mail::Account",
        "Erst wenn Sie die Adresse bestätigen, gehen wichtige Informationen an sie.")));
    body.code(text(QT_TRANSLATE_NOOP("nb::mail::Account", "Ihr Bestätigungscode:")), mail.code);
    body.paragraph(text(QT_TRANSLATE_NOOP("nb::mail::Account", "Code und Link gelten bis %1."))
                       .arg(germanDate(mail.validUntil)));
    body.action(text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                       "Geben Sie den Code in der Notabene-App ein oder öffnen Sie "
                                       "diesen Link:")),
                text(QT_TRANSLATE_NOOP("nb::mail::Account", "Adresse bestätigen")), mail.link);
    body.paragraph(text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                          "Haben Sie das nicht erwartet? Dann ignorieren Sie "
                                          "diese E-Mail: Ohne Bestätigung ändert sich nichts.")));
    germanFooter(body, isSigned);

    body.language("en", {});
    body.heading(
        text(QT_TRANSLATE_NOOP("nb::mail::Account", "Please confirm your e-mail address")));
    body.paragraph(englishRole(mail, vendor.displayName));
    body.paragraph(text(QT_TRANSLATE_NOOP(
        "nb::mail::Account", "Critical information goes to it only once you confirm it.")));
    body.code(text(QT_TRANSLATE_NOOP("nb::mail::Account", "Your confirmation code:")), mail.code);
    body.paragraph(
        text(QT_TRANSLATE_NOOP("nb::mail::Account", "The code and the link are valid until %1."))
            .arg(englishDate(mail.validUntil)));
    body.action(text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                       "Enter the code in the Notabene app or open this link:")),
                text(QT_TRANSLATE_NOOP("nb::mail::Account", "Confirm address")), mail.link);
    body.paragraph(text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                          "Not expecting this? Then ignore this e-mail: nothing "
                                          "changes without a confirmation.")));
    englishFooter(body, isSigned);
    return body;
}

// --- Change alert ---------------------------------------------------------------------------

QString alertSubject(const ChangeAlertMail &mail)
{
    switch (mail.change) {
    case AccountChange::PrimaryContact:
        return text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                      "Sicherheitshinweis: Erstkontakt von %1 geändert / Security "
                                      "notice: primary contact changed"))
            .arg(mail.companyName);
    case AccountChange::SecurityAddress:
        return text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                      "Sicherheitshinweis: Verteiler Sicherheit von %1 geändert / "
                                      "Security notice: security distribution list changed"))
            .arg(mail.companyName);
    case AccountChange::Contact:
        break;
    }
    return text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                  "Sicherheitshinweis: Ansprechpartner von %1 geändert / Security "
                                  "notice: contact person changed"))
        .arg(mail.companyName);
}

QString germanWhat(const ChangeAlertMail &mail)
{
    switch (mail.change) {
    case AccountChange::PrimaryContact:
        return text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                      "Für die Firma %1 wurde der Erstkontakt geändert. Der "
                                      "Erstkontakt erhält alle Pflichtmailings, auch "
                                      "Sicherheitsupdates und Fristen."))
            .arg(mail.companyName);
    case AccountChange::SecurityAddress:
        if (mail.newAddress.isEmpty()) {
            return text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                          "Für die Firma %1 wurde eine Adresse aus dem Verteiler "
                                          "Sicherheit entfernt. Sie erhält keine "
                                          "Sicherheitsupdates mehr."))
                .arg(mail.companyName);
        }
        return text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                      "Für die Firma %1 wurde eine Adresse in den Verteiler "
                                      "Sicherheit eingetragen. Sie soll Sicherheitsupdates und "
                                      "ihre Fristen erhalten."))
            .arg(mail.companyName);
    case AccountChange::Contact:
        break;
    }
    return text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                  "Für die Firma %1 wurde ein Ansprechpartner geändert, der "
                                  "wichtige Informationen erhält."))
        .arg(mail.companyName);
}

QString englishWhat(const ChangeAlertMail &mail)
{
    switch (mail.change) {
    case AccountChange::PrimaryContact:
        return text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                      "The primary contact of %1 was changed. The primary contact "
                                      "receives every mandatory mailing, security updates and "
                                      "deadlines included."))
            .arg(mail.companyName);
    case AccountChange::SecurityAddress:
        if (mail.newAddress.isEmpty()) {
            return text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                          "An address was removed from the security distribution "
                                          "list of %1. It no longer receives security updates."))
                .arg(mail.companyName);
        }
        return text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                      "An address was added to the security distribution list of "
                                      "%1. It is to receive security updates and their "
                                      "deadlines."))
            .arg(mail.companyName);
    case AccountChange::Contact:
        break;
    }
    return text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                  "A contact person of %1 who receives critical information was "
                                  "changed."))
        .arg(mail.companyName);
}

QString shownAddress(const QString &address)
{
    return address.isEmpty() ? QStringLiteral("–") : address;
}

Body alertBody(const ChangeAlertMail &mail, bool isSigned)
{
    Body body;
    body.language("de", text(QT_TRANSLATE_NOOP("nb::mail::Account", "English version below.")));
    body.heading(text(QT_TRANSLATE_NOOP(
        "nb::mail::Account", "Sicherheitshinweis: Wer wichtige Informationen erhält, wurde "
                             "geändert")));
    body.paragraph(germanWhat(mail));
    body.facts({
        {text(QT_TRANSLATE_NOOP("nb::mail::Account", "Bisher:")), shownAddress(mail.oldAddress)},
        {text(QT_TRANSLATE_NOOP("nb::mail::Account", "Neu:")),
         mail.newAddress.isEmpty() ? text(QT_TRANSLATE_NOOP("nb::mail::Account", "(entfernt)"))
                                   : mail.newAddress},
        {text(QT_TRANSLATE_NOOP("nb::mail::Account", "Geändert von:")), mail.requestedBy},
        {text(QT_TRANSLATE_NOOP("nb::mail::Account", "Am:")), germanDate(mail.requestedAt)},
        {text(QT_TRANSLATE_NOOP("nb::mail::Account", "Von der Adresse:")),
         shownAddress(mail.clientAddress)},
    });
    if (!mail.newAddress.isEmpty()) {
        body.paragraph(text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                              "Die neue Adresse wird erst wirksam, wenn sie "
                                              "bestätigt ist; bis dahin gehen wichtige "
                                              "Informationen weiter an die bisherige.")));
    }
    body.action(text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                       "Wenn Sie diese Änderung nicht veranlasst haben:")),
                text(QT_TRANSLATE_NOOP("nb::mail::Account", "Das war ich nicht")), mail.revertLink);
    body.paragraph(text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                          "Der Link macht die Änderung rückgängig und sperrt "
                                          "weitere Änderungen am Konto, bis sich ein Administrator "
                                          "Ihrer Firma neu anmeldet. Er gilt einmal, bis %1."))
                       .arg(germanDate(mail.revertValidUntil)));
    body.paragraph(text(QT_TRANSLATE_NOOP(
        "nb::mail::Account", "Wenn die Änderung in Ordnung ist, müssen Sie nichts tun.")));
    germanFooter(body, isSigned);

    body.language("en", {});
    body.heading(text(QT_TRANSLATE_NOOP(
        "nb::mail::Account", "Security notice: who receives critical information was changed")));
    body.paragraph(englishWhat(mail));
    body.facts({
        {text(QT_TRANSLATE_NOOP("nb::mail::Account", "Before:")), shownAddress(mail.oldAddress)},
        {text(QT_TRANSLATE_NOOP("nb::mail::Account", "New:")),
         mail.newAddress.isEmpty() ? text(QT_TRANSLATE_NOOP("nb::mail::Account", "(removed)"))
                                   : mail.newAddress},
        {text(QT_TRANSLATE_NOOP("nb::mail::Account", "Changed by:")), mail.requestedBy},
        {text(QT_TRANSLATE_NOOP("nb::mail::Account", "On:")), englishDate(mail.requestedAt)},
        {text(QT_TRANSLATE_NOOP("nb::mail::Account", "From the address:")),
         shownAddress(mail.clientAddress)},
    });
    if (!mail.newAddress.isEmpty()) {
        body.paragraph(text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                              "The new address takes effect only once it is "
                                              "confirmed; until then critical information still "
                                              "goes to the previous one.")));
    }
    body.action(text(QT_TRANSLATE_NOOP("nb::mail::Account", "If you did not make this change:")),
                text(QT_TRANSLATE_NOOP("nb::mail::Account", "That was not me")), mail.revertLink);
    body.paragraph(text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                          "The link reverts the change and locks further changes "
                                          "to the account until an administrator of your company "
                                          "signs in again. It works once, until %1."))
                       .arg(englishDate(mail.revertValidUntil)));
    body.paragraph(text(
        QT_TRANSLATE_NOOP("nb::mail::Account", "If the change is fine, there is nothing to do.")));
    englishFooter(body, isSigned);
    return body;
}

// --- Re-confirmation ------------------------------------------------------------------------

Body reconfirmationBody(const ReconfirmationMail &mail, const VendorIdentity &vendor, bool isSigned)
{
    Body body;
    body.language("de", text(QT_TRANSLATE_NOOP("nb::mail::Account", "English version below.")));
    body.heading(
        text(QT_TRANSLATE_NOOP("nb::mail::Account", "Stimmen Ihre Ansprechpartner noch?")));
    body.paragraph(text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                          "Bitte prüfen Sie, wer bei %1 wichtige Informationen von "
                                          "%2 erhält: den Erstkontakt, die Ansprechpartner und die "
                                          "Verteiler. Sie finden sie in der Notabene-App unter "
                                          "„Mein Konto“."))
                       .arg(mail.companyName, vendor.displayName));
    body.paragraph(
        mail.lastConfirmedAt.isValid()
            ? text(QT_TRANSLATE_NOOP("nb::mail::Account", "Zuletzt bestätigt: %1."))
                  .arg(germanDate(mail.lastConfirmedAt))
            : text(QT_TRANSLATE_NOOP("nb::mail::Account", "Bisher wurden sie nie bestätigt.")));
    body.action(text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                       "Wenn alles stimmt, bestätigen Sie es mit einem Klick:")),
                text(QT_TRANSLATE_NOOP("nb::mail::Account", "Unverändert bestätigen")), mail.link);
    body.paragraph(text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                          "Wenn etwas nicht mehr stimmt, ändern Sie es in der "
                                          "Notabene-App unter „Mein Konto“.")));
    germanFooter(body, isSigned);

    body.language("en", {});
    body.heading(
        text(QT_TRANSLATE_NOOP("nb::mail::Account", "Are your contact persons still correct?")));
    body.paragraph(text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                          "Please check who at %1 receives critical information "
                                          "from %2: the primary contact, the contact persons and "
                                          "the distribution lists. You find them in the Notabene "
                                          "app under \"Mein Konto\"."))
                       .arg(mail.companyName, vendor.displayName));
    body.paragraph(
        mail.lastConfirmedAt.isValid()
            ? text(QT_TRANSLATE_NOOP("nb::mail::Account", "Last confirmed: %1."))
                  .arg(englishDate(mail.lastConfirmedAt))
            : text(QT_TRANSLATE_NOOP("nb::mail::Account", "They have never been confirmed.")));
    body.action(text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                       "If everything is right, confirm it with one click:")),
                text(QT_TRANSLATE_NOOP("nb::mail::Account", "Confirm unchanged")), mail.link);
    body.paragraph(text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                          "If something is no longer right, change it in the "
                                          "Notabene app under \"Mein Konto\".")));
    englishFooter(body, isSigned);
    return body;
}

} // namespace

Result<QByteArray> renderConfirmationMail(const ConfirmationMail &mail,
                                          const VendorIdentity &vendor, const QDateTime &date,
                                          const dsse::Signer *signer)
{
    if (auto texts = checkTexts({{"to", &mail.to},
                                 {"companyName", &mail.companyName},
                                 {"requestedBy", &mail.requestedBy},
                                 {"code", &mail.code},
                                 {"messageId", &mail.messageId}},
                                vendor);
        !texts)
        return texts.error();
    if (auto link = checkLink(mail.link, QStringLiteral("link")); !link)
        return link.error();
    if (auto code = checkCode(mail.code); !code)
        return code.error();
    if (!mail.validUntil.isValid())
        return invalidDate(QStringLiteral("validUntil"));
    Envelope envelope;
    envelope.to = mail.to;
    envelope.subject = text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                              "Bitte bestätigen Sie Ihre E-Mail-Adresse für %1 / "
                                              "Please confirm your e-mail address"))
                           .arg(mail.companyName);
    envelope.payloadId = QStringLiteral("account:confirm:%1").arg(mail.changeId);
    envelope.idPrefix = QStringLiteral("account-confirm-%1").arg(mail.changeId);
    envelope.messageId = mail.messageId;
    return build(envelope, confirmationBody(mail, vendor, signer != nullptr), vendor, date, signer);
}

Result<QByteArray> renderChangeAlertMail(const ChangeAlertMail &mail, const VendorIdentity &vendor,
                                         const QDateTime &date, const dsse::Signer *signer)
{
    if (auto texts = checkTexts({{"to", &mail.to},
                                 {"companyName", &mail.companyName},
                                 {"oldAddress", &mail.oldAddress},
                                 {"newAddress", &mail.newAddress},
                                 {"requestedBy", &mail.requestedBy},
                                 {"clientAddress", &mail.clientAddress},
                                 {"messageId", &mail.messageId}},
                                vendor);
        !texts)
        return texts.error();
    if (auto link = checkLink(mail.revertLink, QStringLiteral("revertLink")); !link)
        return link.error();
    if (!mail.requestedAt.isValid())
        return invalidDate(QStringLiteral("requestedAt"));
    if (!mail.revertValidUntil.isValid())
        return invalidDate(QStringLiteral("revertValidUntil"));
    Envelope envelope;
    envelope.to = mail.to;
    envelope.subject = alertSubject(mail);
    envelope.payloadId = QStringLiteral("account:alert:%1").arg(mail.changeId);
    envelope.idPrefix = QStringLiteral("account-alert-%1").arg(mail.changeId);
    envelope.messageId = mail.messageId;
    return build(envelope, alertBody(mail, signer != nullptr), vendor, date, signer);
}

Result<QByteArray> renderReconfirmationMail(const ReconfirmationMail &mail,
                                            const VendorIdentity &vendor, const QDateTime &date,
                                            const dsse::Signer *signer)
{
    if (auto texts = checkTexts(
            {{"to", &mail.to}, {"companyName", &mail.companyName}, {"messageId", &mail.messageId}},
            vendor);
        !texts)
        return texts.error();
    if (auto link = checkLink(mail.link, QStringLiteral("link")); !link)
        return link.error();
    Envelope envelope;
    envelope.to = mail.to;
    envelope.subject = text(QT_TRANSLATE_NOOP("nb::mail::Account",
                                              "Stimmen Ihre Ansprechpartner noch? – %1 / Are your "
                                              "contact persons still correct?"))
                           .arg(mail.companyName);
    envelope.payloadId = QStringLiteral("account:reconfirm:%1").arg(mail.companyId);
    envelope.idPrefix = QStringLiteral("account-reconfirm-%1").arg(mail.companyId);
    envelope.messageId = mail.messageId;
    return build(envelope, reconfirmationBody(mail, vendor, signer != nullptr), vendor, date,
                 signer);
}

} // namespace nb::mail
