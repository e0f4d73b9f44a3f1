// The account mails of issue 7 (core/accountmail.h): each one parses with GMime as one message
// with a text and an HTML part, German before English in both, the addresses, code, link,
// who/when/from where as the recipient needs them, no images or scripts, every link also shown
// as its URL; header injection in any field and links that are not http(s) are refused; signed,
// "E-Mail prüfen" calls an untouched mail genuine and one with a changed link altered.
#include "core/accountmail.h"
#include "tst_mailcorpus.h"

#include <QTest>
#include <functional>

using namespace nb;
using namespace nb::mail;
using namespace nb::mail::corpus;

namespace {

enum class Kind
{
    Confirmation,
    Alert,
    Reconfirmation
};

const QUrl kConfirmLink(QStringLiteral("https://kundencenter.notabene.example/confirm/"
                                       "q7Xk2-Lw9aZ0pR4tYb8mN1cV6sD3fG5hJ0kL2zX4cV8"));
const QUrl kRevertLink(QStringLiteral("https://kundencenter.notabene.example/revert/"
                                      "T0k3n-Rev3rt-abcdefghijklmnopqrstuvwxyz0123456"));
const QUrl kReconfirmLink(QStringLiteral("https://kundencenter.notabene.example/reconfirm/"
                                         "R3c0nf1rm-abcdefghijklmnopqrstuvwxyz01234567"));

ConfirmationMail confirmation()
{
    ConfirmationMail mail;
    mail.changeId = 42;
    mail.change = AccountChange::PrimaryContact;
    mail.to = QStringLiteral("neu.kontakt@muster-handel.example");
    mail.companyName = QStringLiteral("Muster Handel GmbH");
    mail.requestedBy = QStringLiteral("admin@muster-handel.example");
    mail.code = QStringLiteral("04719382");
    mail.link = kConfirmLink;
    mail.validUntil = kSent.addDays(1);
    return mail;
}

ChangeAlertMail alert()
{
    ChangeAlertMail mail;
    mail.changeId = 42;
    mail.change = AccountChange::PrimaryContact;
    mail.to = QStringLiteral("anna.schmidt@muster-handel.example");
    mail.companyName = QStringLiteral("Muster Handel GmbH");
    mail.oldAddress = QStringLiteral("anna.schmidt@muster-handel.example");
    mail.newAddress = QStringLiteral("neu.kontakt@muster-handel.example");
    mail.requestedBy = QStringLiteral("admin@muster-handel.example");
    mail.clientAddress = QStringLiteral("198.51.100.23");
    mail.requestedAt = kSent.addSecs(-60);
    mail.revertLink = kRevertLink;
    mail.revertValidUntil = kSent.addDays(30);
    return mail;
}

ReconfirmationMail reconfirmation()
{
    ReconfirmationMail mail;
    mail.companyId = 7;
    mail.to = QStringLiteral("admin@muster-handel.example");
    mail.companyName = QStringLiteral("Muster Handel GmbH");
    mail.lastConfirmedAt = QDateTime(QDate(2026, 1, 19), QTime(10, 30), Qt::UTC);
    mail.link = kReconfirmLink;
    return mail;
}

Result<QByteArray> renderKind(Kind kind, const dsse::Signer *signer = nullptr)
{
    switch (kind) {
    case Kind::Confirmation:
        return renderConfirmationMail(confirmation(), vendor(), kSent, signer);
    case Kind::Alert:
        return renderChangeAlertMail(alert(), vendor(), kSent, signer);
    case Kind::Reconfirmation:
        break;
    }
    return renderReconfirmationMail(reconfirmation(), vendor(), kSent, signer);
}

QString header(GMimeMessage *message, const char *name)
{
    const char *value = g_mime_object_get_header(GMIME_OBJECT(message), name);
    return value ? QString::fromUtf8(value) : QString();
}

// The rendered mail, parsed: its decoded parts and headers.
struct Parsed
{
    QString plain;
    QString html;
    QStringList types;
    QString to;
    QString from;
    QString subject;
    QString messageId;
    QString date;
};

Parsed parse(const QByteArray &eml)
{
    Parsed parsed;
    const auto message = gmime::parseMessage(eml);
    if (!message)
        return parsed;
    for (const gmime::Leaf &leaf : gmime::leaves(message.get()))
        parsed.types.append(leaf.contentType);
    parsed.plain = leafText(message.get(), "text/plain");
    parsed.html = leafText(message.get(), "text/html");
    parsed.to = gmime::takeString(internet_address_list_to_string(
        g_mime_message_get_addresses(message.get(), GMIME_ADDRESS_TYPE_TO), nullptr, FALSE));
    parsed.from = gmime::takeString(
        internet_address_list_to_string(g_mime_message_get_from(message.get()), nullptr, FALSE));
    parsed.subject = QString::fromUtf8(g_mime_message_get_subject(message.get()));
    parsed.messageId = QString::fromUtf8(g_mime_message_get_message_id(message.get()));
    parsed.date = header(message.get(), "Date");
    return parsed;
}

// `needle` appears in `haystack` before `later` does.
bool before(const QString &haystack, const QString &needle, const QString &later)
{
    const qsizetype first = haystack.indexOf(needle);
    const qsizetype second = haystack.indexOf(later);
    return first >= 0 && second >= 0 && first < second;
}

QString visibleLink(const QUrl &url)
{
    const QString href = url.toString(QUrl::FullyEncoded);
    return QStringLiteral("<a href=\"%1\">%1</a>").arg(href);
}

// Every link target of the HTML part.
QStringList hrefs(const QString &html)
{
    QStringList out;
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    for (auto it = href.globalMatch(html); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}

using Render = std::function<Result<QByteArray>(const QString &)>;

} // namespace

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(nb::mail::AccountChange)
Q_DECLARE_METATYPE(Render)

class TestAccountMail : public QObject
{
    Q_OBJECT

