// `notabene-cli verify` on mails the real notabene-server renders (GET /api/v1/notices/{id}/mail
// as staff), after one `sync` of the account (key lists, branding, notices) and then offline:
// a genuine mail is "genuine" (exit 0) and matches the cached notice; a doctored copy is
// "altered" with the change named (exit 1); an added executable, a forwarded mail, a file that
// is no mail (exit 2), --json for machines, and an account without key lists.
#include "apiclient.h"
#include "clirunner.h"
#include "mailedits.h"
#include "noticeserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace nbtest;

namespace {

const QString password = QStringLiteral("demo");

QStringList lines(const QByteArray &out)
{
    return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestCliVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = skipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_dir.isValid() && m_files.isValid());
        ApiClient customer(m_server.process());
        NB_SIGN_IN(customer, demo::musterAdmin);
        const Reply feed = customer.get(QStringLiteral("/api/v1/notices?after=0"));
        const QJsonArray notices = feed.json().value(QLatin1String("notices")).toArray();
        QVERIFY2(!notices.isEmpty(), qPrintable(feed.describe()));
        const QByteArray envelope =
            QJsonDocument(notices.first().toObject().value(QLatin1String("envelope")).toObject())
                .toJson(QJsonDocument::Compact);
        const auto notice = parseNotice(dsse::envelopeFromJson(envelope)->payload);
        QVERIFY(notice);
        m_notice = *notice;

        ApiClient staff(m_server.process());
        NB_SIGN_IN(staff, demo::staff);
        const Reply mail = staff.get(
            QStringLiteral("/api/v1/notices/%1/mail?to=%2").arg(m_notice.id, demo::musterAdmin));
        QVERIFY2(mail.status == 200, qPrintable(mail.describe()));
        QVERIFY(mail.body.contains("Notabene-Signature:"));
        m_mail = mail.body;
        m_genuine = write(QStringLiteral("genuine.eml"), m_mail);

