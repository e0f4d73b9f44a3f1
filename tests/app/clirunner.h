#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

// notabene-cli driven as a process, the way a user or a script runs it: one account on one
// server, one data folder, English messages (C.UTF-8).
namespace nbtest {

struct CliResult
{
    bool finished = false; // false: did not start or did not end in time (then killed)
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // "exit <code>\nstdout: ...\nstderr: ..." for failure messages.
    QString describe() const;
};

class CliRunner
{
public:
    CliRunner(QString server, QString email, QString dataDir);

    // The full command line for `verb` (the global options first).
    QStringList arguments(const QStringList &verb, bool passwordStdin = false) const;
    // Runs to the end; with `password`, --password-stdin and the password on standard input.
    CliResult run(const QStringList &verb, const QString &password = {},
                  int timeoutMs = 30000) const;
    // Started, not waited for (the crash test kills it).
    std::unique_ptr<QProcess> start(const QStringList &verb, const QString &password = {}) const;
    // "Pending changes: N" from `status`; -1 when status fails.
    int pendingChanges() const;

    // The account's store file, laid out as the desktop app does (client/accountpaths.h).
    QString storePath() const;
    // The account's NoticeStore file beside it.
    QString noticeStorePath() const;
    QString dataDir() const { return m_dataDir; }

private:
    QString m_server;
    QString m_email;
    QString m_dataDir;
};

} // namespace nbtest
