#include "server/keys/keyfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nb::server::keys {

namespace {

Error fileError(const QString &message)
{
    return Error{QStringLiteral("key-folder"), message, {}};
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

Status checkPrivate(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return fileError(QCoreApplication::translate("nb::server::Keys", "Cannot read %1: %2")
                             .arg(path, systemError()));
    if ((info.st_mode & 077) != 0) {
        const bool folder = S_ISDIR(info.st_mode);
        return fileError(
            QCoreApplication::translate("nb::server::Keys",
                                        "%1 is accessible to group or others (mode %2); refusing "
                                        "to use it. Run: chmod %3 %1")
                .arg(path)
                .arg(info.st_mode & 0777, 3, 8, QLatin1Char('0'))
                .arg(folder ? QStringLiteral("700") : QStringLiteral("600")));
    }
    return {};
}

Result<QByteArray> readPrivateFile(const QString &path)
{
    if (Status status = checkPrivate(path); !status)
        return status.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(QCoreApplication::translate("nb::server::Keys", "Cannot read %1: %2")
                             .arg(path, file.errorString()));
    return file.readAll();
}

Status writeAtomically(const QString &path, const QByteArray &data, unsigned mode)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".tmp";
    const auto failed = [&path]() {
        return fileError(QCoreApplication::translate("nb::server::Keys", "Cannot write %1: %2")
                             .arg(path, systemError()));
    };
    ::unlink(temporary.constData());
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                          static_cast<mode_t>(mode));
    if (fd < 0)
        return failed();
    bool ok = ::fchmod(fd, static_cast<mode_t>(mode)) == 0;
    qsizetype written = 0;
    while (ok && written < data.size()) {
        const ssize_t n =
            ::write(fd, data.constData() + written, static_cast<size_t>(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        written += n > 0 ? qsizetype(n) : 0;
    }
    ok = ok && ::fsync(fd) == 0;
    ok = ::close(fd) == 0 && ok;
    if (!ok || ::rename(temporary.constData(), target.constData()) != 0) {
        Error error = failed();
        ::unlink(temporary.constData());
        return error;
    }
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    if (const int dirFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

Result<QByteArray> seedFromText(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    const bool hex =
        trimmed.size() == 64 && std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        });
    QByteArray seed;
    if (hex) {
        seed = QByteArray::fromHex(trimmed);
    } else {
        auto decoded =
            QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            seed = *decoded;
    }
    if (seed.size() != 32)
        return fileError(QCoreApplication::translate(
            "nb::server::Keys",
            "A key file must hold a 32-byte seed as 64 hex digits or in base64."));
    return seed;
}

} // namespace nb::server::keys
