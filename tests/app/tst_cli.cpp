// notabene-cli as a user runs it, against the real notabene-server on loopback: the verbs and
// their exit codes, validation with the core rules before anything is queued, sign-in and
// sign-out.
#include "apiclient.h"
#include "client/secretstore.h"
#include "client/serverendpoint.h"
#include "clirunner.h"
#include "serverprocess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace nb;
using namespace nb::client;
using namespace nbtest;

namespace {

const QString password = QStringLiteral("demo");

QStringList verb(const char *words)
{
    return QString::fromLatin1(words).split(QLatin1Char(' '));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        NB_START_SERVER(m_server);
        QVERIFY(m_dir.isValid());
    }

    void helpListsVerbsAndExitCodes()
    {
        const CliResult help = runner().run({QStringLiteral("--help")});
        QVERIFY2(help.finished && help.exitCode == 0, qPrintable(help.describe()));
        for (const char *expected :
             {"status", "sync", "company set FIELD VALUE", "contact add", "--first-name", "signout",
              "--password-stdin", "--data-dir", "Exit codes:", "  4  "}) {
            QVERIFY2(help.out.contains(expected), expected);
        }
    }

    void version()
    {
        const CliResult version = runner().run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("notabene-cli " NOTABENE_VERSION));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown verb") << verb("frobnicate");
        QTest::newRow("no verb") << QStringList();
        QTest::newRow("extra argument") << verb("sync now");
        QTest::newRow("company set without value") << verb("company set phone");
        QTest::newRow("unknown option") << verb("contact add --frob x");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const CliResult result = runner().run(arguments);
        QVERIFY2(result.finished && result.exitCode == 2, qPrintable(result.describe()));
        QVERIFY(result.err.contains("--help"));
    }

    void companySetBeforeTheFirstSyncExitsOne()
    {
        QTemporaryDir fresh;
        const CliRunner cli(m_server.url().toString(), demo::musterAdmin, fresh.path());
        const CliResult result = cli.run(verb("company set phone 030-1234"));
        QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
        QVERIFY(result.err.contains("run sync"));
        QCOMPARE(cli.pendingChanges(), 0);
    }

    void syncWithoutSessionExitsFour()
    {
        // it@ never signs in in this suite: no token in any keychain for it.
        const CliRunner cli(m_server.url().toString(), demo::musterMember, m_dir.path());
        const CliResult result = cli.run({QStringLiteral("sync")});
        QVERIFY2(result.exitCode == 4, qPrintable(result.describe()));
    }

    void wrongPasswordExitsFour()
    {
        const CliResult result = runner().run({QStringLiteral("sync")}, QStringLiteral("falsch"));
        QVERIFY2(result.exitCode == 4, qPrintable(result.describe()));
        QVERIFY(result.err.contains("password"));
    }

    void firstSyncLoadsTheStore()
    {
        const CliResult result = runner().run({QStringLiteral("sync")}, password);
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY(result.out.contains("Sync finished."));
        const CliResult status = runner().run({QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
        QVERIFY(status.out.contains("Pending changes: 0"));
        QVERIFY(status.out.contains("Conflicts: 0"));
        QVERIFY(!status.out.contains("Last sync: never"));
    }

    void invalidCompanyValueQueuesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("Erstkontakt")
            << QStringLiteral("primaryContactEmail") << QStringLiteral("kaputt");
        QTest::newRow("country") << QStringLiteral("country") << QStringLiteral("D1");
        QTest::newRow("phone") << QStringLiteral("phone") << QStringLiteral("abc");
        QTest::newRow("required name") << QStringLiteral("name") << QString();
        QTest::newRow("unknown field") << QStringLiteral("customerNumber") << QStringLiteral("1");
    }

    void invalidCompanyValueQueuesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        const CliResult result =
            runner().run({QStringLiteral("company"), QStringLiteral("set"), field, value});
        QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
        QVERIFY2(result.err.startsWith(field.toUtf8() + ": "), qPrintable(result.describe()));
        QCOMPARE(runner().pendingChanges(), 0);
    }

    void invalidContactQueuesNothing()
    {
        const CliResult result =
            runner().run(verb("contact add --first-name Ina --email ina@muster-handel.example"));
        QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
        QVERIFY2(result.err.startsWith("lastName: "), qPrintable(result.describe()));
        const CliResult badArea = runner().run(
            verb("contact add --first-name Ina --last-name Cli --email ina@muster-handel.example "
                 "--area kitchen"));
        QVERIFY2(badArea.exitCode == 2, qPrintable(badArea.describe()));
        QVERIFY2(badArea.err.startsWith("areas: "), qPrintable(badArea.describe()));
        QCOMPARE(runner().pendingChanges(), 0);
    }

    void offlineEditsReachTheServer()
    {
        CliResult result = runner().run(verb(
            "contact add --first-name Ina --last-name Cli --email ina.cli@muster-handel.example "
            "--position Einkauf --area it-and-technology --area purchasing-and-billing "
            "--critical --language en"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        result = runner().run(verb("company set phone +49-30-5550100"));
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QCOMPARE(runner().pendingChanges(), 2);

        result = runner().run({QStringLiteral("sync")}, password);
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY(result.out.contains("Sent 2 of 2 changes."));
        QCOMPARE(runner().pendingChanges(), 0);

        ApiClient api(m_server);
        NB_SIGN_IN(api, demo::musterAdmin);
        QCOMPARE(api.get(QStringLiteral("/api/v1/company")).json().value(QLatin1String("phone")),
                 QStringLiteral("+49-30-5550100"));
        int found = 0;
        for (const QJsonValue &value : api.get(QStringLiteral("/api/v1/contacts"))
                                           .json()
                                           .value(QLatin1String("contacts"))
                                           .toArray()) {
            const QJsonObject contact = value.toObject();
            if (contact.value(QLatin1String("email")).toString() !=
                QLatin1String("ina.cli@muster-handel.example"))
                continue;
            ++found;
            QCOMPARE(contact.value(QLatin1String("position")).toString(),
                     QStringLiteral("Einkauf"));
            QCOMPARE(contact.value(QLatin1String("language")).toString(), QStringLiteral("en"));
            QCOMPARE(contact.value(QLatin1String("receivesCriticalInformation")).toBool(), true);
            QCOMPARE(contact.value(QLatin1String("areas")).toArray().size(), 2);
        }
        QCOMPARE(found, 1);
    }

    void signOutEndsTheSession()
    {
        // Sign in through the keychain when there is one, then sign out: the stored session is
        // gone, a sync needs the password again.
        CliResult result = runner().run({QStringLiteral("sync")}, password);
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        verifyTokenOnlyInKeychain(result);
        result = runner().run({QStringLiteral("signout")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY(result.out.contains("Signed out."));
        result = runner().run({QStringLiteral("sync")});
        QVERIFY2(result.exitCode == 4, qPrintable(result.describe()));
    }

    void syncWhileTheServerIsDownExitsThree()
    {
        // A loopback port nobody listens on (the server's, after it stopped).
        const CliRunner cli(m_server.url().toString(), demo::musterAdmin, m_dir.path());
        m_server.stop();
        const CliResult result = cli.run({QStringLiteral("sync")}, password);
        QVERIFY2(result.exitCode == 3, qPrintable(result.describe()));
        QCOMPARE(cli.pendingChanges(), 0);
    }

private:
    // The token the CLI put into the keychain is nowhere in its data folder or its output.
    void verifyTokenOnlyInKeychain(const CliResult &run)
    {
        KeychainSecretStore keychain;
        std::optional<Result<QByteArray>> token;
        const auto server = parseServerUrl(m_server.url().toString());
        QVERIFY(server.ok());
        keychain.read(secretKey(*server, demo::musterAdmin),
                      [&](Result<QByteArray> secret) { token = std::move(secret); });
        QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 15000);
        if (!token->ok())
            QSKIP(qPrintable(QStringLiteral("no keychain here: ") + token->error().message));
        const QByteArray secret = token->value();
        QVERIFY(secret.size() >= 16);
        QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        }
    }

    CliRunner runner() const
    {
        return CliRunner(m_server.url().toString(), demo::musterAdmin, m_dir.path());
    }

    ServerProcess m_server;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
