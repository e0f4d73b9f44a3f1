#include "smtpsink.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace nbtest {

namespace {

// The Debian python3 (with python3-aiosmtpd), not whatever python3 comes first on PATH.
QString python()
{
    const QString debian = QStringLiteral("/usr/bin/python3");
    return QFileInfo::exists(debian) ? debian : QStringLiteral("python3");
}

QString mailDirectory(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("mails"));
}

} // namespace

QString messageIdOf(const QByteArray &message)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    const QString headers = QString::fromUtf8(end < 0 ? message : message.left(end + 2));
    static const QRegularExpression header(QStringLiteral("^Message-ID:\\s*<([^>\\s]+)>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::MultilineOption);
    return header.match(headers).captured(1);
}

SmtpSink::SmtpSink(QStringList extraArguments)
    : m_extra(std::move(extraArguments))
{}

SmtpSink::~SmtpSink()
{
    stop();
}

bool SmtpSink::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool SmtpSink::start()
{
    if (isRunning())
        return true;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("Cannot create a temporary folder: ") + m_dir.errorString();
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(python(), QStringList{QStringLiteral(NOTABENE_SMTPSINK_SCRIPT),
                                           QStringLiteral("--port"), QString::number(m_port),
                                           QStringLiteral("--dir"), mailDirectory(m_dir)} +
                                   m_extra);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("Cannot start %1: %2").arg(python(), m_process->errorString());
        return false;
    }
    static const QRegularExpression ready(QStringLiteral("^ready (\\d+)$"),
                                          QRegularExpression::MultilineOption);
    QByteArray out;
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && isRunning()) {
        m_process->waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 200)));
        out += m_process->readAllStandardOutput();
        const QRegularExpressionMatch match = ready.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = match.captured(1).toUShort();
            return true;
        }
    }
    m_error =
        QStringLiteral("The SMTP sink did not get ready; stdout:\n%1\nstderr:\n%2")
            .arg(QString::fromUtf8(out), QString::fromUtf8(m_process->readAllStandardError()));
    m_process->kill();
    m_process->waitForFinished(5000);
    return false;
}

void SmtpSink::stop()
{
    if (!isRunning())
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString SmtpSink::url() const
{
    return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port);
}

QList<ReceivedMail> SmtpSink::received() const
{
    // A mail is complete once its .json exists (the sink writes it last).
    const QDir dir(mailDirectory(m_dir));
    QList<ReceivedMail> mails;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile envelope(dir.filePath(name));
        QFile eml(dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".eml")));
        if (!envelope.open(QIODevice::ReadOnly) || !eml.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(envelope.readAll()).object();
        ReceivedMail mail;
        mail.number = json.value(QStringLiteral("n")).toInt();
        mail.mailFrom = json.value(QStringLiteral("mailFrom")).toString();
        for (const QJsonValue &to : json.value(QStringLiteral("rcptTos")).toArray())
            mail.rcptTos.append(to.toString());
        mail.tls = json.value(QStringLiteral("tls")).toBool();
        mail.authUser = json.value(QStringLiteral("authUser")).toString();
        mail.message = eml.readAll();
        mail.messageId = messageIdOf(mail.message);
        mails.append(mail);
    }
    std::sort(mails.begin(), mails.end(),
              [](const ReceivedMail &a, const ReceivedMail &b) { return a.number < b.number; });
    return mails;
}

int SmtpSink::count() const
{
    return int(
        QDir(mailDirectory(m_dir)).entryList({QStringLiteral("*.json")}, QDir::Files).size());
}

QHash<QString, int> SmtpSink::countsByMessageId() const
{
    QHash<QString, int> counts;
    for (const ReceivedMail &mail : received())
        ++counts[mail.messageId];
    return counts;
}

} // namespace nbtest
