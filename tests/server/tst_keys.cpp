// notabene-server keys init|rotate|show and serve --keys: the key folder's files and modes, the
// key list chain (verified with the core rules), secrets never printed, bad permissions refused,
// and GET /api/v1/keys with its ETag, or 503 keys-not-configured without a key folder.
#include "apiclient.h"
#include "core/crypto.h"
#include "core/dsse.h"
#include "core/keylist.h"
#include "core/notice.h"
#include "core/noticeverification.h"
#include "core/signing.h"
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace nbtest;

namespace {

unsigned fileMode(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray seedOf(const QString &path)
{
    return QByteArray::fromHex(readFile(path).trimmed());
}

nb::signing::PublicKey publicKeyOf(const QString &path)
{
    const auto pair = nb::signing::keyPairFromSeed(seedOf(path));
    return pair ? pair->publicKey : nb::signing::PublicKey{};
}

QString describe(const CommandResult &result)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(result.exitCode)
        .arg(QString::fromUtf8(result.out), QString::fromUtf8(result.err));
}

// The error of a failed result for a failure message (QVERIFY2 evaluates it in any case).
template <typename T> QByteArray why(const nb::Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

} // namespace

class TestKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void initCreatesPrivateFilesAndVersionOne();
    void initRefusesAFolderWithKeys();
    void rotateWritesTheNextVersion();
    void rotateRootIsSignedByOldAndNewRoot();
    void showPrintsKeyIdsButNoSecrets();
    void keysWithoutDirIsAUsageError();
    void loosePermissionsAreRefused();
    void invalidChainIsRefused();
    void serveAnswersTheChain();
    void withoutKeysTheRouteIsUnavailable();
    void exportRootsPrintsTheStartOfTheChain();
    void routineRotationKeepsOldNoticesVerified();
    void revokeDropsTheReplacedKey();

private:
    QString path(const QString &name) const
    {
        return m_dir.filePath(QStringLiteral("keys/") + name);
    }
    QString keys() const { return m_dir.filePath(QStringLiteral("keys")); }
    nb::dsse::Envelope envelope(int version) const;

    QTemporaryDir m_dir;
    nb::signing::PublicKey m_firstRoot;
};

nb::dsse::Envelope TestKeys::envelope(int version) const
{
    const auto parsed =
        nb::dsse::envelopeFromJson(readFile(path(QStringLiteral("keylist-%1.json").arg(version))));
    return parsed ? *parsed : nb::dsse::Envelope{};
}

void TestKeys::initTestCase()
{
    QVERIFY(nb::crypto::initialize());
    QVERIFY(m_dir.isValid());
}

void TestKeys::initCreatesPrivateFilesAndVersionOne()
{
    const CommandResult result =
        runServerCommand({QStringLiteral("keys"), QStringLiteral("init"), QStringLiteral("--dir"),
                          keys(), QStringLiteral("--expires-days"), QStringLiteral("30")});
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(describe(result)));
    QCOMPARE(fileMode(keys()), 0700u);
    QCOMPARE(fileMode(path(QStringLiteral("root.key"))), 0600u);
    QCOMPARE(fileMode(path(QStringLiteral("signing.key"))), 0600u);

    m_firstRoot = publicKeyOf(path(QStringLiteral("root.key")));
    QVERIFY(m_firstRoot.isValid());
    const auto list = nb::verifyInitialKeyList(envelope(1), {m_firstRoot});
    QVERIFY2(list, why(list).constData());
    QCOMPARE(list->version, 1);
    QCOMPARE(list->rootKeys, QList<nb::signing::PublicKey>{m_firstRoot});
    QCOMPARE(list->signingKeys.size(), 1);
    QCOMPARE(list->signingKeys.constFirst().key, publicKeyOf(path(QStringLiteral("signing.key"))));
    const qint64 days = QDateTime::currentDateTimeUtc().daysTo(list->expires);
    QVERIFY2(days >= 29 && days <= 30, qPrintable(list->expires.toString(Qt::ISODate)));
}

void TestKeys::initRefusesAFolderWithKeys()
{
    const QByteArray before = readFile(path(QStringLiteral("root.key")));
    const CommandResult result = runServerCommand(
        {QStringLiteral("keys"), QStringLiteral("init"), QStringLiteral("--dir"), keys()});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("already holds keys"), qPrintable(describe(result)));
    QCOMPARE(readFile(path(QStringLiteral("root.key"))), before);
}

