#include "server/storage/auditlog.h"

namespace nb::server {

// Issue 7: being written.
Status AuditLog::record(qint64, const AuditActor &, const QString &, const QJsonValue &,
                        const QJsonValue &, qint64)
{
    return {};
}

Result<QList<audit::Entry>> AuditLog::entries(qint64)
{
    return QList<audit::Entry>{};
}

Result<audit::Anchor> AuditLog::head(qint64)
{
    return audit::Anchor{};
}

} // namespace nb::server
