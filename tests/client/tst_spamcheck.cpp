// The spam score staff see in the preview: the real SpamAssassin (local tests only) on mails the
// core renders and signs exactly as the server sends them — a clean mandatory mailing is not
// spam, a spammy draft scores higher with the rule that caught it named; no SpamAssassin, and
// output that is no report, give clear errors.
#include "client/spamcheck.h"
#include "core/crypto.h"
#include "core/mail.h"
#include "core/signing.h"

#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QTest>

using namespace nb;

namespace {

Notice notice(const QString &subject, const QString &body)
{
    Notice n;
    n.id = QStringLiteral("PM-2026-0001");
    n.sequence = 1;
    n.products = {QStringLiteral("wawi")};
    n.category = QStringLiteral("security");
    n.severity = NoticeSeverity::Urgent;
    n.subject = subject;
    n.body = body;
    n.actBy = QDate(2026, 12, 4);
    n.issuedAt = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
    return n;
}

QByteArray render(const Notice &n)
{
    const signing::KeyPair key = signing::generateKeyPair();
    auto mail = mail::SignedMail::render(
        n, {{QStringLiteral("Warenwirtschaft"), QStringLiteral("#8E44AD")}},
        {QStringLiteral("Notabene Kundenservice"),
         QStringLiteral("pflichtmailing@notabene.example"),
         {QStringLiteral("notabene.example")}},
        n.issuedAt, {key.publicKey, key.secretKey},
        {QStringLiteral("Pflichtmailings <pflichtmailings.notabene.example>"),
         QStringLiteral("https://notabene.example/konto/verteiler")});
    return mail ? mail->forRecipient(QStringLiteral("it@muster-handel.example")).value()
                : QByteArray();
}

Result<mail::SpamReport> checked(client::SpamCheck &check, const QByteArray &eml)
{
    std::optional<Result<mail::SpamReport>> answer;
    check.check(eml, [&answer](const Result<mail::SpamReport> &report) { answer = report; });
    QDeadlineTimer deadline(120'000);
    while (!answer && !deadline.hasExpired())
        QTest::qWait(50);
    return answer ? *answer
                  : Result<mail::SpamReport>(Error{
                        QStringLiteral("test-timeout"), QStringLiteral("no answer in 120 s"), {}});
}

} // namespace

class TestSpamCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(crypto::initialize());
        if (QStandardPaths::findExecutable(QStringLiteral("spamassassin")).isEmpty())
            QFAIL("spamassassin is not installed (scripts/packages.txt installs it)");
    }

    void cleanMailingIsNotSpam()
    {
        client::SpamCheck check;
        const auto report = checked(
            check, render(notice(QStringLiteral("DRINGEND: Sicherheitsupdate für die "
                                                "Warenwirtschaft bis 04.12.2026 einspielen"),
                                 QStringLiteral("In der Warenwirtschaft wurde eine "
                                                "Sicherheitslücke gefunden. Bitte spielen Sie "
                                                "das Update im Kundencenter ein."))));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY(!report->spam);
        QVERIFY2(report->score < 2.0, qPrintable(QString::number(report->score)));
        QCOMPARE(report->required, 5.0);
        QVERIFY(!report->rules.isEmpty()); // the informational rules are listed too
        for (const mail::SpamRule &rule : report->rules)
            QVERIFY2(!rule.name.isEmpty() && !rule.description.isEmpty(), qPrintable(rule.name));
    }

    void spammyDraftScoresHigherAndNamesTheRule()
    {
        client::SpamCheck check;
        const QByteArray clean = render(notice(QStringLiteral("Wartungsfenster am 4. Mai"),
                                               QStringLiteral("Die Cloud-TSE wird gewartet.")));
        const auto baseline = checked(check, clean);
        QVERIFY(baseline);
        const auto report = checked(
            check,
            render(notice(QStringLiteral("100% GUARANTEED FREE MONEY!!! ACT NOW"),
                          QStringLiteral("100% guaranteed! Click here to claim your FREE prize. "
                                         "Act now, limited time offer, risk free, no obligation. "
                                         "Dear friend, you have been selected as a winner."))));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY2(report->score >= baseline->score + 2.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(report->score).arg(baseline->score)));
        const bool named = std::any_of(
            report->rules.cbegin(), report->rules.cend(), [](const mail::SpamRule &rule) {
                return rule.name == QLatin1String("GUARANTEED_100_PERCENT");
            });
        QVERIFY(named);
    }

    void missingSpamAssassinIsSaidClearly()
    {
        client::SpamCheck check(QStringLiteral("/nonexistent/spamassassin"));
        const auto report =
            checked(check, render(notice(QStringLiteral("Test"), QStringLiteral("Text."))));
        QVERIFY(!report);
        QCOMPARE(report.error().code, QStringLiteral("spamassassin-missing"));
        QVERIFY(report.error().message.contains(QStringLiteral("spamassassin")));
    }

    void outputThatIsNoReportIsAnError_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no status") << QByteArray("Subject: x\r\n\r\nbody\r\n");
        QTest::newRow("garbled status")
            << QByteArray("X-Spam-Status: maybe, score=lots\r\nSubject: x\r\n\r\nbody\r\n");
    }

    void outputThatIsNoReportIsAnError()
    {
        QFETCH(QByteArray, output);
        const auto report = mail::parseSpamAssassinOutput(output);
        QVERIFY(!report);
        QCOMPARE(report.error().code, QStringLiteral("malformed-spam-report"));
    }

    void reportIsReadFromTheHeaders()
    {
        const auto report = mail::parseSpamAssassinOutput(
            "X-Spam-Status: Yes, score=7.3 required=5.0 tests=A_RULE,\r\n"
            "\tB_RULE autolearn=no version=4.0.1\r\n"
            "X-Spam-Report: \r\n"
            "\t*  5.1 A_RULE Something quite spammy that goes on\r\n"
            "\t*      and on\r\n"
            "\t* -0.0 B_RULE Informational\r\n"
            "Subject: x\r\n\r\nbody\r\n");
        QVERIFY(report);
        QVERIFY(report->spam);
        QCOMPARE(report->score, 7.3);
        QCOMPARE(report->rules.size(), 2);
        QCOMPARE(report->rules.at(0).name, QStringLiteral("A_RULE"));
        QCOMPARE(report->rules.at(0).points, 5.1);
        QCOMPARE(report->rules.at(0).description,
                 QStringLiteral("Something quite spammy that goes on and on"));
        QCOMPARE(report->rules.at(1).points, -0.0);
    }
};

QTEST_GUILESS_MAIN(TestSpamCheck)
#include "tst_spamcheck.moc"
