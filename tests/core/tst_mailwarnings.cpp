// The warnings shown with every verdict, each from a mail that causes it, and none for the
// vendor's own mail. The mails are written here as .eml text, the way they arrive.
#include "tst_mailcorpus.h"

#include <QTest>

using namespace nb;
using namespace nb::mail;
using namespace nb::mail::corpus;

namespace {

QByteArray eml(const QByteArray &from, const QByteArray &plain, const QByteArray &html = {},
               const QList<std::pair<QByteArray, QByteArray>> &attachments = {})
{
    QByteArray out = "From: " + from +
                     "\nTo: it@kunde.example\nSubject: Sicherheitsupdate\n"
                     "Date: Mon, 20 Jul 2026 09:00:00 +0000\nMIME-Version: 1.0\n"
                     "Content-Type: multipart/mixed; boundary=\"outer\"\n\n"
                     "--outer\nContent-Type: text/plain; charset=utf-8\n\n" +
                     plain + "\n";
    if (!html.isEmpty())
        out += "--outer\nContent-Type: text/html; charset=utf-8\n\n" + html + "\n";
    for (const auto &[name, type] : attachments) {
        out += "--outer\nContent-Type: " + type + "\nContent-Disposition: attachment; filename=\"" +
               name + "\"\nContent-Transfer-Encoding: base64\n\nTVqQAAMAAAAEAAAA\n";
    }
    return out + "--outer--\n";
}

QList<Warning> warningsOf(const QByteArray &mail)
{
    const auto result = checkMail(mail, {}, vendor(), kNow);
    if (!result) {
        qWarning() << result.error().code;
        return {};
    }
    return result->warnings;
}

QStringList codes(const QList<Warning> &warnings)
{
    QStringList out;
    for (const Warning &warning : warnings)
        out.append(warning.code);
    return out;
}

QString messageOf(const QList<Warning> &warnings, const QString &code)
{
    for (const Warning &warning : warnings) {
        if (warning.code == code)
            return warning.message;
    }
    return {};
}

const QByteArray kVendorFrom = "Notabene Kundenservice <pflichtmailing@notabene.example>";

} // namespace

class TestMailWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(crypto::initialize()); }

    void plainVendorMailHasNoWarnings()
    {
        const auto warnings = warningsOf(eml(
            kVendorFrom,
            "Siehe https://kundencenter.notabene.example/patches und "
            "https://status.notabene-status.example.",
            "<p><a href=\"https://kundencenter.notabene.example/p?a=1&amp;b=2\">"
            "kundencenter.notabene.example</a> <a href='https://www.notabene.example'>"
            "Zum Kundencenter</a> <a href=\"mailto:support@notabene.example\">Support</a></p>"));
        QCOMPARE(codes(warnings), QStringList{});
    }

    void attachments_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("code");
        QTest::newRow("pdf") << QByteArray("Rechnung.pdf") << QByteArray("application/pdf")
                             << QStringLiteral("attachment");
        for (const char *name :
             {"patch.exe", "setup.MSI", "run.bat", "run.cmd", "x.scr", "update.js", "a.vbs",
              "fix.ps1", "tool.jar", "a.com", "Rechnung.pdf.lnk", "page.hta"}) {
            QTest::newRow(name) << QByteArray(name) << QByteArray("application/octet-stream")
                                << QStringLiteral("executable-attachment");
        }
        for (const char *name :
             {"patch.zip", "patch.rar", "p.7z", "disk.iso", "disk.img", "setup.cab"}) {
            QTest::newRow(name) << QByteArray(name) << QByteArray("application/octet-stream")
                                << QStringLiteral("archive-attachment");
        }
        QTest::newRow("program by type")
            << QByteArray("update") << QByteArray("application/x-msdownload")
            << QStringLiteral("executable-attachment");
        QTest::newRow("archive by type") << QByteArray("update") << QByteArray("application/zip")
                                         << QStringLiteral("archive-attachment");
    }

    void attachments()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, type);
        QFETCH(QString, code);
        const auto warnings = warningsOf(eml(kVendorFrom, "Anbei.", {}, {{name, type}}));
        QCOMPARE(codes(warnings), QStringList{code});
        QVERIFY(warnings.first().message.contains(QString::fromLatin1(name)));
    }

    void foreignLinks()
    {
        auto warnings =
            warningsOf(eml(kVendorFrom, "Download: http://patches.evil.test/fiskal.",
                           "<a href=\"https://notabene.example.evil.test/login\">Zum Login</a>"));
        QCOMPARE(codes(warnings),
                 (QStringList{QStringLiteral("foreign-link"), QStringLiteral("foreign-link")}));
        const QString both = warnings.at(0).message + warnings.at(1).message;
        QVERIFY(both.contains(QStringLiteral("notabene.example.evil.test")));
        QVERIFY(both.contains(QStringLiteral("patches.evil.test")));

        // An encoded href is decoded before it is judged.
        warnings = warningsOf(
            eml(kVendorFrom, "Hallo", "<a href=\"https&#58;//evil&#x2e;test/x\">Login</a>"));
        QCOMPARE(codes(warnings), QStringList{QStringLiteral("foreign-link")});
        QVERIFY(warnings.first().message.contains(QStringLiteral("evil.test")));

        // An internationalised domain is shown as punycode (and is not a lookalike by itself).
        warnings = warningsOf(eml(kVendorFrom, "Siehe https://bäckerei-müller.example/angebot"));
        QCOMPARE(codes(warnings), QStringList{QStringLiteral("foreign-link")});
        QVERIFY(warnings.first().message.contains(QStringLiteral("xn--")));
    }

    void deceptiveLinks()
    {
        auto warnings = warningsOf(
            eml(kVendorFrom, "Hallo",
                "<p><a href=\"https://login.evil.test/notabene\"><b>https://kundencenter."
                "notabene.example/login</b></a></p>"));
        QVERIFY(codes(warnings).contains(QStringLiteral("deceptive-link")));
        const QString message = messageOf(warnings, QStringLiteral("deceptive-link"));
        QVERIFY(message.contains(QStringLiteral("kundencenter.notabene.example")));
        QVERIFY(message.contains(QStringLiteral("login.evil.test")));

        // The text names the site the link goes to: no deception.
        warnings = warningsOf(
            eml(kVendorFrom, "Hallo",
                "<a href=\"https://kundencenter.notabene.example/x\">www.notabene.example</a>"
                "<a href=\"https://evil.test/\">evil.test</a>"));
        QVERIFY(!codes(warnings).contains(QStringLiteral("deceptive-link")));
    }

    void displayNameSpoof()
    {
        auto warnings =
            warningsOf(eml("\"Notabene Kundenservice\" <service@notabene-support.test>", "Hallo"));
        QCOMPARE(codes(warnings), QStringList{QStringLiteral("display-name-spoof")});
        QVERIFY(warnings.first().message.contains(QStringLiteral("service@notabene-support.test")));
        // "Notabene" in the name is enough, whatever the vendor's display name says.
        warnings = warningsOf(eml("=?UTF-8?Q?NOTABENE_Sicherheit?= <x@mailer.test>", "Hallo"));
        QCOMPARE(codes(warnings), QStringList{QStringLiteral("display-name-spoof")});
        // Someone else under their own name: fine.
        QCOMPARE(codes(warningsOf(eml("Max Muster <max@kunde.example>", "Hallo"))), QStringList{});
    }

    void severalFrom()
    {
        QCOMPARE(
            codes(warningsOf(eml("pflichtmailing@notabene.example, other@kunde.example", "Hallo"))),
            QStringList{QStringLiteral("several-from")});
        QVERIFY(codes(warningsOf(eml("Vertrieb: pflichtmailing@notabene.example, a@kunde.example;",
                                     "Hallo")))
                    .contains(QStringLiteral("several-from")));
        // Two From headers.
        QByteArray twice = eml(kVendorFrom, "Hallo");
        twice.prepend("From: other@kunde.example\n");
        QVERIFY(codes(warningsOf(twice)).contains(QStringLiteral("several-from")));
    }

    void lookalikeDomains_data()
    {
        QTest::addColumn<QByteArray>("mail");
        QTest::addColumn<QString>("shown");
        QTest::newRow("zero for o")
            << eml(kVendorFrom, "https://kundencenter.n0tabene.example/patches")
            << QStringLiteral("kundencenter.n0tabene.example");
        QTest::newRow("one for l")
            << eml(kVendorFrom, "https://notabene.examp1e/") << QStringLiteral("notabene.examp1e");
        QTest::newRow("swapped letters")
            << eml(kVendorFrom, "https://notabene.exmaple/") << QStringLiteral("notabene.exmaple");
        QTest::newRow("one letter more") << eml(kVendorFrom, "https://notabenne.example/")
                                         << QStringLiteral("notabenne.example");
        QTest::newRow("rn for m in the sender")
            << eml("Support <support@notabene.exarnple>", "Hallo")
            << QStringLiteral("notabene.exarnple");
        QTest::newRow("cyrillic o")
            << eml(kVendorFrom, "https://n\xd0\xbetabene.example/") << QStringLiteral("xn--");
        QTest::newRow("greek in html")
            << eml(kVendorFrom, "Hallo",
                   "<a href=\"https://kundencenter.not\xce\xb1\x62\x65ne.example/\">Login</a>")
            << QStringLiteral("xn--");
    }

    void lookalikeDomains()
    {
        QFETCH(QByteArray, mail);
        QFETCH(QString, shown);
        const auto warnings = warningsOf(mail);
        QVERIFY2(codes(warnings).contains(QStringLiteral("lookalike-domain")),
                 qPrintable(codes(warnings).join(u',')));
        const QString message = messageOf(warnings, QStringLiteral("lookalike-domain"));
        QVERIFY2(message.contains(shown), qPrintable(message));
        // Always shown as punycode, never as the look-alike letters.
        for (const QChar c : message)
            QVERIFY(c.unicode() < 0x370 || c.unicode() > 0x52F);
    }

    void forwardedMailsKeepTheirOwnWarnings()
    {
        const QByteArray inner = eml(kVendorFrom, "Hallo", {}, {{"patch.exe", "application/x"}});
        const auto result = checkMail(forwarded(inner), {}, vendor(), kNow);
        QVERIFY(result);
        QCOMPARE(codes(result->warnings), QStringList{});
        QCOMPARE(result->forwarded.size(), 1);
        QCOMPARE(codes(result->forwarded.first().warnings),
                 QStringList{QStringLiteral("executable-attachment")});
    }
};

QTEST_GUILESS_MAIN(TestMailWarnings)
#include "tst_mailwarnings.moc"
