#pragma once

#include "exitcode.h"

#include <QString>

namespace nb::client {
class NoticeStore;
}

namespace nb::cli {

// `notices` and `notice show ID`: the received notices from the local data only, each envelope
// verified again as it is shown (a row edited in the file shows as invalid).
class NoticesVerb
{
public:
    explicit NoticesVerb(client::NoticeStore &store);
    // One line per notice, newest first: sequence, id, verification, act-by, subject.
    ExitCode list();
    // The verified fields, the body as text and the verdict with the key id.
    ExitCode show(const QString &id);

private:
    client::NoticeStore &m_store;
};

} // namespace nb::cli
