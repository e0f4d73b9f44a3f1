#pragma once

// The mail corpus of the mail tests: genuine mails rendered by renderNoticeMail() with a
// generated key, and what happens to them on the way (re-encoding, CRLF, re-folding, forwarding)
// or in an attacker's hands. Transformations go through GMime like the product's parsing.
#include "core/crypto.h"
#include "core/mail.h"
#include "core/mailgmime.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

namespace nb::mail::corpus {

inline const QDateTime kSent(QDate(2026, 7, 20), QTime(9, 0), Qt::UTC);
inline const QDateTime kNow(QDate(2026, 7, 21), QTime(12, 0), Qt::UTC);

inline VendorIdentity vendor()
{
    return {QStringLiteral("Notabene Kundenservice"),
            QStringLiteral("pflichtmailing@notabene.example"),
            {QStringLiteral("notabene.example"), QStringLiteral("notabene-status.example")}};
}

inline QList<MailProduct> products()
{
    return {{QStringLiteral("Fiskal-Connector"), QStringLiteral("#0B6E4F")}};
}

inline Notice
notice(const QString &id = QStringLiteral("2026-0007"),
       const QString &subject = QStringLiteral(
           "Sicherheitsupdate Fiskal-Connector 4.2.1 – bitte bis 1. August einspielen"))
{
    Notice n;
    n.id = id;
    n.sequence = 7;
    n.products = {QStringLiteral("fiskal")};
    n.category = QStringLiteral("security");
    n.severity = NoticeSeverity::Urgent;
    n.subject = subject;
    n.body = QStringLiteral(
        "Für den **Fiskal-Connector** steht das Sicherheitsupdate 4.2.1 bereit.\n\n"
        "- Laden Sie es im [Kundencenter](https://kundencenter.notabene.example/patches) "
        "herunter.\n"
        "- Den Stand sehen Sie auf https://status.notabene-status.example/fiskal.\n\n"
        "Öffnen Sie keine Anhänge: wir verschicken Patches nie per E-Mail.\n");
    n.actBy = QDate(2026, 8, 1);
    n.issuedAt = kSent;
    return n;
}

inline KeyList keyList(const QList<SigningKeyEntry> &keys,
                       const QDateTime &expires = kNow.addDays(365))
{
    KeyList list;
    list.version = 1;
    list.expires = expires;
    list.rootKeys = {signing::PublicKey{QByteArray(32, 'r')}};
    list.signingKeys = keys;
    return list;
}

inline dsse::Signer signer(const signing::KeyPair &pair)
{
    return {pair.publicKey, pair.secretKey};
}

inline QByteArray render(const signing::KeyPair &key, const Notice &n = notice(),
                         const QDateTime &date = kSent)
{
    const auto mail = renderNoticeMail(
        n, products(), vendor(), QStringLiteral("buchhaltung@kunde.example"), date, signer(key));
    return mail ? mail.value() : QByteArray();
}

// Parses, lets `edit` change the message, writes it out again.
inline QByteArray edited(const QByteArray &eml, const std::function<void(GMimeMessage *)> &edit)
{
    const auto message = gmime::parseMessage(eml);
    if (!message)
        return {};
    edit(message.get());
    return gmime::serialize(GMIME_OBJECT(message.get()));
}

inline QByteArray reencoded(const QByteArray &eml, GMimeContentEncoding encoding)
{
    return edited(eml, [encoding](GMimeMessage *message) {
        for (const gmime::Leaf &leaf : gmime::leaves(message))
            g_mime_part_set_content_encoding(leaf.part, encoding);
    });
}

inline QByteArray withCrlf(const QByteArray &eml)
{
    QByteArray lf = eml;
    lf.replace("\r\n", "\n");
    return lf.replace("\n", "\r\n");
}

inline QByteArray withLf(const QByteArray &eml)
{
    QByteArray lf = eml;
    return lf.replace("\r\n", "\n");
}

// Unfolds every header and folds it again at every space, continuation lines with a tab (as
// some mail servers do). Plain text work on the header block: this is the mutation under test.
inline QByteArray refolded(const QByteArray &eml)
{
    const QByteArray lf = withLf(eml);
    const qsizetype end = lf.indexOf("\n\n");
    QByteArray headers = lf.left(end);
    headers.replace("\n ", " ").replace("\n\t", " ");
    QByteArray out;
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        out += line.left(colon + 1);
        bool first = true;
        for (const QByteArray &word : line.mid(colon + 1).split(' ')) {
            if (word.isEmpty())
                continue;
            out += (first ? " " : "\n\t") + word;
            first = false;
        }
        out += '\n';
    }
    return out + lf.mid(end + 1);
}

