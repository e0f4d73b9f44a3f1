// The notice mail end to end in core: rendered by renderNoticeMail(), checked by checkMail();
// genuine mails survive what mail transport does to them, every forgery is caught.
#include "tst_mailcorpus.h"

#include <QTest>

using namespace nb;
using namespace nb::mail;
using namespace nb::mail::corpus;
using signing::KeyPair;

namespace {

bool hasWarning(const MailCheck &check, const QString &code)
{
    for (const Warning &warning : check.warnings) {
        if (warning.code == code)
            return true;
    }
    return false;
}

} // namespace

class TestMail : public QObject
{
    Q_OBJECT

    KeyPair current, stranger;
    QList<KeyList> lists;
    QByteArray genuine;

    MailCheck check(const QByteArray &eml, const QList<KeyList> &keyLists)
    {
        const auto result = checkMail(eml, keyLists, vendor(), kNow);
        if (!result)
            qWarning() << "checkMail failed:" << result.error().code << result.error().message;
        return result ? result.value() : MailCheck{};
    }
    MailCheck check(const QByteArray &eml) { return check(eml, lists); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(crypto::initialize());
        current = signing::generateKeyPair();
        stranger = signing::generateKeyPair();
        lists = {keyList({{current.publicKey, kNow.addDays(30)}})};
        genuine = render(current);
        QVERIFY(!genuine.isEmpty());
    }

