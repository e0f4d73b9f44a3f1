#pragma once

#include "server/http/httptypes.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <functional>

namespace nb::server {

// Finished answers of a company's GET routes, each kept with the company revision it was built
// at. Every change to a company's data bumps that revision in the database, in the same
// transaction, and every session lookup reads it: a hit costs no extra query and is never stale,
// whichever server process made the change.
class ResponseCache
{
public:
    // The cached answer for (company, key) at `revision`, or a freshly built one (stored when it
    // is a 200). `build` runs only on a miss.
    HttpResponse get(qint64 companyId, const QString &key, qint64 revision,
                     const std::function<HttpResponse()> &build);

    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry
    {
        qint64 revision = 0;
        HttpResponse response;
    };
    static constexpr qsizetype maxEntries = 50000;
    QHash<QPair<qint64, QString>, Entry> m_entries;
};

} // namespace nb::server
