// libFuzzer target over the whole .eml path: GMime parsing, the signature header, the part
// hashes, the verdict and every warning (nb::mail::checkMail), as the desktop app and
// notabene-cli verify run it on files from anywhere. Built with -DNOTABENE_FUZZ=ON (clang, the
// `fuzz` preset) and run for a bounded time under ASan + UBSan by `make test` (make fuzz).
//
// With NOTABENE_FUZZ_SEEDS=DIR set, the first run writes its seed corpus there: genuine mails
// signed with the key the target trusts, re-encoded, forwarded and doctored variants, so that the
// fuzzer starts from inputs that reach the deep paths (a holding signature, part comparison).
#include "../core/tst_mailcorpus.h"

#include <QDir>
#include <QFile>
#include <cstddef>
#include <cstdint>

namespace {

using namespace nb;
using namespace nb::mail;

// The key the target trusts: fixed, so that the written seeds verify in every later run.
const signing::KeyPair &vendorKey()
{
    static const signing::KeyPair key = *signing::keyPairFromSeed(QByteArray(32, '\x2a'));
    return key;
}

const QList<KeyList> &keyLists()
{
    static const QList<KeyList> lists{
        corpus::keyList({{vendorKey().publicKey, corpus::kNow.addDays(365)}})};
    return lists;
}

void writeSeeds(const QString &dir)
{
    QDir().mkpath(dir);
    const QByteArray genuine = corpus::render(vendorKey());
    const QList<QPair<QString, QByteArray>> seeds{
        {QStringLiteral("genuine.eml"), genuine},
        {QStringLiteral("base64.eml"), corpus::reencoded(genuine, GMIME_CONTENT_ENCODING_BASE64)},
        {QStringLiteral("qp.eml"),
         corpus::reencoded(genuine, GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE)},
        {QStringLiteral("crlf.eml"), corpus::withCrlf(genuine)},
        {QStringLiteral("refolded.eml"), corpus::refolded(genuine)},
        {QStringLiteral("other-subject.eml"),
         corpus::render(vendorKey(), corpus::notice(QStringLiteral("2026-0008"),
                                                    QStringLiteral("Wartungsfenster 4. Mai")))},
    };
    for (const auto &[name, bytes] : seeds) {
        QFile file(QDir(dir).filePath(name));
        if (!bytes.isEmpty() && file.open(QIODevice::WriteOnly))
            file.write(bytes);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    crypto::initialize();
    const QByteArray seeds = qgetenv("NOTABENE_FUZZ_SEEDS");
    if (!seeds.isEmpty())
        writeSeeds(QString::fromLocal8Bit(seeds));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray eml(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto checked = checkMail(eml, keyLists(), corpus::vendor(), corpus::kNow);
    if (checked && checked->verdict == Verdict::Genuine && checked->noticeId.isEmpty())
        __builtin_trap(); // a genuine verdict always names its notice
    return 0;
}
