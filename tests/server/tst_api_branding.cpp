// The vendor's branding: GET /api/v1/branding is public, carries a content ETag and answers
// If-None-Match with 304; serve --vendor-name/--vendor-color/--vendor-accent and the mail identity
// --vendor-mail-from/--vendor-domains set it, and a colour that is not #RRGGBB (or an empty name,
// a bad address or domain, a sender outside the domains) ends serve with exit code 2 before
// anything is touched.
#include "apiclient.h"
#include "serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nbtest;

namespace {

const QString brandingPath = QStringLiteral("/api/v1/branding");

QJsonObject branding(const QString &name, const QString &primary, const QString &accent,
                     const QString &mailFrom = QStringLiteral("pflichtmailing@notabene.example"),
                     const QStringList &domains = {QStringLiteral("notabene.example")})
{
    return QJsonObject{{QStringLiteral("vendorName"), name},
                       {QStringLiteral("primaryColor"), primary},
                       {QStringLiteral("accentColor"), accent},
                       {QStringLiteral("mailFrom"), mailFrom},
                       {QStringLiteral("domains"), QJsonArray::fromStringList(domains)}};
}

} // namespace

class TestApiBranding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void defaultsArePublic();
    void ifNoneMatchAnswersNotModified();
    void headCarriesTheETag();
    void optionsSetTheBranding();
    void badOptionsExitWithUsageError_data();
    void badOptionsExitWithUsageError();

private:
    ServerProcess m_server;
    ServerProcess m_custom{
        {QStringLiteral("--vendor-name"), QStringLiteral("JTL-Software"),
         QStringLiteral("--vendor-color"), QStringLiteral("#d21f3c"),
         QStringLiteral("--vendor-accent"), QStringLiteral("#00A0E0"),
         QStringLiteral("--vendor-mail-from"), QStringLiteral("Hinweise@Mail.JTL-Software.example"),
         QStringLiteral("--vendor-domains"),
         QStringLiteral("JTL-Software.example, jtl-status.example,,Bücher.example")}};
};

void TestApiBranding::initTestCase()
{
    NB_START_SERVER(m_server);
    NB_START_SERVER(m_custom);
}

void TestApiBranding::defaultsArePublic()
{
    ApiClient anonymous(m_server);
    const Reply reply = anonymous.get(brandingPath);
    NB_VERIFY_STATUS(reply, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    QCOMPARE(reply.json(), branding(QStringLiteral("Notabene"), QStringLiteral("#0B5CAD"),
                                    QStringLiteral("#E8A317")));
    QVERIFY(reply.header("ETag").startsWith('"'));

    // A signed-in client gets the same answer.
    ApiClient admin(m_server);
    NB_SIGN_IN(admin, demo::musterAdmin);
    const Reply signedIn = admin.get(brandingPath);
    NB_VERIFY_STATUS(signedIn, 200);
    QCOMPARE(signedIn.body, reply.body);
    QCOMPARE(signedIn.header("ETag"), reply.header("ETag"));
}

void TestApiBranding::ifNoneMatchAnswersNotModified()
{
    ApiClient client(m_server);
    const QByteArray etag = client.get(brandingPath).header("ETag");
    QVERIFY(!etag.isEmpty());

    const Reply same = client.get(brandingPath, {{"If-None-Match", etag}});
    NB_VERIFY_STATUS(same, 304);
    QVERIFY(same.body.isEmpty());
    QCOMPARE(same.header("ETag"), etag);
    NB_VERIFY_STATUS(client.get(brandingPath, {{"If-None-Match", "\"other\", " + etag}}), 304);
    NB_VERIFY_STATUS(client.get(brandingPath, {{"If-None-Match", "*"}}), 304);

    const Reply other = client.get(brandingPath, {{"If-None-Match", "\"other\""}});
    NB_VERIFY_STATUS(other, 200);
    QCOMPARE(other.header("ETag"), etag);
}

void TestApiBranding::headCarriesTheETag()
{
    ApiClient client(m_server);
    const Reply get = client.get(brandingPath);
    const Reply head = client.head(brandingPath);
    NB_VERIFY_STATUS(head, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.header("ETag"), get.header("ETag"));
}

void TestApiBranding::optionsSetTheBranding()
{
    ApiClient client(m_custom);
    const Reply reply = client.get(brandingPath);
    NB_VERIFY_STATUS(reply, 200);
    // Colours come back in upper case, whatever case the option had.
    // The sender's domain and the domains in lower-case punycode, as the clients compare them.
    QCOMPARE(reply.json(),
             branding(QStringLiteral("JTL-Software"), QStringLiteral("#D21F3C"),
                      QStringLiteral("#00A0E0"),
                      QStringLiteral("Hinweise@mail.jtl-software.example"),
                      {QStringLiteral("jtl-software.example"), QStringLiteral("jtl-status.example"),
                       QStringLiteral("xn--bcher-kva.example")}));
    // Another representation, another tag: a client that holds the default one gets the new one.
    const QByteArray defaultTag = ApiClient(m_server).get(brandingPath).header("ETag");
    QVERIFY(reply.header("ETag") != defaultTag);
    NB_VERIFY_STATUS(client.get(brandingPath, {{"If-None-Match", defaultTag}}), 200);
    NB_VERIFY_STATUS(client.get(brandingPath, {{"If-None-Match", reply.header("ETag")}}), 304);
}

void TestApiBranding::badOptionsExitWithUsageError_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };
    QTest::newRow("colour without #")
        << QStringList{s("--vendor-color"), s("0B5CAD")} << s("--vendor-color");
    QTest::newRow("short colour") << QStringList{s("--vendor-color"), s("#0B5CA")}
                                  << s("--vendor-color");
    QTest::newRow("colour name") << QStringList{s("--vendor-accent"), s("red")}
                                 << s("--vendor-accent");
    QTest::newRow("not hex") << QStringList{s("--vendor-accent"), s("#GG0000")}
                             << s("--vendor-accent");
    QTest::newRow("empty name") << QStringList{s("--vendor-name"), s("  ")} << s("--vendor-name");
    QTest::newRow("long name") << QStringList{s("--vendor-name"), QString(101, QLatin1Char('x'))}
                               << s("--vendor-name");
    QTest::newRow("bad sender") << QStringList{s("--vendor-mail-from"), s("pflicht mailing@x")}
                                << s("--vendor-mail-from");
    QTest::newRow("sender with a line break")
        << QStringList{s("--vendor-mail-from"), s("a@notabene.example\r\nBcc: b@evil.example")}
        << s("--vendor-mail-from");
    QTest::newRow("foreign sender")
        << QStringList{s("--vendor-mail-from"), s("pflichtmailing@notabene.example.evil.example")}
        << s("--vendor-mail-from");
    QTest::newRow("no domains") << QStringList{s("--vendor-domains"), s(" , ")}
                                << s("--vendor-domains");
    QTest::newRow("bad domain") << QStringList{s("--vendor-domains"), s("notabene.example,a_b")}
                                << s("--vendor-domains");
    QTest::newRow("single label") << QStringList{s("--vendor-domains"), s("localhost")}
                                  << s("--vendor-domains");
}

void TestApiBranding::badOptionsExitWithUsageError()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("never.db"));
    const CommandResult result =
        runServerCommand(QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                     QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                                     QStringLiteral("sqlite:") + db} +
                         options);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.startsWith(QLatin1String("notabene-server: ")), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(!result.out.contains("listening"), result.out.constData());
    QVERIFY(!QFile::exists(db)); // refused before the database was opened
}

QTEST_GUILESS_MAIN(TestApiBranding)
#include "tst_api_branding.moc"