    signing::KeyPair key;
    QList<KeyList> lists;

    MailCheck check(const QByteArray &eml)
    {
        const auto result = checkMail(eml, lists, vendor(), kNow);
        if (!result)
            qWarning() << result.error().code << result.error().message;
        return result ? result.value() : MailCheck{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(crypto::initialize());
        key = signing::generateKeyPair();
        lists = {keyList({{key.publicKey, kNow.addDays(30)}})};
    }

    void everyMailHasTheAgreedShape_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QUrl>("link");
        QTest::addColumn<QString>("german");  // the German heading
        QTest::addColumn<QString>("english"); // the English heading
        QTest::addColumn<bool>("isSigned");
        for (const bool isSigned : {false, true}) {
            const char *variant = isSigned ? "signed" : "unsigned";
            QTest::addRow("confirmation, %s", variant)
                << Kind::Confirmation << confirmation().to
                << QStringLiteral("Bitte bestätigen Sie Ihre E-Mail-Adresse für Muster Handel "
                                  "GmbH / Please confirm your e-mail address")
                << kConfirmLink << QStringLiteral("Bitte bestätigen Sie Ihre E-Mail-Adresse")
                << QStringLiteral("Please confirm your e-mail address") << isSigned;
            QTest::addRow("alert, %s", variant)
                << Kind::Alert << alert().to
                << QStringLiteral("Sicherheitshinweis: Erstkontakt von Muster Handel GmbH "
                                  "geändert / Security notice: primary contact changed")
                << kRevertLink
                << QStringLiteral("Sicherheitshinweis: Wer wichtige Informationen erhält, wurde "
                                  "geändert")
                << QStringLiteral("Security notice: who receives critical information was "
                                  "changed")
                << isSigned;
            QTest::addRow("reconfirmation, %s", variant)
                << Kind::Reconfirmation << reconfirmation().to
                << QStringLiteral("Stimmen Ihre Ansprechpartner noch? – Muster Handel GmbH / Are "
                                  "your contact persons still correct?")
                << kReconfirmLink << QStringLiteral("Stimmen Ihre Ansprechpartner noch?")
                << QStringLiteral("Are your contact persons still correct?") << isSigned;
        }
    }

