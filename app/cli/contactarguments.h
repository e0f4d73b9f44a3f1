#pragma once

#include "core/contact.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace nb::cli {

// The options of `contact add` (--first-name, --last-name, --email, ...) into a Contact. The
// values are not checked here: OfflineStore::addContact applies the core rules.
class ContactArguments
{
public:
    ContactArguments();

    // `arguments`: what follows "contact add" on the command line. False: see errorText().
    bool parse(const QStringList &arguments);
    const Contact &contact() const { return m_contact; }
    QString errorText() const { return m_error; }
    // One line per option for --help.
    QStringList helpLines() const;

private:
    QList<QCommandLineOption> m_options;
    QCommandLineParser m_parser;
    Contact m_contact;
    QString m_error;
};

} // namespace nb::cli
