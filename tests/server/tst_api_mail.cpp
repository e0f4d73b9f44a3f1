// The signed mail of a notice against the real server (demo notices signed with a fresh key
// folder): GET /api/v1/notices/{id}/mail is for staff only (customers 403, no session 401), its
// mail is checked with the same core function the app and notabene-cli use — against the key
// chain of GET /api/v1/keys verified from the roots of `keys export-roots` and the vendor
// identity of GET /api/v1/branding — and comes out "Echt" with the notice id and the signing key;
// unknown notices answer 404, bad or header-injecting recipients 422, a server without keys 503,
// a stored envelope that does not belong to its row 409; `notice render-mail` writes a mail of
// the same structure that is genuine as well, and refuses bad input with exit code 2.
#include "apiclient.h"
#include "core/crypto.h"
#include "core/dsse.h"
#include "core/keylist.h"
#include "core/mail.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace nbtest;

namespace {

const QStringList demoIds{QStringLiteral("demo-0001"), QStringLiteral("demo-0002"),
                          QStringLiteral("demo-0003"), QStringLiteral("demo-0004"),
                          QStringLiteral("demo-0005"), QStringLiteral("demo-0006"),
                          QStringLiteral("demo-0007")};
const QString recipient = QStringLiteral("it@muster-handel.example");

QString mailPath(const QString &id, const std::optional<QString> &to = recipient)
{
    QString path = QStringLiteral("/api/v1/notices/%1/mail").arg(id);
    if (to)
        path += QStringLiteral("?to=") + QString::fromLatin1(QUrl::toPercentEncoding(*to));
    return path;
}

QString describe(const CommandResult &result)
{
    return QStringLiteral("exit %1\nstderr: %2")
        .arg(result.exitCode)
        .arg(QString::fromUtf8(result.err));
}

QString describe(const nb::mail::MailCheck &check)
{
    return QStringLiteral("verdict %1 (%2), notice %3, changes: %4")
        .arg(int(check.verdict))
        .arg(nb::mail::verdictText(check.verdict), check.noticeId,
             check.changes.join(QLatin1String("; ")));
}

// The header lines of the top level, unfolded (the mail's own header, before the first part).
QList<QByteArray> headerLines(const QByteArray &eml)
{
    QByteArray text = eml;
    text.replace("\r\n", "\n");
    const qsizetype end = text.indexOf("\n\n");
    QList<QByteArray> lines;
    for (const QByteArray &line : text.left(end).split('\n')) {
        if (!lines.isEmpty() && (line.startsWith(' ') || line.startsWith('\t')))
            lines.last() += ' ' + line.trimmed();
        else
            lines.append(line);
    }
    return lines;
}

QByteArray header(const QByteArray &eml, const QByteArray &name)
{
    for (const QByteArray &line : headerLines(eml)) {
        if (line.toLower().startsWith(name.toLower() + ':'))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

// What must be the same in two renderings of one notice: the header names in order and every
// Content-Type and Content-Transfer-Encoding of the parts, without boundaries.
QList<QByteArray> structure(const QByteArray &eml)
{
    QList<QByteArray> shape;
    for (const QByteArray &line : headerLines(eml))
        shape.append(line.left(line.indexOf(':')).toLower());
    static const QRegularExpression boundary(QStringLiteral("\\s*boundary=(\"[^\"]*\"|[^;\\s]*);?"),
                                             QRegularExpression::CaseInsensitiveOption);
    QByteArray text = eml;
    text.replace("\r\n", "\n");
    text.replace("\n ", " ");
    text.replace("\n\t", " ");
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray lower = line.toLower();
        if (lower.startsWith("content-type:") || lower.startsWith("content-transfer-encoding:"))
            shape.append(QString::fromLatin1(lower).remove(boundary).simplified().toLatin1());
    }
    return shape;
}

} // namespace

class TestApiMail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void brandingNamesTheMailIdentity();
    void staffGetGenuineMails_data();
    void staffGetGenuineMails();
    void onlyStaffMayRenderMails();
    void unknownNoticeIs404();
    void badRecipientsAre422_data();
    void badRecipientsAre422();
    void serverWithoutKeysAnswers503();
    void renderMailCommandWritesTheSameGenuineMail();
    void renderMailCommandRefusesBadInput_data();
    void renderMailCommandRefusesBadInput();
    // Last: it changes a stored row.
    void storedEnvelopeOfAnotherNoticeIs409();

private:
    nb::mail::MailCheck check(const QByteArray &eml)
    {
        auto checked = nb::mail::checkMail(eml, m_keyLists, m_vendor);
        if (!checked)
            qWarning("checkMail: %s", qPrintable(checked.error().message));
        return checked ? *checked : nb::mail::MailCheck{};
    }

    QTemporaryDir m_dir;
    QString m_keys;
    ServerProcess m_server;
    ServerProcess m_withoutKeys;
    ApiClient m_staff{m_server};
    ApiClient m_customer{m_server};
    QList<nb::KeyList> m_keyLists;
    nb::mail::VendorIdentity m_vendor;
};

