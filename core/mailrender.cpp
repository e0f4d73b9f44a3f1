// renderNoticeMail(): the signed e-mail for one notice, built with GMime; and the building steps
// it shares with the account mails (core/mailcompose.h).
#include "core/contrast.h"
#include "core/emailaddress.h"
#include "core/mail.h"
#include "core/mailcompose.h"
#include "core/mailgmime.h"
#include "core/mailpayload.h"
#include "core/markdown.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUrl>

namespace nb::mail {

namespace {

// The mail is German like the notices; the strings still go through translate() so that a
// vendor can localise them.
QString text(const char *source)
{
    return QCoreApplication::translate("nb::mail::Render", source);
}

QString productColor(const QList<MailProduct> &products)
{
    for (const MailProduct &product : products) {
        if (contrast::parseHexColor(product.color))
            return product.color.toUpper();
    }
    return QStringLiteral("#1F4E79");
}

QString hexColor(quint32 rgb)
{
    return QStringLiteral("#%1").arg(rgb, 6, 16, QLatin1Char('0')).toUpper();
}

QString productNames(const QList<MailProduct> &products)
{
    QStringList names;
    for (const MailProduct &product : products)
        names.append(product.name);
    return names.join(QStringLiteral(", "));
}

QString actByText(const Notice &notice)
{
    if (!notice.actBy)
        return {};
    return text(QT_TRANSLATE_NOOP("nb::mail::Render", "Bitte handeln Sie bis: %1"))
        .arg(notice.actBy->toString(QStringLiteral("dd.MM.yyyy")));
}

QString footerText()
{
    return text(QT_TRANSLATE_NOOP(
        "nb::mail::Render",
        "Patches erhalten Sie ausschließlich im Kundencenter oder in der Notabene-App, niemals als "
        "Anhang einer E-Mail. Prüfen Sie diese E-Mail in der Notabene-App mit „E-Mail prüfen“."));
}

QString manageText()
{
    return text(QT_TRANSLATE_NOOP("nb::mail::Render",
                                  "Wer bei Ihnen Pflichtmailings erhält, legen Sie selbst fest "
                                  "(Erstkontakt, Ansprechpartner, Verteiler): %1"));
}

QString banner()
{
    return text(QT_TRANSLATE_NOOP("nb::mail::Render", "Wichtiger Hinweis"));
}

QString noticeNumber(const Notice &notice)
{
    return text(QT_TRANSLATE_NOOP("nb::mail::Render", "Hinweis %1")).arg(notice.id);
}

QString htmlBody(const Notice &notice, const QList<MailProduct> &products,
                 const MailingOptions &options)
{
    const QString background = productColor(products);
    const QString foreground =
        hexColor(contrast::readableTextColor(*contrast::parseHexColor(background)));
    const QString names = productNames(products);
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<title>%1</title>\n</head>\n<body style=\"margin:0;padding:0;"
                           "font-family:Arial,Helvetica,sans-serif;\">\n")
                .arg(notice.subject.toHtmlEscaped());
    html += QStringLiteral(
                "<table role=\"presentation\" width=\"100%\" cellpadding=\"16\" cellspacing=\"0\" "
                "border=\"0\">\n<tr><td bgcolor=\"%1\" style=\"background-color:%1;color:%2;\">"
                "<font color=\"%2\"><strong>%3</strong>%4</font></td></tr>\n</table>\n")
                .arg(background, foreground, banner().toHtmlEscaped(),
                     names.isEmpty() ? QString() : QStringLiteral(" – ") + names.toHtmlEscaped());
    html += QStringLiteral("<div style=\"padding:16px;\">\n<h1>%1</h1>\n")
                .arg(notice.subject.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>\n").arg(noticeNumber(notice).toHtmlEscaped());
    if (notice.actBy)
        html +=
            QStringLiteral("<p><strong>%1</strong></p>\n").arg(actByText(notice).toHtmlEscaped());
    html += markdown::toHtml(notice.body);
    html += QStringLiteral("\n<hr>\n<p>%1</p>\n").arg(footerText().toHtmlEscaped());
    if (!options.manageUrl.isEmpty()) {
        const QString link =
            QStringLiteral("<a href=\"%1\">%2</a>")
                .arg(options.manageUrl.toHtmlEscaped(), options.manageUrl.toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>\n").arg(manageText().toHtmlEscaped().arg(link));
    }
    html += QStringLiteral("</div>\n</body>\n</html>\n");
    return html;
}

QString plainBody(const Notice &notice, const QList<MailProduct> &products,
                  const MailingOptions &options)
{
    QString plain = banner().toUpper();
    const QString names = productNames(products);
    if (!names.isEmpty())
        plain += QStringLiteral(" – ") + names;
    plain += QStringLiteral("\n\n") + notice.subject + QStringLiteral("\n") + noticeNumber(notice) +
             QStringLiteral("\n");
    if (notice.actBy)
        plain += actByText(notice) + QStringLiteral("\n");
    QString body = notice.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    plain += QStringLiteral("\n") + body.trimmed() + QStringLiteral("\n\n-- \n") + footerText() +
             QStringLiteral("\n");
    if (!options.manageUrl.isEmpty())
        plain += manageText().arg(options.manageUrl) + QStringLiteral("\n");
    return plain;
}

} // namespace

namespace compose {

namespace {

// A text part whose content is `content` as UTF-8. Not g_mime_text_part_set_text(): that
// converts to the smallest charset that fits (ISO-8859-1 for a German text without „“), which
// the charset parameter would then misname.
gmime::Ref<GMimeTextPart> textPart(const char *subtype, const QString &content)
{
    gmime::Ref<GMimeTextPart> part(g_mime_text_part_new_with_subtype(subtype));
    const QByteArray utf8 = content.toUtf8();
    gmime::Ref<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(utf8.constData(), static_cast<size_t>(utf8.size())));
    gmime::Ref<GMimeDataWrapper> wrapper(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(GMIME_PART(part.get()), wrapper.get());
    g_mime_text_part_set_charset(part.get(), "utf-8");
    g_mime_part_set_content_encoding(GMIME_PART(part.get()),
                                     GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    return part;
}

// Spaces every 56 characters, so that GMime can fold the long base64 value.
QByteArray foldable(const QByteArray &base64)
{
    QByteArray out;
    for (qsizetype i = 0; i < base64.size(); i += 56) {
        if (i > 0)
            out += ' ';
        out += base64.mid(i, 56);
    }
    return out;
}

QString randomMessageId(const QString &prefix, const QString &fromAddress)
{
    return QStringLiteral("%1.%2@%3")
        .arg(prefix, QString::number(QRandomGenerator::system()->generate64(), 16),
             fromAddress.section(QLatin1Char('@'), -1));
}

} // namespace

bool hasControlCharacters(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

Error headerInjection(const QString &field)
{
    return Error{QStringLiteral("header-injection"),
                 QCoreApplication::translate("nb::mail::Check",
                                             "A mail header value must not contain line breaks or "
                                             "control characters."),
                 field};
}

Result<QString> senderAddress(const VendorIdentity &vendor)
{
    auto from = normalizeEmail(vendor.fromAddress);
    if (!from) {
        Error error = from.error();
        error.field = QStringLiteral("from");
        return error;
    }
    return from;
}

Result<QDateTime> sentDate(const QDateTime &date)
{
    if (!date.isValid()) {
        return Error{QStringLiteral("invalid-date"),
                     QCoreApplication::translate("nb::mail::Check", "The mail needs a date."),
                     QStringLiteral("date")};
    }
    const QDateTime utc = date.toUTC();
    return utc.addMSecs(-utc.time().msec());
}

gmime::Ref<GMimeMessage> newMessage(const QString &displayName, const QString &fromAddress,
                                    const QString &subject, const QDateTime &sent)
{
    gmime::ensureInitialized();
    gmime::Ref<GMimeMessage> result(g_mime_message_new(TRUE));
    GMimeMessage *message = result.get();
    InternetAddress *sender = internet_address_mailbox_new(displayName.toUtf8().constData(),
                                                           fromAddress.toUtf8().constData());
    internet_address_set_charset(sender, "utf-8"); // RFC 2047 as UTF-8, not a locale charset
    internet_address_list_add(g_mime_message_get_from(message), sender);
    g_object_unref(sender);
    g_mime_message_set_subject(message, subject.toUtf8().constData(), "utf-8");
    GDateTime *gdate = g_date_time_new_from_unix_utc(sent.toSecsSinceEpoch());
    g_mime_message_set_date(message, gdate);
    g_date_time_unref(gdate);
    return result;
}

void setBody(GMimeMessage *message, const QString &plain, const QString &html)
{
    gmime::Ref<GMimeMultipart> alternative(g_mime_multipart_new_with_subtype("alternative"));
    const auto plainPart = textPart("plain", plain);
    const auto htmlPart = textPart("html", html);
    g_mime_multipart_add(alternative.get(), GMIME_OBJECT(plainPart.get()));
    g_mime_multipart_add(alternative.get(), GMIME_OBJECT(htmlPart.get()));
    g_mime_message_set_mime_part(message, GMIME_OBJECT(alternative.get()));
}

Status sign(GMimeMessage *message, const QString &payloadId, const QString &fromAddress,
            const QString &subject, const QDateTime &sent, const dsse::Signer &signer)
{
    // The hashes come from the mail as a receiver parses it: written out and read back.
    const auto reparsed = gmime::parseMessage(gmime::serialize(GMIME_OBJECT(message)));
    if (!reparsed)
        return Error{QStringLiteral("render-failed"),
                     QCoreApplication::translate("nb::mail::Check", "The mail could not be built."),
                     {}};
    MailPayload payload;
    payload.noticeId = payloadId;
    payload.from = fromAddress;
    payload.subject = subject;
    payload.date = sent;
    for (const gmime::Leaf &leaf : gmime::leaves(reparsed.get()))
        payload.parts.append({leaf.contentType, gmime::contentHash(leaf.decoded)});
    const dsse::Envelope envelope = dsse::signEnvelope(mailPayloadType, payload.toJson(), {signer});
    g_mime_object_set_header(GMIME_OBJECT(message), signatureHeader,
                             foldable(envelope.toJson().toBase64()).constData(), nullptr);
    return {};
}

Status address(GMimeMessage *message, const QString &to, const QString &messageId,
               const QString &idPrefix, const QString &fromAddress)
{
    if (hasControlCharacters(to))
        return headerInjection(QStringLiteral("to"));
    if (hasControlCharacters(messageId) || messageId.contains(QLatin1Char('<')) ||
        messageId.contains(QLatin1Char('>')) || messageId.contains(QLatin1Char(' ')))
        return headerInjection(QStringLiteral("messageId"));
    auto recipient = normalizeEmail(to);
    if (!recipient) {
        Error error = recipient.error();
        error.field = QStringLiteral("to");
        return error;
    }
    InternetAddressList *list = g_mime_message_get_addresses(message, GMIME_ADDRESS_TYPE_TO);
    internet_address_list_clear(list);
    g_mime_message_add_mailbox(message, GMIME_ADDRESS_TYPE_TO, nullptr,
                               recipient->toUtf8().constData());
    const QString id = messageId.isEmpty() ? randomMessageId(idPrefix, fromAddress) : messageId;
    g_mime_message_set_message_id(message, id.toUtf8().constData());
    return {};
}

} // namespace compose

struct SignedMail::Private
{
    gmime::Ref<GMimeMessage> message; // without To and Message-ID
    QString noticeId;
    QString fromAddress;
    QString subject;
    QString fromHeader;
    QString plain;
    QString html;
};

SignedMail::SignedMail(std::unique_ptr<Private> impl)
    : d(std::move(impl))
{}
SignedMail::SignedMail(SignedMail &&) noexcept = default;
SignedMail &SignedMail::operator=(SignedMail &&) noexcept = default;
SignedMail::~SignedMail() = default;

Result<SignedMail> SignedMail::render(const Notice &notice, const QList<MailProduct> &products,
                                      const VendorIdentity &vendor, const QDateTime &date,
                                      const dsse::Signer &signer, const MailingOptions &options)
{
    const std::pair<const char *, const QString *> headerValues[] = {
        {"subject", &notice.subject},         {"from", &vendor.fromAddress},
        {"displayName", &vendor.displayName}, {"id", &notice.id},
        {"listId", &options.listId},          {"manageUrl", &options.manageUrl}};
    for (const auto &[field, value] : headerValues) {
        if (compose::hasControlCharacters(*value))
            return compose::headerInjection(QLatin1String(field));
    }
    if (!options.manageUrl.isEmpty() &&
        QUrl(options.manageUrl, QUrl::StrictMode).scheme() != QLatin1String("https")) {
        return Error{QStringLiteral("invalid-value"),
                     QCoreApplication::translate("nb::mail::Check",
                                                 "The link to manage recipients must be https."),
                     QStringLiteral("manageUrl")};
    }
    auto from = compose::senderAddress(vendor);
    if (!from)
        return from.error();
    auto sent = compose::sentDate(date);
    if (!sent)
        return sent.error();

    auto impl = std::make_unique<Private>();
    impl->plain = plainBody(notice, products, options);
    impl->html = htmlBody(notice, products, options);
    impl->message = compose::newMessage(vendor.displayName, *from, notice.subject, *sent);
    GMimeMessage *message = impl->message.get();
    if (!options.listId.isEmpty())
        g_mime_object_set_header(GMIME_OBJECT(message), "List-Id",
                                 options.listId.toUtf8().constData(), "utf-8");
    compose::setBody(message, impl->plain, impl->html);
    if (auto signedMail = compose::sign(message, notice.id, *from, notice.subject, *sent, signer);
        !signedMail)
        return signedMail.error();
    impl->noticeId = notice.id;
    impl->fromAddress = *from;
    impl->subject = notice.subject;
    impl->fromHeader = QStringLiteral("%1 <%2>").arg(vendor.displayName, *from);
    return SignedMail(std::move(impl));
}

Result<QByteArray> SignedMail::forRecipient(const QString &to, const QString &messageId) const
{
    GMimeMessage *message = d->message.get();
    if (auto addressed = compose::address(message, to, messageId, d->noticeId, d->fromAddress);
        !addressed)
        return addressed.error();
    return gmime::serialize(GMIME_OBJECT(message));
}

QString SignedMail::subject() const
{
    return d->subject;
}

QString SignedMail::fromHeader() const
{
    return d->fromHeader;
}

QString SignedMail::plainText() const
{
    return d->plain;
}

QString SignedMail::html() const
{
    return d->html;
}

Result<QByteArray> renderNoticeMail(const Notice &notice, const QList<MailProduct> &products,
                                    const VendorIdentity &vendor, const QString &to,
                                    const QDateTime &date, const dsse::Signer &signer)
{
    if (compose::hasControlCharacters(to))
        return compose::headerInjection(QStringLiteral("to"));
    auto recipient = normalizeEmail(to);
    if (!recipient) {
        Error error = recipient.error();
        error.field = QStringLiteral("to");
        return error;
    }
    auto mail = SignedMail::render(notice, products, vendor, date, signer);
    if (!mail)
        return mail.error();
    return mail->forRecipient(*recipient);
}

} // namespace nb::mail