    void everyMailHasTheAgreedShape()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, to);
        QFETCH(QString, subject);
        QFETCH(QUrl, link);
        QFETCH(QString, german);
        QFETCH(QString, english);
        QFETCH(bool, isSigned);
        const dsse::Signer keySigner = signer(key);
        const auto eml = renderKind(kind, isSigned ? &keySigner : nullptr);
        QVERIFY(eml);
        // 7-bit clean: RFC 2047 headers, quoted-printable parts.
        for (const char c : *eml)
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
        for (const QByteArray &line : eml->split('\n'))
            QVERIFY2(line.size() <= 78, line.constData());
        QCOMPARE(eml->contains("Notabene-Signature:"), isSigned);

        const Parsed mail = parse(*eml);
        QCOMPARE(mail.types,
                 (QStringList{QStringLiteral("text/plain"), QStringLiteral("text/html")}));
        QCOMPARE(mail.to, to);
        QCOMPARE(mail.from,
                 QStringLiteral("Notabene Kundenservice <pflichtmailing@notabene.example>"));
        QCOMPARE(mail.subject, subject);
        QVERIFY2(mail.messageId.endsWith(QStringLiteral("@notabene.example")),
                 qPrintable(mail.messageId));
        QVERIFY(mail.messageId.startsWith(QStringLiteral("account-")));
        QCOMPARE(mail.date, QStringLiteral("Mon, 20 Jul 2026 09:00:00 +0000"));