    void renderedMailHasTheAgreedShape()
    {
        const auto message = gmime::parseMessage(genuine);
        QVERIFY(message);
        GMimeObject *body = g_mime_message_get_mime_part(message.get());
        QCOMPARE(gmime::mimeType(body), QStringLiteral("multipart/alternative"));
        const auto leaves = gmime::leaves(message.get());
        QCOMPARE(leaves.size(), 2);
        QCOMPARE(leaves.at(0).contentType, QStringLiteral("text/plain"));
        QCOMPARE(leaves.at(1).contentType, QStringLiteral("text/html"));
        QCOMPARE(QString::fromUtf8(g_mime_message_get_subject(message.get())), notice().subject);
        // Non-ASCII subject travels RFC 2047 encoded, the raw header is ASCII.
        QVERIFY(genuine.contains("=?UTF-8?B?4oCT?="));
        for (const char c : genuine)
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
        QVERIFY(genuine.contains("From: Notabene Kundenservice <pflichtmailing@notabene.example>"));
        QVERIFY(genuine.contains("To: buchhaltung@kunde.example"));
        QVERIFY(genuine.contains("Message-Id: <2026-0007.") ||
                genuine.contains("Message-ID: <2026-0007."));
        QVERIFY(genuine.contains("@notabene.example>"));
        QVERIFY(genuine.contains("Date: Mon, 20 Jul 2026 09:00:00 +0000"));
        // The signature header is folded: no line of the mail is longer than 78 characters.
        for (const QByteArray &line : genuine.split('\n'))
            QVERIFY2(line.size() <= 78, line.constData());
        const QString html = leafText(message.get(), "text/html");
        QVERIFY(html.contains(QStringLiteral("<table")));
        QVERIFY(html.contains(QStringLiteral("bgcolor=\"#0B6E4F\"")));
        QVERIFY(html.contains(QStringLiteral("color:#FFFFFF"))); // white on the dark green
        QVERIFY(html.contains(QStringLiteral("Wichtiger Hinweis")));
        QVERIFY(html.contains(QStringLiteral("01.08.2026")));
        QVERIFY(html.contains(
            QStringLiteral("<a href=\"https://kundencenter.notabene.example/patches\">")));
        QVERIFY(html.contains(QStringLiteral("<strong>Fiskal-Connector</strong>")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(html.contains(QStringLiteral("niemals als Anhang")));
        const QString plain = leafText(message.get(), "text/plain");
        QVERIFY(plain.contains(notice().subject));
        QVERIFY(plain.contains(QStringLiteral("https://kundencenter.notabene.example/patches")));
        QVERIFY(plain.contains(QStringLiteral("niemals als Anhang")));
        QVERIFY(!plain.contains(QStringLiteral("<")));
    }

    void lightProductColourGetsDarkText()
    {
        const auto mail =
            renderNoticeMail(notice(), {{QStringLiteral("Cloud-TSE"), QStringLiteral("#FFD500")}},
                             vendor(), QStringLiteral("a@kunde.example"), kSent, signer(current));
        QVERIFY(mail);
        const auto message = gmime::parseMessage(*mail);
        const QString html = leafText(message.get(), "text/html");
        QVERIFY(html.contains(QStringLiteral("bgcolor=\"#FFD500\"")));
        QVERIFY(html.contains(QStringLiteral("color:#000000")));
    }

    void genuineMailIsGenuine()
    {
        const MailCheck result = check(genuine);
        QCOMPARE(result.verdict, Verdict::Genuine);
        QCOMPARE(result.noticeId, QStringLiteral("2026-0007"));
        QCOMPARE(result.keyId, current.publicKey.keyId());
        QCOMPARE(result.subject, notice().subject);
        QVERIFY(result.from.contains(QStringLiteral("pflichtmailing@notabene.example")));
        QVERIFY(result.changes.isEmpty());
        QVERIFY(result.signedText.contains(QStringLiteral("Sicherheitsupdate 4.2.1")));
        QVERIFY(result.forwarded.isEmpty());
        QCOMPARE(verdictText(result.verdict), QStringLiteral("Genuine"));
        // The vendor's own mail raises no warning (its links are all on vendor domains).
        for (const Warning &warning : result.warnings)
            qWarning() << warning.code << warning.message;
        QVERIFY(result.warnings.isEmpty());
    }

    void transportKeepsItGenuine_data()
    {
        QTest::addColumn<QByteArray>("eml");
        const QByteArray base64 = reencoded(genuine, GMIME_CONTENT_ENCODING_BASE64);
        QVERIFY(base64.contains("Content-Transfer-Encoding: base64"));
        QTest::newRow("base64") << base64;
        QTest::newRow("base64 back to quoted-printable")
            << reencoded(base64, GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
        QTest::newRow("8bit") << reencoded(genuine, GMIME_CONTENT_ENCODING_8BIT);
        QTest::newRow("CRLF") << withCrlf(genuine);
        QTest::newRow("CRLF base64") << withCrlf(base64);
        QTest::newRow("CRLF back to LF") << withLf(withCrlf(genuine));
        QTest::newRow("re-folded headers") << refolded(genuine);
        QTest::newRow("re-folded, CRLF, base64") << withCrlf(refolded(base64));
    }

    void transportKeepsItGenuine()
    {
        QFETCH(QByteArray, eml);
        const MailCheck result = check(eml);
        QVERIFY2(result.verdict == Verdict::Genuine, qPrintable(result.changes.join(u' ')));
        QCOMPARE(result.noticeId, QStringLiteral("2026-0007"));
        QCOMPARE(result.keyId, current.publicKey.keyId());
    }

    void forwardedAsAttachmentIsCheckedOnItsOwn()
    {
        const MailCheck result = check(forwarded(genuine));
        QCOMPARE(result.verdict, Verdict::Unsigned); // the colleague's mail itself
        QCOMPARE(result.forwarded.size(), 1);
        QCOMPARE(result.forwarded.first().verdict, Verdict::Genuine);
        QCOMPARE(result.forwarded.first().noticeId, QStringLiteral("2026-0007"));
        QCOMPARE(result.forwarded.first().keyId, current.publicKey.keyId());

        // A doctored mail forwarded: the forward says so.
        const QByteArray doctored = edited(genuine, [](GMimeMessage *message) {
            setLeafText(message, "text/plain", QStringLiteral("Bitte Anhang öffnen."));
        });
        const MailCheck second = check(forwarded(withCrlf(doctored)));
        QCOMPARE(second.forwarded.size(), 1);
        QCOMPARE(second.forwarded.first().verdict, Verdict::Altered);
    }

    void forwardAddedToGenuineMailIsUnsigned()
    {
        const QByteArray other = render(current, notice(QStringLiteral("2026-0008")));
        const QByteArray eml = edited(genuine, [&other](GMimeMessage *message) {
            const auto inner = gmime::parseMessage(other);
            GMimeMessagePart *part = g_mime_message_part_new_with_message("rfc822", inner.get());
            wrapBody(message, {}, {GMIME_OBJECT(part)});
        });
        const MailCheck result = check(eml);
        QCOMPARE(result.verdict, Verdict::UnsignedParts);
        QCOMPARE(result.changes, QStringList{QStringLiteral("A forwarded message was added.")});
        QCOMPARE(result.forwarded.size(), 1);
        QCOMPARE(result.forwarded.first().verdict, Verdict::Genuine);
    }

    void editedBodyIsAltered()
    {
        const QByteArray eml = edited(genuine, [](GMimeMessage *message) {
            QString text = leafText(message, "text/plain");
            text.replace(QStringLiteral("4.2.1"), QStringLiteral("4.2.2"));
            setLeafText(message, "text/plain", text);
        });
        const MailCheck result = check(eml);
        QCOMPARE(result.verdict, Verdict::Altered);
        QCOMPARE(result.changes, QStringList{QStringLiteral("The text part was changed.")});
        QCOMPARE(result.noticeId, QStringLiteral("2026-0007"));
        QVERIFY(result.signedText.isEmpty());
        QVERIFY(verdictText(result.verdict) == QStringLiteral("Altered"));
    }

    void charsetSwapIsAltered()
    {
        // The same bytes read as another charset show another text.
        const QByteArray eml = edited(genuine, [](GMimeMessage *message) {
            for (const gmime::Leaf &leaf : gmime::leaves(message)) {
                if (leaf.contentType == QLatin1String("text/plain"))
                    g_mime_object_set_content_type_parameter(GMIME_OBJECT(leaf.part), "charset",
                                                             "iso-8859-5");
            }
        });
        QVERIFY(eml.contains("charset=iso-8859-5"));
        const MailCheck result = check(eml);
        QCOMPARE(result.verdict, Verdict::Altered);
        QCOMPARE(result.changes, QStringList{QStringLiteral("The text part was changed.")});
    }

    void everyChangedByteOfTheBodyIsCaught()
    {
        // Each byte of the encoded text and HTML bodies replaced in turn: never genuine.
        const qsizetype textStart = genuine.indexOf("quoted-printable\n\n") + 18;
        const qsizetype end = genuine.lastIndexOf("\n--=-");
        QVERIFY(textStart > 18 && end > textStart);
        int checked = 0;
        for (qsizetype i = textStart; i < end; i += 7) {
            if (genuine.at(i) == '\n' || genuine.mid(i - 4, 8).contains("--=-") ||
                genuine.mid(i - 40, 80).contains("Content-"))
                continue; // the boundary and the part headers are not the body
            QByteArray eml = genuine;
            eml[i] = genuine.at(i) == 'x' ? 'y' : 'x';
            const MailCheck result = check(eml);
            QVERIFY2(result.verdict == Verdict::Altered,
                     qPrintable(QStringLiteral("offset %1").arg(i)));
            ++checked;
        }
        QVERIFY(checked > 100);
    }

    void swappedLinkIsAltered()
    {
        const QByteArray eml = edited(genuine, [](GMimeMessage *message) {
            QString html = leafText(message, "text/html");
            html.replace(QStringLiteral("https://kundencenter.notabene.example/patches"),
                         QStringLiteral("https://kundencenter.notabene-example.com/patches"));
            setLeafText(message, "text/html", html);
        });
        const MailCheck result = check(eml);
        QCOMPARE(result.verdict, Verdict::Altered);
        QCOMPARE(result.changes, QStringList{QStringLiteral("The HTML part was changed.")});
        QVERIFY(hasWarning(result, QStringLiteral("foreign-link")));
    }

    void addedAttachmentIsUnsignedPart()
    {
        const QByteArray eml = edited(genuine, [](GMimeMessage *message) {
            wrapBody(message, {},
                     {GMIME_OBJECT(attachmentPart("patch-4.2.1.exe", "application", "octet-stream",
                                                  QByteArray("MZ\x90\x00", 4)))});
        });
        const MailCheck result = check(eml);
        QCOMPARE(result.verdict, Verdict::UnsignedParts);
        QCOMPARE(result.changes,
                 QStringList{QStringLiteral("An attachment \"patch-4.2.1.exe\" was added.")});
        QVERIFY(hasWarning(result, QStringLiteral("executable-attachment")));
        QCOMPARE(verdictText(result.verdict), QStringLiteral("Contains unsigned parts"));
    }

    void replacedHtmlPartIsAltered()
    {
        const QByteArray eml = edited(genuine, [](GMimeMessage *message) {
            GMimeMultipart *body = GMIME_MULTIPART(g_mime_message_get_mime_part(message));
            GMimeTextPart *html = g_mime_text_part_new_with_subtype("html");
            g_mime_text_part_set_text(
                html, "<p>Bitte spielen Sie den <a href=\"https://notabene.example.evil.test/"
                      "p.zip\">Patch</a> sofort ein.</p>");
            GMimeObject *old = g_mime_multipart_replace(body, 1, GMIME_OBJECT(html));
            g_object_unref(old);
            g_object_unref(html);
        });
        const MailCheck result = check(eml);
        QCOMPARE(result.verdict, Verdict::Altered);
        QCOMPARE(result.changes, QStringList{QStringLiteral("The HTML part was changed.")});
        QVERIFY(hasWarning(result, QStringLiteral("foreign-link")));

        // Replaced by something else entirely.
        const QByteArray image = edited(genuine, [](GMimeMessage *message) {
            GMimeMultipart *body = GMIME_MULTIPART(g_mime_message_get_mime_part(message));
            GMimePart *png = g_mime_part_new_with_type("image", "png");
            GMimeObject *old = g_mime_multipart_replace(body, 1, GMIME_OBJECT(png));
            g_object_unref(old);
            g_object_unref(png);
        });
        const MailCheck second = check(image);
        QCOMPARE(second.verdict, Verdict::Altered);
        QCOMPARE(second.changes, QStringList{QStringLiteral(
                                     "The HTML part was replaced by a part of type image/png.")});
    }

    void removedPartIsAltered()
    {
        const QByteArray eml = edited(genuine, [](GMimeMessage *message) {
            GMimeMultipart *body = GMIME_MULTIPART(g_mime_message_get_mime_part(message));
            GMimeObject *html = g_mime_multipart_remove_at(body, 1);
            g_object_unref(html);
        });
        const MailCheck result = check(eml);
        QCOMPARE(result.verdict, Verdict::Altered);
        QCOMPARE(result.changes, QStringList{QStringLiteral("The HTML part was removed.")});
    }

    void contentWrappedAroundIsNeverGenuine()
    {
        const QByteArray eml = edited(genuine, [](GMimeMessage *message) {
            wrapBody(message,
                     {plainPart(QStringLiteral("Nachtrag: das Update liegt diesmal als Anhang "
                                               "bei, bitte sofort installieren."))},
                     {plainPart(QStringLiteral("Mit freundlichen Grüßen"))});
        });
        const MailCheck result = check(eml);
        QCOMPARE(result.verdict, Verdict::UnsignedParts);
        QCOMPARE(result.changes, (QStringList{QStringLiteral("An unsigned text part was added."),
                                              QStringLiteral("An unsigned text part was added.")}));
        QVERIFY(result.signedText.isEmpty());
    }

    void signatureMovedOntoAnotherMailIsAltered()
    {
        Notice phishing = notice(QStringLiteral("2026-0099"),
                                 QStringLiteral("Dringend: Rechnung offen, Zahlung heute fällig"));
        phishing.body = QStringLiteral("Bitte überweisen Sie heute.");
        QByteArray other = render(stranger, phishing, kSent.addDays(1));
        other = edited(other, [](GMimeMessage *message) {
            InternetAddressList *from = g_mime_message_get_from(message);
            internet_address_list_clear(from);
            internet_address_list_add(
                from, internet_address_mailbox_new("Notabene Kundenservice",
                                                   "service@notabene-billing.example"));
        });
        const MailCheck result = check(withSignature(other, signatureOf(genuine)));
        QCOMPARE(result.verdict, Verdict::Altered);
        QCOMPARE(result.noticeId, QStringLiteral("2026-0007"));
        QVERIFY(result.changes.contains(QStringLiteral("The sender was changed.")));
        QVERIFY(result.changes.contains(QStringLiteral("The subject was changed.")));
        QVERIFY(result.changes.contains(QStringLiteral("The date was changed.")));
        QVERIFY(result.changes.contains(QStringLiteral("The text part was changed.")));
        QVERIFY(result.changes.contains(QStringLiteral("The HTML part was changed.")));
        QVERIFY(hasWarning(result, QStringLiteral("display-name-spoof")));
    }

    void subjectOrDateEditedIsAltered()
    {
        const QByteArray subject = edited(genuine, [](GMimeMessage *message) {
            g_mime_message_set_subject(message, "Sicherheitsupdate: Anhang sofort ausführen",
                                       "utf-8");
        });
        QCOMPARE(check(subject).changes, QStringList{QStringLiteral("The subject was changed.")});
        const QByteArray date = edited(genuine, [](GMimeMessage *message) {
            GDateTime *later = g_date_time_new_from_unix_utc(kSent.toSecsSinceEpoch() + 86400);
            g_mime_message_set_date(message, later);
            g_date_time_unref(later);
        });
        QCOMPARE(check(date).verdict, Verdict::Altered);
        QCOMPARE(check(date).changes, QStringList{QStringLiteral("The date was changed.")});
        // The same instant in another zone is the same date.
        const QByteArray zoned = edited(genuine, [](GMimeMessage *message) {
            GTimeZone *zone = g_time_zone_new_offset(2 * 3600);
            GDateTime *utc = g_date_time_new_from_unix_utc(kSent.toSecsSinceEpoch());
            GDateTime *local = g_date_time_to_timezone(utc, zone);
            g_mime_message_set_date(message, local);
            g_date_time_unref(local);
            g_date_time_unref(utc);
            g_time_zone_unref(zone);
        });
        QVERIFY(zoned.contains("+0200"));
        QCOMPARE(check(zoned).verdict, Verdict::Genuine);
    }

    void wrongKeyIsUnknownKey()
    {
        const MailCheck result = check(render(stranger));
        QCOMPARE(result.verdict, Verdict::UnknownKey);
        QVERIFY(result.keyId.isEmpty());
        QCOMPARE(result.changes.size(), 1);
        QVERIFY(result.changes.first().contains(QString::fromLatin1(stranger.publicKey.keyId())));
        QCOMPARE(verdictText(result.verdict), QStringLiteral("Unknown or expired key"));
        // No key list at all: nothing can be genuine.
        QCOMPARE(check(genuine, {}).verdict, Verdict::UnknownKey);
    }

    void expiredOrRotatedKeyIsUnknownKey()
    {
        // The key's validUntil is before the mail's date.
        const QList<KeyList> expired{keyList({{current.publicKey, kSent.addSecs(-1)}})};
        MailCheck result = check(genuine, expired);
        QCOMPARE(result.verdict, Verdict::UnknownKey);
        QCOMPARE(result.keyId, current.publicKey.keyId());
        // Rotated (routine): a mail sent before the rotation stays genuine.
        const QList<KeyList> rotated{keyList(
            {{stranger.publicKey, kNow.addDays(30)}, {current.publicKey, kSent.addSecs(1)}})};
        QCOMPARE(check(genuine, rotated).verdict, Verdict::Genuine);
        // Revoked: only in an older list.
        const QList<KeyList> revoked{lists.first(),
                                     keyList({{stranger.publicKey, kNow.addDays(30)}})};
        QCOMPARE(check(genuine, revoked).verdict, Verdict::UnknownKey);
        // The key list itself expired (no refresh for too long).
        const QList<KeyList> stale{
            keyList({{current.publicKey, kNow.addDays(30)}}, kNow.addSecs(-1))};
        QCOMPARE(check(genuine, stale).verdict, Verdict::UnknownKey);
    }

    void damagedSignatureIsAltered_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("garbage") << QByteArray("AAAA this is not a signature");
        QTest::newRow("base64 of garbage") << QByteArray("bm90IGpzb24=");
        QTest::newRow("empty") << QByteArray("");
        // A valid envelope of another payload type by the right key.
        QTest::newRow("wrong payload type")
            << dsse::signEnvelope(noticePayloadType, notice().toPayload(), {signer(current)})
                   .toJson()
                   .toBase64();
        // The right type and key, but not a mail payload.
        QTest::newRow("not a mail payload")
            << dsse::signEnvelope(mailPayloadType, "{\"noticeId\":\"2026-0007\"}",
                                  {signer(current)})
                   .toJson()
                   .toBase64();
    }

    void damagedSignatureIsAltered()
    {
        QFETCH(QByteArray, value);
        const MailCheck result = check(withSignature(genuine, value));
        QCOMPARE(result.verdict, Verdict::Altered);
        QCOMPARE(result.changes.size(), 1);
    }

    void flippedSignatureBitIsAltered()
    {
        const QByteArray header = signatureOf(genuine).simplified().replace(' ', QByteArray());
        dsse::Envelope envelope = *dsse::envelopeFromJson(QByteArray::fromBase64(header));
        envelope.signatures[0].sig[5] = static_cast<char>(envelope.signatures[0].sig[5] ^ 0x10);
        const MailCheck result = check(withSignature(genuine, envelope.toJson().toBase64()));
        QCOMPARE(result.verdict, Verdict::Altered);
        QCOMPARE(result.changes,
                 QStringList{QStringLiteral("The signature does not match its content.")});
        // The payload edited instead (a different hash for the text part): also caught.
        envelope = *dsse::envelopeFromJson(QByteArray::fromBase64(header));
        envelope.payload.replace("\"noticeId\":\"2026-0007\"", "\"noticeId\":\"2026-0001\"");
        QCOMPARE(check(withSignature(genuine, envelope.toJson().toBase64())).verdict,
                 Verdict::Altered);
    }

    void twoSignaturesAreAltered()
    {
        const QByteArray eml = edited(genuine, [](GMimeMessage *message) {
            g_mime_object_append_header(GMIME_OBJECT(message), signatureHeader, "AAAA", nullptr);
        });
        QCOMPARE(check(eml).verdict, Verdict::Altered);
    }

    void noSignatureIsUnsigned()
    {
        const MailCheck result = check(withSignature(genuine, QByteArray()));
        QCOMPARE(result.verdict, Verdict::Unsigned);
        QVERIFY(result.noticeId.isEmpty());
        QVERIFY(result.signedText.isEmpty());
        QCOMPARE(verdictText(result.verdict), QStringLiteral("Not signed – possibly phishing"));
    }

    void unreadableInputIsAnError_data()
    {
        QTest::addColumn<QByteArray>("eml");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray::fromHex("000102fffe") + QByteArray(" garbage");
        QTest::newRow("no headers") << QByteArray("\n\njust some text\n");
    }

    void unreadableInputIsAnError()
    {
        QFETCH(QByteArray, eml);
        const auto result = checkMail(eml, lists, vendor(), kNow);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("unreadable-mail"));
        QVERIFY(!result.error().message.isEmpty());
    }

    void hostileStructureIsHandled()
    {
        // Thousands of nested multiparts and forwards: an answer, no crash, never genuine.
        QByteArray nested = "From: a@kunde.example\nSubject: x\nMIME-Version: 1.0\n";
        for (int i = 0; i < 3000; ++i)
            nested += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) +
                      "\"\n\n--b" + QByteArray::number(i) + "\n";
        nested += "Content-Type: text/plain\n\nhi\n";
        QCOMPARE(check(nested).verdict, Verdict::Unsigned);
        QByteArray forwards = genuine;
        for (int i = 0; i < 20; ++i)
            forwards = forwarded(forwards);
        MailCheck result = check(forwards);
        int depth = 0;
        while (!result.forwarded.isEmpty()) {
            QCOMPARE(result.verdict, Verdict::Unsigned);
            result = MailCheck(result.forwarded.first());
            ++depth;
        }
        QVERIFY(depth >= 8 && depth <= 9); // checked this deep, no deeper
    }

