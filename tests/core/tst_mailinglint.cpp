// The editorial rules of a mandatory mailing: for every finding a row that triggers it and a
// close row that must not, the order of the findings, and clean, realistic mailings without any.
#include "core/mailinglint.h"

#include <QTest>
#include <functional>

using namespace nb;
using namespace nb::lint;

namespace {

const QDate today(2026, 7, 20);

Context vendorContext()
{
    // bücher.example in punycode: IDN vendor domains arrive as the contract says.
    return Context{today,
                   {QStringLiteral("notabene.example"), QStringLiteral("xn--bcher-kva.example")}};
}

// A clean DRINGEND security mailing in the seed's style: the urgency and the deadline in one
// short subject line, the patch as a download, the support path and the forum for the status.
Notice cleanMailing()
{
    Notice draft;
    draft.products = {QStringLiteral("fiskal"), QStringLiteral("kasse")};
    draft.category = QStringLiteral("security");
    draft.severity = NoticeSeverity::Urgent;
    draft.subject =
        QStringLiteral("DRINGEND: Sicherheitsupdate des Fiskal-Connectors bis 01.08.2026");
    draft.body = QStringLiteral(
        "Im Fiskal-Connector bis Version 2.3 haben wir eine Sicherheitslücke gefunden, über die "
        "Dritte Belege verändern könnten. Betroffen sind alle Kassen, die den Connector nutzen.\n"
        "\n"
        "**Was ist zu tun?**\n"
        "\n"
        "1. Melden Sie sich im [Kundencenter](https://kunden.notabene.example/downloads) an.\n"
        "2. Laden Sie das Update auf Version 2.4.1 herunter und installieren Sie es bis zum "
        "1. August 2026 auf jeder Kasse, z. B. nach Ladenschluss.\n"
        "\n"
        "Das Update steht ausschließlich im Kundencenter bereit, nie als Datei in einer E-Mail. "
        "Fragen beantwortet unser Support: Öffnen Sie ein Support-Ticket im Kundencenter oder "
        "schreiben Sie an <mailto:sicherheit@notabene.example>. Den aktuellen Stand finden Sie "
        "im [Forum](https://forum.notabene.example/t/fiskal-connector-2-4).\n");
    draft.actBy = QDate(2026, 8, 1);
    draft.status = NoticeStatus::Announced;
    draft.link = QStringLiteral("https://forum.notabene.example/t/fiskal-connector-2-4");
    draft.patches = {{QStringLiteral("fiskal-connector-2.4.1.zip"), 1048576,
                      QByteArray::fromHex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c"
                                          "15b0f00a08")}};
    return draft;
}

// The severity the header documents for each code.
Severity documentedSeverity(const QString &code)
{
    static const QStringList warnings{QStringLiteral("subject-urgent-without-deadline"),
                                      QStringLiteral("subject-date-missing"),
                                      QStringLiteral("attachment-mentioned")};
    return warnings.contains(code) ? Severity::Warning : Severity::Error;
}

// A subject of exactly `length` characters, padded with umlauts (two bytes each in UTF-8).
QString subjectOfLength(qsizetype length)
{
    const QString base = QStringLiteral("DRINGEND: Sicherheitsupdate bis 01.08.2026 für Kassen ");
    return base + QString(length - base.size(), QChar(0x00FC));
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &finding : findings)
        lines.append(finding.code + QLatin1Char('/') + finding.field + QStringLiteral(": ") +
                     finding.message);
    return lines.join(QLatin1Char('\n'));
}

QList<std::pair<QString, QString>> codesAndFields(const QList<Finding> &findings)
{
    QList<std::pair<QString, QString>> result;
    for (const Finding &finding : findings)
        result.append({finding.code, finding.field});
    return result;
}

} // namespace

class TestMailingLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanUrgentMailingHasNoFindings()
    {
        const QList<Finding> findings = lintMailing(cleanMailing(), vendorContext());
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
        QVERIFY(!blocksApproval(findings));
    }

    void cleanMaintenanceMailingHasNoFindings()
    {
        // The seed's maintenance example: a date in the subject without an act-by date.
        Notice draft = cleanMailing();
        draft.category = QStringLiteral("maintenance-and-outages");
        draft.severity = NoticeSeverity::Important;
        draft.subject =
            QStringLiteral("Wartungsfenster 4. Mai // Ausfälle Cloud TSE (Deutsche Fiskal)");
        draft.body = QStringLiteral(
            "Am 4. Mai 2027 zwischen 22:00 und 23:30 Uhr warten wir die Cloud TSE. In dieser Zeit "
            "können Kassen ca. 90 Minuten lang keine Belege signieren.\n\nDen Stand der Arbeiten "
            "sehen Sie unter https://status.notabene.example/cloud-tse.");
        draft.actBy.reset();
        draft.patches.clear();
        draft.link.clear();
        const QList<Finding> findings = lintMailing(draft, vendorContext());
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    void seedSubjectWithTwoDigitYearHasNoFindings()
    {
        // "DRINGEND: Update des Deutsche Fiskal Connectors bis 01.08.22", from the seed.
        Notice draft = cleanMailing();
        draft.subject =
            QStringLiteral("DRINGEND: Update des Deutsche Fiskal Connectors bis 01.08.22");
        draft.actBy = QDate(2022, 8, 1);
        const Context context{QDate(2022, 7, 25), vendorContext().vendorDomains};
        const QList<Finding> findings = lintMailing(draft, context);
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    }

    void rules_data()
    {
        QTest::addColumn<Notice>("draft");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field"); // empty: the code must not be found at all
        const auto add = [](const char *name, const std::function<void(Notice &)> &change,
                            const char *code, const char *field) {
            Notice draft = cleanMailing();
            change(draft);
            QTest::newRow(name) << draft << QString::fromLatin1(code) << QString::fromLatin1(field);
        };
        const auto subject = [](const QString &text) {
            return [text](Notice &n) {
                n.subject = text;
            };
        };
        const auto body = [](const QString &text) {
            return [text](Notice &n) {
                n.body = text;
            };
        };
        const auto link = [](const QString &text) {
            return [text](Notice &n) {
                n.link = text;
            };
        };
        const auto actBy = [](qint64 days, const QString &text) {
            return [days, text](Notice &n) {
                n.actBy = today.addDays(days);
                n.subject = text;
            };
        };

        // subject-empty
        add("subject empty", subject(QString()), "subject-empty", "subject");
        add("subject blank", subject(QStringLiteral("   ")), "subject-empty", "subject");
        add("subject one word", subject(QStringLiteral("DRINGEND:")), "subject-empty", "");

        // subject-too-long: characters, not bytes; spaces at the ends do not count
        add("subject 79 characters", subject(subjectOfLength(79)), "subject-too-long", "subject");
        add("subject 78 characters", subject(subjectOfLength(78)), "subject-too-long", "");
        add("subject 78 characters padded",
            subject(QStringLiteral("  ") + subjectOfLength(78) + QStringLiteral(" ")),
            "subject-too-long", "");

        // subject-several-sentences
        add("two sentences",
            subject(
                QStringLiteral("DRINGEND: Update bis 01.08.2026. Danach ist die Kasse gesperrt")),
            "subject-several-sentences", "subject");
        add("exclamation and sentence",
            subject(QStringLiteral("DRINGEND: Sicherheitslücke! Update bis 01.08.2026")),
            "subject-several-sentences", "subject");
        add("question and sentence",
            subject(QStringLiteral("DRINGEND: Was ist zu tun? Update bis 01.08.2026")),
            "subject-several-sentences", "subject");
        add("second sentence in lower case",
            subject(QStringLiteral("DRINGEND: Update bis 01.08.2026. danach gesperrt")),
            "subject-several-sentences", "subject");
        add("z. B. is no sentence end",
            subject(QStringLiteral("DRINGEND: Update z. B. für Kassen bis 01.08.2026")),
            "subject-several-sentences", "");
        add("ca. is no sentence end",
            subject(QStringLiteral("DRINGEND: Ausfall ca. eine Stunde am 01.08.2026")),
            "subject-several-sentences", "");
        add("inkl. and bzw. are no sentence ends",
            subject(QStringLiteral("DRINGEND: Update inkl. Treiber bzw. Firmware bis 01.08.2026")),
            "subject-several-sentences", "");
        add("v. a. and Nr. are no sentence ends",
            subject(QStringLiteral("DRINGEND: Update v. a. für Kasse Nr. 5 bis 01.08.2026")),
            "subject-several-sentences", "");
        add("1. August is no sentence end",
            subject(QStringLiteral("DRINGEND: Update bis 1. August 2026 installieren")),
            "subject-several-sentences", "");
        add("01.08. is no sentence end",
            subject(QStringLiteral("DRINGEND: Update bis 01.08. installieren")),
            "subject-several-sentences", "");
        add("final full stop",
            subject(QStringLiteral("DRINGEND: Update bis 01.08.2026 installieren.")),
            "subject-several-sentences", "");
        add("dot inside a name",
            subject(QStringLiteral("DRINGEND: Update für notabene.example bis 01.08.2026")),
            "subject-several-sentences", "");

        // subject-urgent-missing: act-by within 14 days (0..14)
        add("14 days without DRINGEND",
            actBy(14, QStringLiteral("Update des Fiskal-Connectors bis 03.08.2026")),
            "subject-urgent-missing", "subject");
        add("today without DRINGEND", actBy(0, QStringLiteral("Update heute, 20.07.2026")),
            "subject-urgent-missing", "subject");
        add("Dringend in other case", subject(QStringLiteral("Dringend: Update bis 01.08.2026")),
            "subject-urgent-missing", "subject");
        add("DRINGEND without colon", subject(QStringLiteral("DRINGEND Update bis 01.08.2026")),
            "subject-urgent-missing", "subject");
        add("DRINGEND not at the start",
            subject(QStringLiteral("Update bis 01.08.2026 DRINGEND: installieren")),
            "subject-urgent-missing", "subject");
        add("15 days without DRINGEND",
            actBy(15, QStringLiteral("Update des Fiskal-Connectors bis 04.08.2026")),
            "subject-urgent-missing", "");
        add("DRINGEND after spaces",
            subject(QStringLiteral("  DRINGEND: Sicherheitsupdate bis 01.08.2026")),
            "subject-urgent-missing", "");
        add(
            "no act-by without DRINGEND",
            [](Notice &n) {
                n.actBy.reset();
                n.subject = QStringLiteral("Neue Funktionen im Fiskal-Connector");
            },
            "subject-urgent-missing", "");

        // subject-urgent-without-deadline
        add("DRINGEND with 15 days", actBy(15, QStringLiteral("DRINGEND: Update bis 04.08.2026")),
            "subject-urgent-without-deadline", "subject");
        add(
            "DRINGEND without act-by",
            [](Notice &n) {
                n.actBy.reset();
                n.subject = QStringLiteral("DRINGEND: Sicherheitsupdate für die Kasse");
            },
            "subject-urgent-without-deadline", "subject");
        add("DRINGEND with 14 days", actBy(14, QStringLiteral("DRINGEND: Update bis 03.08.2026")),
            "subject-urgent-without-deadline", "");
        add("DRINGEND with act-by today",
            actBy(0, QStringLiteral("DRINGEND: Update bis 20.07.2026")),
            "subject-urgent-without-deadline", "");

        // subject-date-mismatch (act-by 01.08.2026)
        add("other day", subject(QStringLiteral("DRINGEND: Update bis 02.08.2026")),
            "subject-date-mismatch", "subject");
        add("other year", subject(QStringLiteral("DRINGEND: Update bis 01.08.2025")),
            "subject-date-mismatch", "subject");
        add("other month by name", subject(QStringLiteral("DRINGEND: Update bis 1. Juli 2026")),
            "subject-date-mismatch", "subject");
        add("other ISO date", subject(QStringLiteral("DRINGEND: Update bis 2026-08-02")),
            "subject-date-mismatch", "subject");
        add("other day without year", subject(QStringLiteral("DRINGEND: Update bis 01.09.")),
            "subject-date-mismatch", "subject");
        add("one of two dates wrong",
            subject(QStringLiteral("DRINGEND: Update zwischen 25.07. und 01.08.2026")),
            "subject-date-mismatch", "subject");
        add(
            "maintenance date with a far act-by",
            [](Notice &n) {
                n.actBy = QDate(2026, 10, 1);
                n.subject = QStringLiteral("Wartungsfenster 4. Mai // Ausfälle Cloud TSE");
            },
            "subject-date-mismatch", "subject");
        add("DD.MM.YYYY", subject(QStringLiteral("DRINGEND: Update bis 01.08.2026")),
            "subject-date-mismatch", "");
        add("D.M.YYYY", subject(QStringLiteral("DRINGEND: Update bis 1.8.2026")),
            "subject-date-mismatch", "");
        add("DD.MM.YY", subject(QStringLiteral("DRINGEND: Update bis 01.08.26")),
            "subject-date-mismatch", "");
        add("DD.MM. takes the act-by year", subject(QStringLiteral("DRINGEND: Update bis 01.08.")),
            "subject-date-mismatch", "");
        add("D. Monat YYYY", subject(QStringLiteral("DRINGEND: Update bis 1. August 2026")),
            "subject-date-mismatch", "");
        add("D. Mon. YYYY", subject(QStringLiteral("DRINGEND: Update bis 1. Aug. 2026")),
            "subject-date-mismatch", "");
        add("D. Monat without year", subject(QStringLiteral("DRINGEND: Update bis 1. August")),
            "subject-date-mismatch", "");
        add("ISO date", subject(QStringLiteral("DRINGEND: Update bis 2026-08-01")),
            "subject-date-mismatch", "");
        add("version number is no date",
            subject(QStringLiteral("DRINGEND: Connector 2.4.1 bis 01.08.2026 installieren")),
            "subject-date-mismatch", "");
        add(
            "März",
            [](Notice &n) {
                n.actBy = QDate(2027, 3, 1);
                n.subject = QStringLiteral("Umstellung der Kassen am 1. März 2027");
            },
            "subject-date-mismatch", "");
        add(
            "Maerz",
            [](Notice &n) {
                n.actBy = QDate(2027, 3, 1);
                n.subject = QStringLiteral("Umstellung der Kassen am 1. Maerz 2027");
            },
            "subject-date-mismatch", "");
        add(
            "Mrz.",
            [](Notice &n) {
                n.actBy = QDate(2027, 3, 1);
                n.subject = QStringLiteral("Umstellung der Kassen am 01. Mrz. 2027");
            },
            "subject-date-mismatch", "");
        add(
            "maintenance date without act-by",
            [](Notice &n) {
                n.actBy.reset();
                n.subject = QStringLiteral("Wartungsfenster 4. Mai // Ausfälle Cloud TSE");
            },
            "subject-date-mismatch", "");

        // subject-date-missing
        add("urgent without a date",
            subject(QStringLiteral("DRINGEND: Update des Fiskal-Connectors erforderlich")),
            "subject-date-missing", "subject");
        add("urgent with an impossible date",
            subject(QStringLiteral("DRINGEND: Update des Fiskal-Connectors bis 31.02.2026")),
            "subject-date-missing", "subject");
        add("15 days without a date",
            actBy(15, QStringLiteral("Update des Fiskal-Connectors erforderlich")),
            "subject-date-missing", "");
        add("urgent with a date by name",
            subject(QStringLiteral("DRINGEND: Update des Fiskal-Connectors bis 1. August")),
            "subject-date-missing", "");

        // act-by-past
        add("act-by yesterday", actBy(-1, QStringLiteral("Update bis 19.07.2026")), "act-by-past",
            "actBy");
        add("act-by today", actBy(0, QStringLiteral("DRINGEND: Update bis 20.07.2026")),
            "act-by-past", "");

        // body-empty
        add("body empty", body(QString()), "body-empty", "body");
        add("body blank", body(QStringLiteral(" \n\n  \t")), "body-empty", "body");
        add("body one sentence", body(QStringLiteral("Bitte aktualisieren Sie die Kasse.")),
            "body-empty", "");

        // placeholder
        add("TODO in the subject", subject(QStringLiteral("DRINGEND: TODO bis 01.08.2026")),
            "placeholder", "subject");
        add("TODO in the body", body(QStringLiteral("Details: TODO")), "placeholder", "body");
        add("XXX in the body", body(QStringLiteral("Version XXX installieren.")), "placeholder",
            "body");
        add("xxx in the body", body(QStringLiteral("Kundennummer xxx")), "placeholder", "body");
        add("TBD in the body", body(QStringLiteral("Termin: TBD")), "placeholder", "body");
        add("Lorem ipsum", body(QStringLiteral("Lorem ipsum dolor sit amet.")), "placeholder",
            "body");
        add("[...]", body(QStringLiteral("Betroffen sind [...] Kassen.")), "placeholder", "body");
        add("[…]", body(QStringLiteral("Betroffen sind […] Kassen.")), "placeholder", "body");
        add("{{name}}", body(QStringLiteral("Hallo {{kundenname}},")), "placeholder", "body");
        add("???", body(QStringLiteral("Das Update erscheint am ???.")), "placeholder", "body");
        add("XXL is no placeholder", body(QStringLiteral("Auch XXL-Kassen sind betroffen.")),
            "placeholder", "");
        add("XXXL is no placeholder", body(QStringLiteral("Auch XXXL-Kassen sind betroffen.")),
            "placeholder", "");
        add("two question marks", body(QStringLiteral("Was ist zu tun?? Aktualisieren.")),
            "placeholder", "");
        add("Todos is no placeholder", body(QStringLiteral("Die Todos-Liste im Forum.")),
            "placeholder", "");
        add("a link label in brackets",
            body(QStringLiteral("Im [Kundencenter](https://kunden.notabene.example/).")),
            "placeholder", "");

        // raw-html
        add("inline tag", body(QStringLiteral("Das ist <b>wichtig</b>.")), "raw-html", "body");
        add("html block", body(QStringLiteral("<div>\nBlock\n</div>\n")), "raw-html", "body");
        add("html comment", body(QStringLiteral("Text <!-- intern --> weiter")), "raw-html",
            "body");
        add("script", body(QStringLiteral("<script>alert(1)</script>")), "raw-html", "body");
        add("comparison signs", body(QStringLiteral("Wenn a < b und c > d gilt.")), "raw-html", "");
        add("tag in a code span", body(QStringLiteral("Das Element `<b>` ist harmlos.")),
            "raw-html", "");
        add("autolink in angle brackets",
            body(QStringLiteral("Siehe <https://forum.notabene.example/t/1>.")), "raw-html", "");

        // image
        add("markdown image",
            body(QStringLiteral("![Logo](https://notabene.example/logo.png) Text")), "image",
            "body");
        add("link to an image file",
            body(QStringLiteral("[Logo](https://notabene.example/logo.png) Text")), "image", "");
        add("exclamation before a link",
            body(QStringLiteral("Wichtig! [Forum](https://forum.notabene.example/)")), "image", "");

        // attachment-mentioned
        add("im Anhang", body(QStringLiteral("Das Update finden Sie im Anhang.")),
            "attachment-mentioned", "body");
        add("Anhänge", body(QStringLiteral("Öffnen Sie die Anhänge dieser E-Mail.")),
            "attachment-mentioned", "body");
        add("anbei", body(QStringLiteral("Anbei erhalten Sie das Update.")), "attachment-mentioned",
            "body");
        add("attached", body(QStringLiteral("Please run the attached installer.")),
            "attachment-mentioned", "body");
        add("attachment", body(QStringLiteral("See the attachment.")), "attachment-mentioned",
            "body");
        add("Zusammenhang", body(QStringLiteral("Im Zusammenhang mit dem Update gilt Folgendes.")),
            "attachment-mentioned", "");
        add("Anhänger", body(QStringLiteral("Auch Anhänger der Cloud-Kasse sind betroffen.")),
            "attachment-mentioned", "");

        // foreign-link in the body
        add("foreign markdown link",
            body(QStringLiteral("Im [Kundencenter](https://evil.example/login) anmelden.")),
            "foreign-link", "body");
        add("lookalike with the vendor domain in front",
            body(QStringLiteral("[Update](https://notabene.example.evil.com/update)")),
            "foreign-link", "body");
        add("lookalike with the vendor domain as a suffix",
            body(QStringLiteral("[Update](https://evilnotabene.example/update)")), "foreign-link",
            "body");
        add("bare foreign url", body(QStringLiteral("Download: https://evil.example/patch.exe")),
            "foreign-link", "body");
        add("foreign url in a code span",
            body(QStringLiteral("Download: `https://evil.example/patch.exe`")), "foreign-link",
            "body");
        add("foreign autolink", body(QStringLiteral("Siehe <https://evil.example/>.")),
            "foreign-link", "body");
        add("user info disguising the host",
            body(QStringLiteral("[Login](https://notabene.example@evil.example/)")), "foreign-link",
            "body");
        add("foreign mailto",
            body(QStringLiteral("[Schreiben Sie uns](mailto:hilfe@evil.example)")), "foreign-link",
            "body");
        add("foreign bare address", body(QStringLiteral("Schreiben Sie an hilfe@evil.example.")),
            "foreign-link", "body");
        add("foreign image", body(QStringLiteral("![Logo](https://evil.example/logo.png)")),
            "foreign-link", "body");
        add("vendor subdomain", body(QStringLiteral("[KC](https://kunden.notabene.example/)")),
            "foreign-link", "");
        add("vendor domain in capitals",
            body(QStringLiteral("[Forum](https://Forum.NotaBene.Example/t/1)")), "foreign-link",
            "");
        add("IDN vendor domain in Unicode",
            body(QStringLiteral("[Shop](https://bücher.example/update)")), "foreign-link", "");
        add("IDN vendor subdomain in Unicode",
            body(QStringLiteral("Siehe https://www.bücher.example/update")), "foreign-link", "");
        add("IDN vendor domain in punycode",
            body(QStringLiteral("[Shop](https://xn--bcher-kva.example/update)")), "foreign-link",
            "");
        add("vendor mailto", body(QStringLiteral("[Mail](mailto:support@notabene.example)")),
            "foreign-link", "");
        add("vendor bare address",
            body(QStringLiteral("Schreiben Sie an support@notabene.example.")), "foreign-link", "");

        // foreign-link in the link field
        add("foreign status link", link(QStringLiteral("https://status.evil.example/")),
            "foreign-link", "link");
        add("lookalike status link",
            link(QStringLiteral("https://notabene.example.evil.com/status")), "foreign-link",
            "link");
        add("vendor status link", link(QStringLiteral("https://status.notabene.example/")),
            "foreign-link", "");
        add("IDN vendor status link", link(QStringLiteral("https://status.bücher.example/")),
            "foreign-link", "");

        // link-not-https
        add("http link in the body",
            body(QStringLiteral("[Forum](http://forum.notabene.example/)")), "link-not-https",
            "body");
        add("relative link in the body", body(QStringLiteral("[Forum](/t/1)")), "link-not-https",
            "body");
        add("ftp url in the body", body(QStringLiteral("Datei: ftp://notabene.example/patch.zip")),
            "link-not-https", "body");
        add("javascript link", body(QStringLiteral("[Klick](javascript:alert(1))")),
            "link-not-https", "body");
        add("www without scheme", body(QStringLiteral("Siehe www.notabene.example/update")),
            "link-not-https", "body");
        add("https link in the body",
            body(QStringLiteral("[Forum](https://forum.notabene.example/)")), "link-not-https", "");
        add("mailto is no web link",
            body(QStringLiteral("[Mail](mailto:support@notabene.example)")), "link-not-https", "");
        add("http status link", link(QStringLiteral("http://status.notabene.example/")),
            "link-not-https", "link");
        add("status link without scheme", link(QStringLiteral("status.notabene.example")),
            "link-not-https", "link");
        add("https status link", link(QStringLiteral("https://status.notabene.example/")),
            "link-not-https", "");

        // security-without-action
        const auto noAction = [](Notice &n) {
            n.patches.clear();
            n.link.clear();
            n.body = QStringLiteral("Wir haben eine Sicherheitslücke geschlossen.");
        };
        add("security without patch, link or support", noAction, "security-without-action",
            "patches");
        add(
            "security with a patch",
            [noAction](Notice &n) {
                noAction(n);
                n.patches = cleanMailing().patches;
            },
            "security-without-action", "");
        add(
            "security with a status link",
            [noAction](Notice &n) {
                noAction(n);
                n.link = QStringLiteral("https://forum.notabene.example/t/1");
            },
            "security-without-action", "");
        add(
            "security with a support path",
            [noAction](Notice &n) {
                noAction(n);
                n.body += QStringLiteral(" Öffnen Sie bei Fragen ein Support-Ticket.");
            },
            "security-without-action", "");
        add(
            "other category without action",
            [noAction](Notice &n) {
                noAction(n);
                n.category = QStringLiteral("updates-and-technical-changes");
            },
            "security-without-action", "");

        // no-products
        add(
            "no products", [](Notice &n) { n.products.clear(); }, "no-products", "products");
        add(
            "one product", [](Notice &n) { n.products = {QStringLiteral("kasse")}; }, "no-products",
            "");

        // invalid-category
        add(
            "unknown category", [](Notice &n) { n.category = QStringLiteral("spam"); },
            "invalid-category", "category");
        add(
            "no category", [](Notice &n) { n.category.clear(); }, "invalid-category", "category");
        add(
            "category in capitals", [](Notice &n) { n.category = QStringLiteral("Security"); },
            "invalid-category", "category");
        add(
            "known category",
            [](Notice &n) { n.category = QStringLiteral("maintenance-and-outages"); },
            "invalid-category", "");

        // follow-up-self
        add(
            "follows itself",
            [](Notice &n) {
                n.id = QStringLiteral("2026-0009");
                n.followUpOf = QStringLiteral("2026-0009");
            },
            "follow-up-self", "followUpOf");
        add(
            "follows an earlier mailing",
            [](Notice &n) {
                n.id = QStringLiteral("2026-0009");
                n.followUpOf = QStringLiteral("2026-0008");
            },
            "follow-up-self", "");
        add(
            "follows an earlier mailing without an id yet",
            [](Notice &n) { n.followUpOf = QStringLiteral("2026-0008"); }, "follow-up-self", "");
    }

    void rules()
    {
        QFETCH(Notice, draft);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const QList<Finding> findings = lintMailing(draft, vendorContext());
        QList<Finding> matching;
        for (const Finding &finding : findings) {
            if (finding.code == code)
                matching.append(finding);
        }
        if (field.isEmpty()) {
            QVERIFY2(matching.isEmpty(), qPrintable(describe(findings)));
            return;
        }
        QCOMPARE(matching.size(), 1);
        const Finding &finding = matching.first();
        QCOMPARE(finding.field, field);
        QCOMPARE(finding.severity, documentedSeverity(code));
        QVERIFY(!finding.message.isEmpty());
        if (finding.severity == Severity::Error)
            QVERIFY(blocksApproval(findings));
    }

    void bothFieldsCanHaveTheSameCode()
    {
        Notice draft = cleanMailing();
        draft.subject = QStringLiteral("DRINGEND: TODO bis 01.08.2026");
        draft.body = QStringLiteral("XXX [Forum](https://evil.example/a)");
        draft.link = QStringLiteral("https://evil.example/b");
        const auto found = codesAndFields(lintMailing(draft, vendorContext()));
        QVERIFY(
            found.contains(std::pair(QStringLiteral("placeholder"), QStringLiteral("subject"))));
        QVERIFY(found.contains(std::pair(QStringLiteral("placeholder"), QStringLiteral("body"))));
        QVERIFY(found.contains(std::pair(QStringLiteral("foreign-link"), QStringLiteral("body"))));
        QVERIFY(found.contains(std::pair(QStringLiteral("foreign-link"), QStringLiteral("link"))));
    }

    void eachFindingOnce()
    {
        Notice draft = cleanMailing();
        draft.body = QStringLiteral(
            "[A](https://evil.example/a) [B](http://evil.example/b) https://other.example/c "
            "TODO XXX im Anhang, anbei <b>x</b> <i>y</i> ![1](https://notabene.example/1.png) "
            "![2](https://notabene.example/2.png)");
        const QList<Finding> findings = lintMailing(draft, vendorContext());
        const auto found = codesAndFields(findings);
        for (const auto &entry : found)
            QCOMPARE(found.count(entry), 1);
        QVERIFY2(found.size() == 6, qPrintable(describe(findings)));
    }

    void errorsFirstThenWarningsInFieldOrder()
    {
        Notice draft = cleanMailing();
        draft.subject = QStringLiteral("Update nötig. Jetzt installieren");
        draft.actBy = today.addDays(3);
        draft.body = QStringLiteral("Das Update liegt im Anhang. <b>Wichtig</b>");
        draft.link = QStringLiteral("http://evil.example/status");
        draft.products.clear();
        draft.category.clear();
        draft.patches.clear();
        const QList<std::pair<QString, QString>> expected{
            {QStringLiteral("subject-several-sentences"), QStringLiteral("subject")},
            {QStringLiteral("subject-urgent-missing"), QStringLiteral("subject")},
            {QStringLiteral("raw-html"), QStringLiteral("body")},
            {QStringLiteral("foreign-link"), QStringLiteral("link")},
            {QStringLiteral("link-not-https"), QStringLiteral("link")},
            {QStringLiteral("no-products"), QStringLiteral("products")},
            {QStringLiteral("invalid-category"), QStringLiteral("category")},
            {QStringLiteral("subject-date-missing"), QStringLiteral("subject")},
            {QStringLiteral("attachment-mentioned"), QStringLiteral("body")}};
        const QList<Finding> findings = lintMailing(draft, vendorContext());
        QVERIFY2(codesAndFields(findings) == expected, qPrintable(describe(findings)));
    }

    void warningsDoNotBlockApproval()
    {
        Notice draft = cleanMailing();
        draft.subject = QStringLiteral("DRINGEND: Sicherheitsupdate des Fiskal-Connectors");
        const QList<Finding> findings = lintMailing(draft, vendorContext());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().code, QStringLiteral("subject-date-missing"));
        QCOMPARE(findings.first().severity, Severity::Warning);
        QVERIFY(!blocksApproval(findings));
    }

    void anErrorBlocksApproval()
    {
        QVERIFY(!blocksApproval({}));
        const Finding warning{QStringLiteral("attachment-mentioned"), Severity::Warning,
                              QStringLiteral("body"), QStringLiteral("w")};
        const Finding error{QStringLiteral("raw-html"), Severity::Error, QStringLiteral("body"),
                            QStringLiteral("e")};
        QVERIFY(!blocksApproval({warning, warning}));
        QVERIFY(blocksApproval({warning, error}));
        QVERIFY(blocksApproval({error}));
    }

    void severityKeys()
    {
        QCOMPARE(severityKey(Severity::Error), QStringLiteral("error"));
        QCOMPARE(severityKey(Severity::Warning), QStringLiteral("warning"));
    }

    void messagesNameWhatIsWrong()
    {
        Notice draft = cleanMailing();
        draft.subject = subjectOfLength(79) + QStringLiteral(" 02.08.2026");
        draft.body = QStringLiteral("[Login](https://evil.example/) im Anhang");
        draft.link = QStringLiteral("http://status.notabene.example/");
        const QList<Finding> findings = lintMailing(draft, vendorContext());
        const auto message = [&findings](const char *code, const char *field) {
            for (const Finding &finding : findings) {
                if (finding.code == QLatin1String(code) && finding.field == QLatin1String(field))
                    return finding.message;
            }
            return QString();
        };
        QVERIFY(message("subject-too-long", "subject").contains(QStringLiteral("90")));
        QVERIFY(message("subject-too-long", "subject").contains(QStringLiteral("78")));
        QVERIFY(message("subject-date-mismatch", "subject").contains(QStringLiteral("02.08.2026")));
        QVERIFY(message("subject-date-mismatch", "subject").contains(QStringLiteral("01.08.2026")));
        QVERIFY(message("foreign-link", "body").contains(QStringLiteral("evil.example")));
        QVERIFY(message("foreign-link", "body").contains(QStringLiteral("notabene.example")));
        // The IDN vendor domain is shown as people write it, not in punycode.
        QVERIFY(message("foreign-link", "body").contains(QStringLiteral("bücher.example")));
        QVERIFY(message("attachment-mentioned", "body").contains(QStringLiteral("im Anhang")));
        QVERIFY(message("link-not-https", "link").contains(QStringLiteral("http://status")));
        QVERIFY(message("link-not-https", "link").contains(QStringLiteral("https://")));
    }

    void aDraftWithoutAnythingSaysWhatIsMissing()
    {
        const QList<Finding> findings = lintMailing(Notice(), vendorContext());
        const QList<std::pair<QString, QString>> expected{
            {QStringLiteral("subject-empty"), QStringLiteral("subject")},
            {QStringLiteral("body-empty"), QStringLiteral("body")},
            {QStringLiteral("no-products"), QStringLiteral("products")},
            {QStringLiteral("invalid-category"), QStringLiteral("category")}};
        QVERIFY2(codesAndFields(findings) == expected, qPrintable(describe(findings)));
        QVERIFY(blocksApproval(findings));
    }
};

QTEST_GUILESS_MAIN(TestMailingLint)
#include "tst_mailinglint.moc"
