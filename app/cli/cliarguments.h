#pragma once

#include "core/contact.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace nb::cli {

// What one run of notabene-cli was asked to do.
struct Invocation
{
    QString server;  // as given; empty: the account the desktop app used last
    QString email;   // likewise
    QString dataDir; // empty: the desktop app's per-user data folder
    bool passwordStdin = false;
    QString trustedRoots; // a roots file instead of the built-in roots (a test deployment)
    QStringList verb;     // e.g. {"sync"}, {"company", "set", FIELD, VALUE}, {"contact", "add"},
                          // {"notices"}, {"notice", "show", ID}, {"verify"}
    Contact contact;      // `contact add`: the new contact from its options
    QStringList files;    // `verify`: the .eml files
    bool json = false;    // `verify --json`
};

// The command line, git style: global options, then the verb and its own arguments
// (`contact add` has options of its own, among them --email for the contact's address).
class CliArguments
{
public:
    enum class Action
    {
        Run,
        Help,
        Version,
        UsageError
    };

    CliArguments();

    Action parse(const QStringList &arguments);
    const Invocation &invocation() const { return m_invocation; }
    QString errorText() const { return m_error; }
    // The global options, every verb with its arguments, the exit codes.
    QString helpText() const;

private:
    bool checkVerb();
    bool parseVerify(const QStringList &arguments);

    QCommandLineParser m_parser;
    Invocation m_invocation;
    QString m_error;
};

} // namespace nb::cli
