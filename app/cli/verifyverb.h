#pragma once

#include "exitcode.h"

#include <QStringList>

namespace nb::client {
class MailChecker;
}

namespace nb::cli {

// `verify [--json] FILE...`: checks received .eml files offline (a mail-filter step). One line
// per file: the verdict word, the notice id, the key id, the file; the changes, the warnings,
// what the local cache says and the forwarded messages indented below. --json: one array of
// objects {file, verdict, noticeId, keyId, changes[], warnings[{code, message}], forwarded[]}.
// Exit 0 when every file is genuine, 1 when any is not, 2 when a file cannot be read or parsed.
class VerifyVerb
{
public:
    explicit VerifyVerb(const client::MailChecker &checker);
    ExitCode run(const QStringList &files, bool json);

private:
    const client::MailChecker &m_checker;
};

} // namespace nb::cli
