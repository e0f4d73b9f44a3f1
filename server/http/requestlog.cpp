#include "server/http/requestlog.h"

#include <QTimer>

namespace nb::server {

RequestLog::RequestLog(std::FILE *out, QObject *parent)
    : QObject(parent)
    , m_out(out)
{}

RequestLog::~RequestLog()
{
    flush();
}

void RequestLog::append(const QByteArray &line)
{
    m_pending.append(line);
    m_pending.append('\n');
    if (m_pending.size() > 64 * 1024) {
        flush();
        return;
    }
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &RequestLog::flush);
    }
}

void RequestLog::flush()
{
    m_flushScheduled = false;
    if (m_pending.isEmpty())
        return;
    std::fwrite(m_pending.constData(), 1, static_cast<size_t>(m_pending.size()), m_out);
    std::fflush(m_out);
    m_pending.clear();
}

} // namespace nb::server
