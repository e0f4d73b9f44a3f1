#include "server/api/responsecache.h"

namespace nb::server {

HttpResponse ResponseCache::get(qint64 companyId, const QString &key, qint64 revision,
                                const std::function<HttpResponse()> &build)
{
    const QPair<qint64, QString> id{companyId, key};
    if (auto it = m_entries.constFind(id); it != m_entries.constEnd() && it->revision == revision)
        return it->response;
    HttpResponse response = build();
    if (response.status == 200) {
        if (m_entries.size() >= maxEntries)
            m_entries.clear(); // crude but bounded; entries rebuild on demand
        m_entries.insert(id, Entry{revision, response});
    }
    return response;
}

} // namespace nb::server