inline QString leafText(GMimeMessage *message, const char *type)
{
    for (const gmime::Leaf &leaf : gmime::leaves(message)) {
        if (leaf.contentType == QLatin1String(type))
            return gmime::takeString(g_mime_text_part_get_text(GMIME_TEXT_PART(leaf.part)));
    }
    return {};
}

inline void setLeafText(GMimeMessage *message, const char *type, const QString &text)
{
    for (const gmime::Leaf &leaf : gmime::leaves(message)) {
        if (leaf.contentType == QLatin1String(type))
            g_mime_text_part_set_text(GMIME_TEXT_PART(leaf.part), text.toUtf8().constData());
    }
}

inline GMimePart *attachmentPart(const char *fileName, const char *type, const char *subtype,
                                 const QByteArray &content)
{
    GMimePart *part = g_mime_part_new_with_type(type, subtype);
    g_mime_part_set_filename(part, fileName);
    gmime::Ref<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(
        content.constData(), static_cast<size_t>(content.size())));
    gmime::Ref<GMimeDataWrapper> wrapper(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part, wrapper.get());
    g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
    return part;
}

// The message body inside a new multipart/mixed: `before` parts, the old body, `after` parts.
inline void wrapBody(GMimeMessage *message, const QList<GMimeObject *> &before,
                     const QList<GMimeObject *> &after)
{
    gmime::Ref<GMimeMultipart> mixed(g_mime_multipart_new_with_subtype("mixed"));
    for (GMimeObject *part : before) {
        g_mime_multipart_add(mixed.get(), part);
        g_object_unref(part);
    }
    g_mime_multipart_add(mixed.get(), g_mime_message_get_mime_part(message));
    for (GMimeObject *part : after) {
        g_mime_multipart_add(mixed.get(), part);
        g_object_unref(part);
    }
    g_mime_message_set_mime_part(message, GMIME_OBJECT(mixed.get()));
}

inline GMimeObject *plainPart(const QString &text)
{
    GMimeTextPart *part = g_mime_text_part_new_with_subtype("plain");
    g_mime_text_part_set_text(part, text.toUtf8().constData());
    return GMIME_OBJECT(part);
}

// `eml` forwarded as an attachment (message/rfc822) by a colleague, with a note of their own.
inline QByteArray forwarded(const QByteArray &eml,
                            const QString &note = QStringLiteral("Ist das echt? Bitte prüfen."))
{
    gmime::ensureInitialized();
    const auto inner = gmime::parseMessage(eml);
    gmime::Ref<GMimeMessage> outer(g_mime_message_new(TRUE));
    g_mime_message_add_mailbox(outer.get(), GMIME_ADDRESS_TYPE_FROM, "Kollegin",
                               "kollegin@kunde.example");
    g_mime_message_add_mailbox(outer.get(), GMIME_ADDRESS_TYPE_TO, nullptr, "it@kunde.example");
    g_mime_message_set_subject(outer.get(), "Fwd: Sicherheitsupdate", "utf-8");
    gmime::Ref<GMimeMessagePart> attached(
        g_mime_message_part_new_with_message("rfc822", inner.get()));
    gmime::Ref<GMimeMultipart> mixed(g_mime_multipart_new_with_subtype("mixed"));
    GMimeObject *text = plainPart(note);
    g_mime_multipart_add(mixed.get(), text);
    g_object_unref(text);
    g_mime_multipart_add(mixed.get(), GMIME_OBJECT(attached.get()));
    g_mime_message_set_mime_part(outer.get(), GMIME_OBJECT(mixed.get()));
    return gmime::serialize(GMIME_OBJECT(outer.get()));
}

inline QByteArray signatureOf(const QByteArray &eml)
{
    const auto message = gmime::parseMessage(eml);
    return QByteArray(g_mime_object_get_header(GMIME_OBJECT(message.get()), signatureHeader));
}

inline QByteArray withSignature(const QByteArray &eml, const QByteArray &value)
{
    return edited(eml, [&value](GMimeMessage *message) {
        g_mime_object_remove_header(GMIME_OBJECT(message), signatureHeader);
        if (!value.isNull())
            g_mime_object_set_header(GMIME_OBJECT(message), signatureHeader, value.constData(),
                                     nullptr);
    });
}

} // namespace nb::mail::corpus
