#pragma once

#include "client/transport.h"
#include "core/notice.h"
#include "core/result.h"

#include <QObject>
#include <QString>
#include <functional>

namespace nb::client {

// Downloads a patch named by a VERIFIED notice from the authenticated server only
// (GET /api/v1/notices/{id}/patches/{name}). The file is kept only when its size and SHA-256 match
// the signed PatchReference; it is written as NAME.part and renamed, without execute permission
// (0644), and never opened or run. An existing file of that name is never overwritten: the new
// one gets " (1)", " (2)" … before the extension.
class PatchDownloader : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<QString> &)>; // the saved file's path
    explicit PatchDownloader(Transport *transport, QObject *parent = nullptr);

    // Errors (each with a translated message naming the file): "patch-size-mismatch",
    // "patch-hash-mismatch" (nothing is kept), "network"/"timeout", "not-found", "write-failed".
    void download(const QString &noticeId, const PatchReference &patch, const QString &targetDir,
                  Done done);

Q_SIGNALS:
    void progress(qint64 received, qint64 total);

private:
    Transport *m_transport;
};

} // namespace nb::client
