#include "cliapp.h"

#include "account.h"
#include "cliarguments.h"
#include "client/mailchecker.h"
#include "companysetverb.h"
#include "console.h"
#include "contactaddverb.h"
#include "noticesverb.h"
#include "sessionopener.h"
#include "statusverb.h"
#include "syncverb.h"
#include "verifyverb.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace nb::cli {

namespace {

// --password-stdin: the first line of standard input.
QString readPassword()
{
    QTextStream in(stdin);
    return in.readLine();
}

} // namespace

int CliApp::run(const QStringList &arguments)
{
    CliArguments parsed;
    switch (parsed.parse(arguments)) {
    case CliArguments::Action::Help:
        QTextStream(stdout) << parsed.helpText();
        return toInt(ExitCode::Ok);
    case CliArguments::Action::Version:
        printOut(QStringLiteral("notabene-cli ") + QCoreApplication::applicationVersion());
        return toInt(ExitCode::Ok);
    case CliArguments::Action::UsageError:
        printErr(parsed.errorText());
        printErr(QCoreApplication::translate("nb::cli::CliApp",
                                             "notabene-cli --help lists the verbs and options."));
        return toInt(ExitCode::Usage);
    case CliArguments::Action::Run:
        break;
    }
    const auto account = Account::resolve(parsed.invocation());
    if (!account) {
        printError(account.error());
        return toInt(ExitCode::Usage);
    }
    return toInt(runVerb(parsed.invocation(), *account));
}

ExitCode CliApp::runVerb(const Invocation &invocation, const Account &account)
{
    const QString &verb = invocation.verb.constFirst();
    if (verb == QLatin1String("sync"))
        return runSync(invocation, account);
    if (verb == QLatin1String("signout"))
        return runSignOut(invocation, account);
    if (verb == QLatin1String("notices") || verb == QLatin1String("notice"))
        return runNotices(invocation, account);
    if (verb == QLatin1String("verify"))
        return runVerify(invocation, account);
    return runOffline(invocation, account);
}

ExitCode CliApp::runOffline(const Invocation &invocation, const Account &account)
{
    auto store = account.openStore();
    if (!store) {
        printError(store.error());
        return ExitCode::Failure;
    }
    const QString &verb = invocation.verb.constFirst();
    if (verb == QLatin1String("status"))
        return StatusVerb(account, **store).run();
    if (verb == QLatin1String("company"))
        return CompanySetVerb(**store).run(invocation.verb.at(2), invocation.verb.at(3));
    return ContactAddVerb(**store).run(invocation.contact);
}

ExitCode CliApp::runNotices(const Invocation &invocation, const Account &account)
{
    auto notices = account.openNoticeStore();
    if (!notices) {
        printError(notices.error());
        return exitCodeFor(notices.error());
    }
    NoticesVerb verb(**notices);
    if (invocation.verb.constFirst() == QLatin1String("notices"))
        return verb.list();
    return verb.show(invocation.verb.at(2));
}

// Offline: the key lists from the account's NoticeStore, the vendor from the stored branding. A
// store that cannot be opened is exit 2 (nothing was checked), never a "not genuine" 1.
ExitCode CliApp::runVerify(const Invocation &invocation, const Account &account)
{
    auto store = account.openStore();
    if (!store) {
        printError(store.error());
        return ExitCode::Usage;
    }
    auto notices = account.openNoticeStore();
    if (!notices) {
        printError(notices.error());
        return ExitCode::Usage;
    }
    const auto branding = (*store)->branding();
    if (!branding) {
        printError(branding.error());
        return ExitCode::Usage;
    }
    const client::Branding vendor = branding->value_or(client::Branding{});
    if (vendor.mailFrom.isEmpty()) {
        printErr(QCoreApplication::translate(
            "nb::cli::CliApp",
            "The vendor's sender address is not in the local data yet (run sync): the sender "
            "is not compared."));
    }
    const client::MailChecker checker(notices->get(), client::vendorIdentity(vendor));
    return VerifyVerb(checker).run(invocation.files, invocation.json);
}

ExitCode CliApp::runSync(const Invocation &invocation, const Account &account)
{
    const QString password = invocation.passwordStdin ? readPassword() : QString();
    auto store = account.openStore();
    if (!store) {
        printError(store.error());
        return ExitCode::Failure;
    }
    auto notices = account.openNoticeStore();
    if (!notices) {
        printError(notices.error());
        return exitCodeFor(notices.error());
    }
    auto roots = account.roots();
    SessionOpener session(account.server);
    const SessionOpener::Outcome outcome = invocation.passwordStdin
                                               ? session.signIn(account.email, password)
                                               : session.restore(account.email);
    if (outcome != SessionOpener::Outcome::SignedIn) {
        if (session.error().code == QLatin1String("not-found")) {
            printErr(QCoreApplication::translate("nb::cli::CliApp",
                                                 "Not signed in: sign in with --password-stdin."));
        } else {
            printError(session.error());
        }
        return outcome == SessionOpener::Outcome::Offline ? ExitCode::SyncFailed
                                                          : ExitCode::SignedOut;
    }
    return SyncVerb(**store, notices->get(), *roots, session.transport()).run();
}

ExitCode CliApp::runSignOut(const Invocation &invocation, const Account &account)
{
    SessionOpener session(account.server);
    if (invocation.passwordStdin)
        (void)session.signIn(account.email, readPassword());
    else
        (void)session.restore(account.email);
    // Signed out here whatever the server says (or whether it answers at all).
    session.signOut();
    printOut(QCoreApplication::translate("nb::cli::CliApp", "Signed out."));
    return ExitCode::Ok;
}

} // namespace nb::cli