void TestApiMail::initTestCase()
{
    QVERIFY(nb::crypto::initialize());
    QVERIFY(m_dir.isValid());
    m_keys = m_dir.filePath(QStringLiteral("keys"));
    QString error;
    QVERIFY2(initKeyFolder(m_keys, &error), qPrintable(error));
    m_server.enableNotices(m_keys);
    NB_START_SERVER(m_server);
    NB_START_SERVER(m_withoutKeys);
    NB_SIGN_IN(m_staff, demo::staff);
    NB_SIGN_IN(m_customer, demo::musterAdmin);

    // What a client knows offline: the shipped roots, the key chain and the branding it synced.
    const QJsonArray roots = QJsonDocument::fromJson(exportRoots(m_keys))
                                 .object()
                                 .value(QStringLiteral("rootKeys"))
                                 .toArray();
    QCOMPARE(roots.size(), 1);
    const nb::signing::PublicKey root{
        QByteArray::fromBase64(roots.at(0)[QStringLiteral("publicKey")].toString().toLatin1())};
    ApiClient anonymous(m_server);
    const Reply keys = anonymous.get(QStringLiteral("/api/v1/keys"));
    NB_VERIFY_STATUS(keys, 200);
    const QJsonArray lists = keys.json().value(QStringLiteral("keyLists")).toArray();
    QCOMPARE(lists.size(), 1);
    const auto envelope =
        nb::dsse::envelopeFromJson(QJsonDocument(lists.at(0).toObject()).toJson());
    QVERIFY(envelope);
    const auto list = nb::verifyInitialKeyList(*envelope, {root});
    QVERIFY2(list, qPrintable(list ? QString() : list.error().message));
    m_keyLists = {*list};

    const Reply branding = anonymous.get(QStringLiteral("/api/v1/branding"));
    NB_VERIFY_STATUS(branding, 200);
    const QJsonObject json = branding.json();
    m_vendor.displayName = json.value(QStringLiteral("vendorName")).toString();
    m_vendor.fromAddress = json.value(QStringLiteral("mailFrom")).toString();
    for (const QJsonValue &domain : json.value(QStringLiteral("domains")).toArray())
        m_vendor.domains.append(domain.toString());
}

void TestApiMail::brandingNamesTheMailIdentity()
{
    QCOMPARE(m_vendor.displayName, QStringLiteral("Notabene"));
    QCOMPARE(m_vendor.fromAddress, QStringLiteral("pflichtmailing@notabene.example"));
    QCOMPARE(m_vendor.domains, QStringList{QStringLiteral("notabene.example")});
}

void TestApiMail::staffGetGenuineMails_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : demoIds)
        QTest::newRow(qPrintable(id)) << id;
}

void TestApiMail::staffGetGenuineMails()
{
    QFETCH(QString, id);
    const Reply reply = m_staff.get(mailPath(id));
    NB_VERIFY_STATUS(reply, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("message/rfc822"));
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(!header(reply.body, "Message-ID").isEmpty());
    QVERIFY(!header(reply.body, "Date").isEmpty());
    QVERIFY(!header(reply.body, nb::mail::signatureHeader).isEmpty());
    QVERIFY2(header(reply.body, "To").contains(recipient.toLatin1()), reply.body.left(2000));
    QVERIFY2(header(reply.body, "From").contains("<pflichtmailing@notabene.example>"),
             reply.body.left(2000));

    const nb::mail::MailCheck checked = check(reply.body);
    QVERIFY2(checked.verdict == nb::mail::Verdict::Genuine, qPrintable(describe(checked)));
    QCOMPARE(checked.noticeId, id);
    QCOMPARE(checked.keyId, m_keyLists.last().signingKeys.constFirst().key.keyId());
    QVERIFY(!checked.signedText.isEmpty());
    // The demo links go to the vendor's own domains: nothing to warn about.
    for (const nb::mail::Warning &warning : checked.warnings)
        QVERIFY2(warning.code != QLatin1String("foreign-link") &&
                     warning.code != QLatin1String("deceptive-link") &&
                     warning.code != QLatin1String("display-name-spoof"),
                 qPrintable(warning.message));
}

void TestApiMail::onlyStaffMayRenderMails()
{
    const QString path = mailPath(QStringLiteral("demo-0006"));
    const Reply customer = m_customer.get(path);
    NB_VERIFY_PROBLEM(customer, 403, "staff-required", "");
    QVERIFY(!customer.body.contains("Notabene-Signature"));
    NB_VERIFY_PROBLEM(ApiClient(m_server).get(path), 401, "unauthorized", "");
}

void TestApiMail::unknownNoticeIs404()
{
    NB_VERIFY_PROBLEM(m_staff.get(mailPath(QStringLiteral("demo-9999"))), 404, "not-found", "");
}

