#include "clirunner.h"

#include "client/accountpaths.h"
#include "client/serverendpoint.h"

#include <QProcessEnvironment>
#include <QRegularExpression>

namespace nbtest {

namespace {

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    return environment;
}

} // namespace

QString CliResult::describe() const
{
    return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
        .arg(exitCode)
        .arg(finished ? QString() : QStringLiteral(" (did not finish)"), QString::fromUtf8(out),
             QString::fromUtf8(err));
}

CliRunner::CliRunner(QString server, QString email, QString dataDir)
    : m_server(std::move(server))
    , m_email(std::move(email))
    , m_dataDir(std::move(dataDir))
{}

QStringList CliRunner::arguments(const QStringList &verb, bool passwordStdin) const
{
    QStringList arguments{QStringLiteral("--server"),   m_server,
                          QStringLiteral("--email"),    m_email,
                          QStringLiteral("--data-dir"), m_dataDir};
    if (passwordStdin)
        arguments.append(QStringLiteral("--password-stdin"));
    return arguments + verb;
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList &verb, const QString &password) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(cliEnvironment());
    process->start(QStringLiteral(NOTABENE_CLI_BIN), arguments(verb, !password.isEmpty()));
    if (!password.isEmpty())
        process->write(password.toUtf8() + '\n');
    process->closeWriteChannel();
    return process;
}

CliResult CliRunner::run(const QStringList &verb, const QString &password, int timeoutMs) const
{
    auto process = start(verb, password);
    CliResult result;
    result.finished = process->waitForFinished(timeoutMs);
    if (!result.finished) {
        process->kill();
        process->waitForFinished(5000);
    }
    result.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    result.out = process->readAllStandardOutput();
    result.err = process->readAllStandardError();
    return result;
}

int CliRunner::pendingChanges() const
{
    const CliResult status = run({QStringLiteral("status")});
    static const QRegularExpression pending(QStringLiteral("^Pending changes: (\\d+)$"),
                                            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pending.match(QString::fromUtf8(status.out));
    if (!status.finished || status.exitCode != 0 || !match.hasMatch())
        return -1;
    return match.captured(1).toInt();
}

QString CliRunner::storePath() const
{
    const auto server = nb::client::parseServerUrl(m_server);
    return nb::client::accountStorePath(m_dataDir, server ? server->toString() : m_server, m_email);
}

QString CliRunner::noticeStorePath() const
{
    const auto server = nb::client::parseServerUrl(m_server);
    return nb::client::noticeStorePath(m_dataDir, server ? server->toString() : m_server, m_email);
}

} // namespace nbtest
