// Patch download from the authenticated server only: the demo security patch is saved with its
// size and SHA-256 checked, without execute permission, never over an existing file; altered or
// cut bytes are discarded with a clear message and leave no file (not even the .part).
#include "apiclient.h"
#include "client/patchdownload.h"
#include "noticeserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace nb;
using namespace nb::client;
using namespace nbtest;

namespace {

Result<QString> download(PatchDownloader &downloader, const QString &noticeId,
                         const PatchReference &patch, const QString &dir)
{
    std::optional<Result<QString>> result;
    downloader.download(noticeId, patch, dir, [&](const Result<QString> &r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
    return result.value_or(Error{QStringLiteral("no-answer"), {}, {}});
}

bool isPatch(const ApiRequest &request)
{
    return request.path.contains(QLatin1String("/patches/"));
}

} // namespace

class TestPatchDownload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void verifiedPatchIsSavedReadOnlyForOthersAndNotExecutable();
    void existingFileIsNeverOverwritten();
    void alteredBytesAreDiscarded();
    void wrongSizeIsDiscarded();
    void lyingHeadersAreDiscarded();
    void unknownPatchIsNotFound();

private:
    QStringList filesIn() const;

    NoticeServer m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<NoticeClient> m_client;
    std::unique_ptr<QTemporaryDir> m_target;
    QString m_noticeId;
    PatchReference m_patch;
};

void TestPatchDownload::initTestCase()
{
    if (const QString reason = skipReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiClient>(m_server.process());
    NB_SIGN_IN(*m_api, demo::musterAdmin);
    m_folder = std::make_unique<QTemporaryDir>();
    m_client = std::make_unique<NoticeClient>(m_server.process().url(), m_api->token(),
                                              m_server.roots(), m_folder->path());
    QVERIFY(m_client->sync());
    // The demo security patch, named by a verified notice.
    const QList<NoticeRow> rows = m_client->notices->rows({}, 0, 100).value();
    for (const NoticeRow &row : rows) {
        const auto stored = m_client->notices->notice(row.id).value();
        const NoticeVerification verification = m_client->notices->verify(stored->envelope);
        if (verification.state == VerificationState::Verified &&
            !verification.notice->patches.isEmpty()) {
            m_noticeId = row.id;
            m_patch = verification.notice->patches.first();
        }
    }
    QVERIFY2(!m_noticeId.isEmpty(), "no demo notice with a patch");
}

void TestPatchDownload::init()
{
    m_target = std::make_unique<QTemporaryDir>();
    m_client->rewriting.setRule({});
}

void TestPatchDownload::cleanup()
{
    m_target.reset();
}

QStringList TestPatchDownload::filesIn() const
{
    return QDir(m_target->path()).entryList(QDir::Files | QDir::Hidden);
}

void TestPatchDownload::verifiedPatchIsSavedReadOnlyForOthersAndNotExecutable()
{
    PatchDownloader downloader(&m_client->faults);
    QSignalSpy progress(&downloader, &PatchDownloader::progress);
    const auto saved = download(downloader, m_noticeId, m_patch, m_target->path());
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(*saved, m_target->filePath(m_patch.fileName));
    QFile file(*saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(qint64(bytes.size()), m_patch.size);
    QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256), m_patch.sha256);
    const QFileDevice::Permissions permissions = file.permissions();
    QVERIFY(
        !(permissions & (QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther)));
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(!(permissions & (QFileDevice::WriteGroup | QFileDevice::WriteOther)));
    QCOMPARE(filesIn(), QStringList{m_patch.fileName}); // no .part left
    QVERIFY(!progress.isEmpty());
}

void TestPatchDownload::existingFileIsNeverOverwritten()
{
    QFile mine(m_target->filePath(m_patch.fileName));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("mine");
    mine.close();
    PatchDownloader downloader(&m_client->faults);
    const auto first = download(downloader, m_noticeId, m_patch, m_target->path());
    QVERIFY(first);
    const auto second = download(downloader, m_noticeId, m_patch, m_target->path());
    QVERIFY(second);
    QVERIFY(first->endsWith(QStringLiteral(" (1).zip")) || first->contains(QStringLiteral(" (1)")));
    QVERIFY(second->contains(QStringLiteral(" (2)")));
    QVERIFY(mine.open(QIODevice::ReadOnly));
    QCOMPARE(mine.readAll(), QByteArray("mine"));
    QCOMPARE(filesIn().size(), 3);
}

void TestPatchDownload::alteredBytesAreDiscarded()
{
    // One bit flipped on the way; the server's own headers still describe the real file.
    m_client->rewriting.setRule(
        [](const ApiRequest &request, const ApiResponse &answer) -> std::optional<ApiResponse> {
            if (!isPatch(request) || answer.body.isEmpty())
                return std::nullopt;
            ApiResponse altered = answer;
            altered.body[altered.body.size() / 2] = char(altered.body[altered.body.size() / 2] ^ 1);
            return altered;
        });
    PatchDownloader downloader(&m_client->faults);
    const auto saved = download(downloader, m_noticeId, m_patch, m_target->path());
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, QStringLiteral("patch-hash-mismatch"));
    QVERIFY(saved.error().message.contains(m_patch.fileName));
    QVERIFY(filesIn().isEmpty());
}

void TestPatchDownload::wrongSizeIsDiscarded()
{
    m_client->rewriting.setRule(
        [](const ApiRequest &request, const ApiResponse &answer) -> std::optional<ApiResponse> {
            if (!isPatch(request))
                return std::nullopt;
            ApiResponse cut = answer;
            cut.body.chop(1);
            return cut;
        });
    PatchDownloader downloader(&m_client->faults);
    const auto saved = download(downloader, m_noticeId, m_patch, m_target->path());
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, QStringLiteral("patch-size-mismatch"));
    QVERIFY(saved.error().message.contains(m_patch.fileName));
    QVERIFY(filesIn().isEmpty());
}

void TestPatchDownload::lyingHeadersAreDiscarded()
{
    // The right bytes but a Repr-Digest naming other ones: something in between is wrong.
    m_client->rewriting.setRule(
        [](const ApiRequest &request, const ApiResponse &answer) -> std::optional<ApiResponse> {
            if (!isPatch(request))
                return std::nullopt;
            ApiResponse lying = answer;
            for (auto &header : lying.headers) {
                if (header.first.compare("Repr-Digest", Qt::CaseInsensitive) == 0)
                    header.second = "sha-256=:" + QByteArray(32, 'x').toBase64() + ':';
            }
            return lying;
        });
    PatchDownloader downloader(&m_client->faults);
    const auto saved = download(downloader, m_noticeId, m_patch, m_target->path());
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, QStringLiteral("patch-hash-mismatch"));
    QVERIFY(filesIn().isEmpty());
}

void TestPatchDownload::unknownPatchIsNotFound()
{
    PatchReference unknown = m_patch;
    unknown.fileName = QStringLiteral("gibt-es-nicht.zip");
    PatchDownloader downloader(&m_client->faults);
    const auto saved = download(downloader, m_noticeId, unknown, m_target->path());
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, QStringLiteral("not-found"));
    QVERIFY(filesIn().isEmpty());
    // A name that would leave the target folder is refused before anything is sent.
    unknown.fileName = QStringLiteral("../evil.sh");
    m_client->faults.clearLog();
    const auto refused = download(downloader, m_noticeId, unknown, m_target->path());
    QCOMPARE(refused.error().code, QStringLiteral("invalid-patch"));
    QVERIFY(m_client->faults.log().isEmpty());
}

QTEST_GUILESS_MAIN(TestPatchDownload)
#include "tst_patchdownload.moc"
