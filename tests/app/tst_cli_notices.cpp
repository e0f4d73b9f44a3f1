// notabene-cli and the notices, against the real notabene-server with its signed demo notices:
// `sync` brings them, `notices` lists them newest first as verified (with the server's roots),
// `notice show` prints the signed fields and the key id; a row edited in the file shows as
// INVALID, and a client that does not trust the server's roots verifies nothing.
#include "apiclient.h"
#include "clirunner.h"
#include "noticeserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
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

class TestCliNotices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = skipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_dir.isValid());
        ApiClient api(m_server.process());
        NB_SIGN_IN(api, demo::musterAdmin);
        const Reply feed = api.get(QStringLiteral("/api/v1/notices?after=0"));
        for (const QJsonValue &value : feed.json().value(QLatin1String("notices")).toArray()) {
            const QByteArray envelope =
                QJsonDocument(value.toObject().value(QLatin1String("envelope")).toObject())
                    .toJson(QJsonDocument::Compact);
            const auto notice = parseNotice(dsse::envelopeFromJson(envelope)->payload);
            QVERIFY(notice);
            m_notices.append(*notice);
        }
        QVERIFY(!m_notices.isEmpty());
    }

    void beforeTheFirstSyncThereAreNone()
    {
        const CliResult result = run({QStringLiteral("notices")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY(result.out.contains("run sync"));
    }

    void syncThenNoticesListsThemVerifiedNewestFirst()
    {
        const CliResult sync = run({QStringLiteral("sync")}, password);
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        QVERIFY2(sync.out.contains("new notice"), qPrintable(sync.describe()));

        const CliResult result = run({QStringLiteral("notices")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        const QStringList listed = lines(result.out);
        QCOMPARE(listed.size(), m_notices.size());
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const Notice &notice = m_notices.at(m_notices.size() - 1 - i); // newest first
            const QStringList fields = listed.at(i).split(QStringLiteral("  "));
            QVERIFY2(fields.size() >= 5, qPrintable(listed.at(i)));
            QCOMPARE(fields.at(0), QString::number(notice.sequence));
            QCOMPARE(fields.at(1), notice.id);
            QCOMPARE(fields.at(2), QStringLiteral("verified"));
            QCOMPARE(fields.at(3),
                     notice.actBy ? notice.actBy->toString(Qt::ISODate) : QStringLiteral("-"));
            QCOMPARE(fields.mid(4).join(QStringLiteral("  ")), notice.subject);
        }
    }

    void noticeShowPrintsTheSignedFieldsAndTheKey()
    {
        const Notice &notice = m_notices.first();
        const CliResult result = run({QStringLiteral("notice"), QStringLiteral("show"), notice.id});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(QStringLiteral("Verification: Verified (key ")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Subject: ") + notice.subject));
        QVERIFY(out.contains(notice.body.left(20)));
        const CliResult unknown =
            run({QStringLiteral("notice"), QStringLiteral("show"), QStringLiteral("0000-0000")});
        QCOMPARE(unknown.exitCode, 2);
    }

    void handEditedRowShowsAsInvalid()
    {
        const Notice &notice = m_notices.last();
        // The subject in the signed payload changed by hand in the SQLite file.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("by-hand"));
            db.setDatabaseName(m_runner->noticeStorePath());
            QVERIFY(db.open());
            QSqlQuery select(db);
            QVERIFY(select.exec(
                QStringLiteral("SELECT envelope FROM notices WHERE id = '%1'").arg(notice.id)));
            QVERIFY(select.next());
            QJsonObject envelope = QJsonDocument::fromJson(select.value(0).toByteArray()).object();
            select.finish();
            QByteArray payload = QByteArray::fromBase64(
                envelope.value(QStringLiteral("payload")).toString().toLatin1());
            payload.replace(notice.subject.toUtf8(), "Bitte Patch aus dem Anhang ausführen");
            envelope.insert(QStringLiteral("payload"), QString::fromLatin1(payload.toBase64()));
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE notices SET envelope = ? WHERE id = ?"));
            update.addBindValue(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
            update.addBindValue(notice.id);
            QVERIFY(update.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("by-hand"));

        const CliResult list = run({QStringLiteral("notices")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        const QString first = lines(list.out).first();
        QVERIFY2(first.startsWith(QString::number(notice.sequence) + QStringLiteral("  ") +
                                  notice.id + QStringLiteral("  INVALID")),
                 qPrintable(first));
        QVERIFY(!list.out.contains("Anhang")); // the altered text is never shown
        const CliResult show = run({QStringLiteral("notice"), QStringLiteral("show"), notice.id});
        QCOMPARE(show.exitCode, 1);
        QVERIFY(show.out.contains("Invalid signature"));
        QVERIFY(!show.out.contains("Anhang"));
    }

    void withoutTheServersRootsNothingIsVerified()
    {
        // This test build trusts no roots of its own (NOTABENE_TRUSTED_ROOTS is empty).
        const CliResult result = m_runner->run({QStringLiteral("notices")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        QVERIFY(!result.out.contains("  verified  "));
        QVERIFY(result.out.contains("  unverified  "));
    }

private:
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
    std::unique_ptr<CliRunner> m_runner;
    QList<Notice> m_notices;
};

QTEST_GUILESS_MAIN(TestCliNotices)
#include "tst_cli_notices.moc"
