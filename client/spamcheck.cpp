#include "client/spamcheck.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryFile>
#include <QTimer>

namespace nb::client {

namespace {

Error failed(const QString &detail)
{
    return Error{QStringLiteral("spamassassin-failed"),
                 QCoreApplication::translate("nb::client::SpamCheck",
                                             "SpamAssassin could not check the mail: %1")
                     .arg(detail),
                 {}};
}

} // namespace

SpamCheck::SpamCheck(QString program, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
{}

SpamCheck::~SpamCheck()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

bool SpamCheck::isRunning() const
{
    return m_process != nullptr;
}

void SpamCheck::check(const QByteArray &eml, Done done, int timeoutMs)
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->deleteLater();
        m_process = nullptr;
    }
    // An empty preferences file of our own: nothing from the user's SpamAssassin setup (or a
    // file written into their home) changes the score staff see.
    auto *prefs = new QTemporaryFile(this);
    if (!prefs->open()) {
        delete prefs;
        done(failed(QCoreApplication::translate("nb::client::SpamCheck", "no temporary file")));
        return;
    }
    auto *process = new QProcess(this);
    m_process = process;
    prefs->setParent(process);
    process->setProgram(m_program);
    process->setArguments({QStringLiteral("--local"), QStringLiteral("--cf"),
                           QStringLiteral("add_header all Report _REPORT_"),
                           QStringLiteral("--prefspath"), prefs->fileName()});
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, [process] { process->kill(); });
    connect(process, &QProcess::errorOccurred, this,
            [this, process, done](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart || m_process != process)
                    return;
                m_process = nullptr;
                process->deleteLater();
                done(Error{QStringLiteral("spamassassin-missing"),
                           QCoreApplication::translate(
                               "nb::client::SpamCheck",
                               "SpamAssassin is not installed (Debian package "
                               "\"spamassassin\"), so no spam score can be shown."),
                           {}});
            });
    connect(process, &QProcess::finished, this, [this, process, done] { finish(process, done); });
    process->start();
    process->write(eml);
    process->closeWriteChannel();
    timer->start(timeoutMs);
}

void SpamCheck::finish(QProcess *process, const Done &done)
{
    if (m_process != process)
        return;
    m_process = nullptr;
    process->deleteLater();
    if (process->exitStatus() != QProcess::NormalExit)
        return done(failed(
            QCoreApplication::translate("nb::client::SpamCheck", "it stopped or took too long")));
    auto report = mail::parseSpamAssassinOutput(process->readAllStandardOutput());
    if (!report) {
        const QString stderrText =
            QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        return done(failed(stderrText.isEmpty() ? report.error().message : stderrText.left(300)));
    }
    done(report);
}

} // namespace nb::client