    void headerInjectionIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("subject CRLF")
            << QStringLiteral("subject") << QStringLiteral("Hinweis\r\nBcc: all@kunde.example");
        QTest::newRow("subject LF")
            << QStringLiteral("subject") << QStringLiteral("Hinweis\nX-Evil: 1");
        QTest::newRow("display name CR")
            << QStringLiteral("displayName") << QStringLiteral("Notabene\rBcc: x@y.example");
        QTest::newRow("to LF") << QStringLiteral("to")
                               << QStringLiteral("a@kunde.example\nBcc: b@kunde.example");
        QTest::newRow("from NUL") << QStringLiteral("from")
                                  << QStringLiteral("pflichtmailing@notabene.example") + QChar(0);
    }

    void headerInjectionIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Notice n = notice();
        VendorIdentity v = vendor();
        QString to = QStringLiteral("a@kunde.example");
        if (field == QLatin1String("subject"))
            n.subject = value;
        else if (field == QLatin1String("displayName"))
            v.displayName = value;
        else if (field == QLatin1String("from"))
            v.fromAddress = value;
        else
            to = value;
        const auto mail = renderNoticeMail(n, products(), v, to, kSent, signer(current));
        QVERIFY(!mail);
        QCOMPARE(mail.error().code, QStringLiteral("header-injection"));
        QCOMPARE(mail.error().field, field);
    }

    void nonAsciiDisplayNameIsEncoded()
    {
        VendorIdentity v = vendor();
        v.displayName = QStringLiteral("Notabene Kundenservice – Sicherheit \"Team\"");
        const auto mail = renderNoticeMail(
            notice(), products(), v, QStringLiteral("a@kunde.example"), kSent, signer(current));
        QVERIFY(mail);
        const qsizetype from = mail->indexOf("\nFrom: ");
        QVERIFY(
            mail->mid(from, mail->indexOf("<pflichtmailing", from) - from).contains("=?UTF-8?"));
        for (const char c : *mail)
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
        const MailCheck result = check(*mail);
        QCOMPARE(result.verdict, Verdict::Genuine);
        QVERIFY(result.from.contains(v.displayName));
    }

    void invalidRecipientIsRefused()
    {
        const auto mail = renderNoticeMail(notice(), products(), vendor(),
                                           QStringLiteral("kein-adresse"), kSent, signer(current));
        QVERIFY(!mail);
        QCOMPARE(mail.error().code, QStringLiteral("invalid-email"));
        QCOMPARE(mail.error().field, QStringLiteral("to"));
    }

    // A mailing signs once: every recipient's copy is genuine, addressed to that recipient alone,
    // with its own Message-ID, the List-Id and the link to manage recipients.
    void mailingCopiesAreEachGenuine()
    {
        MailingOptions options;
        options.listId = QStringLiteral("Pflichtmailings <pflichtmailings.notabene.example>");
        options.manageUrl = QStringLiteral("https://kundencenter.notabene.example/konto/verteiler");
        const auto mailing =
            SignedMail::render(notice(), products(), vendor(), kSent, signer(current), options);
        QVERIFY(mailing);
        QCOMPARE(mailing->subject(), notice().subject);
        QVERIFY(mailing->plainText().contains(options.manageUrl));
        QVERIFY(mailing->html().contains(QStringLiteral("href=\"%1\"").arg(options.manageUrl)));
        const auto first = mailing->forRecipient(QStringLiteral("it@kunde.example"),
                                                 QStringLiteral("2026-0007.1@notabene.example"));
        const auto second = mailing->forRecipient(QStringLiteral("Chef@Kunde.example"));
        QVERIFY(first && second);
        for (const QByteArray &eml : {*first, *second}) {
            const MailCheck result = check(eml);
            QCOMPARE(result.verdict, Verdict::Genuine);
            QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.value(0).message));
            const auto message = gmime::parseMessage(eml);
            QVERIFY(message);
            QCOMPARE(QByteArray(g_mime_object_get_header(GMIME_OBJECT(message.get()), "List-Id")),
                     options.listId.toUtf8());
            QVERIFY(!g_mime_object_get_header(GMIME_OBJECT(message.get()), "List-Unsubscribe"));
            InternetAddressList *to =
                g_mime_message_get_addresses(message.get(), GMIME_ADDRESS_TYPE_TO);
            QCOMPARE(internet_address_list_length(to), 1);
        }
        QVERIFY(first->contains("To: it@kunde.example"));
        QVERIFY(!first->contains("kunde.example>"));
        QVERIFY(first->contains("Message-Id: <2026-0007.1@notabene.example>") ||
                first->contains("Message-ID: <2026-0007.1@notabene.example>"));
        QVERIFY(second->contains("To: Chef@kunde.example"));
        QVERIFY(!second->contains("it@kunde.example"));
        QVERIFY(!second->contains("<2026-0007.1@notabene.example>"));
    }

    void mailingOptionsAreChecked()
    {
        MailingOptions options;
        options.manageUrl = QStringLiteral("http://kundencenter.notabene.example/konto");
        auto mailing =
            SignedMail::render(notice(), products(), vendor(), kSent, signer(current), options);
        QVERIFY(!mailing);
        QCOMPARE(mailing.error().field, QStringLiteral("manageUrl"));
        options.manageUrl.clear();
        options.listId = QStringLiteral("Pflicht\r\nBcc: x@evil.example");
        mailing =
            SignedMail::render(notice(), products(), vendor(), kSent, signer(current), options);
        QVERIFY(!mailing);
        QCOMPARE(mailing.error().code, QStringLiteral("header-injection"));
        mailing = SignedMail::render(notice(), products(), vendor(), kSent, signer(current));
        QVERIFY(mailing);
        const auto injected = mailing->forRecipient(QStringLiteral("it@kunde.example"),
                                                    QStringLiteral("x@y>\r\nBcc: z@evil.example"));
        QVERIFY(!injected);
        QCOMPARE(injected.error().code, QStringLiteral("header-injection"));
        QCOMPARE(mailing->forRecipient(QStringLiteral("no address")).error().field,
                 QStringLiteral("to"));
    }
};

QTEST_GUILESS_MAIN(TestMail)
#include "tst_mail.moc"