        // German first, then English, in both parts.
        QVERIFY(before(mail.plain, german, english));
        QVERIFY(before(mail.html, german.toHtmlEscaped(), english.toHtmlEscaped()));
        QVERIFY(mail.html.contains(QStringLiteral("<div lang=\"de\"")));
        QVERIFY(before(mail.html, QStringLiteral("<div lang=\"de\""),
                       QStringLiteral("<div lang=\"en\"")));
        // The link in both parts and both languages, also as visible text.
        const QString href = link.toString(QUrl::FullyEncoded);
        QCOMPARE(mail.plain.count(href), 2);
        QCOMPARE(mail.html.count(visibleLink(link)), 2);
        for (const QString &target : hrefs(mail.html))
            QCOMPARE(target, href);
        // Plain HTML: nothing loaded, nothing run.
        for (const char *forbidden : {"<img", "<script", "<iframe", "<object", "<form",
                                      "src=", "javascript:", "onclick", "onload", "url("})
            QVERIFY2(!mail.html.contains(QLatin1String(forbidden), Qt::CaseInsensitive), forbidden);
        QVERIFY(!mail.plain.contains(QLatin1Char('<')));
        // Only a signed mail claims to be checkable.
        QCOMPARE(mail.plain.contains(QStringLiteral("E-Mail prüfen")), isSigned);
    }

    void confirmationShowsCodeAndValidity()
    {
        const auto eml = renderConfirmationMail(confirmation(), vendor(), kSent);
        QVERIFY(eml);
        const Parsed mail = parse(*eml);
        // The code on a line of its own, in both languages, and large in the HTML.
        QCOMPARE(mail.plain.count(QStringLiteral("\n    04719382\n")), 2);
        QVERIFY(mail.html.contains(QStringLiteral("font-size:32px")));
        QCOMPARE(mail.html.count(QStringLiteral(">04719382</p>")), 2);
        QVERIFY(mail.plain.contains(QStringLiteral("Ihr Bestätigungscode:")));
        QVERIFY(mail.plain.contains(QStringLiteral("Your confirmation code:")));
        QVERIFY(mail.plain.contains(
            QStringLiteral("Code und Link gelten bis 21. Juli 2026, 09:00 Uhr (UTC).")));
        QVERIFY(mail.plain.contains(
            QStringLiteral("The code and the link are valid until 21 July 2026, 09:00 UTC.")));
        // Who asked, for which company and in which role.
        QVERIFY(mail.plain.contains(QStringLiteral(
            "admin@muster-handel.example hat Ihre Adresse neu.kontakt@muster-handel.example bei "
            "Notabene Kundenservice als Erstkontakt der Firma Muster Handel GmbH eingetragen.")));
        QVERIFY(
            mail.plain.contains(QStringLiteral("as the primary contact of Muster Handel GmbH")));
        QVERIFY(mail.plain.contains(QStringLiteral("ohne Bestätigung ändert sich nichts"),
                                    Qt::CaseInsensitive));
    }

    void confirmationNamesTheChange_data()
    {
        QTest::addColumn<AccountChange>("change");
        QTest::addColumn<QString>("german");
        QTest::addColumn<QString>("english");
        QTest::newRow("Erstkontakt")
            << AccountChange::PrimaryContact << QStringLiteral("als Erstkontakt der Firma")
            << QStringLiteral("as the primary contact of");
        QTest::newRow("Verteiler Sicherheit")
            << AccountChange::SecurityAddress
            << QStringLiteral("in den Verteiler Sicherheit der Firma")
            << QStringLiteral("to the security distribution list of");
        QTest::newRow("Ansprechpartner")
            << AccountChange::Contact << QStringLiteral("als Ansprechpartner der Firma")
            << QStringLiteral("as a contact person of");
    }

    void confirmationNamesTheChange()
    {
        QFETCH(AccountChange, change);
        QFETCH(QString, german);
        QFETCH(QString, english);
        ConfirmationMail input = confirmation();
        input.change = change;
        const auto eml = renderConfirmationMail(input, vendor(), kSent);
        QVERIFY(eml);
        const Parsed mail = parse(*eml);
        QVERIFY(mail.plain.contains(german));
        QVERIFY(mail.plain.contains(english));
        QVERIFY(mail.html.contains(german));
    }

    void alertSaysWhoWhenFromWhereAndThatWasNotMe()
    {
        const auto eml = renderChangeAlertMail(alert(), vendor(), kSent);
        QVERIFY(eml);
        const Parsed mail = parse(*eml);
        const QString href = kRevertLink.toString(QUrl::FullyEncoded);
        QVERIFY(mail.plain.contains(
            QStringLiteral("Wenn Sie diese Änderung nicht veranlasst haben: Das war ich nicht\n") +
            href));
        QVERIFY(mail.plain.contains(
            QStringLiteral("If you did not make this change: That was not me\n") + href));
        QVERIFY(mail.html.contains(QStringLiteral("Wenn Sie diese Änderung nicht veranlasst "
                                                  "haben:")));
        QVERIFY(mail.html.contains(QStringLiteral(">Das war ich nicht</a>")));
        QVERIFY(mail.html.contains(QStringLiteral(">That was not me</a>")));
        for (const QString &fact : {QStringLiteral("Bisher: anna.schmidt@muster-handel.example"),
                                    QStringLiteral("Neu: neu.kontakt@muster-handel.example"),
                                    QStringLiteral("Geändert von: admin@muster-handel.example"),
                                    QStringLiteral("Am: 20. Juli 2026, 08:59 Uhr (UTC)"),
                                    QStringLiteral("Von der Adresse: 198.51.100.23"),
                                    QStringLiteral("Before: anna.schmidt@muster-handel.example"),
                                    QStringLiteral("Changed by: admin@muster-handel.example"),
                                    QStringLiteral("On: 20 July 2026, 08:59 UTC"),
                                    QStringLiteral("From the address: 198.51.100.23")})
            QVERIFY2(mail.plain.contains(fact), qPrintable(fact));
        QVERIFY(mail.html.contains(QStringLiteral("198.51.100.23")));
        QVERIFY(mail.plain.contains(QStringLiteral("Er gilt einmal, bis 19. August 2026")));
        QVERIFY(mail.plain.contains(QStringLiteral("bis sich ein Administrator Ihrer Firma neu "
                                                   "anmeldet")));
        QVERIFY(mail.plain.contains(QStringLiteral("erst wirksam, wenn sie bestätigt ist")));
    }

    void alertForARemovedSecurityAddress()
    {
        ChangeAlertMail input = alert();
        input.change = AccountChange::SecurityAddress;
        input.to = QStringLiteral("clara.wolf@muster-handel.example");
        input.oldAddress = input.to;
        input.newAddress.clear();
        const auto eml = renderChangeAlertMail(input, vendor(), kSent);
        QVERIFY(eml);
        const Parsed mail = parse(*eml);
        QVERIFY(mail.subject.startsWith(
            QStringLiteral("Sicherheitshinweis: Verteiler Sicherheit von Muster Handel GmbH")));
        QVERIFY(mail.plain.contains(QStringLiteral("aus dem Verteiler Sicherheit entfernt")));
        QVERIFY(mail.plain.contains(QStringLiteral("Neu: (entfernt)")));
        QVERIFY(mail.plain.contains(QStringLiteral("New: (removed)")));
        QVERIFY(!mail.plain.contains(QStringLiteral("erst wirksam")));
        QVERIFY(mail.plain.contains(QStringLiteral("Das war ich nicht")));
    }

    void reconfirmationOffersOneClick()
    {
        const auto eml = renderReconfirmationMail(reconfirmation(), vendor(), kSent);
        QVERIFY(eml);
        const Parsed mail = parse(*eml);
        QVERIFY(mail.plain.contains(QStringLiteral("Unverändert bestätigen\n") +
                                    kReconfirmLink.toString(QUrl::FullyEncoded)));
        QVERIFY(mail.html.contains(QStringLiteral(">Unverändert bestätigen</a>")));
        QVERIFY(mail.plain.contains(QStringLiteral("Zuletzt bestätigt: 19. Januar 2026")));
        QVERIFY(mail.plain.contains(QStringLiteral("Last confirmed: 19 January 2026")));
        QVERIFY(mail.plain.contains(QStringLiteral("Muster Handel GmbH")));

        ReconfirmationMail never = reconfirmation();
        never.lastConfirmedAt = {};
        const auto first = renderReconfirmationMail(never, vendor(), kSent);
        QVERIFY(first);
        QVERIFY(parse(*first).plain.contains(QStringLiteral("nie bestätigt")));
        QVERIFY(parse(*first).plain.contains(QStringLiteral("never been confirmed")));
    }

    void givenMessageIdIsUsed()
    {
        ReconfirmationMail input = reconfirmation();
        input.messageId = QStringLiteral("reconfirm-7-2026-1@notabene.example");
        const auto eml = renderReconfirmationMail(input, vendor(), kSent);
        QVERIFY(eml);
        QCOMPARE(parse(*eml).messageId, input.messageId);
        // Random ones differ.
        const auto a = renderConfirmationMail(confirmation(), vendor(), kSent);
        const auto b = renderConfirmationMail(confirmation(), vendor(), kSent);
        QVERIFY(a && b);
        QVERIFY(parse(*a).messageId != parse(*b).messageId);
    }

    void headerInjectionIsRefused_data()
    {
        QTest::addColumn<Render>("render");
        QTest::addColumn<QString>("field");
        const auto confirmationField = [](QString ConfirmationMail::*member) -> Render {
            return [member](const QString &value) {
                ConfirmationMail mail = confirmation();
                mail.*member = value;
                return renderConfirmationMail(mail, vendor(), kSent);
            };
        };
        const auto alertField = [](QString ChangeAlertMail::*member) -> Render {
            return [member](const QString &value) {
                ChangeAlertMail mail = alert();
                mail.*member = value;
                return renderChangeAlertMail(mail, vendor(), kSent);
            };
        };
        const auto reconfirmationField = [](QString ReconfirmationMail::*member) -> Render {
            return [member](const QString &value) {
                ReconfirmationMail mail = reconfirmation();
                mail.*member = value;
                return renderReconfirmationMail(mail, vendor(), kSent);
            };
        };
        const auto vendorField = [](QString VendorIdentity::*member) -> Render {
            return [member](const QString &value) {
                VendorIdentity identity = vendor();
                identity.*member = value;
                return renderChangeAlertMail(alert(), identity, kSent);
            };
        };
        QTest::newRow("confirmation to")
            << confirmationField(&ConfirmationMail::to) << QStringLiteral("to");
        QTest::newRow("confirmation companyName")
            << confirmationField(&ConfirmationMail::companyName) << QStringLiteral("companyName");
        QTest::newRow("confirmation requestedBy")
            << confirmationField(&ConfirmationMail::requestedBy) << QStringLiteral("requestedBy");
        QTest::newRow("confirmation code")
            << confirmationField(&ConfirmationMail::code) << QStringLiteral("code");
        QTest::newRow("confirmation messageId")
            << confirmationField(&ConfirmationMail::messageId) << QStringLiteral("messageId");
        QTest::newRow("alert to") << alertField(&ChangeAlertMail::to) << QStringLiteral("to");
        QTest::newRow("alert companyName")
            << alertField(&ChangeAlertMail::companyName) << QStringLiteral("companyName");
        QTest::newRow("alert oldAddress")
            << alertField(&ChangeAlertMail::oldAddress) << QStringLiteral("oldAddress");
        QTest::newRow("alert newAddress")
            << alertField(&ChangeAlertMail::newAddress) << QStringLiteral("newAddress");
        QTest::newRow("alert requestedBy")
            << alertField(&ChangeAlertMail::requestedBy) << QStringLiteral("requestedBy");
        QTest::newRow("alert clientAddress")
            << alertField(&ChangeAlertMail::clientAddress) << QStringLiteral("clientAddress");
        QTest::newRow("alert messageId")
            << alertField(&ChangeAlertMail::messageId) << QStringLiteral("messageId");
        QTest::newRow("reconfirmation to")
            << reconfirmationField(&ReconfirmationMail::to) << QStringLiteral("to");
        QTest::newRow("reconfirmation companyName")
            << reconfirmationField(&ReconfirmationMail::companyName)
            << QStringLiteral("companyName");
        QTest::newRow("reconfirmation messageId")
            << reconfirmationField(&ReconfirmationMail::messageId) << QStringLiteral("messageId");
        QTest::newRow("vendor displayName")
            << vendorField(&VendorIdentity::displayName) << QStringLiteral("displayName");
        QTest::newRow("vendor fromAddress")
            << vendorField(&VendorIdentity::fromAddress) << QStringLiteral("from");
    }

    void headerInjectionIsRefused()
    {
        QFETCH(Render, render);
        QFETCH(QString, field);
        for (const QString &value :
             {QStringLiteral("x@muster-handel.example\r\nBcc: evil@attacker.example"),
              QStringLiteral("Muster\nX-Injected: yes"), QStringLiteral("Muster\rHandel"),
              QStringLiteral("Muster\u2028Handel"), QStringLiteral("Muster\tHandel"),
              QStringLiteral("Muster") + QChar(u'\0') + QStringLiteral("Handel")}) {
            const auto result = render(value);
            QVERIFY2(!result, qPrintable(value));
            QCOMPARE(result.error().code, QStringLiteral("header-injection"));
            QCOMPARE(result.error().field, field);
        }
    }

    void linksMustBeHttpPagesOfTheServer_data()
    {
        QTest::addColumn<QUrl>("link");
        QTest::newRow("javascript") << QUrl(QStringLiteral("javascript:alert(1)"));
        QTest::newRow("mailto") << QUrl(QStringLiteral("mailto:x@notabene.example"));
        QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://notabene.example/confirm/x"));
        QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd"));
        QTest::newRow("data") << QUrl(QStringLiteral("data:text/html,<b>x</b>"));
        QTest::newRow("relative") << QUrl(QStringLiteral("/confirm/x"));
        QTest::newRow("empty") << QUrl();
        QTest::newRow("no host") << QUrl(QStringLiteral("https:///confirm/x"));
        QTest::newRow("user info hides the host")
            << QUrl(QStringLiteral("https://kundencenter.notabene.example@attacker.example/x"));
    }

    void linksMustBeHttpPagesOfTheServer()
    {
        QFETCH(QUrl, link);
        ConfirmationMail confirm = confirmation();
        confirm.link = link;
        const auto a = renderConfirmationMail(confirm, vendor(), kSent);
        QVERIFY(!a);
        QCOMPARE(a.error().code, QStringLiteral("invalid-value"));
        QCOMPARE(a.error().field, QStringLiteral("link"));
        ChangeAlertMail change = alert();
        change.revertLink = link;
        const auto b = renderChangeAlertMail(change, vendor(), kSent);
        QVERIFY(!b);
        QCOMPARE(b.error().code, QStringLiteral("invalid-value"));
        QCOMPARE(b.error().field, QStringLiteral("revertLink"));
        ReconfirmationMail again = reconfirmation();
        again.link = link;
        const auto c = renderReconfirmationMail(again, vendor(), kSent);
        QVERIFY(!c);
        QCOMPARE(c.error().field, QStringLiteral("link"));
    }

    void httpOnLoopbackIsAccepted()
    {
        ConfirmationMail input = confirmation();
        input.link = QUrl(QStringLiteral("http://127.0.0.1:8080/confirm/abc"));
        const auto eml = renderConfirmationMail(input, vendor(), kSent);
        QVERIFY(eml);
        QVERIFY(parse(*eml).plain.contains(QStringLiteral("http://127.0.0.1:8080/confirm/abc")));
    }

    void otherBadInput()
    {
        for (const QString &code :
             {QStringLiteral("1234567"), QStringLiteral("123456789"), QStringLiteral("1234a678"),
              QStringLiteral("1234 567"), QString(), QStringLiteral("١٢٣٤٥٦٧٨")}) {
            ConfirmationMail input = confirmation();
            input.code = code;
            const auto result = renderConfirmationMail(input, vendor(), kSent);
            QVERIFY2(!result, qPrintable(code));
            QCOMPARE(result.error().code, QStringLiteral("invalid-value"));
            QCOMPARE(result.error().field, QStringLiteral("code"));
        }
        ConfirmationMail badTo = confirmation();
        badTo.to = QStringLiteral("kein Empfänger");
        const auto to = renderConfirmationMail(badTo, vendor(), kSent);
        QVERIFY(!to);
        QCOMPARE(to.error().code, QStringLiteral("invalid-email"));
        QCOMPARE(to.error().field, QStringLiteral("to"));

        ConfirmationMail noValidity = confirmation();
        noValidity.validUntil = {};
        QCOMPARE(renderConfirmationMail(noValidity, vendor(), kSent).error().code,
                 QStringLiteral("invalid-date"));
        ChangeAlertMail noTime = alert();
        noTime.requestedAt = {};
        QCOMPARE(renderChangeAlertMail(noTime, vendor(), kSent).error().field,
                 QStringLiteral("requestedAt"));
        QCOMPARE(renderReconfirmationMail(reconfirmation(), vendor(), QDateTime()).error().code,
                 QStringLiteral("invalid-date"));
        // Untrusted text is escaped in the HTML.
        ChangeAlertMail markup = alert();
        markup.companyName = QStringLiteral("<b>Muster</b> & \"Söhne\"");
        const auto escaped = renderChangeAlertMail(markup, vendor(), kSent);
        QVERIFY(escaped);
        const QString html = parse(*escaped).html;
        QVERIFY(!html.contains(QStringLiteral("<b>Muster")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Muster&lt;/b&gt; &amp; &quot;Söhne&quot;")));
    }

    void signedMailsAreGenuine_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("payloadId");
        QTest::newRow("confirmation") << Kind::Confirmation << QStringLiteral("account:confirm:42");
        QTest::newRow("alert") << Kind::Alert << QStringLiteral("account:alert:42");
        QTest::newRow("reconfirmation")
            << Kind::Reconfirmation << QStringLiteral("account:reconfirm:7");
    }

    void signedMailsAreGenuine()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, payloadId);
        const dsse::Signer keySigner = signer(key);
        const auto eml = renderKind(kind, &keySigner);
        QVERIFY(eml);
        const MailCheck genuine = check(*eml);
        QCOMPARE(genuine.verdict, Verdict::Genuine);
        QCOMPARE(genuine.noticeId, payloadId);
        QCOMPARE(genuine.keyId, key.publicKey.keyId());
        QVERIFY(genuine.changes.isEmpty());
        QVERIFY(genuine.signedText.contains(QStringLiteral("English")));
        // The vendor's own links on its own domain: no warning.
        for (const Warning &warning : genuine.warnings)
            QFAIL(qPrintable(warning.code + QStringLiteral(": ") + warning.message));
        // Survives transport: CRLF line ends, base64 re-encoding.
        QCOMPARE(check(withCrlf(*eml)).verdict, Verdict::Genuine);
        QCOMPARE(check(reencoded(*eml, GMIME_CONTENT_ENCODING_BASE64)).verdict, Verdict::Genuine);

        // The same mail without signature: Unsigned.
        const auto unsignedEml = renderKind(kind);
        QVERIFY(unsignedEml);
        QCOMPARE(check(*unsignedEml).verdict, Verdict::Unsigned);
    }

    void changedLinkIsAltered_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QUrl>("link");
        QTest::newRow("confirmation") << Kind::Confirmation << kConfirmLink;
        QTest::newRow("alert") << Kind::Alert << kRevertLink;
        QTest::newRow("reconfirmation") << Kind::Reconfirmation << kReconfirmLink;
    }

    void changedLinkIsAltered()
    {
        QFETCH(Kind, kind);
        QFETCH(QUrl, link);
        const dsse::Signer keySigner = signer(key);
        const auto eml = renderKind(kind, &keySigner);
        QVERIFY(eml);
        const QString href = link.toString(QUrl::FullyEncoded);
        const QString phishing = QStringLiteral("https://kundencenter.notabene-login.example/x");

        const QByteArray bothParts = edited(*eml, [&](GMimeMessage *message) {
            setLeafText(message, "text/plain",
                        leafText(message, "text/plain").replace(href, phishing));
            setLeafText(message, "text/html",
                        leafText(message, "text/html").replace(href, phishing));
        });
        const MailCheck altered = check(bothParts);
        QCOMPARE(altered.verdict, Verdict::Altered);
        QVERIFY(altered.changes.contains(QStringLiteral("The text part was changed.")));
        QVERIFY(altered.changes.contains(QStringLiteral("The HTML part was changed.")));

        // Only the href of the button: the text the user reads stays the same.
        const QByteArray hrefOnly = edited(*eml, [&](GMimeMessage *message) {
            QString html = leafText(message, "text/html");
            html.replace(QStringLiteral("<a href=\"%1\" style").arg(href),
                         QStringLiteral("<a href=\"%1\" style").arg(phishing));
            setLeafText(message, "text/html", html);
        });
        QVERIFY(hrefOnly != *eml);
        const MailCheck button = check(hrefOnly);
        QCOMPARE(button.verdict, Verdict::Altered);
        QCOMPARE(button.changes, QStringList{QStringLiteral("The HTML part was changed.")});

        // The code changed in a confirmation, the "who" in an alert: Altered as well.
        const QByteArray otherText = edited(*eml, [&](GMimeMessage *message) {
            QString plain = leafText(message, "text/plain");
            plain.replace(QStringLiteral("04719382"), QStringLiteral("11111111"));
            plain.replace(QStringLiteral("198.51.100.23"), QStringLiteral("10.0.0.1"));
            plain.replace(QStringLiteral("Muster Handel GmbH"), QStringLiteral("Muster GmbH"));
            setLeafText(message, "text/plain", plain);
        });
        QCOMPARE(check(otherText).verdict, Verdict::Altered);
    }
};

QTEST_GUILESS_MAIN(TestAccountMail)
#include "tst_accountmail.moc"