void TestApiMail::badRecipientsAre422_data()
{
    QTest::addColumn<bool>("given");
    QTest::addColumn<QString>("to");
    QTest::newRow("missing") << false << QString();
    QTest::newRow("empty") << true << QString();
    QTest::newRow("no domain") << true << QStringLiteral("it");
    QTest::newRow("display name") << true << QStringLiteral("IT <it@muster-handel.example>");
    QTest::newRow("two addresses")
        << true << QStringLiteral("it@muster-handel.example, ceo@muster-handel.example");
    QTest::newRow("CRLF header injection")
        << true << QStringLiteral("it@muster-handel.example\r\nBcc: thief@evil.example");
    QTest::newRow("LF header injection")
        << true << QStringLiteral("it@muster-handel.example\nSubject: Neue Bankverbindung");
    QTest::newRow("CR only") << true
                             << QStringLiteral("it@muster-handel.example\rBcc: thief@evil.example");
}

void TestApiMail::badRecipientsAre422()
{
    QFETCH(bool, given);
    QFETCH(QString, to);
    const Reply reply = m_staff.get(
        mailPath(QStringLiteral("demo-0006"), given ? std::optional<QString>(to) : std::nullopt));
    NB_VERIFY_PROBLEM(reply, 422, "invalid-email", "to");
    QVERIFY(!reply.body.contains("thief"));
}

void TestApiMail::serverWithoutKeysAnswers503()
{
    ApiClient staff(m_withoutKeys);
    NB_SIGN_IN(staff, demo::staff);
    NB_VERIFY_PROBLEM(staff.get(mailPath(QStringLiteral("demo-0001"))), 503, "keys-not-configured",
                      "");
}

void TestApiMail::renderMailCommandWritesTheSameGenuineMail()
{
    const QString id = QStringLiteral("demo-0003");
    const CommandResult result = runServerCommand(
        {QStringLiteral("notice"), QStringLiteral("render-mail"), QStringLiteral("--db"),
         m_server.database().url(), QStringLiteral("--keys"), m_keys, QStringLiteral("--id"), id,
         QStringLiteral("--to"), recipient});
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(describe(result)));
    QVERIFY2(result.err.isEmpty(), result.err.constData());

    const nb::mail::MailCheck fromCli = check(result.out);
    QVERIFY2(fromCli.verdict == nb::mail::Verdict::Genuine, qPrintable(describe(fromCli)));
    QCOMPARE(fromCli.noticeId, id);

    const Reply reply = m_staff.get(mailPath(id));
    NB_VERIFY_STATUS(reply, 200);
    const nb::mail::MailCheck fromApi = check(reply.body);
    QVERIFY2(fromApi.verdict == nb::mail::Verdict::Genuine, qPrintable(describe(fromApi)));
    QCOMPARE(structure(result.out), structure(reply.body));
    QCOMPARE(fromCli.keyId, fromApi.keyId);
    QCOMPARE(fromCli.subject, fromApi.subject);
    QCOMPARE(fromCli.from, fromApi.from);
    QCOMPARE(fromCli.signedText, fromApi.signedText);
    QCOMPARE(header(result.out, "To"), header(reply.body, "To"));
}

void TestApiMail::renderMailCommandRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };
    QTest::newRow("unknown notice")
        << QStringList{s("--id"), s("demo-9999"), s("--to"), recipient} << s("demo-9999");
    QTest::newRow("header injection")
        << QStringList{s("--id"), s("demo-0001"), s("--to"),
                       s("it@muster-handel.example\r\nBcc: thief@evil.example")}
        << s("--to");
    QTest::newRow("no recipient") << QStringList{s("--id"), s("demo-0001")} << s("--to");
    QTest::newRow("foreign sender")
        << QStringList{s("--id"), s("demo-0001"),          s("--to"),
                       recipient, s("--vendor-mail-from"), s("support@evil.example")}
        << s("--vendor-mail-from");
}

void TestApiMail::renderMailCommandRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CommandResult result = runServerCommand(
        QStringList{QStringLiteral("notice"), QStringLiteral("render-mail"), QStringLiteral("--db"),
                    m_server.database().url(), QStringLiteral("--keys"), m_keys} +
        arguments);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
}

void TestApiMail::storedEnvelopeOfAnotherNoticeIs409()
{
    // A row that carries another notice's (genuinely signed) envelope: the server must not sign
    // a mail that claims demo-0001 with the content of demo-0002.
    QString error;
    m_server.database().select(
        QStringLiteral("UPDATE notices SET envelope = (SELECT n.envelope FROM notices n WHERE "
                       "n.id = 'demo-0002') WHERE id = 'demo-0001'"),
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    NB_VERIFY_PROBLEM(m_staff.get(mailPath(QStringLiteral("demo-0001"))), 409,
                      "notice-not-verified", "");
    NB_VERIFY_STATUS(m_staff.get(mailPath(QStringLiteral("demo-0002"))), 200);
}

QTEST_GUILESS_MAIN(TestApiMail)
#include "tst_api_mail.moc"
