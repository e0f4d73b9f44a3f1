#include "client/patchdownload.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QUrl>

namespace nb::client {

namespace {

Error sizeMismatch(const PatchReference &patch, qint64 received)
{
    return Error{QStringLiteral("patch-size-mismatch"),
                 QCoreApplication::translate(
                     "nb::client::PatchDownloader",
                     "The download of %1 has %2 bytes, but the signed notice names %3 bytes. The "
                     "file was discarded; do not use a copy from elsewhere.")
                     .arg(patch.fileName)
                     .arg(received)
                     .arg(patch.size),
                 QStringLiteral("size")};
}

Error hashMismatch(const PatchReference &patch)
{
    return Error{QStringLiteral("patch-hash-mismatch"),
                 QCoreApplication::translate(
                     "nb::client::PatchDownloader",
                     "The download of %1 does not have the SHA-256 checksum the signed notice "
                     "names: it was altered on the way. The file was discarded; do not use a copy "
                     "from elsewhere.")
                     .arg(patch.fileName),
                 QStringLiteral("sha256")};
}

Error writeFailed(const PatchReference &patch, const QString &detail)
{
    return Error{
        QStringLiteral("write-failed"),
        QCoreApplication::translate("nb::client::PatchDownloader", "%1 could not be saved: %2")
            .arg(patch.fileName, detail),
        QStringLiteral("targetDir")};
}

// A plain file name (the signed notice is checked by the server's rules, but a name is never
// trusted to stay inside the target folder).
bool plainName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 128 && !name.startsWith(QLatin1Char('.')) &&
           !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) &&
           !name.contains(QChar(0));
}

// `name`, or "base (1).ext", "base (2).ext" … the first that does not exist in `dir`.
QString freeName(const QDir &dir, const QString &name, int attempt)
{
    if (attempt == 0)
        return dir.filePath(name);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString base = dot > 0 ? name.left(dot) : name;
    const QString extension = dot > 0 ? name.mid(dot) : QString();
    return dir.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(attempt).arg(extension));
}

// The Repr-Digest header's sha-256 (RFC 9530: sha-256=:BASE64:); empty when it names none.
QByteArray reprDigest(const QByteArray &header)
{
    static const QRegularExpression sha256(
        QStringLiteral("(?:^|,)\\s*sha-256=:([A-Za-z0-9+/=]+):"));
    const auto match = sha256.match(QString::fromLatin1(header));
    if (!match.hasMatch())
        return {};
    return QByteArray::fromBase64(match.captured(1).toLatin1());
}

// The body checked against the signed reference, then the server's own headers.
Status check(const PatchReference &patch, const ApiResponse &response)
{
    if (response.body.size() != patch.size)
        return sizeMismatch(patch, response.body.size());
    if (QCryptographicHash::hash(response.body, QCryptographicHash::Sha256) != patch.sha256)
        return hashMismatch(patch);
    const QByteArray length = response.header("Content-Length");
    if (!length.isEmpty() && length.trimmed().toLongLong() != patch.size)
        return sizeMismatch(patch, length.trimmed().toLongLong());
    const QByteArray digest = reprDigest(response.header("Repr-Digest"));
    if (!digest.isEmpty() && digest != patch.sha256)
        return hashMismatch(patch);
    return {};
}

// NAME.part, written and flushed, 0644, then renamed to a name that does not exist yet. Nothing
// is left behind on failure.
Result<QString> save(const PatchReference &patch, const QByteArray &bytes, const QString &targetDir)
{
    const QDir dir(targetDir);
    if (!dir.exists() && !QDir().mkpath(targetDir))
        return writeFailed(patch, QCoreApplication::translate("nb::client::PatchDownloader",
                                                              "the folder %1 cannot be created.")
                                      .arg(targetDir));
    const QString partPath = dir.filePath(patch.fileName + QStringLiteral(".part"));
    QFile part(partPath);
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeFailed(patch, part.errorString());
    const QFileDevice::Permissions readWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const bool written =
        part.setPermissions(readWrite) && part.write(bytes) == bytes.size() && part.flush();
    const QString detail = part.errorString();
    part.close();
    if (!written) {
        QFile::remove(partPath);
        return writeFailed(patch, detail);
    }
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const QString target = freeName(dir, patch.fileName, attempt);
        if (QFileInfo::exists(target))
            continue;
        // QFile::rename never replaces an existing file.
        if (QFile::rename(partPath, target))
            return target;
    }
    QFile::remove(partPath);
    return writeFailed(patch, QCoreApplication::translate("nb::client::PatchDownloader",
                                                          "no free file name in %1.")
                                  .arg(targetDir));
}

} // namespace

PatchDownloader::PatchDownloader(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{}

void PatchDownloader::download(const QString &noticeId, const PatchReference &patch,
                               const QString &targetDir, Done done)
{
    if (!plainName(patch.fileName) || patch.size <= 0 || patch.sha256.size() != 32) {
        done(Error{QStringLiteral("invalid-patch"),
                   QCoreApplication::translate(
                       "nb::client::PatchDownloader",
                       "The notice names the patch \"%1\" in a way that cannot be downloaded "
                       "safely.")
                       .arg(patch.fileName),
                   QStringLiteral("fileName")});
        return;
    }
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/notices/%1/patches/%2")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(noticeId)),
                            QString::fromLatin1(QUrl::toPercentEncoding(patch.fileName)));
    request.headers.append({QByteArray("Accept"), QByteArray("application/octet-stream")});
    QPointer<PatchDownloader> self(this);
    // The transport hands over the whole body at once: fine for patches of some MB (a streamed
    // download to the .part file would need a Transport that streams).
    m_transport->send(
        request, [self, patch, targetDir, done = std::move(done)](const ApiResponse &response) {
            if (!self)
                return;
            if (!response.ok()) {
                Error error = response.error.value_or(
                    Error{QStringLiteral("http-%1").arg(response.status), {}, {}});
                if (error.code == QLatin1String("not-found"))
                    error.message =
                        QCoreApplication::translate("nb::client::PatchDownloader",
                                                    "The server has no patch %1 for this notice.")
                            .arg(patch.fileName);
                return done(error);
            }
            Q_EMIT self->progress(response.body.size(), patch.size);
            if (Status checked = check(patch, response); !checked)
                return done(checked.error());
            done(save(patch, response.body, targetDir));
        });
}

} // namespace nb::client