void TestKeys::rotateWritesTheNextVersion()
{
    const QByteArray oldSigning = readFile(path(QStringLiteral("signing.key")));
    const CommandResult result = runServerCommand(
        {QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--dir"), keys()});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    QCOMPARE(readFile(path(QStringLiteral("signing.key.1"))), oldSigning);
    QCOMPARE(fileMode(path(QStringLiteral("signing.key.1"))), 0600u);
    QVERIFY(readFile(path(QStringLiteral("signing.key"))) != oldSigning);

    const auto v1 = nb::verifyInitialKeyList(envelope(1), {m_firstRoot});
    QVERIFY(v1);
    const auto v2 = nb::verifyKeyListUpdate(*v1, envelope(2));
    QVERIFY2(v2, why(v2).constData());
    QCOMPARE(v2->version, 2);
    QCOMPARE(v2->signingKeys.constFirst().key, publicKeyOf(path(QStringLiteral("signing.key"))));
    // Routine rotation: the replaced key stays listed, valid until the moment of rotation.
    QCOMPARE(v2->signingKeys.size(), 2);
    const nb::SigningKeyEntry &kept = v2->signingKeys.at(1);
    QCOMPARE(kept.key, publicKeyOf(path(QStringLiteral("signing.key.1"))));
    QVERIFY(qAbs(kept.validUntil.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QVERIFY(!v2->isSigningKey(kept.key, QDateTime::currentDateTimeUtc().addSecs(5)));
    QVERIFY(result.out.contains(kept.key.keyId()));
}

void TestKeys::rotateRootIsSignedByOldAndNewRoot()
{
    const CommandResult result =
        runServerCommand({QStringLiteral("keys"), QStringLiteral("rotate"),
                          QStringLiteral("--root"), QStringLiteral("--dir"), keys()});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    const nb::signing::PublicKey newRoot = publicKeyOf(path(QStringLiteral("root.key")));
    QVERIFY(newRoot.isValid() && newRoot != m_firstRoot);
    QCOMPARE(publicKeyOf(path(QStringLiteral("root.key.2"))), m_firstRoot);
    QCOMPARE(fileMode(path(QStringLiteral("root.key.2"))), 0600u);

    const nb::dsse::Envelope v3 = envelope(3);
    QVERIFY(nb::dsse::verifyEnvelope(v3, {m_firstRoot}));
    QVERIFY(nb::dsse::verifyEnvelope(v3, {newRoot}));
    const auto v2 = nb::verifyKeyListChain(*nb::verifyInitialKeyList(envelope(1), {m_firstRoot}),
                                           {envelope(2)});
    QVERIFY(v2);
    const auto list = nb::verifyKeyListUpdate(*v2, v3);
    QVERIFY2(list, why(list).constData());
    QCOMPARE(list->rootKeys, QList<nb::signing::PublicKey>{newRoot});
}

void TestKeys::showPrintsKeyIdsButNoSecrets()
{
    const CommandResult result = runServerCommand(
        {QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--dir"), keys()});
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    const QByteArray output = result.out + result.err;
    QVERIFY2(output.contains("version 3"), output.constData());
    QVERIFY(output.contains(publicKeyOf(path(QStringLiteral("root.key"))).keyId()));
    QVERIFY(output.contains(publicKeyOf(path(QStringLiteral("signing.key"))).keyId()));
    QVERIFY(QRegularExpression(QStringLiteral("\\b[0-9a-f]{16}\\b"))
                .match(QString::fromUtf8(output))
                .hasMatch());
    for (const QString &name : {QStringLiteral("root.key"), QStringLiteral("signing.key")}) {
        const QByteArray seed = seedOf(path(name));
        QCOMPARE(seed.size(), 32);
        for (const QByteArray &form : {seed.toHex(), seed.toHex().toUpper(), seed.toBase64(),
                                       seed.toBase64(QByteArray::Base64UrlEncoding)})
            QVERIFY2(!output.contains(form.left(16)), qPrintable(name));
    }
}

void TestKeys::keysWithoutDirIsAUsageError()
{
    QCOMPARE(runServerCommand({QStringLiteral("keys")}).exitCode, 2);
    QCOMPARE(runServerCommand({QStringLiteral("keys"), QStringLiteral("show")}).exitCode, 2);
    QCOMPARE(runServerCommand({QStringLiteral("keys"), QStringLiteral("burn")}).exitCode, 2);
    const CommandResult help = runServerCommand({QStringLiteral("keys"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("rotate"));
}

void TestKeys::loosePermissionsAreRefused()
{
    const QString signing = path(QStringLiteral("signing.key"));
    const QByteArray before = readFile(path(QStringLiteral("keylist-3.json")));
    QVERIFY(::chmod(QFile::encodeName(signing).constData(), 0644) == 0);
    const CommandResult rotate = runServerCommand(
        {QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--dir"), keys()});
    const CommandResult serve = runServerCommand(
        {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
         QStringLiteral("--db"), QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("x.db")),
         QStringLiteral("--keys"), keys()});
    QVERIFY(::chmod(QFile::encodeName(signing).constData(), 0600) == 0);
    QVERIFY2(rotate.exitCode == 2 && rotate.err.contains("group or others"),
             qPrintable(describe(rotate)));
    QVERIFY2(serve.exitCode == 2 && serve.err.contains("group or others"),
             qPrintable(describe(serve)));
    QVERIFY(!QFile::exists(path(QStringLiteral("keylist-4.json"))));
    QCOMPARE(readFile(path(QStringLiteral("keylist-3.json"))), before);

    QVERIFY(::chmod(QFile::encodeName(keys()).constData(), 0755) == 0);
    const CommandResult show = runServerCommand(
        {QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--dir"), keys()});
    QVERIFY(::chmod(QFile::encodeName(keys()).constData(), 0700) == 0);
    QVERIFY2(show.exitCode == 2 && show.err.contains("chmod 700"), qPrintable(describe(show)));
}

void TestKeys::invalidChainIsRefused()
{
    QTemporaryDir copy;
    QVERIFY(copy.isValid());
    for (const QString &name : {QStringLiteral("root.key"), QStringLiteral("signing.key"),
                                QStringLiteral("keylist-1.json"), QStringLiteral("keylist-3.json")})
        QVERIFY(QFile::copy(path(name), copy.filePath(name)));
    // Version 2 replaced by version 3: a version jump, not signed by the listed root.
    QVERIFY(QFile::copy(path(QStringLiteral("keylist-3.json")),
                        copy.filePath(QStringLiteral("keylist-2.json"))));
    const CommandResult serve = runServerCommand(
        {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
         QStringLiteral("--db"), QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("x.db")),
         QStringLiteral("--keys"), copy.path()});
    QVERIFY2(serve.exitCode == 2 && serve.err.contains("chain is invalid"),
             qPrintable(describe(serve)));
}

void TestKeys::serveAnswersTheChain()
{
    ServerProcess server({QStringLiteral("--keys"), keys()});
    NB_START_SERVER(server);
    ApiClient client(server); // not signed in: the route is public
    const Reply reply = client.get(QStringLiteral("/api/v1/keys"));
    NB_VERIFY_STATUS(reply, 200);
    const QJsonArray lists = reply.json().value(QStringLiteral("keyLists")).toArray();
    QCOMPARE(lists.size(), 3);
    QList<nb::dsse::Envelope> chain;
    for (const QJsonValue &value : lists) {
        const auto parsed = nb::dsse::envelopeFromJson(QJsonDocument(value.toObject()).toJson());
        QVERIFY2(parsed, why(parsed).constData());
        chain.append(*parsed);
    }
    QCOMPARE(chain.constFirst(), envelope(1));
    const auto trusted = nb::verifyInitialKeyList(chain.takeFirst(), {m_firstRoot});
    QVERIFY(trusted);
    const auto current = nb::verifyKeyListChain(*trusted, chain);
    QVERIFY2(current, why(current).constData());
    QCOMPARE(current->version, 3);

    const QByteArray etag = reply.header("ETag");
    QVERIFY(!etag.isEmpty());
    NB_VERIFY_STATUS(client.get(QStringLiteral("/api/v1/keys"), {{"If-None-Match", etag}}), 304);
    QVERIFY(!server.output().contains(readFile(path(QStringLiteral("signing.key"))).trimmed()));
}

void TestKeys::withoutKeysTheRouteIsUnavailable()
{
    ServerProcess server;
    NB_START_SERVER(server);
    ApiClient client(server);
    const Reply reply = client.get(QStringLiteral("/api/v1/keys"));
    const QString mismatch =
        problemMismatch(reply, 503, QLatin1String("keys-not-configured"), QLatin1String());
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

namespace {

// A notice signed like the server does, with the signing key in `keyFile`.
QByteArray signedNotice(const QString &keyFile, const QDateTime &issuedAt)
{
    nb::Notice notice;
    notice.id = QStringLiteral("rot-1");
    notice.sequence = 1;
    notice.products = {QStringLiteral("wawi")};
    notice.category = QStringLiteral("security");
    notice.severity = nb::NoticeSeverity::Urgent;
    notice.subject = QStringLiteral("Sicherheitsupdate");
    notice.body = QStringLiteral("Bitte einspielen.");
    notice.issuedAt = issuedAt;
    const auto pair = nb::signing::keyPairFromSeed(seedOf(keyFile));
    if (!pair)
        return {};
    return nb::dsse::signEnvelope(nb::noticePayloadType, notice.toPayload(),
                                  {{pair->publicKey, pair->secretKey}})
        .toJson();
}

// The key lists of `dir`, verified from version 1 on, oldest first.
QList<nb::KeyList> verifiedLists(const QString &dir, const nb::signing::PublicKey &root)
{
    QList<nb::KeyList> lists;
    for (int version = 1;; ++version) {
        const QByteArray json =
            readFile(QDir(dir).filePath(QStringLiteral("keylist-%1.json").arg(version)));
        if (json.isEmpty())
            return lists;
        const auto envelope = nb::dsse::envelopeFromJson(json);
        if (!envelope)
            return {};
        const auto list = lists.isEmpty() ? nb::verifyInitialKeyList(*envelope, {root})
                                          : nb::verifyKeyListUpdate(lists.constLast(), *envelope);
        if (!list)
            return {};
        lists.append(*list);
    }
}

QStringList keysArguments(const QString &command, const QString &dir, const QStringList &extra = {})
{
    return QStringList{QStringLiteral("keys"), command, QStringLiteral("--dir"), dir} + extra;
}

} // namespace

void TestKeys::exportRootsPrintsTheStartOfTheChain()
{
    // The folder's root was rotated (version 3): clients still start at version 1's root.
    const CommandResult result =
        runServerCommand(keysArguments(QStringLiteral("export-roots"), keys()));
    QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
    const QJsonArray roots =
        QJsonDocument::fromJson(result.out).object().value(QStringLiteral("rootKeys")).toArray();
    QCOMPARE(roots.size(), 1);
    QCOMPARE(roots.at(0)[QStringLiteral("keyid")].toString().toLatin1(), m_firstRoot.keyId());
    QCOMPARE(QByteArray::fromBase64(roots.at(0)[QStringLiteral("publicKey")].toString().toLatin1()),
             m_firstRoot.bytes);
    QVERIFY(!result.out.contains(seedOf(path(QStringLiteral("root.key"))).toHex().left(16)));
    QCOMPARE(runServerCommand({QStringLiteral("keys"), QStringLiteral("export-roots")}).exitCode,
             2);
}

void TestKeys::routineRotationKeepsOldNoticesVerified()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("k"));
    QVERIFY(runServerCommand(keysArguments(QStringLiteral("init"), folder)).exitCode == 0);
    const QString signing = QDir(folder).filePath(QStringLiteral("signing.key"));
    const nb::signing::PublicKey root =
        publicKeyOf(QDir(folder).filePath(QStringLiteral("root.key")));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QByteArray oldNotice = signedNotice(signing, before);
    QCOMPARE(nb::verifyNotice(oldNotice, verifiedLists(folder, root)).state,
             nb::VerificationState::Verified);

    const CommandResult rotated = runServerCommand(keysArguments(QStringLiteral("rotate"), folder));
    QVERIFY2(rotated.exitCode == 0, qPrintable(describe(rotated)));
    const QList<nb::KeyList> lists = verifiedLists(folder, root);
    QCOMPARE(lists.size(), 2);
    // Signed before the rotation by the replaced key: still verified.
    const nb::NoticeVerification old = nb::verifyNotice(oldNotice, lists);
    QVERIFY2(old.state == nb::VerificationState::Verified, qPrintable(old.reason));
    // The replaced key signing after the rotation: not trusted any more.
    const QByteArray late = signedNotice(QDir(folder).filePath(QStringLiteral("signing.key.1")),
                                         QDateTime::currentDateTimeUtc().addSecs(60));
    QCOMPARE(nb::verifyNotice(late, lists).state, nb::VerificationState::KeyExpiredOrStale);
    // The new key verifies.
    QCOMPARE(nb::verifyNotice(signedNotice(signing, QDateTime::currentDateTimeUtc()), lists).state,
             nb::VerificationState::Verified);
}

void TestKeys::revokeDropsTheReplacedKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("k"));
    QVERIFY(runServerCommand(keysArguments(QStringLiteral("init"), folder)).exitCode == 0);
    const QString signing = QDir(folder).filePath(QStringLiteral("signing.key"));
    const nb::signing::PublicKey root =
        publicKeyOf(QDir(folder).filePath(QStringLiteral("root.key")));
    const nb::signing::PublicKey compromised = publicKeyOf(signing);
    const QByteArray oldNotice =
        signedNotice(signing, QDateTime::currentDateTimeUtc().addSecs(-60));

    const CommandResult revoked = runServerCommand(
        keysArguments(QStringLiteral("rotate"), folder, {QStringLiteral("--revoke")}));
    QVERIFY2(revoked.exitCode == 0, qPrintable(describe(revoked)));
    const QList<nb::KeyList> lists = verifiedLists(folder, root);
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists.constLast().signingKeys.size(), 1);
    QVERIFY(lists.constLast().signingKeys.constFirst().key != compromised);
    QCOMPARE(nb::verifyNotice(oldNotice, lists).state, nb::VerificationState::KeyExpiredOrStale);
}

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