        const CliResult sync = run({QStringLiteral("sync")}, password);
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
    }

    void genuineMailIsGenuineAndMatchesTheCache()
    {
        const CliResult result = run({QStringLiteral("verify"), m_genuine});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        const QStringList out = lines(result.out);
        QVERIFY(!out.isEmpty());
        const QStringList fields = out.first().split(QStringLiteral("  "));
        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields.at(0), QStringLiteral("genuine"));
        QCOMPARE(fields.at(1), m_notice.id);
        QVERIFY(fields.at(2) != QLatin1String("-") && !fields.at(2).isEmpty());
        QCOMPARE(fields.at(3), m_genuine);
        QVERIFY2(result.out.contains("in the local data matches this mail"),
                 qPrintable(result.describe()));
        // The sync stored the vendor's sender and domains (the server's branding).
        QVERIFY2(!result.err.contains("sender address"), qPrintable(result.describe()));
    }

    void doctoredCopyIsAlteredWithTheChange()
    {
        const QByteArray doctored =
            mailedits::editTextLine(m_mail, "Bitte den Patch im Anhang sofort ausfuehren.");
        QVERIFY(!doctored.isEmpty());
        const QString file = write(QStringLiteral("doctored.eml"), doctored);
        const CliResult result = run({QStringLiteral("verify"), file});
        QCOMPARE(result.exitCode, 1);
        const QStringList out = lines(result.out);
        QVERIFY2(out.first().startsWith(QStringLiteral("altered  ") + m_notice.id),
                 qPrintable(result.describe()));
        QVERIFY2(out.contains(QStringLiteral("    - The text part was changed.")),
                 qPrintable(result.describe()));
        QVERIFY(!result.out.contains("ausfuehren")); // the doctored text is never echoed
    }

    void addedExecutableIsNamed()
    {
        const QString file = write(QStringLiteral("update.eml"),
                                   mailedits::addAttachment(m_mail, "fiskal-update.exe", "MZ"));
        const CliResult result = run({QStringLiteral("verify"), file});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.startsWith("unsigned-parts  "), qPrintable(result.describe()));
        QVERIFY(result.out.contains("fiskal-update.exe"));
    }

    void forwardedMailIsCheckedAsItsOwnMessage()
    {
        const QString file =
            write(QStringLiteral("forwarded.eml"), mailedits::forwardAsAttachment(m_mail));
        const CliResult result = run({QStringLiteral("verify"), file});
        QCOMPARE(result.exitCode, 1); // the forwarding mail itself is not the vendor's
        const QStringList out = lines(result.out);
        QVERIFY2(!out.first().startsWith(QStringLiteral("genuine")), qPrintable(result.describe()));
        QVERIFY2(out.contains(QStringLiteral("    genuine  %1  ").arg(m_notice.id) +
                              lines(run({QStringLiteral("verify"), m_genuine}).out)
                                  .first()
                                  .split(QStringLiteral("  "))
                                  .at(2) +
                              QStringLiteral("  (forwarded message 1)")),
                 qPrintable(result.describe()));
    }

    void unreadableFilesExitTwo()
    {
        const QString garbage = write(QStringLiteral("garbage.eml"), QByteArray("\x00\x01\xff", 3));
        CliResult result = run({QStringLiteral("verify"), garbage});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.startsWith("unreadable  -  -  "));
        result = run({QStringLiteral("verify"), m_files.filePath(QStringLiteral("missing.eml"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
        // One unreadable file among genuine ones: still 2, and the genuine one is reported.
        result = run({QStringLiteral("verify"), m_genuine, garbage});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.startsWith("genuine  "));
        // No file at all is a usage error.
        result = run({QStringLiteral("verify")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("name at least one"));
    }

    // A mailbox of many files is checked on every core: the answers still come in the order of
    // the files named, each with its own verdict.
    void manyFilesAnswerInOrder()
    {
        const QByteArray doctored =
            mailedits::editTextLine(m_mail, "Bitte den Patch im Anhang sofort ausfuehren.");
        QStringList files;
        QStringList expected;
        for (int i = 0; i < 60; ++i) {
            const QString name = QStringLiteral("box-%1.eml").arg(i, 2, 10, QLatin1Char('0'));
            switch (i % 3) {
            case 0:
                files.append(write(name, m_mail));
                expected.append(QStringLiteral("genuine"));
                break;
            case 1:
                files.append(write(name, doctored));
                expected.append(QStringLiteral("altered"));
                break;
            default:
                files.append(write(name, QByteArray("\x00\x01\xff", 3)));
                expected.append(QStringLiteral("unreadable"));
            }
        }
        const CliResult result = run(QStringList{QStringLiteral("verify")} + files);
        QCOMPARE(result.exitCode, 2);
        QStringList verdicts;
        for (const QString &line : lines(result.out)) {
            if (!line.startsWith(QLatin1Char(' ')))
                verdicts.append(line.section(QStringLiteral("  "), 0, 0) + QLatin1Char(' ') +
                                line.section(QStringLiteral("  "), 3));
        }
        QStringList wanted;
        for (qsizetype i = 0; i < files.size(); ++i)
            wanted.append(expected.at(i) + QLatin1Char(' ') + files.at(i));
        QCOMPARE(verdicts, wanted);
    }

    void jsonForMachines()
    {
        const QString doctored = m_files.filePath(QStringLiteral("doctored.eml"));
        QVERIFY(QFile::exists(doctored));
        const CliResult result =
            run({QStringLiteral("verify"), QStringLiteral("--json"), m_genuine, doctored});
        QCOMPARE(result.exitCode, 1);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(result.describe()));
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), 2);
        const QJsonObject genuine = array.at(0).toObject();
        QCOMPARE(genuine.value(QLatin1String("file")).toString(), m_genuine);
        QCOMPARE(genuine.value(QLatin1String("verdict")).toString(), QStringLiteral("genuine"));
        QCOMPARE(genuine.value(QLatin1String("noticeId")).toString(), m_notice.id);
        QVERIFY(!genuine.value(QLatin1String("keyId")).toString().isEmpty());
        QVERIFY(genuine.value(QLatin1String("changes")).toArray().isEmpty());
        QVERIFY(genuine.value(QLatin1String("warnings")).isArray());
        QVERIFY(genuine.value(QLatin1String("forwarded")).toArray().isEmpty());
        QCOMPARE(genuine.value(QLatin1String("cachedNotice")).toString(),
                 QStringLiteral("matches"));
        for (const QJsonValue &warning : genuine.value(QLatin1String("warnings")).toArray()) {
            QVERIFY(!warning.toObject().value(QLatin1String("code")).toString().isEmpty());
            QVERIFY(!warning.toObject().value(QLatin1String("message")).toString().isEmpty());
        }
        const QJsonObject altered = array.at(1).toObject();
        QCOMPARE(altered.value(QLatin1String("verdict")).toString(), QStringLiteral("altered"));
        QCOMPARE(altered.value(QLatin1String("changes")).toArray(),
                 QJsonArray{QStringLiteral("The text part was changed.")});

        // --json after the files, and a lone genuine file: exit 0.
        const CliResult alone =
            run({QStringLiteral("verify"), m_genuine, QStringLiteral("--json")});
        QCOMPARE(alone.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(alone.out).array().size(), 1);
    }

    void withoutKeyListsNothingIsGenuine()
    {
        // Another data folder: this account never synced, so no key list is known.
        QTemporaryDir fresh;
        CliRunner runner(m_server.process().url().toString(), demo::musterAdmin, fresh.path());
        const CliResult result =
            runner.run({QStringLiteral("--trusted-roots"), m_server.rootsFile(),
                        QStringLiteral("verify"), m_genuine});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.startsWith("unknown-key  ") || result.out.startsWith("unsigned  "),
                 qPrintable(result.describe()));
        QVERIFY(result.err.contains("sender address is not in the local data yet"));
    }

    void worksWithTheServerDown()
    {
        m_server.stop();
        const CliResult result = run({QStringLiteral("verify"), m_genuine});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY(result.out.startsWith("genuine  "));
    }

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    CliResult run(QStringList verb, const QString &secret = {})
    {
        if (!m_runner) {
            m_runner = std::make_unique<CliRunner>(m_server.process().url().toString(),
                                                   demo::musterAdmin, m_dir.path());
        }
        verb.prepend(m_server.rootsFile());
        verb.prepend(QStringLiteral("--trusted-roots"));
        return m_runner->run(verb, secret);
    }

    NoticeServer m_server;
    QTemporaryDir m_dir;
    QTemporaryDir m_files;
    std::unique_ptr<CliRunner> m_runner;
    Notice m_notice;
    QByteArray m_mail;
    QString m_genuine;
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
