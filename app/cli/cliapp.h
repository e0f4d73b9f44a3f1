#pragma once

#include "exitcode.h"

#include <QStringList>

namespace nb::cli {

struct Account;
struct Invocation;

// One run of notabene-cli: the arguments, the account, then the verb. Verbs that only touch the
// local data (status, company set, contact add, notices, verify) work offline; sync and signout
// need the session.
class CliApp
{
public:
    int run(const QStringList &arguments);

private:
    ExitCode runVerb(const Invocation &invocation, const Account &account);
    ExitCode runOffline(const Invocation &invocation, const Account &account);
    ExitCode runNotices(const Invocation &invocation, const Account &account);
    ExitCode runVerify(const Invocation &invocation, const Account &account);
    ExitCode runSync(const Invocation &invocation, const Account &account);
    ExitCode runSignOut(const Invocation &invocation, const Account &account);
};

} // namespace nb::cli
